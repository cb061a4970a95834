/** The list of every exported entry, newest first (see [collection]/[id].json.ts). */
import type { APIRoute } from 'astro';
import { publishedEntries } from '../../../data/channel-articles.ts';
import { isoDate, getSite } from '../../../data/content.ts';
import { COLLECTIONS } from '../../../model/index.ts';
import { exportJsonUrl } from '../../../model/urls.ts';
import { EXPORT_FORMAT } from '../../../lib/channels/export.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries = (await publishedEntries(COLLECTIONS)).map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    title: entry.data.title,
    date: isoDate(entry.data.date),
    file: exportJsonUrl(entry.collection, entry.id),
  }));
  return new Response(JSON.stringify({ format: EXPORT_FORMAT, site: site.name, baseUrl: site.baseUrl, entries }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
