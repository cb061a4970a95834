import { describe, expect, it } from 'vitest';
import { PERIOD_PATTERN } from '../../src/model/index.ts';
import { comparePeriods, monthsOf, parsePeriod, periodContains, periodCoversMonth, periodError } from '../../src/model/periods.ts';

describe('parsePeriod', () => {
  it('parses a month', () => {
    expect(parsePeriod('2026-05')).toEqual({
      raw: '2026-05',
      kind: 'month',
      start: '2026-05-01',
      end: '2026-05-31',
      startMonth: '2026-05',
      endMonth: '2026-05',
      label: '2026年5月',
    });
    expect(parsePeriod('2026-02').end).toBe('2026-02-28');
    expect(parsePeriod('2024-02').end).toBe('2024-02-29');
    expect(parsePeriod('2026-11').end).toBe('2026-11-30');
  });

  it('parses quarters as three months', () => {
    expect(parsePeriod('2026-Q2')).toEqual({
      raw: '2026-Q2',
      kind: 'quarter',
      start: '2026-04-01',
      end: '2026-06-30',
      startMonth: '2026-04',
      endMonth: '2026-06',
      label: '2026年第二季度',
    });
    expect(parsePeriod('2026-Q1')).toMatchObject({ start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' });
    expect(parsePeriod('2026-Q3')).toMatchObject({ start: '2026-07-01', end: '2026-09-30', label: '2026年第三季度' });
    expect(parsePeriod('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31', label: '2026年第四季度' });
  });

  it('parses a range of months, also across years', () => {
    expect(parsePeriod('2026-04~2026-06')).toEqual({
      raw: '2026-04~2026-06',
      kind: 'range',
      start: '2026-04-01',
      end: '2026-06-30',
      startMonth: '2026-04',
      endMonth: '2026-06',
      label: '2026年4月—6月',
    });
    expect(parsePeriod('2025-12~2026-02')).toMatchObject({
      start: '2025-12-01',
      end: '2026-02-28',
      label: '2025年12月—2026年2月',
    });
    expect(parsePeriod('2026-05~2026-05')).toMatchObject({ start: '2026-05-01', end: '2026-05-31', label: '2026年5月' });
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => parsePeriod('2026-06~2026-04')).toThrow(/结束月份早于开始月份/);
    expect(() => parsePeriod('2026-01~2025-12')).toThrow(/结束月份早于开始月份/);
  });

  it('rejects anything else with a Chinese message naming the accepted forms', () => {
    for (const bad of [
      '2026-13',
      '2026-5',
      '2026-Q5',
      '2026Q2',
      '2026-04~06',
      '2026-04～2026-06',
      '2026年5月',
      '',
      'Q2',
      '2026-Q1~2026-06',
      '2026-04-01',
    ]) {
      expect(() => parsePeriod(bad), bad).toThrow(/写法不对.*2026-05.*2026-Q2.*2026-04~2026-06/);
    }
  });

  it('rejects years outside 1950–2100', () => {
    expect(() => parsePeriod('1949-05')).toThrow(/超出范围/);
    expect(() => parsePeriod('2026-12~2101-01')).toThrow(/超出范围/);
  });

  it('periodError returns the message or undefined', () => {
    expect(periodError('2026-Q2')).toBeUndefined();
    expect(periodError('2026-Q5')).toMatch(/写法不对/);
  });

  it('accepts every form the schema pattern documents', () => {
    for (const ok of ['2026-05', '2026-Q2', '2026-04~2026-06']) {
      expect(PERIOD_PATTERN.test(ok)).toBe(true);
      expect(periodError(ok)).toBeUndefined();
    }
  });
});

describe('periodContains', () => {
  const q2 = parsePeriod('2026-Q2');
  it('includes both ends', () => {
    expect(periodContains(q2, '2026-04-01')).toBe(true);
    expect(periodContains(q2, '2026-06-30')).toBe(true);
    expect(periodContains(q2, '2026-05-15')).toBe(true);
  });
  it('excludes the days just outside', () => {
    expect(periodContains(q2, '2026-03-31')).toBe(false);
    expect(periodContains(q2, '2026-07-01')).toBe(false);
    expect(periodContains(q2, '2025-05-15')).toBe(false);
  });
});

describe('monthsOf and periodCoversMonth', () => {
  it('lists every month in order', () => {
    expect(monthsOf(parsePeriod('2026-05'))).toEqual(['2026-05']);
    expect(monthsOf(parsePeriod('2026-Q3'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(monthsOf(parsePeriod('2025-11~2026-02'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf(parsePeriod('2026-01~2026-12'))).toHaveLength(12);
  });

  it('covers months inside the period only', () => {
    const period = parsePeriod('2025-11~2026-02');
    expect(periodCoversMonth(period, '2025-11')).toBe(true);
    expect(periodCoversMonth(period, '2026-02')).toBe(true);
    expect(periodCoversMonth(period, '2025-10')).toBe(false);
    expect(periodCoversMonth(period, '2026-03')).toBe(false);
  });

  it('orders periods by start then end', () => {
    const sorted = ['2026-Q2', '2026-04', '2026-03~2026-08', '2026-01']
      .map(parsePeriod)
      .sort(comparePeriods)
      .map((p) => p.raw);
    expect(sorted).toEqual(['2026-01', '2026-03~2026-08', '2026-04', '2026-Q2']);
  });
});
