/**
 * Stable ASCII slugs for the Chinese categories used in URLs. Written out rather than derived
 * from pinyin so that a library update can never change a published address.
 */
import {
  AUDIENCES,
  CASE_CATEGORIES,
  EDUCATION_KINDS,
  REPORT_TYPES,
  STAGES,
} from '../content.schema.ts';

type Audience = (typeof AUDIENCES)[number];
type Stage = (typeof STAGES)[number];

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

export const REPORT_TYPE_SLUGS: Record<(typeof REPORT_TYPES)[number], string> = {
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

export const CASE_CATEGORY_SLUGS: Record<(typeof CASE_CATEGORIES)[number], string> = {
  先进单位: 'xianjin-danwei',
  先进个人: 'xianjin-geren',
  模范城县: 'mofan-chengxian',
  好军嫂: 'hao-junsao',
  最美退役军人: 'zuimei-tuiyi-junren',
  拥政爱民: 'yongzheng-aimin',
  共建典型: 'gongjian-dianxing',
};

export const EDUCATION_KIND_SLUGS: Record<(typeof EDUCATION_KINDS)[number], string> = {
  课程: 'kecheng',
  活动方案: 'huodong-fangan',
  知识竞赛: 'zhishi-jingsai',
  教育基地: 'jiaoyu-jidi',
};

/** The Chinese name behind a slug, for getStaticPaths. */
export function labelOf<T extends string>(slugs: Record<T, string>, slug: string): T | undefined {
  return (Object.keys(slugs) as T[]).find((label) => slugs[label] === slug);
}
