/**
 * What a government site is inspected by: the 三审 names and the 涉军保密 reviewer on every entry,
 * the 政务公开 fields of a policy (with its 解读 ↔ 原文 pair and attachments), site.yaml's 网站自查
 * thresholds and footer items, and content/wording.yaml, the county's own wording rules.
 */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { calendarDate, id, nonEmpty, stringList } from './primitives.ts';

export const REVIEW_ROLES = ['初审', '复审', '终审'] as const;
/** The frontmatter field that holds each review role's name. */
export const REVIEW_ROLE_FIELDS = { 初审: 'firstReview', 复审: 'secondReview', 终审: 'finalReview' } as const;
export const POLICY_DOC_TYPES = ['政策解读', '政策原文'] as const;
export const POLICY_VALIDITY = ['有效', '失效', '废止', '修订'] as const;
export const ATTACHMENT_EXTENSIONS = ['.pdf', '.docx', '.xlsx'] as const;

/** Every entry: the 三审 names and the 涉军保密 reviewer who confirmed the entry's reminders. */
export const reviewFields = {
  firstReview: documented(nonEmpty.optional(), {
    label: '初审人',
    hint: '写初审人姓名；site.yaml 的 review.roles 要求初审时必须填写',
    example: '李文',
  }),
  secondReview: documented(nonEmpty.optional(), {
    label: '复审人',
    hint: '写复审人姓名；site.yaml 的 review.roles 要求复审时必须填写',
    example: '王强',
  }),
  finalReview: documented(nonEmpty.optional(), {
    label: '终审人',
    hint: '写终审人姓名（一般是分管领导）；site.yaml 的 review.roles 要求终审时必须填写',
    example: '赵建国',
  }),
  secrecyReviewer: documented(nonEmpty.optional(), {
    label: '涉军保密审核人',
    hint: '文中部队代号与驻地、装备、兵力写在一起并已核对可以公开时，写核对人的姓名',
    example: '陈志远',
  }),
};

const attachment = z.object({
  file: documented(z.string().regex(/^\.\/[^/\\]+\.(pdf|docx|xlsx)$/i), {
    label: '附件文件',
    hint: '写和本文件同一文件夹里的附件文件名，前面加 ./，只能是 .pdf、.docx 或 .xlsx',
    example: './fujian-1.pdf',
  }),
  title: documented(nonEmpty, { label: '附件名称', hint: '写附件的名称', example: '示例县义务兵家庭优待金标准表' }),
});

/** Policies: 政务公开 fields, the 解读 ↔ 原文 pair, attachments in the entry's folder. */
export const disclosureFields = {
  docType: documented(z.enum(POLICY_DOC_TYPES).default('政策解读'), {
    label: '文件类型',
    hint: `写 ${POLICY_DOC_TYPES.join(' 或 ')}；不写就是政策解读`,
    example: '政策原文',
  }),
  indexNo: documented(nonEmpty.optional(), { label: '索引号', hint: '写政务公开目录的索引号', example: '999900001/2026-00012' }),
  issuingBody: documented(nonEmpty.optional(), { label: '发文机关', hint: '写发文机关全称', example: '示例县人民政府办公室' }),
  docNo: documented(nonEmpty.optional(), { label: '发文字号', hint: '写文件编号，年份用六角括号〔〕', example: '示政办发〔2026〕15号' }),
  writtenDate: documented(calendarDate.optional(), { label: '成文日期', hint: '按“年-月-日”写文件落款日期', example: '2026-11-05' }),
  publishedDate: documented(calendarDate.optional(), {
    label: '发布日期',
    hint: '按“年-月-日”写文件正式发布的日期',
    example: '2026-11-10',
  }),
  validity: documented(z.enum(POLICY_VALIDITY).optional(), {
    label: '有效性',
    hint: `从这些中选一个：${POLICY_VALIDITY.join('、')}`,
    example: '有效',
  }),
  original: documented(id.optional(), {
    label: '政策原文',
    hint: '政策解读写它所解读的政策原文的文件名（不带 .mdx），原文那边要写回 interpretation',
    example: 'xian-youdaijin-tongzhi-2026',
  }),
  interpretation: documented(id.optional(), {
    label: '政策解读',
    hint: '政策原文写解读它的那篇政策解读的文件名（不带 .mdx），解读那边要写回 original',
    example: 'xian-youdaijin-jiedu-2026',
  }),
  attachments: documented(z.array(attachment).default([]), {
    label: '附件',
    hint: '每个附件写 file（本文件夹里的 PDF、DOCX 或 XLSX 文件名，前面加 ./）和 title（附件名称）',
    counter: '个',
  }),
};

const days = z.number().int().min(1).max(3650);
const count = z.number().int().min(1).max(100);
const contentImage = z.string().regex(/^\.\/[^/\\]+\.(png|jpg|jpeg)$/i);

/** site.yaml: 网站自查 thresholds (defaults are the national ones), 三审, footer items. */
export const siteInspectionFields = {
  inspection: documented(
    z
      .object({
        homeDays: documented(days, { label: '首页更新期限（天）', hint: '首页超过这么多天没有新内容即不合格，国家标准 14', example: '14' }),
        newsDays: documented(days, { label: '动态要闻类栏目更新期限（天）', hint: '国家标准 14', example: '14' }),
        noticeDays: documented(days, { label: '通知公告、政策文件类栏目更新期限（天）', hint: '国家标准 180', example: '180' }),
        planDays: documented(days, { label: '规划计划类栏目更新期限（天）', hint: '国家标准 365', example: '365' }),
        otherDays: documented(days, { label: '其他栏目更新期限（天）', hint: '建议 365', example: '365' }),
        warnDays: documented(z.number().int().min(0).max(60), { label: '提前提醒（天）', hint: '离期限还有这么多天时提醒', example: '3' }),
        newsColumnsToFail: documented(count, { label: '动态要闻类超期栏目不合格个数', hint: '国家标准 5', example: '5' }),
        noticeColumnsToFail: documented(count, { label: '通知公告类超期栏目不合格个数', hint: '国家标准 1', example: '1' }),
        staleColumnsToFail: documented(count, { label: '超期栏目不合格个数', hint: '国家标准 10', example: '10' }),
        emptyColumnsToFail: documented(count, { label: '空栏目不合格个数', hint: '国家标准 5', example: '5' }),
      })
      .partial()
      .strict()
      .default({}),
    { label: '网站自查标准', hint: '可写 homeDays、newsDays、noticeDays 等天数和个数；不写就按国家检查指标' },
  ),
  review: documented(
    z
      .object({
        roles: documented(z.array(z.enum(REVIEW_ROLES)).min(1).max(3), {
          label: '审核环节',
          hint: `从这些中选：${REVIEW_ROLES.join('、')}`,
          example: '[初审, 复审, 终审]',
        }),
        from: documented(calendarDate, {
          label: '起始日期',
          hint: '按“年-月-日”写；这天及以后日期的内容才要求三审',
          example: '2026-11-01',
        }),
      })
      .optional(),
    {
      label: '三审',
      hint: '写 roles（要求的审核环节：初审、复审、终审）和 from（从哪天起发布的内容要求三审）',
      example: '{ roles: [初审, 复审, 终审], from: 2026-11-01 }',
    },
  ),
  hotline: documented(nonEmpty.optional(), { label: '服务热线', hint: '写 12345 或本单位的咨询电话，显示在每页底部', example: '12345' }),
  consult: documented(
    z
      .string()
      .regex(/^(mailto:\S+@\S+|https?:\/\/\S+)$/)
      .optional(),
    {
      label: '咨询建言',
      hint: '写 mailto:邮箱、留言表单网址或县政府门户网站的互动交流页面网址',
      example: 'https://www.example.gov.cn/hdjl/',
    },
  ),
  wechat: documented(
    z
      .object({
        name: documented(nonEmpty, { label: '公众号名称', hint: '写微信公众号的名称', example: '示例县双拥' }),
        qr: documented(contentImage, {
          label: '二维码图片',
          hint: '写 content 文件夹里的图片文件名，前面加 ./',
          example: './wechat-qr.png',
        }),
      })
      .optional(),
    { label: '微信公众号', hint: '写 name（公众号名称）和 qr（content 文件夹里的二维码图片，前面加 ./）' },
  ),
  conacMark: documented(
    z
      .object({
        image: documented(contentImage, { label: '标识图片', hint: '写 content 文件夹里的图片文件名，前面加 ./', example: './dzjg.png' }),
        url: documented(z.url(), {
          label: '网址',
          hint: '写标识的核验页面完整网址，以 https:// 开头',
          example: 'https://bszs.conac.cn/sitename?method=show&id=0000',
        }),
      })
      .optional(),
    { label: '党政机关标识', hint: '写 image（content 文件夹里的标识图片）和 url（标识的核验页面网址）' },
  ),
};

/** content/wording.yaml: the county's own wording rules, added to the defaults in src/lib/wording.ts. */
export const wordingSchema = z
  .object({
    rules: documented(
      z
        .array(
          z
            .object({
              wrong: documented(nonEmpty, { label: '错误写法', hint: '写要查出来的错误写法，原样照抄', example: '退伍军人事务局' }),
              right: documented(nonEmpty, { label: '正确写法', hint: '写应该改成的写法', example: '退役军人事务局' }),
              kind: documented(z.enum(['表述', '错别字']), { label: '类别', hint: '写 表述 或 错别字', example: '表述' }),
              note: documented(nonEmpty.optional(), { label: '说明', hint: '为什么这样改，可以不写' }),
            })
            .strict(),
        )
        .default([]),
      { label: '用词规则', hint: '每条写 wrong（错误写法）、right（正确写法）、kind（表述 或 错别字），可选 note（说明）', counter: '条' },
    ),
    allow: documented(stringList, {
      label: '不检查的写法',
      hint: '列出程序自带规则里本县不需要检查的错误写法',
      example: '[七大军区]',
      counter: '个',
    }),
  })
  .strict();
