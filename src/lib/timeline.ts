/**
 * 大事记: reports, plans and honours on one timeline, grouped by year and month. Honours carry
 * only a year, so they sit in a "本年度" group after the months of their year.
 */
import { COLLECTION_LABELS } from '../model/collections.ts';

export type TimelineKind = 'report' | 'plan' | 'honour';

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  report: COLLECTION_LABELS.reports,
  plan: COLLECTION_LABELS.plans,
  honour: '荣誉表彰',
};

export interface TimelineEvent {
  kind: TimelineKind;
  /** 'YYYY-MM-DD', or 'YYYY' for an honour known only by its year. */
  date: string;
  title: string;
  url: string;
  units: string[];
  /** A finer label shown on the item: the report type, the plan kind, the honour's giver. */
  detail?: string | undefined;
}

export interface TimelineMonth {
  /** 'YYYY-MM', or 'YYYY' for the year-only group. */
  key: string;
  label: string;
  events: TimelineEvent[];
}

export interface TimelineYear {
  year: number;
  months: TimelineMonth[];
  count: number;
}

/** Newest year first; within a year, months newest first and the year-only group last. */
export function buildTimeline(events: readonly TimelineEvent[]): TimelineYear[] {
  const years = new Map<number, Map<string, TimelineEvent[]>>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const key = event.date.length >= 7 ? event.date.slice(0, 7) : event.date.slice(0, 4);
    const months = years.get(year) ?? new Map<string, TimelineEvent[]>();
    months.set(key, [...(months.get(key) ?? []), event]);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => {
      const groups = [...months.entries()]
        .sort((a, b) => (a[0].length !== b[0].length ? b[0].length - a[0].length : b[0].localeCompare(a[0])))
        .map(([key, list]) => ({
          key,
          label: key.length === 4 ? '本年度' : `${Number(key.slice(5, 7))}月`,
          events: [...list].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
        }));
      return { year, months: groups, count: groups.reduce((sum, group) => sum + group.events.length, 0) };
    });
}
