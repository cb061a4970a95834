/**
 * The 栏目 an inspector sees, built from the content as read: one per collection (its kind decides
 * the update limit) and the list pages the site always generates inside them (every 学段 and every
 * kind of 国防教育), which must not stand empty. Pure.
 */
import { COLLECTION_LABELS, COLLECTIONS, EDUCATION_KINDS, STAGES, type CollectionName } from '../model/index.ts';
import { educationKindUrl, educationStageUrl } from '../model/urls.ts';
import { collectionUrl } from '../model/urls.ts';
import type { ColumnInput, ColumnKind, InspectedEntry } from './inspection.ts';

/** Which inspection rule each collection falls under. */
export const COLLECTION_COLUMN_KINDS: Record<CollectionName, ColumnKind> = {
  reports: 'news',
  policies: 'notice',
  plans: 'plan',
  cases: 'other',
  education: 'other',
};

export interface ReadEntry {
  collection: CollectionName;
  file: string;
  data: unknown;
}

function asRecord(data: unknown): Record<string, unknown> {
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function inspected(entry: ReadEntry): InspectedEntry {
  const data = asRecord(entry.data);
  // The column was updated on the day the entry was posted (发布时间, `published`) when staff wrote
  // one, else on its own date.
  return { file: entry.file, date: data.published ?? data.date, draft: data.draft === true };
}

export function siteColumns(entries: readonly ReadEntry[]): ColumnInput[] {
  const of = (collection: CollectionName) => entries.filter((entry) => entry.collection === collection);
  const columns: ColumnInput[] = COLLECTIONS.map((collection) => ({
    path: collectionUrl(collection),
    label: COLLECTION_LABELS[collection],
    kind: COLLECTION_COLUMN_KINDS[collection],
    entries: of(collection).map(inspected),
  }));
  const education = of('education');
  const listed = (value: unknown, name: string) => (Array.isArray(value) ? value.includes(name) : value === name);
  for (const stage of STAGES) {
    columns.push({
      path: educationStageUrl(stage),
      label: `国防教育·${stage}`,
      kind: 'other',
      listPage: true,
      entries: education.filter((entry) => listed(asRecord(entry.data).stages, stage)).map(inspected),
    });
  }
  for (const kind of EDUCATION_KINDS) {
    columns.push({
      path: educationKindUrl(kind),
      label: `国防教育·${kind}`,
      kind: 'other',
      listPage: true,
      entries: education.filter((entry) => asRecord(entry.data).kind === kind).map(inspected),
    });
  }
  return columns;
}
