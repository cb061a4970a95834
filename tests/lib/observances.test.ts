import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../src/model/dates.ts';
import {
  describeRule,
  lunarDayName,
  nextObservanceDate,
  observanceDate,
  observanceDatesInYear,
  observanceFallsOn,
  observancesInYear,
  upcomingObservances,
  type ObservanceLike,
} from '../../src/lib/observances.ts';
import { SOLAR_TERMS, observanceRuleProblem } from '../../src/model/observance-rules.ts';

const chunjie = { type: 'lunar', month: 1, day: 1 } as const;
const zhongqiu = { type: 'lunar', month: 8, day: 15 } as const;
const chongyang = { type: 'lunar', month: 9, day: 9 } as const;
const chuxi = { type: 'lunar', month: 12, day: 30 } as const;
const laba = { type: 'lunar', month: 12, day: 8 } as const;
const qingming = { type: 'solarTerm', term: '清明' } as const;
const guofang = { type: 'nthWeekday', month: 9, n: 3, weekday: 6 } as const;

const observances: ObservanceLike[] = [
  { id: 'yuandan', name: '元旦', rule: { type: 'fixed', date: '01-01' } },
  { id: 'xue-leifeng', name: '学雷锋纪念日', rule: { type: 'fixed', date: '03-05' } },
  { id: 'chunjie', name: '春节', rule: chunjie },
  { id: 'qingming', name: '清明节', rule: qingming },
  { id: 'bayi', name: '八一建军节', rule: { type: 'fixed', date: '08-01' } },
  { id: 'kangzhan-shengli', name: '中国人民抗日战争胜利纪念日', rule: { type: 'fixed', date: '09-03' } },
  { id: 'guofang-jiaoyu-ri', name: '全民国防教育日', rule: guofang },
  { id: 'zhongqiu', name: '中秋节', rule: zhongqiu },
  { id: 'lieshi', name: '烈士纪念日', rule: { type: 'fixed', date: '09-30' } },
  { id: 'guoqing', name: '国庆节', rule: { type: 'fixed', date: '10-01' } },
  { id: 'chongyang', name: '重阳节', rule: chongyang },
  { id: 'gongji', name: '国家公祭日', rule: { type: 'fixed', date: '12-13' } },
];

describe('observanceDate: lunar dates', () => {
  it('春节 (正月初一)', () => {
    expect(observanceDate(chunjie, 2025)).toBe('2025-01-29');
    expect(observanceDate(chunjie, 2026)).toBe('2026-02-17');
    expect(observanceDate(chunjie, 2027)).toBe('2027-02-06');
    expect(observanceDate(chunjie, 2024)).toBe('2024-02-10');
    expect(observanceDate(chunjie, 1950)).toBe('1950-02-17');
    expect(observanceDate(chunjie, 2100)).toBe('2100-02-09');
  });

  it('中秋 and 重阳', () => {
    expect(observanceDate(zhongqiu, 2026)).toBe('2026-09-25');
    expect(observanceDate(zhongqiu, 2025)).toBe('2025-10-06');
    expect(observanceDate(chongyang, 2026)).toBe('2026-10-18');
  });

  it('day 30 in a 29-day lunar month falls on the month’s last day', () => {
    // 腊月 of lunar 2025 and 2026 has 29 days: 除夕 is the day before 春节.
    expect(observanceDate(chuxi, 2026)).toBe('2026-02-16');
    expect(observanceDate(chuxi, 2027)).toBe('2027-02-05');
    // 腊月 of lunar 2023 has 30 days: 腊月三十 is 2024-02-09, the day before 春节 2024-02-10.
    expect(observanceDate(chuxi, 2024)).toBe('2024-02-09');
  });

  it('除夕 is the day before 春节 in every year 1951–2100, and 春节 falls 1月21日–2月20日', () => {
    for (let year = 1951; year <= 2100; year += 1) {
      const spring = observanceDate(chunjie, year);
      expect(spring >= `${year}-01-21` && spring <= `${year}-02-20`, `${year}: ${spring}`).toBe(true);
      expect(observanceDate(chuxi, year), String(year)).toBe(addDays(spring, -1));
    }
  });

  it('a late 腊月 day can fall twice in a Gregorian year, or not at all', () => {
    // 腊八: 2022-01-10 (lunar 2021) and 2022-12-30 (lunar 2022); the next one is 2024-01-18.
    expect(observanceDatesInYear(laba, 2022)).toEqual(['2022-01-10', '2022-12-30']);
    expect(observanceDatesInYear(laba, 2023)).toEqual([]);
    expect(observanceDatesInYear(laba, 2024)).toEqual(['2024-01-18']);
    expect(observanceDate(laba, 2022)).toBe('2022-01-10');
    expect(() => observanceDate(laba, 2023)).toThrow(/2023 年（公历）没有对应的日子/);
  });
});

describe('observanceDate: solar terms', () => {
  it('清明', () => {
    expect(observanceDate(qingming, 2025)).toBe('2025-04-04');
    expect(observanceDate(qingming, 2026)).toBe('2026-04-05');
    expect(observanceDate(qingming, 2027)).toBe('2027-04-05');
  });

  it('uses Beijing time (冬至 2026 is 12-21 20:50 UTC, 12-22 in China)', () => {
    expect(observanceDate({ type: 'solarTerm', term: '冬至' }, 2026)).toBe('2026-12-22');
    expect(observanceDate({ type: 'solarTerm', term: '立春' }, 2026)).toBe('2026-02-04');
    expect(observanceDate({ type: 'solarTerm', term: '小寒' }, 2026)).toBe('2026-01-05');
  });

  it('gives all 24 terms in order within every year 1950–2100', () => {
    for (let year = 1950; year <= 2100; year += 1) {
      const dates = SOLAR_TERMS.map((term) => observanceDate({ type: 'solarTerm', term }, year));
      expect([...dates].sort(), String(year)).toEqual(dates);
      expect(new Set(dates).size).toBe(24);
      expect(dates[0]!.startsWith(`${year}-01-`)).toBe(true);
      expect(dates[23]!.startsWith(`${year}-12-`)).toBe(true);
      const qm = dates[6]!;
      expect(qm >= `${year}-04-04` && qm <= `${year}-04-06`, `${year} 清明 ${qm}`).toBe(true);
    }
  });

  it('rejects an unknown term in Chinese', () => {
    expect(() => observanceDate({ type: 'solarTerm', term: '清明节' }, 2026)).toThrow(/「清明节」不是二十四节气的名称/);
  });
});

describe('observanceDate: fixed and nth weekday', () => {
  it('fixed dates', () => {
    expect(observanceDate({ type: 'fixed', date: '08-01' }, 2026)).toBe('2026-08-01');
    expect(observanceDate({ type: 'fixed', date: '12-13' }, 1950)).toBe('1950-12-13');
  });

  it('02-29 only in leap years; impossible dates are refused', () => {
    expect(observanceDatesInYear({ type: 'fixed', date: '02-29' }, 2024)).toEqual(['2024-02-29']);
    expect(observanceDatesInYear({ type: 'fixed', date: '02-29' }, 2026)).toEqual([]);
    expect(() => observanceDate({ type: 'fixed', date: '02-29' }, 2026)).toThrow(/没有对应的日子/);
    expect(() => observanceDate({ type: 'fixed', date: '02-30' }, 2024)).toThrow(/不存在/);
    expect(() => observanceDate({ type: 'fixed', date: '04-31' }, 2026)).toThrow(/不存在/);
  });

  it('全民国防教育日 is the third Saturday of September', () => {
    expect(observanceDate(guofang, 2025)).toBe('2025-09-20');
    expect(observanceDate(guofang, 2026)).toBe('2026-09-19');
    expect(observanceDate(guofang, 2027)).toBe('2027-09-18');
    for (let year = 1950; year <= 2100; year += 1) {
      const date = observanceDate(guofang, year);
      expect(weekdayOf(date)).toBe(6);
      const day = Number(date.slice(8));
      expect(day >= 15 && day <= 21, date).toBe(true);
    }
  });

  it('other weekdays and a fifth weekday', () => {
    expect(observanceDate({ type: 'nthWeekday', month: 5, n: 2, weekday: 0 }, 2026)).toBe('2026-05-10');
    expect(observanceDate({ type: 'nthWeekday', month: 8, n: 5, weekday: 6 }, 2026)).toBe('2026-08-29');
    expect(observanceDatesInYear({ type: 'nthWeekday', month: 9, n: 5, weekday: 6 }, 2026)).toEqual([]);
  });
});

describe('year range', () => {
  it('throws in Chinese outside 1950–2100', () => {
    expect(() => observanceDate(chunjie, 1949)).toThrow(/1950 到 2100/);
    expect(() => observanceDate({ type: 'fixed', date: '08-01' }, 2101)).toThrow(/1950 到 2100/);
  });
});

describe('observanceRuleProblem and describeRule', () => {
  it('finds problems', () => {
    expect(observanceRuleProblem(qingming)).toBeUndefined();
    expect(observanceRuleProblem(chuxi)).toBeUndefined();
    expect(observanceRuleProblem({ type: 'lunar', month: 13, day: 1 })).toMatch(/农历月份/);
    expect(observanceRuleProblem({ type: 'nthWeekday', month: 9, n: 3, weekday: 7 })).toMatch(/星期/);
    expect(observanceRuleProblem({ type: 'fixed', date: '8-1' })).toMatch(/不存在/);
  });

  it('describes rules in Chinese', () => {
    expect(describeRule({ type: 'fixed', date: '08-01' })).toBe('每年8月1日');
    expect(describeRule(zhongqiu)).toBe('农历八月十五');
    expect(describeRule(chunjie)).toBe('农历正月初一');
    expect(describeRule(chongyang)).toBe('农历九月初九');
    expect(describeRule(chuxi)).toBe('农历腊月三十（小月为廿九）');
    expect(describeRule(qingming)).toBe('节气清明');
    expect(describeRule(guofang)).toBe('每年9月第三个星期六');
    expect([1, 10, 11, 19, 20, 21, 29, 30].map(lunarDayName)).toEqual(['初一', '初十', '十一', '十九', '二十', '廿一', '廿九', '三十']);
  });
});

describe('observancesInYear', () => {
  it('lists every observance by date', () => {
    expect(observancesInYear(observances, 2026).map((o) => `${o.date} ${o.observance.id}`)).toEqual([
      '2026-01-01 yuandan',
      '2026-02-17 chunjie',
      '2026-03-05 xue-leifeng',
      '2026-04-05 qingming',
      '2026-08-01 bayi',
      '2026-09-03 kangzhan-shengli',
      '2026-09-19 guofang-jiaoyu-ri',
      '2026-09-25 zhongqiu',
      '2026-09-30 lieshi',
      '2026-10-01 guoqing',
      '2026-10-18 chongyang',
      '2026-12-13 gongji',
    ]);
  });

  it('names the observance when its rule is bad', () => {
    const bad = [{ id: 'x', name: '错误节气', rule: { type: 'solarTerm', term: '秋至' } as const }];
    expect(() => observancesInYear(bad, 2026)).toThrow(/纪念日「错误节气」（x）.*不是二十四节气/);
  });
});

describe('upcomingObservances', () => {
  it('from 2026-11-23: 国家公祭日, then 元旦 of the next year', () => {
    const next = upcomingObservances(observances, '2026-11-23', 2);
    expect(next.map((o) => [o.observance.name, o.date, o.daysUntil])).toEqual([
      ['国家公祭日', '2026-12-13', 20],
      ['元旦', '2027-01-01', 39],
    ]);
    const three = upcomingObservances(observances, '2026-11-23', 3);
    expect(three[2]).toMatchObject({ date: '2027-02-06', daysUntil: 75 });
    expect(three[2]?.observance.id).toBe('chunjie');
  });

  it('includes today with daysUntil 0', () => {
    const [first] = upcomingObservances(observances, '2026-08-01', 1);
    expect(first).toMatchObject({ date: '2026-08-01', daysUntil: 0 });
    expect(first?.observance.id).toBe('bayi');
  });

  it('returns more than a year’s worth when asked, in order', () => {
    const many = upcomingObservances(observances, '2026-11-23', 20);
    expect(many).toHaveLength(20);
    const dates = many.map((o) => o.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.filter((d) => d.startsWith('2028-'))).toHaveLength(7);
  });

  it('stops at 2100 and handles empty input', () => {
    expect(upcomingObservances(observances, '2100-12-20', 3)).toEqual([]);
    expect(upcomingObservances([], '2026-01-01', 3)).toEqual([]);
    expect(upcomingObservances(observances, '2026-01-01', 0)).toEqual([]);
  });
});

describe('nextObservanceDate and observanceFallsOn', () => {
  it('finds the next date on or after a day', () => {
    expect(nextObservanceDate(chunjie, '2026-02-18')).toBe('2027-02-06');
    expect(nextObservanceDate(chunjie, '2026-02-17')).toBe('2026-02-17');
    expect(nextObservanceDate(laba, '2023-01-01')).toBe('2024-01-18');
  });

  it('tells whether a rule falls on a day', () => {
    expect(observanceFallsOn(qingming, '2026-04-05')).toBe(true);
    expect(observanceFallsOn(qingming, '2026-04-04')).toBe(false);
  });
});
