/** Every internal address in one place, with the trailing slash the site uses. */
import type { CollectionName } from '../content.schema.ts';

export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function unitUrl(id: string): string {
  return `/units/${id}/`;
}

/** Reports page 1 is /reports/; later pages are /reports/page/2/ … */
export function reportsPageUrl(page: number): string {
  return page <= 1 ? '/reports/' : `/reports/page/${page}/`;
}

export function reportsYearUrl(year: number): string {
  return `/reports/year/${year}/`;
}

export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl).href;
}
