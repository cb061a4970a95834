/**
 * Sitemap `<lastmod>`: @astrojs/sitemap's `serialize` hook fed from src/lib/sitemap-lastmod.ts over
 * the content as the reader gives it, and, after the sitemap is written, its dates printed date-only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../content-layer/read-content.ts';
import { contentRoot } from '../lib/content-root.ts';
import { dateOnlyLastmods, sitemapLastmod } from '../lib/sitemap-lastmod.ts';

interface SitemapItem {
  url: string;
  lastmod?: string | undefined;
}

/** `serialize` for @astrojs/sitemap: every URL gets the day from the content (read once, at the first URL). */
export function sitemapSerialize(): <T extends SitemapItem>(item: T) => T {
  let lookup: ReturnType<typeof sitemapLastmod> | undefined;
  return (item) => {
    lookup ??= sitemapLastmod(readContent(contentRoot()).files);
    const day = lookup(item.url);
    return day ? { ...item, lastmod: day } : item;
  };
}

/** Rewrites dist's sitemap-*.xml so each lastmod is the China calendar day (`2026-08-01`). */
export function rewriteSitemapDates(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!/^sitemap-.*\.xml$/.test(name)) continue;
    const file = join(dir, name);
    const xml = readFileSync(file, 'utf8');
    const rewritten = dateOnlyLastmods(xml);
    if (rewritten !== xml) writeFileSync(file, rewritten);
  }
}
