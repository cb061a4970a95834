/**
 * Every date a feed or an export prints, in one function: China time (+08:00), never the machine's
 * zone and never GMT, so a portal CMS mirroring the feeds shows the day the office published.
 *
 * A content date is a calendar day ('YYYY-MM-DD', see dates.ts): it is printed as the start of that
 * day in China. A Date is an instant (a build time): it is printed as the China wall-clock time then.
 */
import { CHINA_UTC_OFFSET_MINUTES, isIsoDate, type IsoDate } from '../model/dates.ts';

export type FeedDateStyle = 'rfc822' | 'iso8601';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `rfc822`: RSS 2.0 pubDate, e.g. `Wed, 22 Jan 2025 00:00:00 +0800`.
 * `iso8601`: JSON Feed and Dublin Core, e.g. `2025-01-22T00:00:00+08:00`.
 */
export function formatFeedDate(value: IsoDate | Date, style: FeedDateStyle): string {
  let wall: Date; // the China wall-clock time, held in a Date's UTC fields
  if (typeof value === 'string') {
    if (!isIsoDate(value)) throw new Error(`不是“年-月-日”格式的日期：${value}`);
    wall = new Date(`${value}T00:00:00Z`);
  } else {
    if (Number.isNaN(value.getTime())) throw new Error('无效的时间');
    wall = new Date(value.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000);
  }
  const [y, mo, d, h, mi, s] = [
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  ];
  const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (style === 'rfc822') return `${DAYS[wall.getUTCDay()]}, ${pad(d)} ${MONTHS[mo]} ${y} ${time} +0800`;
  return `${y}-${pad(mo + 1)}-${pad(d)}T${time}+08:00`;
}

/** RFC 822 date-time at 00:00 China time (+0800) of the given day: /rss.xml's pubDate. */
export function rfc822China(date: IsoDate): string {
  return formatFeedDate(date, 'rfc822');
}

/** The newest of some ISO days (the feed's lastBuildDate: when its content last changed). */
export function newestDate(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((newest, date) => (newest === undefined || date > newest ? date : newest), undefined);
}
