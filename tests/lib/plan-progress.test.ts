import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/periods.ts';
import {
  TASK_STATUS_LABELS,
  completionPercent,
  findTask,
  planProgress,
  reportsByTask,
  reportsForPlan,
  reportsForTask,
  taskStatus,
} from '../../src/lib/plan-progress.ts';

const plan = {
  id: 'p2026',
  year: 2026,
  tasks: [
    { id: 't01', title: '春节走访慰问', owner: 'xian-shuangyongban', when: '2026-03' },
    { id: 't02', title: '征兵宣传进校园', when: '2026-04' },
    { id: 't03', title: '二季度政策宣讲', when: '2026-Q2' },
    { id: 't04', title: '八一系列活动', when: '2026-05~2026-07' },
    { id: 't05', title: '四季度总结', when: '2026-Q4' },
    { id: 't06', title: '元旦春节双拥活动', when: '2026-12~2027-01' },
  ],
};

const reports = [
  { id: 'r3', title: '报道三', date: '2026-05-02', plan: 'p2026', task: 't04', url: '/reports/r3/' },
  { id: 'r1', title: '报道一', date: '2026-03-10', plan: 'p2026', task: 't01', url: '/reports/r1/' },
  { id: 'r2', title: '报道二', date: '2026-04-28', plan: 'p2026', task: 't04', url: '/reports/r2/' },
  { id: 'r4', title: '计划下未指明任务', date: '2026-05-05', plan: 'p2026', url: '/reports/r4/' },
  { id: 'r5', title: '别的计划', date: '2026-04-01', plan: 'p2025', task: 't02', url: '/reports/r5/' },
  { id: 'r6', title: '没有计划', date: '2026-04-10', task: 't02', url: '/reports/r6/' },
  { id: 'r7', title: '上年年底提前落实', date: '2025-12-30', plan: 'p2026', task: 't01', url: '/reports/r7/' },
];

describe('taskStatus', () => {
  const april = parsePeriod('2026-04');
  it('follows the period when no report is linked', () => {
    expect(taskStatus(april, 0, '2026-03-31')).toBe('not-started');
    expect(taskStatus(april, 0, '2026-04-01')).toBe('in-progress');
    expect(taskStatus(april, 0, '2026-04-30')).toBe('in-progress');
    expect(taskStatus(april, 0, '2026-05-01')).toBe('overdue');
  });
  it('is done as soon as a report is linked, whatever the date', () => {
    expect(taskStatus(april, 1, '2026-03-01')).toBe('done');
    expect(taskStatus(april, 2, '2026-12-31')).toBe('done');
  });
});

describe('planProgress', () => {
  const progress = planProgress(plan, reports, '2026-05-20');
  const statusOf = (id: string) => progress.tasks.find((row) => row.task.id === id)?.status;

  it('gives each task its status and Chinese label, in plan order', () => {
    expect(progress.tasks.map((row) => [row.task.id, row.status, row.label])).toEqual([
      ['t01', 'done', '已完成'],
      ['t02', 'overdue', '逾期'],
      ['t03', 'in-progress', '进行中'],
      ['t04', 'done', '已完成'],
      ['t05', 'not-started', '未开始'],
      ['t06', 'not-started', '未开始'],
    ]);
    expect(progress.tasks[2]?.period.label).toBe('2026年第二季度');
  });

  it('counts only reports that name both this plan and this task', () => {
    // r5 names another plan, r6 names no plan: t02 stays overdue.
    expect(statusOf('t02')).toBe('overdue');
    expect(progress.tasks[1]?.reports).toEqual([]);
  });

  it('lists linked reports by date, keeping the caller’s objects', () => {
    expect(progress.tasks[3]?.reports.map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(progress.tasks[0]?.reports.map((r) => r.id)).toEqual(['r7', 'r1']);
    expect(progress.tasks[0]?.reports[1]).toBe(reports[1]);
    expect(progress.tasks[0]?.reports[1]?.url).toBe('/reports/r1/');
    expect(progress.reports.map((r) => r.id)).toEqual(['r7', 'r1', 'r2', 'r3', 'r4']);
  });

  it('totals and percent', () => {
    expect(progress.total).toBe(6);
    expect(progress.done).toBe(2);
    expect(progress.percent).toBe(33);
    expect(progress.counts).toEqual({ done: 2, 'in-progress': 1, 'not-started': 2, overdue: 1 });
  });

  it('builds a twelve-month timeline of the plan year', () => {
    expect(progress.timeline.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(progress.timeline.map((m) => m.label)).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
    ]);
    const month = (n: number) => progress.timeline[n - 1]!;
    expect(month(1).tasks).toEqual([]);
    expect(month(1).reports).toEqual([]); // r7 is dated 2025
    expect(month(3).tasks.map((row) => row.task.id)).toEqual(['t01']);
    expect(month(3).reports.map((r) => r.id)).toEqual(['r1']);
    expect(month(4).tasks.map((row) => row.task.id)).toEqual(['t02', 't03']);
    expect(month(4).reports.map((r) => r.id)).toEqual(['r2']);
    expect(month(5).tasks.map((row) => row.task.id)).toEqual(['t03', 't04']);
    expect(month(5).reports.map((r) => r.id)).toEqual(['r3', 'r4']);
    expect(month(7).tasks.map((row) => row.task.id)).toEqual(['t04']);
    expect(month(8).tasks).toEqual([]);
    expect(month(10).tasks.map((row) => row.task.id)).toEqual(['t05']);
    expect(month(12).tasks.map((row) => row.task.id)).toEqual(['t05', 't06']);
  });

  it('flags the current month only', () => {
    expect(progress.timeline.filter((m) => m.current).map((m) => m.month)).toEqual(['2026-05']);
    expect(planProgress(plan, reports, '2027-02-01').timeline.some((m) => m.current)).toBe(false);
  });

  it('marks every unfinished task overdue once the last period is over', () => {
    const later = planProgress(plan, reports, '2027-02-01');
    expect(later.counts).toEqual({ done: 2, 'in-progress': 0, 'not-started': 0, overdue: 4 });
    // t06 runs to 2027-01-31, so on 2027-01-31 it is still in progress.
    expect(planProgress(plan, reports, '2027-01-31').tasks[5]?.status).toBe('in-progress');
  });

  it('reports no progress for a plan without tasks', () => {
    const empty = planProgress({ id: 'empty', year: 2026, tasks: [] }, reports, '2026-05-20');
    expect(empty).toMatchObject({ total: 0, done: 0, percent: 0 });
    expect(empty.timeline).toHaveLength(12);
  });

  it('names the plan and task when a period is malformed', () => {
    const bad = { id: 'p-bad', year: 2026, tasks: [{ id: 't09', title: '错误', when: '2026-Q5' }] };
    expect(() => planProgress(bad, [], '2026-05-20')).toThrow(/计划「p-bad」的任务「t09」.*写法不对/);
  });

  it('exposes the status labels', () => {
    expect(TASK_STATUS_LABELS).toEqual({ done: '已完成', 'in-progress': '进行中', 'not-started': '未开始', overdue: '逾期' });
  });
});

describe('completionPercent', () => {
  it('rounds, without claiming 0 or 100 falsely', () => {
    expect(completionPercent(0, 0)).toBe(0);
    expect(completionPercent(0, 5)).toBe(0);
    expect(completionPercent(1, 3)).toBe(33);
    expect(completionPercent(2, 3)).toBe(67);
    expect(completionPercent(1, 8)).toBe(13);
    expect(completionPercent(5, 5)).toBe(100);
    expect(completionPercent(199, 200)).toBe(99);
    expect(completionPercent(1, 201)).toBe(1);
  });
});

describe('helpers', () => {
  it('findTask', () => {
    expect(findTask(plan, 't03')?.title).toBe('二季度政策宣讲');
    expect(findTask(plan, 't99')).toBeUndefined();
  });

  it('reportsForPlan / reportsForTask / reportsByTask', () => {
    expect(reportsForPlan('p2026', reports).map((r) => r.id)).toEqual(['r7', 'r1', 'r2', 'r3', 'r4']);
    expect(reportsForTask('p2026', 't04', reports).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(reportsForTask('p2026', 't02', reports)).toEqual([]);
    const groups = reportsByTask('p2026', reports);
    expect([...groups.keys()].sort()).toEqual(['t01', 't04']);
    expect(groups.get('t01')?.map((r) => r.id)).toEqual(['r7', 'r1']);
  });

  it('breaks same-day ties by id so output never depends on input order', () => {
    const sameDay = [
      { id: 'b', title: 'B', date: '2026-05-01', plan: 'p', task: 't' },
      { id: 'a', title: 'A', date: '2026-05-01', plan: 'p', task: 't' },
    ];
    expect(reportsForTask('p', 't', sameDay).map((r) => r.id)).toEqual(['a', 'b']);
    expect(reportsForTask('p', 't', [...sameDay].reverse()).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
