import { describe, expect, it } from 'vitest';
import { FEATURE_WINDOW_DAYS, featuredObservance, GUOFANG_JIAOYU_RI } from '../../src/lib/education-feature.ts';
import { observanceDate, type ObservanceLike } from '../../src/lib/observances.ts';
import { cssString, educationCounts, entriesForStage, groupByKind, groupByStage } from '../../src/lib/education-routes.ts';
import { educationKindUrl, educationStageUrl } from '../../src/model/urls.ts';
import { must } from '../helpers/must.ts';

const observances: ObservanceLike[] = [
  { id: 'bayi', name: '八一建军节', rule: { type: 'fixed', date: '08-01' } },
  { id: GUOFANG_JIAOYU_RI, name: '全民国防教育日', rule: { type: 'nthWeekday', month: 9, n: 3, weekday: 6 } },
];

describe('全民国防教育日 is featured in the weeks before it', () => {
  it('falls on the third Saturday of September', () => {
    expect(observanceDate(must(observances[1]).rule, 2026)).toBe('2026-09-19');
    expect(observanceDate(must(observances[1]).rule, 2027)).toBe('2027-09-18');
  });

  it('is featured from four weeks before up to the day itself', () => {
    expect(FEATURE_WINDOW_DAYS).toBe(28);
    expect(featuredObservance(observances, '2026-08-21')).toBeUndefined();
    expect(featuredObservance(observances, '2026-08-22')).toMatchObject({ date: '2026-09-19', daysUntil: 28 });
    expect(featuredObservance(observances, '2026-09-01')).toMatchObject({ date: '2026-09-19', daysUntil: 18 });
    const onTheDay = featuredObservance(observances, '2026-09-19');
    expect(onTheDay).toMatchObject({ date: '2026-09-19', daysUntil: 0 });
    expect(onTheDay?.observance.name).toBe('全民国防教育日');
  });

  it('is not featured after the day, nor the rest of the year', () => {
    expect(featuredObservance(observances, '2026-09-20')).toBeUndefined();
    expect(featuredObservance(observances, '2026-11-23')).toBeUndefined();
    expect(featuredObservance(observances, '2027-01-01')).toBeUndefined();
    expect(featuredObservance(observances, '2027-08-21')).toMatchObject({ date: '2027-09-18', daysUntil: 28 });
  });

  it('follows the rule across years, and handles a window or observance list that does not fit', () => {
    expect(featuredObservance(observances, '2030-09-01')?.date).toBe('2030-09-21');
    expect(featuredObservance(observances, '2026-09-01', GUOFANG_JIAOYU_RI, 7)).toBeUndefined();
    expect(featuredObservance(observances, '2026-09-01', GUOFANG_JIAOYU_RI, -1)).toBeUndefined();
    expect(featuredObservance([], '2026-09-01')).toBeUndefined();
    expect(featuredObservance(observances, '2026-07-25', 'bayi')).toMatchObject({ date: '2026-08-01', daysUntil: 7 });
  });
});

describe('education routes and groupings', () => {
  type E = { id: string; data: { kind: '课程' | '活动方案' | '知识竞赛' | '教育基地'; stages: ('小学' | '初中' | '高中' | '全民')[] } };
  const entries: E[] = [
    { id: 'a', data: { kind: '知识竞赛', stages: ['初中', '高中'] } },
    { id: 'b', data: { kind: '课程', stages: ['初中'] } },
    { id: 'c', data: { kind: '教育基地', stages: ['小学', '初中', '高中', '全民'] } },
    { id: 'd', data: { kind: '课程', stages: ['小学'] } },
  ];

  it('stable ASCII addresses per 学段 and kind', () => {
    expect(educationStageUrl('初中')).toBe('/education/stage/chuzhong/');
    expect(educationKindUrl('教育基地')).toBe('/education/kind/jiaoyu-jidi/');
    expect(educationKindUrl('知识竞赛')).toBe('/education/kind/zhishi-jingsai/');
  });

  it('a 学段 page has the entries for that 学段, grouped 课程 first', () => {
    const chuzhong = entriesForStage(entries, '初中');
    expect(chuzhong.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(groupByKind(chuzhong).map((g) => [g.kind, g.entries.map((e) => e.id)])).toEqual([
      ['课程', ['b']],
      ['知识竞赛', ['a']],
      ['教育基地', ['c']],
    ]);
  });

  it('groups by 学段 in school order, leaving empty ones out', () => {
    const lessons = entries.filter((e) => e.data.kind === '课程');
    expect(groupByStage(lessons).map((g) => [g.stage, g.entries.map((e) => e.id)])).toEqual([
      ['小学', ['d']],
      ['初中', ['b']],
    ]);
  });

  it('counts every 学段 and kind, zero included', () => {
    expect(educationCounts(entries)).toEqual({
      stages: { 小学: 2, 初中: 3, 高中: 2, 全民: 1 },
      kinds: { 课程: 2, 活动方案: 0, 知识竞赛: 1, 教育基地: 1 },
    });
  });

  it('writes a safe CSS string for the printed page footer', () => {
    expect(cssString('https://example.gov.cn/education/a/')).toBe('"https://example.gov.cn/education/a/"');
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\"b\\\\c \\3C /style>"');
  });
});
