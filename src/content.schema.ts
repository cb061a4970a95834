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

// --- 三审、涉军保密、政务公开、网站自查 (issue 15): kept together so they move as one block. ---
export const REVIEW_ROLES = ['初审', '复审', '终审'] as const;
/** The frontmatter field that holds each review role's name. */
export const REVIEW_ROLE_FIELDS = { 初审: 'firstReview', 复审: 'secondReview', 终审: 'finalReview' } as const;
export const POLICY_DOC_TYPES = ['政策解读', '政策原文'] as const;
export const POLICY_VALIDITY = ['有效', '失效', '废止', '修订'] as const;
export const ATTACHMENT_EXTENSIONS = ['.pdf', '.docx', '.xlsx'] as const;
/** Every entry: the 三审 names and the 涉军保密 reviewer who confirmed the entry's reminders. */
const reviewFields = {
  firstReview: nonEmpty.optional(),
  secondReview: nonEmpty.optional(),
  finalReview: nonEmpty.optional(),
  secrecyReviewer: nonEmpty.optional(),
};
/** Policies: 政务公开 fields, the 解读 ↔ 原文 pair, attachments in the entry's folder. */
const disclosureFields = {
  docType: z.enum(POLICY_DOC_TYPES).default('政策解读'),
  indexNo: nonEmpty.optional(),
  issuingBody: nonEmpty.optional(),
  docNo: nonEmpty.optional(),
  writtenDate: z.coerce.date().optional(),
  publishedDate: z.coerce.date().optional(),
  validity: z.enum(POLICY_VALIDITY).optional(),
  original: id.optional(),
  interpretation: id.optional(),
  attachments: z
    .array(z.object({ file: z.string().regex(/^\.\/[^/\\]+\.(pdf|docx|xlsx)$/i), title: nonEmpty }))
    .default([]),
};
const days = z.number().int().min(1).max(3650);
const count = z.number().int().min(1).max(100);
/** site.yaml: 网站自查 thresholds (defaults are the national ones), 三审, footer items. */
const siteIssue15Fields = {
  inspection: z
    .object({
      homeDays: days, newsDays: days, noticeDays: days, planDays: days, otherDays: days, warnDays: z.number().int().min(0).max(60),
      newsColumnsToFail: count, noticeColumnsToFail: count, staleColumnsToFail: count, emptyColumnsToFail: count,
    })
    .partial()
    .strict()
    .default({}),
  review: z.object({ roles: z.array(z.enum(REVIEW_ROLES)).min(1).max(3), from: z.coerce.date() }).optional(),
  hotline: nonEmpty.optional(),
  consult: z.string().regex(/^(mailto:\S+@\S+|https?:\/\/\S+)$/).optional(),
  wechat: z.object({ name: nonEmpty, qr: z.string().regex(/^\.\/[^/\\]+\.(png|jpg|jpeg)$/i) }).optional(),
  conacMark: z.object({ image: z.string().regex(/^\.\/[^/\\]+\.(png|jpg|jpeg)$/i), url: z.url() }).optional(),
};
/** content/wording.yaml: the county's own wording rules, added to the defaults in src/lib/wording.ts. */
export const wordingSchema = z
  .object({
    rules: z.array(z.object({ wrong: nonEmpty, right: nonEmpty, kind: z.enum(['表述', '错别字']), note: nonEmpty.optional() }).strict()).default([]),
    allow: stringList,
  })
  .strict();
// --- end of the issue 15 block ---

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
    ...reviewFields,
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
      ...disclosureFields,
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
  ...siteIssue15Fields,
});

export const unitSchema = z.object({
  id,
  name: nonEmpty,
  kind: z.enum(UNIT_KINDS),
  parent: id.optional(),
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
  // issue 15: 三审、涉军保密、政务公开、网站自查、页脚、用词
  firstReview: { label: '初审人', hint: '写初审人姓名；site.yaml 的 review.roles 要求初审时必须填写', example: '李文' },
  secondReview: { label: '复审人', hint: '写复审人姓名；site.yaml 的 review.roles 要求复审时必须填写', example: '王强' },
  finalReview: { label: '终审人', hint: '写终审人姓名（一般是分管领导）；site.yaml 的 review.roles 要求终审时必须填写', example: '赵建国' },
  secrecyReviewer: { label: '涉军保密审核人', hint: '文中部队代号与驻地、装备、兵力写在一起并已核对可以公开时，写核对人的姓名', example: '陈志远' },
  docType: { label: '文件类型', hint: `写 ${POLICY_DOC_TYPES.join(' 或 ')}；不写就是政策解读`, example: '政策原文' },
  indexNo: { label: '索引号', hint: '写政务公开目录的索引号', example: '999900001/2026-00012' },
  issuingBody: { label: '发文机关', hint: '写发文机关全称', example: '示例县人民政府办公室' },
  docNo: { label: '发文字号', hint: '写文件编号，年份用六角括号〔〕', example: '示政办发〔2026〕15号' },
  writtenDate: { label: '成文日期', hint: '按“年-月-日”写文件落款日期', example: '2026-11-05' },
  publishedDate: { label: '发布日期', hint: '按“年-月-日”写文件正式发布的日期', example: '2026-11-10' },
  validity: { label: '有效性', hint: `从这些中选一个：${POLICY_VALIDITY.join('、')}`, example: '有效' },
  original: { label: '政策原文', hint: '政策解读写它所解读的政策原文的文件名（不带 .mdx），原文那边要写回 interpretation', example: 'xian-youdaijin-tongzhi-2026' },
  interpretation: { label: '政策解读', hint: '政策原文写解读它的那篇政策解读的文件名（不带 .mdx），解读那边要写回 original', example: 'xian-youdaijin-jiedu-2026' },
  attachments: { label: '附件', hint: '每个附件写 file（本文件夹里的 PDF、DOCX 或 XLSX 文件名，前面加 ./）和 title（附件名称）' },
  file: { label: '附件文件', hint: '写和本文件同一文件夹里的附件文件名，前面加 ./，只能是 .pdf、.docx 或 .xlsx', example: './fujian-1.pdf' },
  inspection: { label: '网站自查标准', hint: '可写 homeDays、newsDays、noticeDays 等天数和个数；不写就按国家检查指标' },
  homeDays: { label: '首页更新期限（天）', hint: '首页超过这么多天没有新内容即不合格，国家标准 14', example: '14' },
  newsDays: { label: '动态要闻类栏目更新期限（天）', hint: '国家标准 14', example: '14' },
  noticeDays: { label: '通知公告、政策文件类栏目更新期限（天）', hint: '国家标准 180', example: '180' },
  planDays: { label: '规划计划类栏目更新期限（天）', hint: '国家标准 365', example: '365' },
  otherDays: { label: '其他栏目更新期限（天）', hint: '建议 365', example: '365' },
  warnDays: { label: '提前提醒（天）', hint: '离期限还有这么多天时提醒', example: '3' },
  newsColumnsToFail: { label: '动态要闻类超期栏目不合格个数', hint: '国家标准 5', example: '5' },
  noticeColumnsToFail: { label: '通知公告类超期栏目不合格个数', hint: '国家标准 1', example: '1' },
  staleColumnsToFail: { label: '超期栏目不合格个数', hint: '国家标准 10', example: '10' },
  emptyColumnsToFail: { label: '空栏目不合格个数', hint: '国家标准 5', example: '5' },
  review: { label: '三审', hint: '写 roles（要求的审核环节：初审、复审、终审）和 from（从哪天起发布的内容要求三审）', example: '{ roles: [初审, 复审, 终审], from: 2026-11-01 }' },
  roles: { label: '审核环节', hint: `从这些中选：${REVIEW_ROLES.join('、')}`, example: '[初审, 复审, 终审]' },
  from: { label: '起始日期', hint: '按“年-月-日”写；这天及以后日期的内容才要求三审', example: '2026-11-01' },
  hotline: { label: '服务热线', hint: '写 12345 或本单位的咨询电话，显示在每页底部', example: '12345' },
  consult: { label: '咨询建言', hint: '写 mailto:邮箱、留言表单网址或县政府门户网站的互动交流页面网址', example: 'https://www.example.gov.cn/hdjl/' },
  wechat: { label: '微信公众号', hint: '写 name（公众号名称）和 qr（content 文件夹里的二维码图片，前面加 ./）' },
  qr: { label: '二维码图片', hint: '写 content 文件夹里的图片文件名，前面加 ./', example: './wechat-qr.png' },
  conacMark: { label: '党政机关标识', hint: '写 image（content 文件夹里的标识图片）和 url（标识的核验页面网址）' },
  image: { label: '标识图片', hint: '写 content 文件夹里的图片文件名，前面加 ./', example: './dzjg.png' },
  url: { label: '网址', hint: '写完整网址，以 https:// 开头', example: 'https://bszs.conac.cn/sitename?method=show&id=0000' },
  rules: { label: '用词规则', hint: '每条写 wrong（错误写法）、right（正确写法）、kind（表述 或 错别字），可选 note（说明）' },
  wrong: { label: '错误写法', hint: '写要查出来的错误写法，原样照抄', example: '退伍军人事务局' },
  right: { label: '正确写法', hint: '写应该改成的写法', example: '退役军人事务局' },
  allow: { label: '不检查的写法', hint: '列出程序自带规则里本县不需要检查的错误写法', example: '[七大军区]' },
  rule: { label: '日期规则', hint: '写 type（fixed 公历、lunar 农历、solarTerm 节气、nthWeekday 第几个星期几）和对应的日期' },
};
