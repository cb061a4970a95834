/**
 * Task periods of a plan: a month `2026-05`, a quarter `2026-Q2`, or a range of months
 * `2026-04~2026-06` (the end may be in a later year).
 */
import { daysInMonth, isoDateOf, isoMonthOf, type IsoDate, type IsoMonth } from './dates.ts';
import { YEAR_MAX, YEAR_MIN } from './limits.ts';

export type PeriodKind = 'month' | 'quarter' | 'range';

export interface Period {
  /** As written in the frontmatter. */
  raw: string;
  kind: PeriodKind;
  /** First day of the first month. */
  start: IsoDate;
  /** Last day of the last month. */
  end: IsoDate;
  startMonth: IsoMonth;
  endMonth: IsoMonth;
  /** '2026年5月', '2026年第二季度', '2026年4月—6月', '2025年12月—2026年2月' */
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
// The three forms, written once: the parser below and PERIOD_PATTERN (the schema's form check) both use them.
const MONTH_FORM = String.raw`(\d{4})-(0[1-9]|1[0-2])`;
const QUARTER_FORM = String.raw`(\d{4})-Q([1-4])`;
const RANGE_FORM = `${MONTH_FORM}~${MONTH_FORM}`;
const MONTH = new RegExp(`^${MONTH_FORM}$`);
const QUARTER = new RegExp(`^${QUARTER_FORM}$`);
const RANGE = new RegExp(`^${RANGE_FORM}$`);

/** A task period in any of its three forms: `2026-05`, `2026-Q2`, `2026-04~2026-06`. */
export const PERIOD_PATTERN = new RegExp(`^(?:${MONTH_FORM}|${QUARTER_FORM}|${RANGE_FORM})$`);

const FORMS = '只能写成以下三种之一：月份，如 2026-05；季度，如 2026-Q2；时间段（开始月~结束月），如 2026-04~2026-06';

function formError(when: string): Error {
  return new Error(`时间「${when}」的写法不对，${FORMS}`);
}

function checkYear(when: string, year: number): void {
  if (year < YEAR_MIN || year > YEAR_MAX) {
    throw new Error(`时间「${when}」里的年份 ${year} 超出范围，年份应在 ${YEAR_MIN} 到 ${YEAR_MAX} 之间`);
  }
}

function build(
  raw: string,
  kind: PeriodKind,
  startYear: number,
  startMonth: number,
  endYear: number,
  endMonth: number,
  label: string,
): Period {
  return {
    raw,
    kind,
    start: isoDateOf(startYear, startMonth, 1),
    end: isoDateOf(endYear, endMonth, daysInMonth(endYear, endMonth)),
    startMonth: isoMonthOf(startYear, startMonth),
    endMonth: isoMonthOf(endYear, endMonth),
    label,
  };
}

/** Parses a task's `when`; throws an Error with a Chinese message naming the accepted forms. */
export function parsePeriod(when: string): Period {
  const raw = when.trim();

  const month = MONTH.exec(raw);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    checkYear(raw, year);
    return build(raw, 'month', year, m, year, m, `${year}年${m}月`);
  }

  const quarter = QUARTER.exec(raw);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    checkYear(raw, year);
    return build(raw, 'quarter', year, q * 3 - 2, year, q * 3, `${year}年第${QUARTER_NAMES[q - 1]}季度`);
  }

  const range = RANGE.exec(raw);
  if (range) {
    const [y1, m1, y2, m2] = [Number(range[1]), Number(range[2]), Number(range[3]), Number(range[4])];
    checkYear(raw, y1);
    checkYear(raw, y2);
    if (y2 * 12 + m2 < y1 * 12 + m1) {
      throw new Error(`时间段「${raw}」的结束月份早于开始月份，请把早的月份写在前面，例如 2026-04~2026-06`);
    }
    const label = y1 === y2 && m1 === m2 ? `${y1}年${m1}月` : y1 === y2 ? `${y1}年${m1}月—${m2}月` : `${y1}年${m1}月—${y2}年${m2}月`;
    return build(raw, 'range', y1, m1, y2, m2, label);
  }

  throw formError(when);
}

/** The Chinese error message parsePeriod would throw, or undefined when `when` is valid. */
export function periodError(when: string): string | undefined {
  try {
    parsePeriod(when);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether the day lies within the period (both ends included). */
export function periodContains(period: Pick<Period, 'start' | 'end'>, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/** Every month of the period, in order: ['2026-04', '2026-05', '2026-06']. */
export function monthsOf(period: Period): IsoMonth[] {
  const months: IsoMonth[] = [];
  let year = Number(period.startMonth.slice(0, 4));
  let month = Number(period.startMonth.slice(5, 7));
  for (;;) {
    const key = isoMonthOf(year, month);
    months.push(key);
    if (key >= period.endMonth) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Whether the period includes any day of the month 'YYYY-MM'. */
export function periodCoversMonth(period: Period, month: IsoMonth): boolean {
  return period.startMonth <= month && month <= period.endMonth;
}

/** Earlier start first, then earlier end: for listing tasks by time. */
export function comparePeriods(a: Period, b: Period): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}
