/** The three data files beside the collections: site.yaml, units.yaml and observances.yaml. */
import { z } from 'astro/zod';
import { documented, type FieldDoc } from '../fields.ts';
import { observanceRuleProblem, observanceRuleSchema } from '../observance-rules.ts';
import { UNIT_KINDS } from '../taxonomies.ts';
import { id, nonEmpty, onlyIfWellFormed, stringList } from './primitives.ts';
import { siteInspectionFields, wordingSchema } from './publishing.ts';

export const siteSchema = z.object({
  name: documented(nonEmpty, { label: '网站名称', hint: '显示在每页顶部和浏览器标签上', example: '示例县双拥宣传站' }),
  shortName: documented(nonEmpty.optional(), { label: '网站简称', hint: '显示在浏览器标签上的短名称' }),
  description: documented(nonEmpty, { label: '网站简介', hint: '一两句话介绍本站' }),
  region: documented(nonEmpty, { label: '地区', hint: '例如 示例省示例市示例县' }),
  host: documented(nonEmpty, { label: '主办单位', hint: '写主办单位全称，显示在每页底部' }),
  contact: documented(
    z.object({
      address: documented(nonEmpty, { label: '办公地址', hint: '写主办单位的办公地址' }),
      phone: documented(nonEmpty, { label: '联系电话', hint: '写办公座机，例如 0999-1234567' }),
      email: documented(z.email().optional(), { label: '电子邮箱', hint: '写办公邮箱' }),
      hours: documented(nonEmpty.optional(), { label: '办公时间', hint: '例如 工作日 9:00—17:00' }),
    }),
    { label: '联系方式', hint: '写 address（地址）和 phone（办公电话），可选 email 和 hours' },
  ),
  siteCode: documented(nonEmpty.optional(), { label: '网站标识码', hint: '写政府网站标识码（10 位）' }),
  icp: documented(nonEmpty.optional(), { label: 'ICP备案号', hint: '例如 示ICP备00000000号-1' }),
  psb: documented(nonEmpty.optional(), { label: '公安备案号', hint: '例如 示公网安备 00000000000000号' }),
  baseUrl: documented(z.url(), {
    label: '网站地址',
    hint: '写完整网址，以 https:// 开头、以 / 结尾',
    example: 'https://shuangyong.example.gov.cn/',
  }),
  requireReview: documented(z.boolean().default(false), { label: '发布须审核', hint: '写 true 时每篇内容都必须填写审核人 reviewer' }),
  // At most 30: a card with its photo is about 1.2 KB, and a list page must stay within 50 KB.
  reportsPerPage: documented(z.number().int().min(1).max(30).default(12), {
    label: '每页报道数',
    hint: '报道列表每页显示几篇，1 到 30 之间',
    example: '12',
  }),
  editor: documented(
    z
      .object({
        backend: documented(z.enum(['gitea', 'forgejo', 'gitlab']), {
          label: '代码托管平台',
          hint: '本单位存放网站内容的平台：gitea、forgejo 或 gitlab',
          example: 'gitea',
        }),
        repo: documented(z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/), {
          label: '仓库',
          hint: '写“组织名/仓库名”',
          example: 'shuangyongban/site',
        }),
        baseUrl: documented(z.url(), { label: '平台地址', hint: '平台的网址，以 https:// 开头', example: 'https://git.example.gov.cn' }),
        appId: documented(nonEmpty, { label: 'OAuth 应用编号', hint: '在平台上创建 OAuth 应用后得到的 Client ID（客户端编号）' }),
        branch: documented(nonEmpty.optional(), { label: '分支', hint: '网站内容所在的分支，不写就是 main', example: 'main' }),
        workflow: documented(z.boolean().optional(), {
          label: '审核流程',
          hint: '写 true 时新稿先存为草稿，审核人通过后才发布（forgejo 和 gitlab 支持）',
          example: 'true',
        }),
      })
      .optional(),
    { label: '在线编辑', hint: '网页编辑器（/admin/）连接的平台；不写时只能在本机用 npm run editor 编辑' },
  ),
  ...siteInspectionFields,
});

export const unitSchema = z.object({
  id: documented(id, { label: '编号', hint: '只用小写字母、数字和连字符，不能和其他单位重复', example: 'xian-shuangyongban' }),
  name: documented(nonEmpty, { label: '单位名称', hint: '写单位全称', example: '示例县双拥工作领导小组办公室' }),
  kind: documented(z.enum(UNIT_KINDS), { label: '单位类别', hint: `${UNIT_KINDS.join('、')} 选一个`, example: '党政机关' }),
  parent: documented(id.optional(), { label: '上级单位', hint: '写 content/units.yaml 里上级单位的 id' }),
  /** Office address and landline shown on the unit's page (its 联系方式). */
  contact: documented(nonEmpty.optional(), {
    label: '联系方式',
    hint: '写单位的办公地址和办公电话（座机），会显示在单位页上；不要写手机号',
    example: '县人武部政工科，0999-6212300',
  }),
});

export const observanceSchema = z.object({
  id: documented(id, { label: '编号', hint: '只用小写字母、数字和连字符，不能和其他纪念日重复', example: 'bayi' }),
  name: documented(nonEmpty, { label: '名称', hint: '写纪念日的名称', example: '八一建军节' }),
  // A rule can be well-formed and still impossible (an unknown solar term, 02-30).
  rule: documented(
    observanceRuleSchema.superRefine((rule, ctx) => {
      const problem = observanceRuleProblem(rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }, onlyIfWellFormed),
    { label: '日期规则', hint: '写 type（fixed 公历、lunar 农历、solarTerm 节气、nthWeekday 第几个星期几）和对应的日期' },
  ),
  description: documented(nonEmpty.optional(), { label: '说明', hint: '一两句话介绍这个纪念日' }),
  activities: documented(stringList, { label: '可开展的活动', hint: '每项一行，以“- ”开头', counter: '项', itemName: '活动' }),
});

export type DataFileName = 'site' | 'units' | 'observances' | 'wording';

export interface DataFileInfo {
  /** File name under the content root. */
  file: string;
  /** The schema of the whole file: an object, or a list of items. */
  schema: z.ZodType;
  /** For a list file, what one item is called and counted with (第 2 个单位). */
  itemDoc?: FieldDoc;
  /** A file the county may leave out (wording.yaml): absent means the defaults. */
  optional?: boolean;
}

export const DATA_FILES: Record<DataFileName, DataFileInfo> = {
  site: { file: 'site.yaml', schema: siteSchema },
  units: { file: 'units.yaml', schema: z.array(unitSchema), itemDoc: { label: '单位', hint: '每个单位以“- id: …”开头', counter: '个' } },
  observances: {
    file: 'observances.yaml',
    schema: z.array(observanceSchema),
    itemDoc: { label: '纪念日', hint: '每个纪念日以“- id: …”开头', counter: '个' },
  },
  wording: { file: 'wording.yaml', schema: wordingSchema, optional: true },
};
