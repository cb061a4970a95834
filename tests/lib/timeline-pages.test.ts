import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineEvent } from '../../src/lib/timeline.ts';
import { timelineYearIndex, timelineYearPage, timelineYearPageCount } from '../../src/lib/timeline-pages.ts';

const event = (date: string, title: string): TimelineEvent => ({
  kind: date.length === 4 ? 'honour' : 'report',
  date,
  title,
  url: `/${title}/`,
  units: [],
});

describe('timelineYearPage', () => {
  const [year2025, year2024] = buildTimeline([
    event('2025-08-20', 'a'),
    event('2025-08-10', 'b'),
    event('2025-08-01', 'c'),
    event('2025-03-05', 'd'),
    event('2025', 'h'),
    event('2024-12-01', 'x'),
  ]);

  it('cuts a year into pages in timeline order, a cut month continued under its heading', () => {
    if (!year2025 || !year2024) throw new Error('two years expected');
    expect(timelineYearPageCount(year2025, 2)).toBe(3);
    const titles = (page: number) =>
      timelineYearPage(year2025, 2, page).map(
        (month) => `${month.label}${month.continued ? '续' : ''}:${month.events.map((e) => e.title).join('')}`,
      );
    expect(titles(1)).toEqual(['8月:ab']);
    expect(titles(2)).toEqual(['8月续:c', '3月:d']);
    expect(titles(3)).toEqual(['本年度:h']);
    expect(timelineYearPage(year2024, 2, 1).map((month) => month.events.length)).toEqual([1]);
  });

  it('indexes the years newest first with their counts', () => {
    expect(timelineYearIndex(buildTimeline([event('2024-01-02', 'x'), event('2025-08-20', 'a'), event('2025', 'h')]))).toEqual([
      { year: 2025, count: 2 },
      { year: 2024, count: 1 },
    ]);
  });
});
