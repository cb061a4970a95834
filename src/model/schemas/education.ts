/** 国防教育: lessons, activity plans, quizzes and 教育基地, by 学段. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { EDUCATION_KINDS, STAGES } from '../taxonomies.ts';
import { commonFields, gallery, id, nonEmpty, requireCoverAlt, stringList, type ImageSchema } from './common.ts';

export const quizQuestion = z
  .object({
    q: documented(nonEmpty, { label: '题干', hint: '写一道完整的题目', example: '中国人民解放军建军节是哪一天？' }),
    options: documented(z.array(nonEmpty).min(2), {
      label: '选项',
      hint: '至少两个选项，每个一行',
      example: '[8月1日, 10月1日, 7月1日]',
      counter: '个',
    }),
    /** The text of the right option, or a list of them for a multiple-choice question. */
    answer: documented(z.union([nonEmpty, z.array(nonEmpty).min(1)]), {
      label: '答案',
      hint: '写正确选项的原文，要一字不差；多选题用方括号列出所有正确选项',
      example: '8月1日',
    }),
    explain: documented(nonEmpty.optional(), { label: '解析', hint: '答题后显示的解释' }),
  })
  .superRefine((question, ctx) => {
    const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
    for (const answer of answers) {
      if (!question.options.includes(answer)) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: `答案「${answer}」不在选项 options 里，答案必须和某个选项一字不差` });
      }
    }
    if (new Set(question.options).size !== question.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项里有重复的内容' });
    }
  });

export const educationSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      kind: documented(z.enum(EDUCATION_KINDS), { label: '类别', hint: `${EDUCATION_KINDS.join('、')} 选一个`, example: '课程' }),
      stages: documented(z.array(z.enum(STAGES)).min(1), {
        label: '学段',
        hint: `${STAGES.join('、')} 选一个或几个`,
        example: '[初中]',
        counter: '个',
      }),
      duration: documented(nonEmpty.optional(), { label: '课时', hint: '例如 1课时（40分钟）' }),
      objectives: documented(stringList, { label: '教学目标', hint: '每个目标一行，以“- ”开头', counter: '条', itemName: '目标' }),
      materials: documented(stringList, { label: '教学材料', hint: '每种材料一行，以“- ”开头', counter: '种', itemName: '材料' }),
      quiz: documented(z.array(quizQuestion).default([]), {
        label: '题目',
        hint: '每道题写 q（题干）、options（选项）、answer（正确选项的原文），可选 explain（解析）',
        counter: '道',
        itemName: '题',
        requiredWhen: '知识竞赛必填',
      }),
      related: documented(z.array(id).default([]), {
        label: '相关政策',
        hint: 'content/policies/ 里政策的文件名',
        example: '[junren-jiaotong-youdai]',
        counter: '个',
        itemName: '政策',
      }),
      address: documented(nonEmpty.optional(), { label: '地址', hint: '教育基地的详细地址', requiredWhen: '教育基地必填' }),
      openHours: documented(nonEmpty.optional(), { label: '开放时间', hint: '例如 周二至周日 9:00—17:00', requiredWhen: '教育基地必填' }),
      activities: documented(stringList, { label: '可开展的活动', hint: '每项一行，以“- ”开头', counter: '项', itemName: '活动' }),
      /** Booking office and landline for a 教育基地; the only place a phone number may appear. */
      contact: documented(nonEmpty.optional(), {
        label: '咨询方式',
        hint: '教育基地的预约办公室和办公电话（座机），不要写手机号',
      }),
      gallery: gallery(image),
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      if (data.kind === '教育基地') {
        if (!data.address) ctx.addIssue({ code: 'custom', path: ['address'], message: '教育基地必须写地址 address' });
        if (!data.openHours) ctx.addIssue({ code: 'custom', path: ['openHours'], message: '教育基地必须写开放时间 openHours' });
      }
      if (data.kind === '知识竞赛' && data.quiz.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['quiz'], message: '知识竞赛至少要有一道题 quiz' });
      }
    });
