import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/model/index.ts';
import { entryDateLabel, timelineDateLabel } from '../../src/lib/date-labels.ts';
import { TIMELINE_KIND_LABELS, type TimelineKind } from '../../src/lib/timeline.ts';

describe('what a list date says it is', () => {
  it('a report’s date is the activity’s; the other collections’ the day they were issued', () => {
    expect(entryDateLabel('reports')).toBe('活动日期');
    for (const collection of COLLECTIONS.filter((c) => c !== 'reports')) expect(entryDateLabel(collection)).toBe('发布日期');
  });
  it('every 大事记 kind has a label, and an honour known by its year says so', () => {
    const kinds = Object.keys(TIMELINE_KIND_LABELS) as TimelineKind[];
    expect(kinds.map(timelineDateLabel)).toEqual(
      kinds.map((kind) => (kind === 'honour' ? '表彰年份' : kind === 'report' ? '活动日期' : '发布日期')),
    );
  });
});
