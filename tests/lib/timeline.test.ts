import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineEvent } from '../../src/lib/timeline.ts';

const event = (kind: TimelineEvent['kind'], date: string, title: string): TimelineEvent => ({
  kind,
  date,
  title,
  url: `/${title}/`,
  units: [],
});

describe('buildTimeline', () => {
  it('groups by year and month, newest first, honours after the months of their year', () => {
    const timeline = buildTimeline([
      event('report', '2025-08-01', 'a'),
      event('honour', '2025', 'h'),
      event('report', '2026-02-10', 'b'),
      event('plan', '2025-01-05', 'p'),
      event('report', '2025-08-20', 'c'),
    ]);
    expect(timeline.map((year) => year.year)).toEqual([2026, 2025]);
    const y2025 = timeline[1];
    expect(y2025?.months.map((m) => m.label)).toEqual(['8月', '1月', '本年度']);
    expect(y2025?.months[0]?.events.map((e) => e.title)).toEqual(['c', 'a']);
    expect(y2025?.count).toBe(4);
  });

  it('returns nothing for no events', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});
