/**
 * The one rule for a date staff write in frontmatter (`date`, `updated`, `effective`, `expires`):
 * `YYYY-MM-DD`, and the day must exist.
 *
 * Why refuse rather than accept more: JavaScript reads `2026-02-30` as 3月2日 and `2026/7/29` as
 * local midnight (a different day in UTC), so a mistyped or differently written date would be
 * published as another day without a word. One spelling, checked here, used by the schema that
 * both the content check and the build run, keeps every page, feed and calendar on the day written.
 * `2026/7/29`, `2026.7.29`, `2026-7-29` and `2026年7月29日` are refused with the fix spelled out.
 *
 * A `Date` is accepted as it comes: Astro's own frontmatter reader already turns `2026-08-01` into
 * one (the content check reads the same text as a string first, so an impossible day never gets
 * this far in a build).
 */
import { isIsoDate } from './dates.ts';

/** What staff should have written for a date-like string, if it can be guessed (`2026/7/29` → `2026-07-29`). */
export function suggestIsoDate(value: string): string | undefined {
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Why a frontmatter date value is wrong, in Chinese, or undefined when it is a real day.
 * Numbers, booleans and other types are left to the schema's type check.
 */
export function calendarDateProblem(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '不是有效日期' : undefined;
  if (typeof value === 'number') return `「${value}」不是“年-月-日”格式的日期`;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (isIsoDate(text)) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const [year, month] = [Number(iso[1]), Number(iso[2])];
    if (month < 1 || month > 12) return `「${text}」里没有 ${month} 月，月份只能是 01 到 12`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `「${text}」这一天不存在：${year} 年 ${month} 月只有 ${last} 天`;
  }
  const suggestion = suggestIsoDate(text);
  if (suggestion) return `「${text}」要写成「${suggestion}」（年-月-日，用短横线，月和日各两位）`;
  return `「${text}」不是“年-月-日”格式的日期`;
}

/** The Date a valid value stands for (UTC midnight of that day). */
export function toCalendarDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(`${String(value).trim()}T00:00:00Z`);
}
