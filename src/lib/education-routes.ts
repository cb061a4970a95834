/**
 * 国防教育 groupings: entries by 学段 and by kind, the headings and blurbs of their list pages.
 * Pure functions; the addresses of those pages are in src/model/urls.ts.
 */
import { EDUCATION_KINDS, STAGES, type EducationKind, type Stage } from '../model/index.ts';

/** How each 学段 page is titled: 小学 → 小学国防教育, 全民 → 全民国防教育. */
export function stageTitle(stage: Stage): string {
  return `${stage}国防教育`;
}

/** The plural heading a kind takes on a list page. */
export const KIND_HEADINGS: Record<EducationKind, string> = {
  课程: '课程',
  活动方案: '活动方案',
  知识竞赛: '知识竞赛',
  教育基地: '教育基地',
};

/** One line under each kind, for teachers choosing what to open. */
export const KIND_BLURBS: Record<EducationKind, string> = {
  课程: '按课时设计的教案，可直接打印成讲义',
  活动方案: '主题班会、纪念日活动的组织方案',
  知识竞赛: '可在课堂上逐题作答、当场判分的题目',
  教育基地: '可以带班参观的场馆、陵园和开放时间',
};

interface Classified {
  data: { kind: EducationKind; stages: readonly Stage[] };
}

/** The entries for one 学段, in the order given. */
export function entriesForStage<E extends Classified>(entries: readonly E[], stage: Stage): E[] {
  return entries.filter((entry) => entry.data.stages.includes(stage));
}

/** Groups by kind in the schema's order (课程, 活动方案, 知识竞赛, 教育基地), empty kinds left out. */
export function groupByKind<E extends Classified>(entries: readonly E[]): { kind: EducationKind; entries: E[] }[] {
  return EDUCATION_KINDS.map((kind) => ({ kind, entries: entries.filter((entry) => entry.data.kind === kind) })).filter(
    (group) => group.entries.length > 0,
  );
}

/** Groups by 学段 (小学, 初中, 高中, 全民); an entry for several 学段 appears in each. Empty 学段 left out. */
export function groupByStage<E extends Classified>(entries: readonly E[]): { stage: Stage; entries: E[] }[] {
  return STAGES.map((stage) => ({ stage, entries: entriesForStage(entries, stage) })).filter((group) => group.entries.length > 0);
}

/** Count of entries per 学段 and per kind, every key present (0 when empty), for the entry tiles. */
export function educationCounts<E extends Classified>(
  entries: readonly E[],
): { stages: Record<Stage, number>; kinds: Record<EducationKind, number> } {
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, entriesForStage(entries, stage).length])) as Record<Stage, number>;
  const kinds = Object.fromEntries(
    EDUCATION_KINDS.map((kind) => [kind, entries.filter((entry) => entry.data.kind === kind).length]),
  ) as Record<EducationKind, number>;
  return { stages, kinds };
}

/** A CSS string literal (for the printed page footer): quotes, backslashes and line breaks escaped. */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3C ')}"`;
}
