import { describe, expect, it } from 'vitest';
import { neighbours, relatedReports, reportsAround } from '../../src/lib/report-neighbours.ts';

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

describe('reportsAround', () => {
  it('gives every report the same related reports and neighbours as asking one page at a time', () => {
    const types = ['走访慰问', '座谈会', '义诊服务'];
    const reports = Array.from({ length: 60 }, (_, i) =>
      r(`r${i}`, `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, types[i % 3] ?? '', {
        ...(i % 4 === 0 ? { plan: `p${i % 8}` } : {}),
        ...(i % 5 === 0 ? { observance: 'bayi' } : {}),
        units: [`u${i % 6}`, `u${(i * 5) % 7}`],
      }),
    );
    const around = reportsAround(reports);
    for (const report of reports) {
      expect(around.get(report.id)?.related).toEqual(relatedReports(report, reports));
      const { earlier, later } = neighbours(report, reports);
      expect(around.get(report.id)?.earlier).toBe(earlier);
      expect(around.get(report.id)?.later).toBe(later);
    }
    expect([...around.values()].some((entry) => entry.related.length === 3)).toBe(true);
  });
});
