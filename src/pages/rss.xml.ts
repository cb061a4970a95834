import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';
import { allEntries } from '../data/all-entries.ts';
import { newestDate, rfc822China } from '../lib/feed-dates.ts';
import { postedDay } from '../lib/published-date.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries = [...(await allEntries())]
    .sort((a, b) => postedDay(b).localeCompare(postedDay(a)) || a.url.localeCompare(b.url))
    .slice(0, 50);
  const self = new URL('/rss.xml', site.baseUrl).href;
  const lastBuild = newestDate(entries.map((entry) => postedDay(entry)));
  return rss({
    title: site.name,
    description: site.description,
    site: site.baseUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Dates in China time (+0800): @astrojs/rss would write GMT, the evening before.
    customData: [
      '<language>zh-cn</language>',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
      lastBuild ? `<lastBuildDate>${rfc822China(lastBuild)}</lastBuildDate>` : '',
    ].join(''),
    items: entries.map((entry) => ({
      title: entry.title,
      description: entry.summary,
      link: entry.url,
      categories: [entry.collectionLabel],
      customData: `<pubDate>${rfc822China(postedDay(entry))}</pubDate>`,
    })),
  });
};
