/**
 * Words that depend on the day a page is read: 还有 N 天, 今天, 已过, 本月 and a plan task's status.
 * The build writes them for the build day (the no-JavaScript fallback); src/islands/relative-dates.ts
 * rewrites them with these same functions on the reader's day, so both always agree.
 */
import { daysBetween, toIsoDate, type IsoDate } from '../model/dates.ts';
import { taskStatus, TASK_STATUS_LABELS, type TaskStatus } from './plan-progress.ts';

/** The reader's today in China, whatever the phone's time zone. */
export function readerToday(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/** How a "days until" is written: in brackets after a date, or as the end of a sentence. */
export type UntilStyle = 'paren' | 'sentence';

/** （还有 12 天） · （今天） · （已过）; or 还有 12 天 · 就是今天 · 已经过去. */
export function untilText(date: IsoDate, today: IsoDate, style: UntilStyle): string {
  const days = daysBetween(today, date);
  if (style === 'paren') return days === 0 ? '（今天）' : days > 0 ? `（还有 ${days} 天）` : '（已过）';
  return days === 0 ? '就是今天' : days > 0 ? `还有 ${days} 天` : '已经过去';
}

/** The day is over (a 纪念日 gets its 已过 badge). */
export function isPast(date: IsoDate, today: IsoDate): boolean {
  return date < today;
}

/** A 纪念日 in the coming 30 days is drawn as the current one on the calendar. */
export function isSoon(date: IsoDate, today: IsoDate): boolean {
  return !isPast(date, today) && daysBetween(today, date) <= 30;
}

/** Today falls in the month 'YYYY-MM' (the 本月 badge). */
export function isCurrentMonth(month: string, today: IsoDate): boolean {
  return today.slice(0, 7) === month;
}

/** The first `count` dates still to come (today included), as indexes into `dates`. */
export function nextIndexes(dates: readonly IsoDate[], today: IsoDate, count: number): number[] {
  return dates.flatMap((date, index) => (isPast(date, today) ? [] : [index])).slice(0, count);
}

/** A plan task's status on the reader's day; done stays done (a report names the task). */
export function taskStatusOn(
  period: { start: IsoDate; end: IsoDate },
  done: boolean,
  today: IsoDate,
): { status: TaskStatus; label: string } {
  const status = taskStatus(period, done ? 1 : 0, today);
  return { status, label: TASK_STATUS_LABELS[status] };
}

/** The tag style of each status (one place for the plan table and the script). */
export const TASK_STATUS_TAG: Record<TaskStatus, string> = {
  done: 'tag-ok',
  'in-progress': 'tag-warn',
  'not-started': 'tag-muted',
  overdue: '',
};
