/**
 * `<lastmod>` of every sitemap URL, from the content. Pure: entries in (as the content reader gives
 * their frontmatter), a lookup from a page's path to a day out.
 *
 * - An entry page: the newest of its 更新日期 (updated), 发布时间 (published) and date.
 * - A list page (a collection, a type, year, category, audience, stage or kind, a unit's page): the
 *   newest of the entries it lists. Which lists an entry appears on is `listPathsOf` below, the same
 *   filters the routes apply (src/model/urls.ts names every address).
 * - Any other page under a collection (a later page of /reports/page/N/): the newest of that collection.
 * - Every other page (home, 大事记, 纪念日历, 信息报送, 关于本站, 网站地图): the newest of all entries,
 *   since each shows or counts the latest content.
 *
 * Days are calendar days in China; the sitemap prints them date-only (`2026-08-01`), a W3C form.
 */
import {
  AUDIENCE_SLUGS,
  CASE_CATEGORY_SLUGS,
  COLLECTIONS,
  EDUCATION_KIND_SLUGS,
  HOME_URL,
  REPORT_TYPE_SLUGS,
  STAGE_SLUGS,
  caseYearUrl,
  collectionUrl,
  entryUrl,
  reportsYearUrl,
  unitUrl,
  type CollectionName,
  type IsoDate,
} from '../model/index.ts';
import { frontmatterDay } from './published-date.ts';

/** One entry as the content reader gives it: collection, id and raw frontmatter. */
export interface LastmodEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/** The newest of an entry's updated, published and date, or undefined when it has no valid date. */
export function entryLastmod(data: Record<string, unknown>): IsoDate | undefined {
  const days = [data.date, data.published, data.updated].map(frontmatterDay).filter((day): day is IsoDate => day !== undefined);
  return days.sort().at(-1);
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];

function slugPaths(map: Readonly<Record<string, string>>, values: unknown, prefix: string): string[] {
  return strings(values).flatMap((value) => (Object.hasOwn(map, value) ? [`${prefix}${map[value] ?? ''}/`] : []));
}

/** The list pages an entry appears on (besides the home page and the site-wide pages). */
export function listPathsOf(entry: LastmodEntry): string[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const units = [...strings(data.unit), ...(entry.collection === 'reports' || entry.collection === 'cases' ? strings(data.units) : [])];
  const paths = [collectionUrl(entry.collection), ...units.map(unitUrl)];
  const date = frontmatterDay(data.date);
  switch (entry.collection) {
    case 'reports':
      if (date) paths.push(reportsYearUrl(Number(date.slice(0, 4))));
      paths.push(...slugPaths(REPORT_TYPE_SLUGS, data.type, '/reports/type/'));
      break;
    case 'cases': {
      paths.push(...slugPaths(CASE_CATEGORY_SLUGS, data.category, '/cases/category/'));
      const honours = Array.isArray(data.honors) ? (data.honors as unknown[]) : [];
      for (const honour of honours) {
        const year = (honour as { year?: unknown } | null)?.year;
        if (typeof year === 'number') paths.push(caseYearUrl(year));
      }
      break;
    }
    case 'policies':
      paths.push(...slugPaths(AUDIENCE_SLUGS, data.audience, '/policies/for/'));
      break;
    case 'education':
      paths.push(
        ...slugPaths(STAGE_SLUGS, data.stages, '/education/stage/'),
        ...slugPaths(EDUCATION_KIND_SLUGS, data.kind, '/education/kind/'),
      );
      break;
    case 'plans':
      break;
  }
  return [...new Set(paths)];
}

const newer = (a: IsoDate | undefined, b: IsoDate): IsoDate => (a === undefined || b > a ? b : a);

/**
 * A lookup from a page's path (`/reports/xyz/`, or a full URL) to its lastmod. Drafts are left out:
 * they are not published, so they change no page. Undefined only when there is no dated entry at all.
 */
export function sitemapLastmod(entries: readonly LastmodEntry[]): (pathOrUrl: string) => IsoDate | undefined {
  const byPath = new Map<string, IsoDate>();
  const byCollection = new Map<CollectionName, IsoDate>();
  let newest: IsoDate | undefined;
  for (const entry of entries) {
    const data = entry.data;
    if (!data || typeof data !== 'object' || (data as { draft?: unknown }).draft === true) continue;
    const day = entryLastmod(data as Record<string, unknown>);
    if (!day) continue;
    newest = newer(newest, day);
    byCollection.set(entry.collection, newer(byCollection.get(entry.collection), day));
    byPath.set(entryUrl(entry.collection, entry.id), day);
    for (const path of listPathsOf(entry)) byPath.set(path, newer(byPath.get(path), day));
  }
  return (pathOrUrl) => {
    const path = /^https?:/.test(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl;
    const known = byPath.get(path);
    if (known) return known;
    if (path === HOME_URL) return newest;
    const collection = COLLECTIONS.find((name) => path.startsWith(collectionUrl(name)));
    return (collection && byCollection.get(collection)) ?? newest;
  };
}

/**
 * The sitemap library writes every lastmod as a UTC instant (`2026-08-01T00:00:00.000Z`). The days
 * given are China calendar days: print them date-only, so no reader takes them for the evening before.
 */
export function dateOnlyLastmods(xml: string): string {
  return xml.replace(/<lastmod>(\d{4}-\d{2}-\d{2})T00:00:00\.000Z<\/lastmod>/g, '<lastmod>$1</lastmod>');
}
