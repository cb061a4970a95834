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
export function relatedReports<R extends ReportLink>(
  report: ReportLink,
  reports: readonly R[],
  limit = 3,
  distance: (a: IsoDate, b: IsoDate) => number = (a, b) => Math.abs(daysBetween(a, b)),
): R[] {
  return reports
    .filter((other) => other.id !== report.id)
    .map((other) => ({ other, score: subjectScore(report, other) }))
    .filter(({ score }) => score >= 3)
    .map(({ other, score }) => ({ other, score, distance: distance(report.date, other.date) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || (a.other.id < b.other.id ? -1 : 1))
    .slice(0, limit)
    .map(({ other }) => other);
}

export interface AroundReport<R> {
  related: R[];
  earlier?: R | undefined;
  later?: R | undefined;
}

/**
 * relatedReports and neighbours for every report at once, as the report pages need them: computed
 * once per build rather than once per page (per page, 2,000 reports cost 2,000² date parses and
 * sorts, 5 of the 24 s of rendering). Only reports that can reach the related threshold are
 * scored: a score of 3 needs the same type, the same 纪念日 or the same plan.
 */
export function reportsAround<R extends ReportLink>(reports: readonly R[], limit = 3): Map<string, AroundReport<R>> {
  const dayNumbers = new Map<IsoDate, number>();
  const day = (date: IsoDate) => {
    let known = dayNumbers.get(date);
    if (known === undefined) dayNumbers.set(date, (known = daysBetween('1970-01-01', date)));
    return known;
  };
  const groups = new Map<string, R[]>();
  const join = (key: string, report: R) => {
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  };
  for (const report of reports) {
    join(`type:${report.type}`, report);
    if (report.observance) join(`observance:${report.observance}`, report);
    if (report.plan) join(`plan:${report.plan}`, report);
  }
  const ordered = [...reports].sort(byDateThenId);
  const around = new Map<string, AroundReport<R>>();
  ordered.forEach((report, index) => {
    const candidates = new Set(groups.get(`type:${report.type}`));
    for (const other of report.observance ? (groups.get(`observance:${report.observance}`) ?? []) : []) candidates.add(other);
    for (const other of report.plan ? (groups.get(`plan:${report.plan}`) ?? []) : []) candidates.add(other);
    around.set(report.id, {
      related: relatedReports(report, [...candidates], limit, (a, b) => Math.abs(day(a) - day(b))),
      earlier: ordered[index - 1],
      later: ordered[index + 1],
    });
  });
  return around;
}

const byDateThenId = (a: { id: string; date: IsoDate }, b: { id: string; date: IsoDate }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The report just before (earlier) and just after (later) in time; same day by id. */
export function neighbours<R extends { id: string; date: IsoDate }>(
  report: R,
  reports: readonly R[],
): { earlier?: R | undefined; later?: R | undefined } {
  const ordered = [...reports].sort(byDateThenId);
  const index = ordered.findIndex((other) => other.id === report.id);
  if (index === -1) return {};
  return { earlier: ordered[index - 1], later: ordered[index + 1] };
}
