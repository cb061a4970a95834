/** 政策解读: who a policy is for, what it is based on, its standards table, FAQ and whom to ask. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { AUDIENCES, POLICY_CATEGORIES } from '../taxonomies.ts';
import { calendarDate, commonFields, id, nonEmpty, requireCoverAlt, type ImageSchema } from './common.ts';
import { disclosureFields } from './publishing.ts';

export const policyBasis = z.object({
  name: documented(nonEmpty, { label: '法规名称', hint: '写法规或文件的名称，带书名号', example: '《军人抚恤优待条例》' }),
  article: documented(nonEmpty.optional(), { label: '条款', hint: '例如 第二十条' }),
  issuer: documented(nonEmpty.optional(), { label: '发布机关', hint: '例如 国务院、中央军委' }),
});

export const policyStandard = z.object({
  item: documented(nonEmpty, { label: '项目', hint: '这一行标准的名称', example: '三等功奖励' }),
  amount: documented(z.union([z.number(), nonEmpty]), { label: '金额', hint: '金额或数量，只写数字，例如 500', example: '500' }),
  unit: documented(nonEmpty.optional(), { label: '计量单位', hint: '例如 元、元/年', example: '元' }),
  note: documented(nonEmpty.optional(), { label: '备注', hint: '补充说明，例如 一次性发放' }),
});

export const faqItem = z.object({
  q: documented(nonEmpty, { label: '问题', hint: '写一个群众会问的完整问题', example: '在哪里申请？' }),
  a: documented(nonEmpty, { label: '回答', hint: '写问题的回答' }),
});

export const policySchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      category: documented(z.enum(POLICY_CATEGORIES), {
        label: '类别',
        hint: `${POLICY_CATEGORIES.join('、')} 选一个`,
        example: '抚恤优待',
      }),
      audience: documented(z.array(z.enum(AUDIENCES)).min(1), {
        label: '适用对象',
        hint: `${AUDIENCES.join('、')} 选一个或几个`,
        example: '[退役军人, 军人家属]',
        counter: '个',
        itemName: '对象',
      }),
      basis: documented(z.array(policyBasis).default([]), {
        label: '政策依据',
        hint: '每条写 name（法规名称，带书名号），可选 article（条款）和 issuer（发布机关）',
        example: '- name: 《军人抚恤优待条例》',
        counter: '条',
        itemName: '依据',
      }),
      effective: documented(calendarDate.optional(), { label: '生效日期', hint: '按“年-月-日”写', example: '2024-10-01' }),
      expires: documented(calendarDate.optional(), { label: '失效日期', hint: '按“年-月-日”写；长期有效可以不写' }),
      supersededBy: documented(id.optional(), {
        label: '新政策',
        hint: '取代它的新政策的文件名（不带 .mdx）；写了以后页面会显示“已失效”并链接新政策',
      }),
      standards: documented(z.array(policyStandard).default([]), {
        label: '标准',
        hint: '每条写 item（项目）、amount（金额或数量），可选 unit（单位）、note（备注），显示成表格',
        counter: '条',
        itemName: '标准',
      }),
      faq: documented(z.array(faqItem).default([]), {
        label: '常见问题',
        hint: '每条写 q（问题）和 a（回答）',
        counter: '个',
        itemName: '问题',
      }),
      contact: documented(nonEmpty.optional(), {
        label: '咨询方式',
        hint: '办公地址和办公电话（座机），不要写手机号',
        example: '县退役军人事务局优抚股，0999-1234567',
      }),
      ...disclosureFields,
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      if (data.effective && data.expires && data.expires < data.effective) {
        ctx.addIssue({ code: 'custom', path: ['expires'], message: '失效日期 expires 早于生效日期 effective' });
      }
    });
