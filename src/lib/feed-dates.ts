/**
 * Dates in feeds, written in China time: an entry dated 2026-08-01 is published on 1 August in
 * China, so its RSS pubDate is "Sat, 01 Aug 2026 00:00:00 +0800", never 16:00 GMT the day before.
 */
import { parseIsoDate, isoDateToUtc, type IsoDate } from './dates.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** RFC 822 date-time at 00:00 China time (+0800) of the given day. */
export function rfc822China(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  const weekday = DAYS[isoDateToUtc(date).getUTCDay()];
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${String(year).padStart(4, '0')} 00:00:00 +0800`;
}

/** The newest of some ISO days (the feed's lastBuildDate: when its content last changed). */
export function newestDate(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((newest, date) => (newest === undefined || date > newest ? date : newest), undefined);
}
