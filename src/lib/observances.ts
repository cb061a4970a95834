/**
 * 纪念日: each observance has a rule, and the rule gives its real date in any year 1950–2100.
 *
 * Lunar dates and solar terms come from lunar-javascript (6tail), which computes them for
 * Beijing time; nothing here keeps its own tables of dates.
 *
 * "The date in year Y" always means the Gregorian (公历) year Y, the year a calendar page shows.
 * Most rules fall exactly once in every year. A few fall zero or two times in some years:
 * 02-29 outside leap years, a fifth weekday the month lacks, and late 冬月/腊月 lunar days
 * (腊八 fell on 2022-01-10 and again on 2022-12-30, and not at all in 2023).
 * observanceDatesInYear() returns them all; observanceDate() returns the first and throws
 * when there is none.
 */
import { createRequire } from 'node:module';
import { daysBetween, daysInMonth, isIsoDate, isoDateOf, parseIsoDate, weekdayOf, WEEKDAY_NAMES_ZH, type IsoDate } from '../model/dates.ts';
import { YEAR_MAX, YEAR_MIN } from '../model/limits.ts';
import { isSolarTerm, observanceRuleProblem, SOLAR_TERMS, type ObservanceRule } from '../model/observance-rules.ts';

export type { ObservanceRule } from '../model/observance-rules.ts';

export interface ObservanceLike {
  id: string;
  name: string;
  rule: ObservanceRule;
}

export interface ObservanceOccurrence<O extends ObservanceLike = ObservanceLike> {
  observance: O;
  date: IsoDate;
}

export interface UpcomingObservance<O extends ObservanceLike = ObservanceLike> extends ObservanceOccurrence<O> {
  /** 0 on the day itself. */
  daysUntil: number;
}

const LUNAR_MONTH_NAMES = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'] as const;
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
const ORDINALS = ['', '第一个', '第二个', '第三个', '第四个', '第五个'] as const;

/** 1 → 初一, 10 → 初十, 15 → 十五, 20 → 二十, 21 → 廿一, 30 → 三十 */
export function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

export function lunarMonthName(month: number): string {
  return LUNAR_MONTH_NAMES[month - 1] ?? `${month}月`;
}

/* ---- lunar-javascript, typed for what is used (the package ships no types) ---- */

interface LunarSolarLike {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
  getLunar(): LunarDayLike;
}
interface LunarDayLike {
  getSolar(): LunarSolarLike;
  getJieQiTable(): Record<string, LunarSolarLike>;
  getJieQi(): string;
}
interface LunarYearLike {
  getMonth(month: number): { getDayCount(): number } | null;
}
interface LunarJavascript {
  Lunar: { fromYmd(year: number, month: number, day: number): LunarDayLike };
  LunarYear: { fromYear(year: number): LunarYearLike };
}

const lunarJs = createRequire(import.meta.url)('lunar-javascript') as LunarJavascript;

function solarToIso(solar: LunarSolarLike): IsoDate {
  return isoDateOf(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** The solar date of a lunar month-day (non-leap month) in a lunar year; day 30 in a 29-day month → day 29. */
function lunarToIso(lunarYear: number, month: number, day: number): IsoDate {
  const lunarMonth = lunarJs.LunarYear.fromYear(lunarYear).getMonth(month);
  if (!lunarMonth) throw new Error(`农历${lunarYear}年没有${lunarMonthName(month)}`);
  return solarToIso(lunarJs.Lunar.fromYmd(lunarYear, month, Math.min(day, lunarMonth.getDayCount())).getSolar());
}

const solarTermCache = new Map<number, Map<string, IsoDate>>();

/** The 24 solar terms of a Gregorian year, by Chinese name. */
function solarTermsOf(year: number): Map<string, IsoDate> {
  const cached = solarTermCache.get(year);
  if (cached) return cached;
  // The table of lunar year `year` runs from 大雪 of the previous December to 惊蛰 of the next March,
  // and holds every term of Gregorian `year`; terms outside the lunar year are keyed in pinyin,
  // so each day's name is read back from the library.
  const terms = new Map<string, IsoDate>();
  for (const [key, solar] of Object.entries(lunarJs.Lunar.fromYmd(year, 1, 1).getJieQiTable())) {
    if (solar.getYear() !== year) continue;
    const name = isSolarTerm(key) ? key : solar.getLunar().getJieQi();
    if (isSolarTerm(name)) terms.set(name, solarToIso(solar));
  }
  if (terms.size !== SOLAR_TERMS.length) {
    throw new Error(`无法计算 ${year} 年的二十四节气（只得到 ${terms.size} 个）`);
  }
  solarTermCache.set(year, terms);
  return terms;
}

/* ---- rules ---- */

function isInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The rule in words: 每年8月1日, 农历八月十五, 节气清明, 每年9月第三个星期六. */
export function describeRule(rule: ObservanceRule): string {
  switch (rule.type) {
    case 'fixed':
      return `每年${Number(rule.date.slice(0, 2))}月${Number(rule.date.slice(3, 5))}日`;
    case 'lunar':
      return `农历${lunarMonthName(rule.month)}${lunarDayName(rule.day)}${rule.day === 30 ? '（小月为廿九）' : ''}`;
    case 'solarTerm':
      return `节气${rule.term}`;
    case 'nthWeekday':
      return `每年${rule.month}月${ORDINALS[rule.n] ?? `第${rule.n}个`}${WEEKDAY_NAMES_ZH[rule.weekday] ?? ''}`;
    default:
      return '';
  }
}

function checkYear(year: number): void {
  if (!isInt(year, YEAR_MIN, YEAR_MAX)) {
    throw new Error(`纪念日日期只能计算 ${YEAR_MIN} 到 ${YEAR_MAX} 年，${year} 年超出了范围`);
  }
}

/**
 * Every date the rule falls on in Gregorian `year`, earliest first: usually one, see the module
 * comment for the zero and two cases. Throws (in Chinese) for a year outside 1950–2100 or a bad rule.
 */
export function observanceDatesInYear(rule: ObservanceRule, year: number): IsoDate[] {
  checkYear(year);
  const problem = observanceRuleProblem(rule);
  if (problem) throw new Error(problem);
  switch (rule.type) {
    case 'fixed': {
      const month = Number(rule.date.slice(0, 2));
      const day = Number(rule.date.slice(3, 5));
      return day <= daysInMonth(year, month) ? [isoDateOf(year, month, day)] : [];
    }
    case 'lunar': {
      // Lunar year Y-1's late months can reach into January/February of Y; lunar year Y's into Y+1.
      const dates = [year - 1, year]
        .map((lunarYear) => lunarToIso(lunarYear, rule.month, rule.day))
        .filter((date) => parseIsoDate(date).year === year);
      return [...new Set(dates)].sort();
    }
    case 'solarTerm': {
      const date = solarTermsOf(year).get(rule.term);
      return date ? [date] : [];
    }
    case 'nthWeekday': {
      const firstWeekday = weekdayOf(isoDateOf(year, rule.month, 1));
      const day = 1 + ((rule.weekday - firstWeekday + 7) % 7) + (rule.n - 1) * 7;
      return day <= daysInMonth(year, rule.month) ? [isoDateOf(year, rule.month, day)] : [];
    }
    default:
      return [];
  }
}

/**
 * The date of the observance in Gregorian `year` (the first, in the rare year it falls twice).
 * Throws a Chinese error for a year outside 1950–2100, an unknown solar term or another bad rule,
 * and when the rule does not fall in that year at all (e.g. 02-29 in 2026).
 */
export function observanceDate(rule: ObservanceRule, year: number): IsoDate {
  const [first] = observanceDatesInYear(rule, year);
  if (first === undefined) throw new Error(`${describeRule(rule)}在 ${year} 年（公历）没有对应的日子`);
  return first;
}

/** Each observance's occurrences in Gregorian `year`, by date (same day: in the order given). */
export function observancesInYear<O extends ObservanceLike>(observances: readonly O[], year: number): ObservanceOccurrence<O>[] {
  const occurrences: ObservanceOccurrence<O>[] = [];
  for (const observance of observances) {
    let dates: IsoDate[];
    try {
      dates = observanceDatesInYear(observance.rule, year);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`纪念日「${observance.name}」（${observance.id}）：${message}`, { cause: error });
    }
    for (const date of dates) occurrences.push({ observance, date });
  }
  return occurrences.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The next `count` occurrences on or after `today`, looking into later years as needed (up to 2100). */
export function upcomingObservances<O extends ObservanceLike>(
  observances: readonly O[],
  today: IsoDate,
  count: number,
): UpcomingObservance<O>[] {
  const result: UpcomingObservance<O>[] = [];
  if (count <= 0 || observances.length === 0) return result;
  for (let year = parseIsoDate(today).year; year <= YEAR_MAX && result.length < count; year += 1) {
    for (const occurrence of observancesInYear(observances, year)) {
      if (occurrence.date < today) continue;
      result.push({ ...occurrence, daysUntil: daysBetween(today, occurrence.date) });
      if (result.length === count) break;
    }
  }
  return result;
}

/** The first date on or after `from` the rule falls on, or undefined if there is none up to 2100. */
export function nextObservanceDate(rule: ObservanceRule, from: IsoDate): IsoDate | undefined {
  for (let year = parseIsoDate(from).year; year <= YEAR_MAX; year += 1) {
    const date = observanceDatesInYear(rule, year).find((candidate) => candidate >= from);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** True when `value` is a day on which the rule falls. */
export function observanceFallsOn(rule: ObservanceRule, value: IsoDate): boolean {
  return isIsoDate(value) && observanceDatesInYear(rule, parseIsoDate(value).year).includes(value);
}
