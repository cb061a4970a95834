/**
 * The rule that gives an observance (纪念日) its date each year: the schema, its type and what makes
 * a well-formed rule impossible. Computing the dates is src/lib/observances.ts's job.
 */
import { z } from 'astro/zod';
import { daysInMonth } from './dates.ts';

/** The 24 solar terms in the order they fall in a Gregorian year. */
export const SOLAR_TERMS = [
  '小寒',
  '大寒',
  '立春',
  '雨水',
  '惊蛰',
  '春分',
  '清明',
  '谷雨',
  '立夏',
  '小满',
  '芒种',
  '夏至',
  '小暑',
  '大暑',
  '立秋',
  '处暑',
  '白露',
  '秋分',
  '寒露',
  '霜降',
  '立冬',
  '小雪',
  '大雪',
  '冬至',
] as const;
export type SolarTerm = (typeof SOLAR_TERMS)[number];

export function isSolarTerm(name: string): name is SolarTerm {
  return (SOLAR_TERMS as readonly string[]).includes(name);
}

export const observanceRuleSchema = z.discriminatedUnion('type', [
  /** Gregorian month-day, e.g. 08-01 八一建军节. */
  z.object({ type: z.literal('fixed'), date: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/) }),
  /** Chinese lunar month and day, e.g. 正月初一 = { month: 1, day: 1 }. */
  z.object({ type: z.literal('lunar'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }),
  /** One of the 24 solar terms by its Chinese name, e.g. 清明. */
  z.object({ type: z.literal('solarTerm'), term: z.string().trim().min(1) }),
  /** The nth weekday of a month, e.g. 9月第三个星期六: { month: 9, n: 3, weekday: 6 } (0 = 星期日). */
  z.object({
    type: z.literal('nthWeekday'),
    month: z.number().int().min(1).max(12),
    n: z.number().int().min(1).max(5),
    weekday: z.number().int().min(0).max(6),
  }),
]);

export type ObservanceRule = z.infer<typeof observanceRuleSchema>;

function isInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** What is wrong with a rule, in Chinese, or undefined when it can be computed. */
export function observanceRuleProblem(rule: ObservanceRule): string | undefined {
  switch (rule.type) {
    case 'fixed': {
      const match = /^(\d{2})-(\d{2})$/.exec(rule.date);
      const [month, day] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
      // Checked against a leap year, so 02-29 is allowed (it falls only in leap years).
      if (!isInt(month, 1, 12) || !isInt(day, 1, daysInMonth(2024, month))) {
        return `固定日期「${rule.date}」不存在，请按“月-日”写两位数字，例如 08-01`;
      }
      return undefined;
    }
    case 'lunar':
      if (!isInt(rule.month, 1, 12)) return `农历月份 ${rule.month} 不对，应为 1 到 12（正月写 1，腊月写 12）`;
      if (!isInt(rule.day, 1, 30)) return `农历日期 ${rule.day} 不对，应为 1 到 30`;
      return undefined;
    case 'solarTerm':
      if (!isSolarTerm(rule.term)) {
        return `「${rule.term}」不是二十四节气的名称，应为其中之一：${SOLAR_TERMS.join('、')}`;
      }
      return undefined;
    case 'nthWeekday':
      if (!isInt(rule.month, 1, 12)) return `月份 ${rule.month} 不对，应为 1 到 12`;
      if (!isInt(rule.n, 1, 5)) return `第几个 n=${rule.n} 不对，应为 1 到 5`;
      if (!isInt(rule.weekday, 0, 6)) return `星期 weekday=${rule.weekday} 不对，应为 0 到 6（0 表示星期日，6 表示星期六）`;
      return undefined;
    default:
      return '未知的日期规则类型，只能是 fixed、lunar、solarTerm、nthWeekday 之一';
  }
}
