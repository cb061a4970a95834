import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';
import { allEntries } from '../data/all-entries.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries = (await allEntries()).slice(0, 50);
  return rss({
    title: site.name,
    description: site.description,
    site: site.baseUrl,
    customData: '<language>zh-cn</language>',
    items: entries.map((entry) => ({
      title: entry.title,
      description: entry.summary,
      pubDate: new Date(`${entry.date}T00:00:00+08:00`),
      link: entry.url,
      categories: [entry.collectionLabel],
    })),
  });
};
