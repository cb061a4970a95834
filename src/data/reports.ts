/** What every reports list page needs, made once per build and shared by every page. */
import { published, isoDate, oncePerBuild } from './content.ts';
import { REPORT_TYPES } from '../model/index.ts';
import { countBy } from '../lib/grouping.ts';

export const reportsOverview = oncePerBuild(async () => {
  const reports = await published('reports');
  const years = [...new Set(reports.map((report) => Number(isoDate(report.data.date).slice(0, 4))))].sort((a, b) => b - a);
  const types = countBy(reports, (report) => report.data.type, REPORT_TYPES).map((entry) => entry.key);
  return { reports, years: Object.freeze(years), types: Object.freeze(types) };
});
