/** 活动报道: what happened, where, with whom, and which plan task or observance it belongs to. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { REPORT_TYPES } from '../taxonomies.ts';
import { commonFields, gallery, id, nonEmpty, requireCoverAlt, unitList, type ImageSchema } from './common.ts';

export const reportSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      type: documented(z.enum(REPORT_TYPES), { label: '活动类型', hint: `${REPORT_TYPES.join('、')} 选一个`, example: '走访慰问' }),
      location: documented(nonEmpty, { label: '活动地点', hint: '写活动举办的地点', example: '县人武部' }),
      units: unitList('参与单位', '组织单位和共建部队的 id（都在 units.yaml 里），至少一个', '[xian-shuangyongban, wujing-zhongdui]', true),
      plan: documented(id.optional(), {
        label: '所属计划',
        hint: 'content/plans/ 里某个计划的文件名（不带 .mdx）',
        example: '2026-shuangyong-gongzuo-jihua',
      }),
      task: documented(id.optional(), { label: '所属任务', hint: '所属计划里某个任务的 id；写了 task 就要写 plan', example: 't05' }),
      observance: documented(id.optional(), { label: '纪念日', hint: 'content/observances.yaml 里某个纪念日的 id', example: 'bayi' }),
      gallery: gallery(image),
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      if (data.task && !data.plan) {
        ctx.addIssue({ code: 'custom', path: ['plan'], message: '写了任务 task，也要写它所属的计划 plan' });
      }
    });
