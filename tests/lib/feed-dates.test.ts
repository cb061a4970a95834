import { describe, expect, it } from 'vitest';
import { formatFeedDate } from '../../src/lib/feed-dates.ts';

describe('formatFeedDate', () => {
  it('prints a content day as the start of that day in China', () => {
    expect(formatFeedDate('2025-01-22', 'rfc822')).toBe('Wed, 22 Jan 2025 00:00:00 +0800');
    expect(formatFeedDate('2025-01-22', 'iso8601')).toBe('2025-01-22T00:00:00+08:00');
  });

  it('prints an instant as China wall-clock time, across the UTC date line', () => {
    const instant = new Date('2026-07-31T20:30:05Z'); // 04:30:05 on 1 August in China
    expect(formatFeedDate(instant, 'iso8601')).toBe('2026-08-01T04:30:05+08:00');
    expect(formatFeedDate(instant, 'rfc822')).toBe('Sat, 01 Aug 2026 04:30:05 +0800');
  });

  it('round-trips through Date.parse to the same instant', () => {
    const iso = formatFeedDate('2026-10-01', 'iso8601');
    expect(Date.parse(iso)).toBe(Date.parse(formatFeedDate('2026-10-01', 'rfc822')));
    expect(new Date(iso).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(() => formatFeedDate('2026-13-01', 'iso8601')).toThrow('年-月-日');
    expect(() => formatFeedDate(new Date('x'), 'rfc822')).toThrow();
  });
});
