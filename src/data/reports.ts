/** What every reports list page needs, fetched once per page. */
import { published, isoDate } from './content.ts';
import { REPORT_TYPES } from '../model/index.ts';
import { countBy } from '../lib/grouping.ts';

export async function reportsOverview() {
  const reports = await published('reports');
  const years = [...new Set(reports.map((report) => Number(isoDate(report.data.date).slice(0, 4))))].sort((a, b) => b - a);
  const types = countBy(reports, (report) => report.data.type, REPORT_TYPES).map((entry) => entry.key);
  return { reports, years, types };
}
