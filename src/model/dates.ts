/**
 * Calendar dates in China (Asia/Shanghai, UTC+8, no daylight saving).
 *
 * A day is an ISO string 'YYYY-MM-DD' everywhere in the site, never a Date: strings compare in
 * calendar order, do not shift with the machine's time zone, and print as they are written.
 * Dates are only turned into Date objects (at UTC midnight) for arithmetic inside this module.
 */

/** A calendar day 'YYYY-MM-DD' in China. */
export type IsoDate = string;
/** A calendar month 'YYYY-MM'. */
export type IsoMonth = string;

/** China has used UTC+8 all year round since 1992 (and for all dates this site deals with). */
export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export const WEEKDAY_NAMES_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. month0 is 0–11 and may overflow. */
function utcDate(year: number, month0: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/** Builds 'YYYY-MM-DD' from numbers (month 1–12); throws if the day does not exist. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  if (
    !Number.isInteger(year) ||
    year < 1 ||
    year > 9999 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new Error(`日期 ${year}年${month}月${day}日 不存在`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 'YYYY-MM' from numbers (month 1–12). */
export function isoMonthOf(year: number, month: number): IsoMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** True for a well-formed 'YYYY-MM-DD' naming a day that exists (2026-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function parseIsoDate(value: IsoDate): DateParts {
  if (!isIsoDate(value)) {
    throw new Error(`「${value}」不是有效日期，请按“年-月-日”写，例如 2026-08-01`);
  }
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

function parseIsoMonth(value: IsoMonth): { year: number; month: number } {
  const match = ISO_MONTH_PATTERN.exec(value.length === 10 && isIsoDate(value) ? value.slice(0, 7) : value);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new Error(`「${value}」不是有效月份，请按“年-月”写，例如 2026-08`);
  }
  return { year: Number(match[1]), month };
}

/** The day a moment falls on in China. A YAML date `2026-08-01` (UTC midnight) stays 2026-08-01. */
export function toIsoDate(date: Date): IsoDate {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new Error('无效的日期（Invalid Date）');
  const shifted = new Date(time + CHINA_UTC_OFFSET_MINUTES * 60 * 1000);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}`;
}

/** The Date at UTC midnight of a calendar day (the form YAML dates arrive in). */
export function isoDateToUtc(value: IsoDate): Date {
  const { year, month, day } = parseIsoDate(value);
  return utcDate(year, month - 1, day);
}

/**
 * Today in China, or the environment variable SITE_TODAY ('YYYY-MM-DD') when it is set, so that
 * tests and reproducible builds can freeze the date every status and calendar is computed from.
 */
export function todayIso(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): IsoDate {
  const frozen = env.SITE_TODAY?.trim();
  if (frozen) {
    if (!isIsoDate(frozen)) {
      throw new Error(
        `环境变量 SITE_TODAY 的值「${frozen}」不是有效日期。请按“年-月-日”写，例如 SITE_TODAY=2026-08-01；不需要固定日期时删掉这个变量`,
      );
    }
    return frozen;
  }
  return toIsoDate(now);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return toIsoDateUtc(new Date(isoDateToUtc(value).getTime() + days * DAY_MS));
}

function toIsoDateUtc(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoDateToUtc(to).getTime() - isoDateToUtc(from).getTime()) / DAY_MS);
}

/** 0 = 星期日 … 6 = 星期六 */
export function weekdayOf(value: IsoDate): number {
  return isoDateToUtc(value).getUTCDay();
}

/** '2026-08-01' → '星期六' */
export function weekdayZh(value: IsoDate): string {
  return WEEKDAY_NAMES_ZH[weekdayOf(value)] ?? '';
}

export function yearOf(value: IsoDate): number {
  return parseIsoMonth(value).year;
}

/** '2026-08-01' → '2026-08' */
export function monthOf(value: IsoDate): IsoMonth {
  parseIsoDate(value);
  return value.slice(0, 7);
}

/** '2026-08-01' → '2026年8月1日' */
export function formatDateZh(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `${year}年${month}月${day}日`;
}

/** '2026-08' or '2026-08-01' → '2026年8月' */
export function formatMonthZh(value: IsoMonth): string {
  const { year, month } = parseIsoMonth(value);
  return `${year}年${month}月`;
}

/** '2026-08-01' → '8月1日' */
export function formatMonthDayZh(value: IsoDate): string {
  const { month, day } = parseIsoDate(value);
  return `${month}月${day}日`;
}

/** '2026-08-01' → '2026年8月1日 星期六' */
export function formatDateWithWeekdayZh(value: IsoDate): string {
  return `${formatDateZh(value)} ${weekdayZh(value)}`;
}

/** Earliest first; for sort(). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
