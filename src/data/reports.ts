/** What every reports list page needs, made once per build and shared by every page. */
import { published, isoDate, oncePerBuild, getSite, type Entry } from './content.ts';
import { REPORT_TYPES, type ReportType } from '../model/index.ts';
import { countBy, pageCount, pageOf } from '../lib/grouping.ts';
import { pageCacheKey } from './page-cache-key.ts';

export const reportsOverview = oncePerBuild(async () => {
  const reports = await published('reports');
  const years = [...new Set(reports.map((report) => Number(isoDate(report.data.date).slice(0, 4))))].sort((a, b) => b - a);
  const types = countBy(reports, (report) => report.data.type, REPORT_TYPES).map((entry) => entry.key);
  return { reports, years: Object.freeze(years), types: Object.freeze(types) };
});

/** One page of a list of reports: the reports it shows, which page it is, and how long the list is. */
export interface ReportsListPage {
  reports: Entry<'reports'>[];
  current: number;
  last: number;
  total: number;
}

/** What a page of a report list is rendered from besides its selection (a year, a type). */
export interface ReportsListProps {
  page: ReportsListPage;
  years: readonly number[];
  types: readonly ReportType[];
}

/**
 * Every page of one list of reports (all of them, a year's, a type's), with what the page shows
 * besides (the year and type links) and its cache key: a rebuild renders only the pages whose
 * reports, place in the list or links changed.
 */
export async function reportsListPages(selection: (report: Entry<'reports'>) => boolean = () => true) {
  const { reports, years, types } = await reportsOverview();
  const perPage = (await getSite()).reportsPerPage;
  const list = reports.filter(selection);
  return Array.from({ length: pageCount(list.length, perPage) }, (_, index) => {
    const slice = pageOf(list, perPage, index + 1);
    const page: ReportsListPage = { reports: slice.items, current: slice.current, last: slice.last, total: list.length };
    return { page, years, types, cacheKey: pageCacheKey({ page, years, types }) };
  });
}

/** The reports of one year (by activity date). */
export const ofYear = (year: number) => (report: Entry<'reports'>) => isoDate(report.data.date).startsWith(`${year}-`);
