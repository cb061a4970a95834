/**
 * Around one report: the reports nearest to it in subject and date (相关报道), and the ones just
 * before and after it in time (上一篇 / 下一篇).
 */
import { daysBetween, type IsoDate } from '../model/dates.ts';

export interface ReportLink {
  id: string;
  date: IsoDate;
  type: string;
  plan?: string | undefined;
  observance?: string | undefined;
  units: readonly string[];
}

/** How close two reports are in subject: the same plan task area, 纪念日, type and organisers. */
export function subjectScore(a: ReportLink, b: ReportLink): number {
  let score = 0;
  if (a.type === b.type) score += 3;
  if (a.observance && a.observance === b.observance) score += 3;
  if (a.plan && a.plan === b.plan) score += 1;
  score += Math.min(2, a.units.filter((unit) => b.units.includes(unit)).length);
  return score;
}

/**
 * The `limit` reports nearest to `report`: closest in subject first, then closest in date (either
 * side), then by id so the choice never depends on read order. Reports sharing nothing are left out.
 */
export function relatedReports<R extends ReportLink>(report: ReportLink, reports: readonly R[], limit = 3): R[] {
  return reports
    .filter((other) => other.id !== report.id)
    .map((other) => ({ other, score: subjectScore(report, other), distance: Math.abs(daysBetween(report.date, other.date)) }))
    .filter(({ score }) => score >= 3)
    .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other.id < b.other.id ? -1 : 1))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The report just before (earlier) and just after (later) in time; same day by id. */
export function neighbours<R extends { id: string; date: IsoDate }>(
  report: R,
  reports: readonly R[],
): { earlier?: R | undefined; later?: R | undefined } {
  const ordered = [...reports].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = ordered.findIndex((other) => other.id === report.id);
  if (index === -1) return {};
  return { earlier: ordered[index - 1], later: ordered[index + 1] };
}
