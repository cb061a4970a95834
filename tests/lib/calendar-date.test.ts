import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { calendarDateProblem, suggestIsoDate } from '../../src/model/calendar-date.ts';
import { planSchema, reportSchema } from '../../src/model/index.ts';

const image = () => z.string();
const report = { title: '标题', summary: '摘要', unit: 'a', type: '其他', location: '县城', units: ['a'] };

describe('calendarDateProblem', () => {
  it('accepts real days written YYYY-MM-DD, and Date objects', () => {
    for (const value of ['2026-08-01', '2024-02-29', '2026-12-31', new Date('2026-08-01')])
      expect(calendarDateProblem(value), String(value)).toBeUndefined();
  });
  it('refuses days that do not exist, naming how many days the month has', () => {
    expect(calendarDateProblem('2026-02-30')).toBe('「2026-02-30」这一天不存在：2026 年 2 月只有 28 天');
    expect(calendarDateProblem('2025-02-29')).toContain('只有 28 天');
    expect(calendarDateProblem('2026-04-31')).toContain('只有 30 天');
    expect(calendarDateProblem('2026-13-01')).toContain('没有 13 月');
    expect(calendarDateProblem('2026-00-10')).toContain('没有 0 月');
  });
  it('refuses other spellings with the exact fix', () => {
    expect(calendarDateProblem('2026/7/29')).toContain('要写成「2026-07-29」');
    expect(calendarDateProblem('2026.7.29')).toContain('要写成「2026-07-29」');
    expect(calendarDateProblem('2026-7-9')).toContain('要写成「2026-07-09」');
    expect(calendarDateProblem('2026年7月29日')).toContain('要写成「2026-07-29」');
    expect(calendarDateProblem('七月')).toContain('不是“年-月-日”格式');
    expect(calendarDateProblem(2026)).toContain('不是“年-月-日”格式');
    expect(suggestIsoDate('2026/2/30')).toBeUndefined();
  });
});

describe('the schema refuses impossible and differently written dates (check and build share it)', () => {
  it('date, updated, effective, expires', () => {
    const result = reportSchema(image).safeParse({ ...report, date: '2026-02-30', updated: '2026/7/29' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    expect(messages).toEqual([
      'date 「2026-02-30」这一天不存在：2026 年 2 月只有 28 天',
      'updated 「2026/7/29」要写成「2026-07-29」（年-月-日，用短横线，月和日各两位）',
    ]);
  });
  it('a real day becomes that day at UTC midnight, never rolled over', () => {
    const result = reportSchema(image).safeParse({ ...report, date: '2026-02-28' });
    expect(result.success).toBe(true);
    expect((result.data as { date: Date }).date.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
  it('a missing date is still reported as missing', () => {
    const result = planSchema(image).safeParse({ title: 't', summary: 's', unit: 'a', kind: '工作计划', year: 2026 });
    expect(result.error!.issues.find((issue) => issue.path[0] === 'date')?.code).toBe('invalid_type');
  });
});
