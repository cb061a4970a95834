/**
 * 发布时间 (`published`): the day an entry went up on this site, beside its `date` (for a report the
 * day of the activity). Pure: the rules over the entry set, and what a page and a feed show.
 *
 * - A `published` after today is refused: the entry would say it was posted on a day still to come.
 *   Staff who want to hold an entry back write `draft: true` (the site has no scheduled publishing).
 * - A report published before its activity is an announcement (预告): allowed, with a notice.
 * - A feed item and a sitemap entry use `published` when it is set, else `date`.
 */
import { COLLECTION_INFO, formatPath, isIsoDate, type IsoDate } from '../model/index.ts';
import type { Finding } from './content-lint.ts';
import type { EntryListing } from './entry-rules.ts';

/** A frontmatter day as YAML gives it (a Date at UTC midnight, or the text): `YYYY-MM-DD`, or undefined. */
export function frontmatterDay(value: unknown): IsoDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  return undefined;
}

/** Findings about `published`: an error when it is after `today`, a notice for a report's 预告. */
export function publishedProblems(entries: readonly EntryListing[], today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    const data = entry.data as Record<string, unknown> | null | undefined;
    if (!data || typeof data !== 'object' || data.draft === true) continue;
    const published = frontmatterDay(data.published);
    if (!published) continue;
    const base = { file: entry.file, line: entry.lineOf(['published']), field: formatPath(['published']) };
    const noun = COLLECTION_INFO[entry.collection].entryNoun;
    if (published > today) {
      findings.push({
        ...base,
        rule: 'published-future',
        severity: 'error',
        message: `发布时间 published 写的是 ${published}，晚于今天（${today}）：这篇${noun}还没有到发布的日子，不能先放到网站上。`,
        fix: `如果今天就发布，请把 published 改成 ${today}；如果要以后再发，请先写 draft: true，到那天再改回 false 并填上当天的日期。`,
      });
      continue;
    }
    const date = frontmatterDay(data.date);
    if (entry.collection === 'reports' && date && published < date) {
      findings.push({
        ...base,
        rule: 'published-before-date',
        severity: 'warning',
        message: `发布时间 ${published} 早于活动日期 ${date}：这篇报道会作为活动预告发布。`,
        fix: '如果是预告，不用改；如果是活动结束后写的报道，请把 published 改成实际发布的日子，或者核对活动日期 date。',
      });
    }
  }
  return findings;
}

/** The day a feed, the sitemap and the "newest" order use for an entry: `published` when set, else `date`. */
export function postedDay(entry: { date: IsoDate; published?: IsoDate | undefined }): IsoDate {
  return entry.published ?? entry.date;
}

/** Whether a meta row shows 发布时间 beside the entry's date: only when it is set and says something else. */
export function showsPublished(entry: { date: IsoDate; published?: IsoDate | undefined }): entry is { date: IsoDate; published: IsoDate } {
  return entry.published !== undefined && entry.published !== entry.date;
}
