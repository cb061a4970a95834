import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatDateWithWeekdayZh,
  formatDateZh,
  formatMonthDayZh,
  formatMonthZh,
  isIsoDate,
  isoDateOf,
  isoDateToUtc,
  monthOf,
  parseIsoDate,
  toIsoDate,
  todayIso,
  weekdayOf,
  weekdayZh,
  yearOf,
} from '../../src/model/dates.ts';

describe('toIsoDate', () => {
  it('keeps a YAML date (UTC midnight) on the same day', () => {
    expect(toIsoDate(new Date('2026-08-01'))).toBe('2026-08-01');
    expect(toIsoDate(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01');
  });

  it('takes the day in China (UTC+8), not in UTC', () => {
    expect(toIsoDate(new Date('2026-07-31T16:00:00Z'))).toBe('2026-08-01'); // 00:00 Beijing
    expect(toIsoDate(new Date('2026-07-31T15:59:59Z'))).toBe('2026-07-31'); // 23:59:59 Beijing
    expect(toIsoDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      const offsets = { 'America/Los_Angeles': 420, 'Asia/Shanghai': -480, 'Pacific/Kiritimati': -840, UTC: 0 };
      for (const [tz, offset] of Object.entries(offsets)) {
        process.env.TZ = tz;
        expect(new Date('2026-08-01T00:00:00Z').getTimezoneOffset()).toBe(offset); // the switch took effect
        expect(toIsoDate(new Date('2026-08-01'))).toBe('2026-08-01');
        expect(toIsoDate(new Date('2026-07-31T16:00:00Z'))).toBe('2026-08-01');
        expect(formatDateZh('2026-08-01')).toBe('2026年8月1日');
        expect(weekdayZh('2026-08-01')).toBe('星期六');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses an invalid Date', () => {
    expect(() => toIsoDate(new Date('not a date'))).toThrow(/无效的日期/);
  });
});

describe('todayIso', () => {
  it('returns SITE_TODAY when set', () => {
    expect(todayIso({ SITE_TODAY: '2026-08-01' }, new Date('2030-01-01T00:00:00Z'))).toBe('2026-08-01');
  });

  it('otherwise returns today in China', () => {
    expect(todayIso({}, new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(todayIso({ SITE_TODAY: '' }, new Date('2026-05-20T03:00:00Z'))).toBe('2026-05-20');
  });

  it('throws a Chinese error naming SITE_TODAY for a malformed value', () => {
    for (const bad of ['2026-8-1', '2026/08/01', '20260801', '2026-02-30', '2026-13-01', 'today']) {
      expect(() => todayIso({ SITE_TODAY: bad })).toThrow(/SITE_TODAY.*不是有效日期/);
    }
  });

  it('reads process.env by default', () => {
    const saved = process.env.SITE_TODAY;
    try {
      process.env.SITE_TODAY = '2025-09-20';
      expect(todayIso()).toBe('2025-09-20');
    } finally {
      if (saved === undefined) delete process.env.SITE_TODAY;
      else process.env.SITE_TODAY = saved;
    }
  });
});

describe('validation and arithmetic', () => {
  it('isIsoDate accepts only real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-04-01T00:00')).toBe(false);
  });

  it('parseIsoDate splits, and throws in Chinese on a bad day', () => {
    expect(parseIsoDate('2026-08-01')).toEqual({ year: 2026, month: 8, day: 1 });
    expect(() => parseIsoDate('2026-02-30')).toThrow(/不是有效日期/);
  });

  it('isoDateOf pads and validates', () => {
    expect(isoDateOf(2026, 8, 1)).toBe('2026-08-01');
    expect(() => isoDateOf(2026, 2, 29)).toThrow(/不存在/);
  });

  it('daysInMonth knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(daysInMonth(2026, 11)).toBe(30);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-23', '2026-12-13')).toBe(20);
    expect(daysBetween('2026-11-23', '2027-01-01')).toBe(39);
    expect(daysBetween('2026-08-01', '2026-08-01')).toBe(0);
    expect(daysBetween('2026-08-02', '2026-08-01')).toBe(-1);
  });

  it('isoDateToUtc gives UTC midnight', () => {
    expect(isoDateToUtc('2026-08-01').toISOString()).toBe('2026-08-01T00:00:00.000Z');
  });

  it('yearOf and monthOf', () => {
    expect(yearOf('2026-08-01')).toBe(2026);
    expect(yearOf('2025-12')).toBe(2025);
    expect(monthOf('2026-08-01')).toBe('2026-08');
  });
});

describe('Chinese formatting', () => {
  it('formats dates and months without leading zeros', () => {
    expect(formatDateZh('2026-08-01')).toBe('2026年8月1日');
    expect(formatDateZh('2026-12-13')).toBe('2026年12月13日');
    expect(formatMonthZh('2026-08')).toBe('2026年8月');
    expect(formatMonthZh('2026-10-01')).toBe('2026年10月');
    expect(formatMonthDayZh('2026-09-03')).toBe('9月3日');
    expect(() => formatMonthZh('2026-13')).toThrow(/不是有效月份/);
  });

  it('names weekdays', () => {
    // 2026-08-01 is a Saturday; 2026-01-01 a Thursday; 2025-01-29 (春节) a Wednesday.
    expect(weekdayOf('2026-08-01')).toBe(6);
    expect(weekdayZh('2026-08-01')).toBe('星期六');
    expect(weekdayZh('2026-01-01')).toBe('星期四');
    expect(weekdayZh('2025-01-29')).toBe('星期三');
    expect(weekdayZh('2026-09-20')).toBe('星期日');
    expect(formatDateWithWeekdayZh('2026-08-01')).toBe('2026年8月1日 星期六');
  });
});
