import { describe, expect, it } from 'vitest';
import { newestDate, rfc822China } from '../../src/lib/feed-dates.ts';

describe('feed dates in China time', () => {
  it('writes the day itself at 00:00 +0800, not 16:00 GMT the day before', () => {
    expect(rfc822China('2026-08-01')).toBe('Sat, 01 Aug 2026 00:00:00 +0800');
    expect(rfc822China('2026-12-13')).toBe('Sun, 13 Dec 2026 00:00:00 +0800');
    // The same instant as the previous (GMT) form, but the right calendar day for a reader.
    expect(new Date(rfc822China('2026-08-01')).toISOString()).toBe('2026-07-31T16:00:00.000Z');
  });
  it('finds the newest day', () => {
    expect(newestDate(['2026-02-10', '2026-08-01', '2025-08-01'])).toBe('2026-08-01');
    expect(newestDate([])).toBeUndefined();
  });
});
