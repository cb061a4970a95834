/**
 * The one place pages read content from. Drafts never reach a production build; lists are
 * newest first. Rules live in src/lib; this module only fetches and hands over.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../model/index.ts';
import { toIsoDate, todayIso } from '../model/dates.ts';
import { madeOnce } from '../lib/made-once.ts';

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];

/** True in `astro build` (set by src/integration): drafts are left out and lists are cached. */
const production: boolean = import.meta.env.SITE_HIDE_DRAFTS === true;

export const getSite = oncePerBuild(async () => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.yaml');
  return entry.data;
});

let unitsCache: Promise<CollectionEntry<'units'>['data'][]> | undefined;
export function getUnits() {
  const loading = unitsCache ?? getCollection('units').then((entries) => entries.map((entry) => entry.data));
  if (production) unitsCache = loading;
  return loading;
}

export async function getUnitNames(): Promise<Map<string, string>> {
  return new Map((await getUnits()).map((unit) => [unit.id, unit.name]));
}

export const getObservances = oncePerBuild(async () => (await getCollection('observances')).map((entry) => entry.data));

/**
 * A production build renders thousands of pages from content that cannot change during the build,
 * and getCollection() resolves every entry again on each call, so lists are fetched once. The dev
 * server never caches: staff see their edits at once.
 */
const cache = new Map<CollectionName, Promise<unknown>>();

/**
 * Something every page may ask for that only depends on the content (the site settings, every
 * entry as a summary, the reports' years and types …): made once in a production build and shared
 * by all pages (made afresh on each call in the dev server). What it gives is shared, so callers
 * copy before sorting or changing it (readonly types say so).
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  return madeOnce(make, production);
}

/** Published entries of a collection, newest first (ties broken by id, so builds are reproducible). */
export function published<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  const cached = production ? cache.get(collection) : undefined;
  if (cached) return cached as Promise<CollectionEntry<C>[]>;
  const loading = getCollection(collection, (entry) => !production || !entry.data.draft).then((entries) =>
    (entries as CollectionEntry<C>[]).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
  );
  if (production) cache.set(collection, loading);
  return loading;
}

export function isoDate(date: Date): string {
  return toIsoDate(date);
}

/** The build date ("today" for statuses and calendars); SITE_TODAY overrides it in tests. */
export function today(): string {
  return todayIso();
}

/** Units credited with an entry: its publisher and, for reports and cases, the units named in it. */
export function creditedUnits(entry: AnyEntry): string[] {
  const units = entry.collection === 'reports' || entry.collection === 'cases' ? entry.data.units : [];
  return [...new Set([entry.data.unit, ...units])];
}
