/** 工作计划、实施方案、工作总结: goals and dated tasks whose progress the plan page shows. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { PERIOD_PATTERN, periodError } from '../periods.ts';
import { PLAN_KINDS } from '../taxonomies.ts';
import { commonFields, id, nonEmpty, onlyIfWellFormed, requireCoverAlt, stringList, year, type ImageSchema } from './common.ts';

export const planTask = z.object({
  id: documented(id, { label: '编号', hint: '只用小写字母、数字和连字符，在本计划里不能重复', example: 't01' }),
  title: documented(nonEmpty, { label: '任务名称', hint: '写这项任务要做什么', example: '春节走访慰问驻县部队和优抚对象' }),
  owner: documented(id.optional(), { label: '牵头单位', hint: '写 content/units.yaml 里某个单位的 id', example: 'xian-tuiyijunrenju' }),
  // The pattern gives the form; the period parser catches a well-formed impossible one (a range ending before it starts).
  when: documented(
    z
      .string()
      .regex(PERIOD_PATTERN)
      .superRefine((when, ctx) => {
        const problem = periodError(when);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }, onlyIfWellFormed),
    { label: '时间', hint: '写月份 2026-05、季度 2026-Q2 或时间段 2026-04~2026-06', example: '2026-Q3' },
  ),
});

export const planSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      kind: documented(z.enum(PLAN_KINDS), { label: '类别', hint: `${PLAN_KINDS.join('、')} 选一个`, example: '工作计划' }),
      year: documented(year, { label: '年度', hint: '写四位数字年份，不要写 20xx', example: '2026' }),
      goals: documented(stringList, {
        label: '工作目标',
        hint: '每个目标一行，以“- ”开头',
        example: '- 优待金按时足额发放',
        counter: '条',
        itemName: '目标',
      }),
      tasks: documented(z.array(planTask).default([]), {
        label: '任务',
        hint: '每个任务写 id（编号）、title（名称）、when（时间），可选 owner（牵头单位 id）',
        counter: '项',
      }),
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      const seen = new Set<string>();
      data.tasks.forEach((task, index) => {
        if (seen.has(task.id)) {
          ctx.addIssue({ code: 'custom', path: ['tasks', index, 'id'], message: `任务编号「${task.id}」重复了，每个任务的 id 必须不同` });
        }
        seen.add(task.id);
      });
    });
