import { describe, expect, it } from 'vitest';
import { neighbours, relatedReports } from '../../src/lib/report-neighbours.ts';

const r = (id: string, date: string, type: string, extra: { plan?: string; observance?: string; units?: string[] } = {}) => ({
  id,
  date,
  type,
  units: extra.units ?? [],
  ...extra,
});

describe('relatedReports', () => {
  const me = r('me', '2026-07-29', '走访慰问', { plan: 'p2026', observance: 'bayi', units: ['shuangyongban'] });
  it('prefers the same subject, then the nearest date, over the newest of the same plan', () => {
    const reports = [
      me,
      r('newest-same-plan', '2026-10-22', '义诊服务', { plan: 'p2026' }),
      r('bayi-last-year', '2025-07-31', '走访慰问', { observance: 'bayi', units: ['shuangyongban'] }),
      r('spring-visit', '2026-02-10', '走访慰问', { plan: 'p2026', units: ['shuangyongban'] }),
      r('bayi-forum', '2026-07-31', '座谈会', { plan: 'p2026', observance: 'bayi' }),
      r('unrelated', '2026-07-30', '征兵宣传'),
    ];
    expect(relatedReports(me, reports).map((report) => report.id)).toEqual(['bayi-last-year', 'spring-visit', 'bayi-forum']);
  });
  it('leaves out reports that share nothing but a plan', () => {
    expect(relatedReports(me, [me, r('x', '2026-07-30', '征兵宣传', { plan: 'p2026' })])).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives the reports just before and after in time', () => {
    const list = [r('c', '2026-03-01', 'a'), r('a', '2026-01-01', 'a'), r('b', '2026-02-01', 'a')];
    expect(neighbours(list[2]!, list)).toEqual({ earlier: list[1], later: list[0] });
    expect(neighbours(list[1]!, list).earlier).toBeUndefined();
    expect(neighbours(list[0]!, list).later).toBeUndefined();
  });
});
