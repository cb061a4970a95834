import { describe, expect, it } from 'vitest';
import { isCurrentMonth, isPast, isSoon, nextIndexes, readerToday, taskStatusOn, untilText } from '../../src/lib/relative-dates.ts';

describe('relative dates on the reader’s day', () => {
  it('counts the days to a date, in brackets or in a sentence', () => {
    expect(untilText('2026-12-13', '2026-12-01', 'paren')).toBe('（还有 12 天）');
    expect(untilText('2026-12-13', '2026-12-13', 'paren')).toBe('（今天）');
    expect(untilText('2026-12-13', '2026-12-20', 'paren')).toBe('（已过）');
    expect(untilText('2027-01-01', '2026-12-20', 'sentence')).toBe('还有 12 天');
    expect(untilText('2026-12-20', '2026-12-20', 'sentence')).toBe('就是今天');
  });

  it('takes today in China, not in the phone’s time zone', () => {
    expect(readerToday(new Date('2026-12-19T16:30:00Z'))).toBe('2026-12-20');
    expect(readerToday(new Date('2026-12-19T15:59:00Z'))).toBe('2026-12-19');
  });

  it('knows what has passed, what is soon and which month is now', () => {
    expect(isPast('2026-12-13', '2026-12-20')).toBe(true);
    expect(isPast('2026-12-20', '2026-12-20')).toBe(false);
    expect(isSoon('2027-01-19', '2026-12-20')).toBe(true);
    expect(isSoon('2027-01-20', '2026-12-20')).toBe(false);
    expect(isCurrentMonth('2026-12', '2026-12-20')).toBe(true);
    expect(isCurrentMonth('2026-11', '2026-12-20')).toBe(false);
  });

  it('keeps the first ones still to come', () => {
    expect(nextIndexes(['2026-12-13', '2026-12-26', '2027-01-01', '2027-02-06'], '2026-12-20', 2)).toEqual([1, 2]);
    expect(nextIndexes(['2026-12-13'], '2027-01-01', 3)).toEqual([]);
  });

  it('gives a plan task its status on the day', () => {
    const december = { start: '2026-12-01', end: '2026-12-31' };
    expect(taskStatusOn(december, false, '2026-11-23')).toEqual({ status: 'not-started', label: '未开始' });
    expect(taskStatusOn(december, false, '2026-12-20')).toEqual({ status: 'in-progress', label: '进行中' });
    expect(taskStatusOn(december, false, '2027-01-02')).toEqual({ status: 'overdue', label: '逾期' });
    expect(taskStatusOn(december, true, '2027-01-02')).toEqual({ status: 'done', label: '已完成' });
  });
});
