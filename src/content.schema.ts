/**
 * The frontmatter schemas of every collection and data file: the single source of truth.
 *
 * `src/content.config.ts` registers them with Astro; the content check (`npm run check:content`,
 * also run at the start of every build), the scaffold (`npm run new`) and the authoring guide read
 * the same objects. They live outside content.config.ts only because that file imports the
 * virtual module `astro:content`, which plain Node scripts cannot load.
 *
 * Keys are English; every label, hint and example a staff member reads is Chinese (see FIELD_DOCS).
 */
import { z } from 'astro/zod';
import { observanceRuleProblem } from './lib/observances.ts';
import { periodError } from './lib/periods.ts';

/** Astro passes `image()` to schema functions; the Node check passes a plain string schema. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

export const REPORT_TYPES = [
  '走访慰问', '座谈会', '军民共建', '国防教育', '清明祭扫', '联谊活动',
  '义诊服务', '征兵宣传', '政策宣讲', '表彰奖励', '其他',
] as const;
export const CASE_CATEGORIES = [
  '先进单位', '先进个人', '模范城县', '好军嫂', '最美退役军人', '拥政爱民', '共建典型',
] as const;
export const POLICY_CATEGORIES = [
  '抚恤优待', '退役安置', '就业创业', '教育优待', '医疗保障', '住房保障',
  '交通出行', '表彰奖励', '征兵入伍', '随军家属', '其他',
] as const;
export const AUDIENCES = [
  '现役军人', '军人家属', '烈士遗属', '伤残军人', '退役军人',
  '军队转业干部', '随军家属', '军人子女', '学校师生',
] as const;
export const PLAN_KINDS = ['工作计划', '实施方案', '工作总结'] as const;
export const EDUCATION_KINDS = ['课程', '活动方案', '知识竞赛', '教育基地'] as const;
export const STAGES = ['小学', '初中', '高中', '全民'] as const;
export const UNIT_KINDS = [
  '党政机关', '部队', '人武部', '乡镇街道', '村社区', '学校', '企业', '医疗机构', '社会组织',
] as const;

/** A task period: a month `2026-05`, a quarter `2026-Q2`, or a range `2026-04~2026-06`. */
export const PERIOD_PATTERN = /^(\d{4}-(0[1-9]|1[0-2]|Q[1-4])|\d{4}-(0[1-9]|1[0-2])~\d{4}-(0[1-9]|1[0-2]))$/;
/** Ids used in file names, URLs and references: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const id = z.string().regex(ID_PATTERN);
/** Domain checks run only on a value whose form is already right, so one mistake is reported once. */
const onlyIfWellFormed = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };
const nonEmpty = z.string().trim().min(1);
const stringList = z.array(nonEmpty).default([]);

/** Fields every content collection shares. */
function commonFields<I extends z.ZodType>(image: ImageSchema<I>) {
  return {
    title: nonEmpty,
    summary: nonEmpty.max(200),
    date: z.coerce.date(),
    updated: z.coerce.date().optional(),
    unit: id,
    // YAML reads `2026` as a number; a tag is always text.
    tags: z.array(z.coerce.string().trim().min(1)).default([]),
    draft: z.boolean().default(false),
    author: nonEmpty.optional(),
    reviewer: nonEmpty.optional(),
    cover: image().optional(),
    coverAlt: nonEmpty.optional(),
  };
}

/** A cover without its alt text is refused: every photo is described for screen readers. */
function requireCoverAlt(data: { cover?: unknown; coverAlt?: string }, ctx: z.RefinementCtx) {
  if (data.cover !== undefined && !data.coverAlt) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: '设置了封面图 cover，就必须写封面图说明 coverAlt' });
  }
}

const photo = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z.object({ src: image(), alt: nonEmpty, caption: nonEmpty.optional() });

export const planTask = z.object({
  id,
  title: nonEmpty,
  owner: id.optional(),
  // The pattern gives the form; the period library catches a well-formed impossible one (a range ending before it starts).
  when: z.string().regex(PERIOD_PATTERN).superRefine((when, ctx) => {
    const problem = periodError(when);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }, onlyIfWellFormed),
});

export const planSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      kind: z.enum(PLAN_KINDS),
      year: z.number().int().min(1950).max(2100),
      goals: stringList,
      tasks: z.array(planTask).default([]),
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

export const reportSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      type: z.enum(REPORT_TYPES),
      location: nonEmpty,
      units: z.array(id).min(1),
      plan: id.optional(),
      task: id.optional(),
      observance: id.optional(),
      gallery: z.array(photo(image)).default([]),
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      if (data.task && !data.plan) {
        ctx.addIssue({ code: 'custom', path: ['plan'], message: '写了任务 task，也要写它所属的计划 plan' });
      }
    });

export const caseSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      category: z.enum(CASE_CATEGORIES),
      name: nonEmpty,
      /** The units the story is about (a 部队 honoured for 拥政爱民), besides the publisher. */
      units: z.array(id).default([]),
      honors: z.array(z.object({ title: nonEmpty, year: z.number().int().min(1950).max(2100), by: nonEmpty.optional() })).default([]),
      featured: z.boolean().default(false),
      quote: nonEmpty.optional(),
      gallery: z.array(photo(image)).default([]),
    })
    .superRefine(requireCoverAlt);

export const policySchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z
    .object({
      ...commonFields(image),
      category: z.enum(POLICY_CATEGORIES),
      audience: z.array(z.enum(AUDIENCES)).min(1),
      basis: z.array(z.object({ name: nonEmpty, article: nonEmpty.optional(), issuer: nonEmpty.optional() })).default([]),
      effective: z.coerce.date().optional(),
      expires: z.coerce.date().optional(),
      supersededBy: id.optional(),
      standards: z
        .array(z.object({ item: nonEmpty, amount: z.union([z.number(), nonEmpty]), unit: nonEmpty.optional(), note: nonEmpty.optional() }))
        .default([]),
      faq: z.array(z.object({ q: nonEmpty, a: nonEmpty })).default([]),
      contact: nonEmpty.optional(),
    })
    .superRefine((data, ctx) => {
      requireCoverAlt(data, ctx);
      if (data.effective && data.expires && data.expires < data.effective) {
        ctx.addIssue({ code: 'custom', path: ['expires'], message: '失效日期 expires 早于生效日期 effective' });
      }
    });

export const quizQuestion = z
  .object({
    q: nonEmpty,
    options: z.array(nonEmpty).min(2),
    /** The text of the right option, or a list of them for a multiple-choice question. */
    answer: z.union([nonEmpty, z.array(nonEmpty).min(1)]),
    explain: nonEmpty.optional(),
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
      kind: z.enum(EDUCATION_KINDS),
      stages: z.array(z.enum(STAGES)).min(1),
      duration: nonEmpty.optional(),
      objectives: stringList,
      materials: stringList,
      quiz: z.array(quizQuestion).default([]),
      related: z.array(id).default([]),
      address: nonEmpty.optional(),
      openHours: nonEmpty.optional(),
      activities: stringList,
      /** Booking office and landline for a 教育基地; the only place a phone number may appear. */
      contact: nonEmpty.optional(),
      gallery: z.array(photo(image)).default([]),
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

export const siteSchema = z.object({
  name: nonEmpty,
  shortName: nonEmpty.optional(),
  description: nonEmpty,
  region: nonEmpty,
  host: nonEmpty,
  contact: z.object({ address: nonEmpty, phone: nonEmpty, email: z.email().optional(), hours: nonEmpty.optional() }),
  siteCode: nonEmpty.optional(),
  icp: nonEmpty.optional(),
  psb: nonEmpty.optional(),
  baseUrl: z.url(),
  requireReview: z.boolean().default(false),
  reportsPerPage: z.number().int().min(1).max(100).default(12),
});

export const unitSchema = z.object({
  id,
  name: nonEmpty,
  kind: z.enum(UNIT_KINDS),
  parent: id.optional(),
  /** Office address and landline shown on the unit's page (its 联系方式). */
  contact: nonEmpty.optional(),
});

export const observanceRule = z.discriminatedUnion('type', [
  /** Gregorian month-day, e.g. 08-01 八一建军节. */
  z.object({ type: z.literal('fixed'), date: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/) }),
  /** Chinese lunar month and day, e.g. 正月初一 = { month: 1, day: 1 }. */
  z.object({ type: z.literal('lunar'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }),
  /** One of the 24 solar terms by its Chinese name, e.g. 清明. */
  z.object({ type: z.literal('solarTerm'), term: nonEmpty }),
  /** The nth weekday of a month, e.g. 9月第三个星期六: { month: 9, n: 3, weekday: 6 } (0 = 星期日). */
  z.object({
    type: z.literal('nthWeekday'),
    month: z.number().int().min(1).max(12),
    n: z.number().int().min(1).max(5),
    weekday: z.number().int().min(0).max(6),
  }),
]);

export const observanceSchema = z.object({
  id,
  name: nonEmpty,
  // A rule can be well-formed and still impossible (an unknown solar term, 02-30).
  rule: observanceRule.superRefine((rule, ctx) => {
    const problem = observanceRuleProblem(rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }, onlyIfWellFormed),
  description: nonEmpty.optional(),
  activities: stringList,
});

export const COLLECTIONS = ['plans', 'reports', 'cases', 'policies', 'education'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const collectionSchemas = {
  plans: planSchema,
  reports: reportSchema,
  cases: caseSchema,
  policies: policySchema,
  education: educationSchema,
} satisfies Record<CollectionName, (image: ImageSchema) => z.ZodType>;

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  plans: '工作计划',
  reports: '活动报道',
  cases: '双拥典型',
  policies: '政策解读',
  education: '国防教育',
};

export interface FieldDoc {
  /** The Chinese name staff know the field by. */
  label: string;
  /** How to fill it in, one sentence. */
  hint: string;
  /** A value that would be accepted, as it is written in YAML. */
  example?: string;
}

/**
 * Chinese names, hints and examples for every field, used in error messages, scaffolds and the guide.
 * Keyed by field name; a nested field is looked up by its last name (`tasks[2].when` → `when`).
 */
export const FIELD_DOCS: Record<string, FieldDoc> = {
  title: { label: '标题', hint: '写一句完整的标题，不要留空', example: '县双拥办开展“八一”走访慰问活动' },
  summary: { label: '摘要', hint: '用一两句话（200 字以内）概括内容，会显示在列表和分享卡片上', example: '8月1日，县双拥办走访慰问驻县部队官兵。' },
  date: { label: '日期', hint: '按“年-月-日”写，例如 2026-08-01', example: '2026-08-01' },
  updated: { label: '更新日期', hint: '按“年-月-日”写；没有更新可以删掉这一行', example: '2026-08-05' },
  unit: { label: '发布单位', hint: '写 content/units.yaml 里某个单位的 id', example: 'xian-shuangyongban' },
  units: { label: '参与单位', hint: '列出组织单位和共建部队的 id（都在 content/units.yaml 里），至少一个', example: '[xian-shuangyongban, wujing-zhongdui]' },
  tags: { label: '标签', hint: '用方括号列出几个关键词，例如 [八一, 慰问]', example: '[八一, 慰问]' },
  draft: { label: '草稿', hint: '写 true 表示草稿（不会发布），写 false 表示可以发布', example: 'false' },
  author: { label: '作者', hint: '写撰稿人姓名', example: '李文' },
  reviewer: { label: '审核人', hint: '写审核人姓名；site.yaml 设置 requireReview: true 时必须填写', example: '王强' },
  cover: { label: '封面图', hint: '写和本文件同一文件夹里的图片文件名，前面加 ./', example: './cover.jpg' },
  coverAlt: { label: '封面图说明', hint: '用一句话描述图片内容，供读屏软件朗读', example: '县领导与官兵座谈' },
  kind: { label: '类别', hint: '从规定的类别中选一个', example: '工作计划' },
  year: { label: '年度', hint: '写四位数字年份，例如 2026，不要写 20xx', example: '2026' },
  goals: { label: '工作目标', hint: '每个目标一行，以“- ”开头' },
  tasks: { label: '任务', hint: '每个任务写 id、title、when，可选 owner' },
  id: { label: '编号', hint: '只用小写字母、数字和连字符，例如 t01 或 bayi-weiwen', example: 't01' },
  owner: { label: '牵头单位', hint: '写 content/units.yaml 里某个单位的 id', example: 'xian-tuiyijunrenju' },
  when: { label: '时间', hint: '写月份 2026-05、季度 2026-Q2 或时间段 2026-04~2026-06', example: '2026-Q3' },
  type: { label: '活动类型', hint: `从这些类型中选一个：${REPORT_TYPES.join('、')}`, example: '走访慰问' },
  location: { label: '活动地点', hint: '写活动举办的地点', example: '县人武部' },
  plan: { label: '所属计划', hint: '写 content/plans/ 里某个计划的文件名（不带 .mdx）', example: '2026-shuangyong-gongzuo-jihua' },
  task: { label: '所属任务', hint: '写所属计划里某个任务的 id', example: 't05' },
  observance: { label: '纪念日', hint: '写 content/observances.yaml 里某个纪念日的 id', example: 'bayi' },
  gallery: { label: '图片', hint: '每张图片写 src（文件名）和 alt（图片说明），可选 caption（图注）' },
  src: { label: '图片文件', hint: '写和本文件同一文件夹里的图片文件名，前面加 ./', example: './photo-1.jpg' },
  alt: { label: '图片说明', hint: '用一句话描述图片里有什么，供读屏软件朗读，不能空着', example: '志愿者为老兵测量血压' },
  caption: { label: '图注', hint: '图片下方显示的说明文字' },
  category: { label: '类别', hint: '从规定的类别中选一个' },
  name: { label: '名称', hint: '写人物姓名或单位全称' },
  honors: { label: '荣誉', hint: '每项荣誉写 title（名称）和 year（年份），可选 by（授予单位）' },
  by: { label: '授予单位', hint: '写授予荣誉的单位' },
  featured: { label: '重点推荐', hint: '写 true 会在首页和典型页优先展示', example: 'true' },
  quote: { label: '人物语录', hint: '一句本人说过的话' },
  audience: { label: '适用对象', hint: `从这些对象中选：${AUDIENCES.join('、')}`, example: '[退役军人, 军人家属]' },
  basis: { label: '政策依据', hint: '每条写 name（法规名称，带书名号），可选 article（条款）和 issuer（发布机关）' },
  article: { label: '条款', hint: '例如 第二十条' },
  issuer: { label: '发布机关', hint: '例如 国务院、中央军委' },
  effective: { label: '生效日期', hint: '按“年-月-日”写', example: '2024-10-01' },
  expires: { label: '失效日期', hint: '按“年-月-日”写；长期有效可以删掉这一行' },
  supersededBy: { label: '新政策', hint: '写取代它的新政策的文件名（不带 .mdx）' },
  standards: { label: '标准', hint: '每条写 item（项目）、amount（金额或数量）、unit（单位），可选 note（备注）' },
  item: { label: '项目', hint: '例如 三等功奖励' },
  amount: { label: '金额', hint: '只写数字，例如 500', example: '500' },
  note: { label: '备注', hint: '补充说明' },
  faq: { label: '常见问题', hint: '每条写 q（问题）和 a（回答）' },
  q: { label: '问题', hint: '写一个完整的问题' },
  a: { label: '回答', hint: '写问题的回答' },
  contact: { label: '咨询方式', hint: '写办公地址和办公电话（座机），这是唯一允许写电话号码的地方' },
  stages: { label: '学段', hint: `从这些学段中选：${STAGES.join('、')}`, example: '[初中]' },
  duration: { label: '课时', hint: '例如 1课时（40分钟）' },
  objectives: { label: '教学目标', hint: '每个目标一行，以“- ”开头' },
  materials: { label: '教学材料', hint: '每种材料一行，以“- ”开头' },
  quiz: { label: '题目', hint: '每道题写 q（题干）、options（选项）、answer（正确选项的原文），可选 explain（解析）' },
  options: { label: '选项', hint: '至少两个选项，每个一行' },
  answer: { label: '答案', hint: '写正确选项的原文；多选题用方括号列出所有正确选项' },
  explain: { label: '解析', hint: '答题后显示的解释' },
  related: { label: '相关政策', hint: '写 content/policies/ 里政策的文件名（不带 .mdx）', example: '[junren-fuxu-youdai]' },
  address: { label: '地址', hint: '写教育基地的详细地址' },
  openHours: { label: '开放时间', hint: '例如 周二至周日 9:00—17:00' },
  activities: { label: '可开展的活动', hint: '每项一行，以“- ”开头' },
  // site.yaml
  shortName: { label: '网站简称', hint: '显示在浏览器标签上的短名称' },
  description: { label: '网站简介', hint: '一两句话介绍本站' },
  region: { label: '地区', hint: '例如 示例省示例市示例县' },
  host: { label: '主办单位', hint: '写主办单位全称，显示在每页底部' },
  phone: { label: '联系电话', hint: '写办公座机，例如 0999-1234567' },
  email: { label: '电子邮箱', hint: '写办公邮箱' },
  siteCode: { label: '网站标识码', hint: '写政府网站标识码（10 位）' },
  icp: { label: 'ICP备案号', hint: '例如 示ICP备00000000号-1' },
  psb: { label: '公安备案号', hint: '例如 示公网安备 00000000000000号' },
  baseUrl: { label: '网站地址', hint: '写完整网址，以 https:// 开头、以 / 结尾', example: 'https://shuangyong.example.gov.cn/' },
  requireReview: { label: '发布须审核', hint: '写 true 时每篇内容都必须填写审核人 reviewer' },
  reportsPerPage: { label: '每页报道数', hint: '报道列表每页显示几篇，1 到 100 之间', example: '12' },
  parent: { label: '上级单位', hint: '写 content/units.yaml 里上级单位的 id' },
  rule: { label: '日期规则', hint: '写 type（fixed 公历、lunar 农历、solarTerm 节气、nthWeekday 第几个星期几）和对应的日期' },
};
