/**
 * Which 纪念日 the 国防教育 section features: 全民国防教育日 (九月第三个星期六) from a few weeks
 * before it up to the day itself. "Today" is the build date, so the banner appears with the first
 * build inside the window and disappears with the first build after the day.
 */
import { addDays, daysBetween, type IsoDate } from '../model/dates.ts';
import { nextObservanceDate, type ObservanceLike } from './observances.ts';

/** The observance id of 全民国防教育日 in observances.yaml. */
export const GUOFANG_JIAOYU_RI = 'guofang-jiaoyu-ri';

/** How long before the day the section features it. */
export const FEATURE_WINDOW_DAYS = 28;

export interface FeaturedObservance<O extends ObservanceLike = ObservanceLike> {
  observance: O;
  date: IsoDate;
  /** 0 on the day itself. */
  daysUntil: number;
}

/**
 * The observance `id` if its next date (on or after `today`) is at most `windowDays` days away,
 * otherwise undefined — also when there is no such observance.
 */
export function featuredObservance<O extends ObservanceLike>(
  observances: readonly O[],
  today: IsoDate,
  id: string = GUOFANG_JIAOYU_RI,
  windowDays: number = FEATURE_WINDOW_DAYS,
): FeaturedObservance<O> | undefined {
  const observance = observances.find((candidate) => candidate.id === id);
  if (!observance || windowDays < 0) return undefined;
  const date = nextObservanceDate(observance.rule, today);
  if (date === undefined || date > addDays(today, windowDays)) return undefined;
  return { observance, date, daysUntil: daysBetween(today, date) };
}
