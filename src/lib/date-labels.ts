/**
 * What a date on a list says it is. A bare "2026年7月29日" under a report's title could be the day of
 * the activity or the day it was posted; on a unit's page a report, a plan and a policy sit side by
 * side. Every list date carries one of these words in front of it (visibly: sighted readers need it
 * as much as screen readers do). The entry pages' meta rows use the same words.
 */
import type { CollectionName } from '../model/index.ts';
import type { TimelineKind } from './timeline.ts';

/** What `date` means in each collection. */
export const ENTRY_DATE_LABELS: Record<CollectionName, string> = {
  reports: '活动日期',
  plans: '发布日期',
  policies: '发布日期',
  cases: '发布日期',
  education: '发布日期',
};

/** The label of an entry's `date` on a list. */
export function entryDateLabel(collection: CollectionName): string {
  return ENTRY_DATE_LABELS[collection];
}

/** The label of a 大事记 item's date: a report's activity, a plan's issue, an honour's year. */
export function timelineDateLabel(kind: TimelineKind): string {
  switch (kind) {
    case 'report':
      return ENTRY_DATE_LABELS.reports;
    case 'plan':
      return ENTRY_DATE_LABELS.plans;
    case 'honour':
      return '表彰年份';
  }
}
