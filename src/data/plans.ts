/** Plans with their computed progress: the reports that name a plan and task count toward it. */
import { published, isoDate, today, type Entry } from './content.ts';
import { planProgress } from '../lib/plan-progress.ts';

export async function plansWithProgress() {
  const [plans, reports] = await Promise.all([published('plans'), published('reports')]);
  const linked = reports.map((report) => ({
    id: report.id,
    title: report.data.title,
    date: isoDate(report.data.date),
    plan: report.data.plan,
    task: report.data.task,
  }));
  const now = today();
  return plans.map((plan: Entry<'plans'>) => ({
    plan,
    progress: planProgress({ id: plan.id, year: plan.data.year, tasks: plan.data.tasks }, linked, now),
  }));
}
