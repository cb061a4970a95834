/** 双拥典型: exemplary people and units, their honours and their story. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { CASE_CATEGORIES } from '../taxonomies.ts';
import { commonFields, gallery, nonEmpty, requireCoverAlt, unitList, year, type ImageSchema } from './common.ts';

export const honour = z.object({
  title: documented(nonEmpty, { label: '荣誉名称', hint: '写荣誉的全称', example: '全国模范退役军人' }),
  year: documented(year, { label: '年份', hint: '写获得荣誉的四位数字年份', example: '2025' }),
  by: documented(nonEmpty.optional(), { label: '授予单位', hint: '写授予荣誉的单位', example: '退役军人事务部' }),
});

export const caseSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      category: documented(z.enum(CASE_CATEGORIES), { label: '类别', hint: `${CASE_CATEGORIES.join('、')} 选一个`, example: '好军嫂' }),
      name: documented(nonEmpty, { label: '名称', hint: '人物姓名或单位全称', example: '周晓梅' }),
      /** The units the story is about (a 部队 honoured for 拥政爱民), besides the publisher. */
      units: unitList('涉及单位', '这个典型涉及的其他单位（例如受表彰的部队）的 id', '[wujing-zhongdui]', false),
      honors: documented(z.array(honour).default([]), {
        label: '荣誉',
        hint: '每项写 title（名称）和 year（年份），可选 by（授予单位）',
        counter: '项',
      }),
      featured: documented(z.boolean().default(false), { label: '重点推荐', hint: '写 true 会在首页和典型页优先展示', example: 'true' }),
      quote: documented(nonEmpty.optional(), { label: '人物语录', hint: '一句本人说过的话' }),
      gallery: gallery(image, '同活动报道：每张写 src（文件名）和 alt（图片说明），可选 caption（图注）'),
    })
    .superRefine(requireCoverAlt);
