/** Every published entry of every collection, for unit pages, the tally, RSS and the timeline. */
import { published, isoDate, creditedUnits, oncePerBuild, getUnits, type AnyEntry } from './content.ts';
import { COLLECTIONS, COLLECTION_LABELS, LIST_PAGE_SIZE } from '../model/index.ts';
import { pageCount } from '../lib/grouping.ts';
import { pageCacheKey } from './page-cache-key.ts';
import { entryUrl } from '../model/urls.ts';

export interface EntrySummary {
  collection: (typeof COLLECTIONS)[number];
  collectionLabel: string;
  id: string;
  title: string;
  summary: string;
  date: string;
  /** 发布时间, when set. */
  published?: string;
  /** 更新日期, when set. */
  updated?: string;
  url: string;
  units: string[];
}

/** Newest first; made once per build and shared by every page (copy before sorting). */
export const allEntries = oncePerBuild(async (): Promise<readonly EntrySummary[]> => {
  const lists = await Promise.all(COLLECTIONS.map((collection) => published(collection)));
  return lists
    .flat()
    .map((entry: AnyEntry) => ({
      collection: entry.collection,
      collectionLabel: COLLECTION_LABELS[entry.collection],
      id: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      date: isoDate(entry.data.date),
      ...(entry.data.published ? { published: isoDate(entry.data.published) } : {}),
      ...(entry.data.updated ? { updated: isoDate(entry.data.updated) } : {}),
      url: entryUrl(entry.collection, entry.id),
      units: creditedUnits(entry),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
});

/**
 * Every page of every unit's list (/units/<id>/, /units/<id>/page/2/ …) with what it is rendered
 * from and its cache key: a unit's pages render again only when its entries, its name or the units
 * change.
 */
export const unitPages = oncePerBuild(async () => {
  const [units, entries] = await Promise.all([getUnits(), allEntries()]);
  return units.flatMap((unit) => {
    const own = entries.filter((entry) => entry.units.includes(unit.id));
    return Array.from({ length: pageCount(own.length, LIST_PAGE_SIZE) }, (_, index) => {
      const props = { unit, units, entries: own, page: index + 1 };
      return { props, cacheKey: pageCacheKey(props) };
    });
  });
});
