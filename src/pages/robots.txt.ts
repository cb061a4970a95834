import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site.baseUrl).href}\n`);
};
