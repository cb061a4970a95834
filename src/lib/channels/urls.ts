/** Addresses of the staff pages, the export files and the feeds (see src/lib/urls.ts for the site's own). */
import type { CollectionName } from '../../model/index.ts';

/** The staff list of 公众号 articles: page 1 is /staff/, later pages /staff/page/2/ … */
export function staffPageUrl(page: number): string {
  return page <= 1 ? '/staff/' : `/staff/page/${page}/`;
}

/** An entry's 公众号 version, with the copy button and the photos for upload. */
export function wechatUrl(collection: CollectionName, id: string): string {
  return `/staff/wechat/${collection}/${id}/`;
}

/** An entry as JSON (article, 公众号 version, photos), read by `npm run export:wechat` and `export:portal`. */
export function exportJsonUrl(collection: CollectionName, id: string): string {
  return `/staff/export/${collection}/${id}.json`;
}

/** The list of every exported entry. */
export const EXPORT_INDEX_URL = '/staff/export/index.json';

/** Feed names: the whole site, or one collection. */
export type FeedName = 'all' | CollectionName;

export function feedUrl(name: FeedName, format: 'rss' | 'json'): string {
  return `/feeds/${name}.${format === 'rss' ? 'xml' : 'json'}`;
}
