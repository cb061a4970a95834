/** Every published entry of every collection, for unit pages, the tally, RSS and the timeline. */
import { published, isoDate, creditedUnits, oncePerBuild, type AnyEntry } from './content.ts';
import { COLLECTIONS, COLLECTION_LABELS } from '../model/index.ts';
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
