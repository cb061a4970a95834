/**
 * The closed vocabularies of the model, and the stable ASCII slug each term has in URLs. Slugs are
 * written out rather than derived from pinyin so that a library update can never change a published address.
 */

export const REPORT_TYPES = [
  '走访慰问',
  '座谈会',
  '军民共建',
  '国防教育',
  '清明祭扫',
  '联谊活动',
  '义诊服务',
  '征兵宣传',
  '政策宣讲',
  '表彰奖励',
  '其他',
] as const;
export const CASE_CATEGORIES = ['先进单位', '先进个人', '模范城县', '好军嫂', '最美退役军人', '拥政爱民', '共建典型'] as const;
export const POLICY_CATEGORIES = [
  '抚恤优待',
  '退役安置',
  '就业创业',
  '教育优待',
  '医疗保障',
  '住房保障',
  '交通出行',
  '表彰奖励',
  '征兵入伍',
  '随军家属',
  '其他',
] as const;
export const AUDIENCES = [
  '现役军人',
  '军人家属',
  '烈士遗属',
  '伤残军人',
  '退役军人',
  '军队转业干部',
  '随军家属',
  '军人子女',
  '学校师生',
] as const;
export const PLAN_KINDS = ['工作计划', '实施方案', '工作总结'] as const;
export const EDUCATION_KINDS = ['课程', '活动方案', '知识竞赛', '教育基地'] as const;
export const STAGES = ['小学', '初中', '高中', '全民'] as const;
export const UNIT_KINDS = ['党政机关', '部队', '人武部', '乡镇街道', '村社区', '学校', '企业', '医疗机构', '社会组织'] as const;

export type ReportType = (typeof REPORT_TYPES)[number];
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export type EducationKind = (typeof EDUCATION_KINDS)[number];

export type Audience = (typeof AUDIENCES)[number];
export type Stage = (typeof STAGES)[number];

export const AUDIENCE_SLUGS: Record<Audience, string> = {
  现役军人: 'xianyi-junren',
  军人家属: 'junren-jiashu',
  烈士遗属: 'lieshi-yishu',
  伤残军人: 'shangcan-junren',
  退役军人: 'tuiyi-junren',
  军队转业干部: 'zhuanye-ganbu',
  随军家属: 'suijun-jiashu',
  军人子女: 'junren-zinv',
  学校师生: 'xuexiao-shisheng',
};

/** How a resident enters the policies written for them: 我是退役军人 … */
export function audienceEntry(audience: Audience): string {
  return audience === '学校师生' ? '我是老师或学生' : `我是${audience}`;
}

export const STAGE_SLUGS: Record<Stage, string> = {
  小学: 'xiaoxue',
  初中: 'chuzhong',
  高中: 'gaozhong',
  全民: 'quanmin',
};

export const REPORT_TYPE_SLUGS: Record<ReportType, string> = {
  走访慰问: 'zoufang-weiwen',
  座谈会: 'zuotanhui',
  军民共建: 'junmin-gongjian',
  国防教育: 'guofang-jiaoyu',
  清明祭扫: 'qingming-jisao',
  联谊活动: 'lianyi-huodong',
  义诊服务: 'yizhen-fuwu',
  征兵宣传: 'zhengbing-xuanchuan',
  政策宣讲: 'zhengce-xuanjiang',
  表彰奖励: 'biaozhang-jiangli',
  其他: 'qita',
};

export const CASE_CATEGORY_SLUGS: Record<CaseCategory, string> = {
  先进单位: 'xianjin-danwei',
  先进个人: 'xianjin-geren',
  模范城县: 'mofan-chengxian',
  好军嫂: 'hao-junsao',
  最美退役军人: 'zuimei-tuiyi-junren',
  拥政爱民: 'yongzheng-aimin',
  共建典型: 'gongjian-dianxing',
};

export const EDUCATION_KIND_SLUGS: Record<EducationKind, string> = {
  课程: 'kecheng',
  活动方案: 'huodong-fangan',
  知识竞赛: 'zhishi-jingsai',
  教育基地: 'jiaoyu-jidi',
};

/** The Chinese name behind a slug, for getStaticPaths. */
export function labelOf<T extends string>(slugs: Record<T, string>, slug: string): T | undefined {
  return (Object.keys(slugs) as T[]).find((label) => slugs[label] === slug);
}
