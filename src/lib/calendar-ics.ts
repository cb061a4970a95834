/**
 * /calendar.ics: the 纪念日 (and anything else dated) as all-day events a phone calendar can subscribe to.
 *
 * The output depends only on the input: events are sorted, UIDs are derived from the ids given and
 * the site's host, and DTSTAMP is a fixed stamp (never the clock), so two builds of the same content
 * give byte-identical files. All-day dates are written as plain dates (VALUE=DATE), which the
 * calendar's time zone (Asia/Shanghai, announced in X-WR-TIMEZONE) cannot shift.
 */
import ical from 'ical-generator';
import { addDays, isIsoDate, isoDateToUtc, type IsoDate } from '../model/dates.ts';

export const CALENDAR_TIME_ZONE = 'Asia/Shanghai';

export interface CalendarEventInput {
  /** Stable id, unique in the calendar, e.g. 'bayi-2026'; '@<host>' is appended unless it has an '@'. */
  uid: string;
  date: IsoDate;
  title: string;
  description?: string | undefined;
  /** Absolute, or a path resolved against baseUrl. */
  url?: string | undefined;
}

export interface CalendarInput {
  /** Calendar name shown by the subscriber's app (X-WR-CALNAME). */
  name: string;
  /** The site's base URL; its host makes the UIDs globally unique. */
  baseUrl: string;
  events: readonly CalendarEventInput[];
  /** PRODID, without the leading '-'; defaults to '//<host>//shuangyong-site//ZH'. */
  prodId?: string | undefined;
  description?: string | undefined;
  /**
   * DTSTAMP of every event. Defaults to each event's own date (00:00 China time), which keeps the
   * file identical between builds; pass e.g. the build's todayIso() to record when it was made.
   */
  stamp?: IsoDate | Date | undefined;
  /** How often a subscribed calendar app should fetch the file again, in seconds (default: one day). */
  refreshSeconds?: number | undefined;
}

/** RFC 5545 TEXT escaping, for the values ical-generator writes without escaping (the calendar name). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** 00:00 in China on the given day, as an instant. */
function chinaMidnight(date: IsoDate): Date {
  return new Date(isoDateToUtc(date).getTime() - 8 * 60 * 60 * 1000);
}

export function buildCalendarIcs(input: CalendarInput): string {
  const base = new URL(input.baseUrl);
  const host = base.hostname;
  const seen = new Set<string>();
  const events = [...input.events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0,
  );

  const stamp =
    input.stamp instanceof Date ? input.stamp : input.stamp !== undefined ? chinaMidnight(checkDate(input.stamp, 'stamp')) : undefined;
  if (stamp && Number.isNaN(stamp.getTime())) throw new Error('日历的 stamp 不是有效日期');

  const calendar = ical({
    name: escapeText(input.name),
    prodId: input.prodId ?? `//${host}//shuangyong-site//ZH`,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: subscribers pick up new dates without re-subscribing.
    ttl: input.refreshSeconds ?? 24 * 60 * 60,
    ...(input.description ? { description: escapeText(input.description) } : {}),
  });

  for (const event of events) {
    const uid = event.uid.includes('@') ? event.uid : `${event.uid}@${host}`;
    if (!event.uid.trim() || /\s/.test(event.uid)) throw new Error(`日历事件的 uid「${event.uid}」不能为空或含空格`);
    if (seen.has(uid)) throw new Error(`日历里有两个事件的 uid 都是「${uid}」，每个事件的 uid 必须不同`);
    seen.add(uid);
    const date = checkDate(event.date, `事件「${event.title}」的日期`);
    calendar.createEvent({
      id: uid,
      allDay: true,
      start: isoDateToUtc(date),
      end: isoDateToUtc(addDays(date, 1)),
      stamp: stamp ?? chinaMidnight(date),
      summary: event.title,
      ...(event.description ? { description: event.description } : {}),
      ...(event.url ? { url: new URL(event.url, base).href } : {}),
    });
  }

  // The calendar has no ical-generator time zone on purpose: with one set, the library writes
  // dates with the machine's local clock. The zone is announced as a calendar property instead,
  // placed before the first component as RFC 5545 orders it.
  const text = calendar.toString();
  const zoneLine = `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}\r\n`;
  const firstComponent = text.search(/\r\n(BEGIN:VEVENT|END:VCALENDAR)/);
  const withZone = firstComponent < 0 ? text : `${text.slice(0, firstComponent + 2)}${zoneLine}${text.slice(firstComponent + 2)}`;
  return withZone.endsWith('\r\n') ? withZone : `${withZone}\r\n`;
}

function checkDate(value: IsoDate, what: string): IsoDate {
  if (!isIsoDate(value)) throw new Error(`${what}「${value}」不是有效日期，应为“年-月-日”，例如 2026-08-01`);
  return value;
}
