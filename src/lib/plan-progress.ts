/**
 * How far a plan has got: each task is done when a report names it (`plan` + `task`), otherwise
 * its status follows from its period and today. Nobody ticks a box by hand.
 */
import { isoMonthOf, type IsoDate, type IsoMonth } from '../model/dates.ts';
import { parsePeriod, periodContains, periodCoversMonth, type Period } from '../model/periods.ts';

export type TaskStatus = 'done' | 'in-progress' | 'not-started' | 'overdue';

export const TASK_STATUSES: readonly TaskStatus[] = ['done', 'in-progress', 'not-started', 'overdue'];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done: '已完成',
  'in-progress': '进行中',
  'not-started': '未开始',
  overdue: '逾期',
};

export interface PlanTaskInput {
  id: string;
  title: string;
  owner?: string | undefined;
  when: string;
}

export interface PlanInput<T extends PlanTaskInput = PlanTaskInput> {
  id: string;
  year: number;
  tasks: readonly T[];
}

export interface LinkedReportInput {
  id: string;
  title: string;
  date: IsoDate;
  plan?: string | undefined;
  task?: string | undefined;
}

export interface TaskProgress<T extends PlanTaskInput = PlanTaskInput, R extends LinkedReportInput = LinkedReportInput> {
  task: T;
  period: Period;
  status: TaskStatus;
  /** Chinese status label, e.g. 已完成 */
  label: string;
  /** Reports that name this task, earliest first. */
  reports: R[];
}

export interface TimelineMonth<T extends PlanTaskInput = PlanTaskInput, R extends LinkedReportInput = LinkedReportInput> {
  /** 'YYYY-MM' */
  month: IsoMonth;
  /** 1–12 */
  number: number;
  /** '1月' */
  label: string;
  /** Tasks whose period covers this month, in plan order. */
  tasks: TaskProgress<T, R>[];
  /** Reports linked to the plan and dated in this month, earliest first. */
  reports: R[];
  /** Today falls in this month. */
  current: boolean;
}

export interface PlanProgress<T extends PlanTaskInput = PlanTaskInput, R extends LinkedReportInput = LinkedReportInput> {
  tasks: TaskProgress<T, R>[];
  total: number;
  done: number;
  /**
   * done / total as a whole percentage, rounded; 0 when the plan has no tasks. Rounding never
   * claims 100 while a task is open, nor 0 once one is done (199 of 200 is 99, 1 of 201 is 1).
   */
  percent: number;
  counts: Record<TaskStatus, number>;
  /** Every report linked to the plan (with or without a task), earliest first. */
  reports: R[];
  /** The twelve months of the plan year. */
  timeline: TimelineMonth<T, R>[];
}

/** Earliest first; same day by id, so the order never depends on how content was read. */
function byDate<R extends LinkedReportInput>(a: R, b: R): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The status rule on its own: linked reports win; otherwise the period and today decide. */
export function taskStatus(period: Pick<Period, 'start' | 'end'>, linkedReports: number, today: IsoDate): TaskStatus {
  if (linkedReports > 0) return 'done';
  if (today > period.end) return 'overdue';
  if (periodContains(period, today)) return 'in-progress';
  return 'not-started';
}

/** done / total as a whole percentage; see PlanProgress.percent. */
export function completionPercent(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}

export function findTask<T extends PlanTaskInput>(plan: { tasks: readonly T[] }, taskId: string): T | undefined {
  return plan.tasks.find((task) => task.id === taskId);
}

/** Reports that name the plan (with or without a task), earliest first. */
export function reportsForPlan<R extends LinkedReportInput>(planId: string, reports: readonly R[]): R[] {
  return reports.filter((report) => report.plan === planId).sort(byDate);
}

/** Reports that name the plan and the task, earliest first. */
export function reportsForTask<R extends LinkedReportInput>(planId: string, taskId: string, reports: readonly R[]): R[] {
  return reports.filter((report) => report.plan === planId && report.task === taskId).sort(byDate);
}

/** Linked reports grouped by task id (only tasks with at least one report appear), each group earliest first. */
export function reportsByTask<R extends LinkedReportInput>(planId: string, reports: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const report of reportsForPlan(planId, reports)) {
    if (report.task === undefined) continue;
    const group = groups.get(report.task);
    if (group) group.push(report);
    else groups.set(report.task, [report]);
  }
  return groups;
}

export function planProgress<T extends PlanTaskInput, R extends LinkedReportInput>(
  plan: PlanInput<T>,
  reports: readonly R[],
  today: IsoDate,
): PlanProgress<T, R> {
  const byTask = reportsByTask(plan.id, reports);
  const tasks = plan.tasks.map((task): TaskProgress<T, R> => {
    let period: Period;
    try {
      period = parsePeriod(task.when);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`计划「${plan.id}」的任务「${task.id}」：${message}`, { cause: error });
    }
    const linked = byTask.get(task.id) ?? [];
    const status = taskStatus(period, linked.length, today);
    return { task, period, status, label: TASK_STATUS_LABELS[status], reports: linked };
  });

  const counts: Record<TaskStatus, number> = { done: 0, 'in-progress': 0, 'not-started': 0, overdue: 0 };
  for (const row of tasks) counts[row.status] += 1;
  const total = tasks.length;
  const done = counts.done;

  const planReports = reportsForPlan(plan.id, reports);
  const currentMonth = today.slice(0, 7);
  const timeline = Array.from({ length: 12 }, (_, index): TimelineMonth<T, R> => {
    const number = index + 1;
    const month = isoMonthOf(plan.year, number);
    return {
      month,
      number,
      label: `${number}月`,
      tasks: tasks.filter((row) => periodCoversMonth(row.period, month)),
      reports: planReports.filter((report) => report.date.slice(0, 7) === month),
      current: month === currentMonth,
    };
  });

  return {
    tasks,
    total,
    done,
    percent: completionPercent(done, total),
    counts,
    reports: planReports,
    timeline,
  };
}
