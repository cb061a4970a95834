/**
 * 大事记 split so that no page outgrows the budget: one page per year (/timeline/2025/), a year
 * with more events than a page holds continues on /timeline/2025/page/2/ …, and /timeline/ shows
 * the index of years with the latest year's first page. Events keep their order across pages; a
 * month cut by a page break carries its heading onto the next page, marked 续.
 */
import { pageCount } from './grouping.ts';
import type { TimelineMonth, TimelineYear } from './timeline.ts';

export interface TimelinePageMonth extends TimelineMonth {
  /** The month began on an earlier page. */
  continued: boolean;
}

/** Page `page` (from 1) of a year: its months, each with only the events that fall on this page. */
export function timelineYearPage(year: TimelineYear, perPage: number, page: number): TimelinePageMonth[] {
  const start = (page - 1) * perPage;
  const end = start + perPage;
  const months: TimelinePageMonth[] = [];
  let offset = 0;
  for (const month of year.months) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + month.events.length);
    if (from < to) months.push({ ...month, events: month.events.slice(from - offset, to - offset), continued: from > offset });
    offset += month.events.length;
  }
  return months;
}

export function timelineYearPageCount(year: TimelineYear, perPage: number): number {
  return pageCount(year.count, perPage);
}

/** The year index: every year with its number of events, newest first. */
export function timelineYearIndex(years: readonly TimelineYear[]): { year: number; count: number }[] {
  return years.map(({ year, count }) => ({ year, count }));
}
