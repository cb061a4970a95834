/**
 * 用词检查: the wording an inspector fails a government site for, over the raw text of an entry.
 *
 * - 严重表述错误 (`kind: 表述`): wrong official names of laws, institutions and titles, and outdated
 *   formulations (names changed by the 2016 military reform or the 2018 institutional reform).
 * - 错别字 (`kind: 错别字`): typos common in 双拥 and 优抚 writing.
 * - 涉军保密 (`military-secrecy`): a unit designation (a 五位数字代号 such as 73026部队, or the word
 *   番号) on the same line as its location, equipment or strength. Publishing them together is not
 *   allowed. The reminder is an error until a named reviewer confirms the entry in frontmatter
 *   (`secrecyReviewer`); a confirmed entry is still listed by `npm run inspect`, never passed silently.
 *
 * The dictionary ships good defaults (below); staff add their own in content/wording.yaml and may
 * switch off a default that does not fit their county (`allow`). Pure: text in, findings out.
 */
import type { Finding } from './content-lint.ts';

export type WordingKind = '表述' | '错别字';

export interface WordingRule {
  /** The wrong text, exactly as it would appear. */
  wrong: string;
  /** What to write instead. */
  right: string;
  kind: WordingKind;
  /** Why, in one short sentence. */
  note?: string | undefined;
}

/** Defaults: only wording that is wrong wherever it appears (no legitimate use in our content). */
export const DEFAULT_WORDING_RULES: readonly WordingRule[] = [
  // Institutions
  { wrong: '中国人民解放军武装警察部队', right: '中国人民武装警察部队', kind: '表述', note: '武警部队不属于解放军序列' },
  { wrong: '解放军武警部队', right: '武警部队', kind: '表述', note: '武警部队不属于解放军序列' },
  { wrong: '退伍军人事务部', right: '退役军人事务部', kind: '表述', note: '机构名称是“退役军人事务部”' },
  { wrong: '退伍军人事务局', right: '退役军人事务局', kind: '表述', note: '机构名称是“退役军人事务局”' },
  { wrong: '退伍军人服务站', right: '退役军人服务站', kind: '表述', note: '各级服务机构统称“退役军人服务中心（站）”' },
  { wrong: '总参动员部', right: '中央军委国防动员部', kind: '表述', note: '2016年军队改革后已改称' },
  { wrong: '七大军区', right: '五大战区', kind: '表述', note: '2016年军队改革后已调整为五大战区' },
  { wrong: '双拥模范城县', right: '双拥模范城（县）', kind: '表述', note: '命名的正式写法是“双拥模范城（县）”' },
  // Laws and regulations
  { wrong: '《军人优抚条例》', right: '《军人抚恤优待条例》', kind: '表述', note: '法规名称写错了' },
  { wrong: '《退役军人权益保障法》', right: '《中华人民共和国退役军人保障法》', kind: '表述', note: '法律名称写错了' },
  { wrong: '《英烈保护法》', right: '《中华人民共和国英雄烈士保护法》', kind: '表述', note: '法律名称不能随意简称' },
  { wrong: '《国防教育条例》', right: '《中华人民共和国国防教育法》', kind: '表述', note: '国防教育的法律是《国防教育法》' },
  { wrong: '《兵役法条例》', right: '《中华人民共和国兵役法》', kind: '表述', note: '法律名称写错了' },
  // Typos of this domain
  { wrong: '优扶', right: '优抚', kind: '错别字' },
  { wrong: '扶恤', right: '抚恤', kind: '错别字' },
  { wrong: '抚血金', right: '抚恤金', kind: '错别字' },
  { wrong: '复原军人', right: '复员军人', kind: '错别字' },
  { wrong: '退役军人事物', right: '退役军人事务', kind: '错别字' },
  { wrong: '兵疫', right: '兵役', kind: '错别字' },
  { wrong: '戌边', right: '戍边', kind: '错别字' },
  { wrong: '蕃号', right: '番号', kind: '错别字' },
  { wrong: '悬桂', right: '悬挂', kind: '错别字' },
  { wrong: '祭尊', right: '祭奠', kind: '错别字' },
  { wrong: '烈土', right: '烈士', kind: '错别字' },
  { wrong: '再接再励', right: '再接再厉', kind: '错别字' },
  { wrong: '部暑', right: '部署', kind: '错别字' },
  { wrong: '按排', right: '安排', kind: '错别字' },
  { wrong: '慰向', right: '慰问', kind: '错别字' },
];

/** content/wording.yaml, already validated by its schema. */
export interface WordingFile {
  rules?: WordingRule[] | undefined;
  /** Wrong texts of default rules that should not be checked in this county. */
  allow?: string[] | undefined;
}

/** The defaults plus the county's own rules, minus the defaults it switched off. */
export function wordingRules(file?: WordingFile): WordingRule[] {
  const allowed = new Set(file?.allow ?? []);
  const own = file?.rules ?? [];
  const ownWrong = new Set(own.map((rule) => rule.wrong));
  return [...DEFAULT_WORDING_RULES.filter((rule) => !allowed.has(rule.wrong) && !ownWrong.has(rule.wrong)), ...own];
}

/** Frontmatter lines a wording rule must not read: comments, and the review fields (people's names). */
const SKIPPED_LINE = /^\s*(#|import\s|(secrecyReviewer|reviewer|firstReview|secondReview|finalReview)\s*:)/;
const URL = /\bhttps?:\/\/\S+|\b[\w.-]+\.(jpg|jpeg|png|webp|pdf|docx|xlsx)\b/gi;

function scannableLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .flatMap((raw, index) =>
      SKIPPED_LINE.test(raw) ? [] : [{ line: index + 1, text: raw.replace(URL, (match) => ' '.repeat(match.length)) }],
    );
}

/** Every dictionary hit in a file: one finding per hit, with its line and column. */
export function scanWording(text: string, file: string, rules: readonly WordingRule[]): Finding[] {
  const findings: Finding[] = [];
  // A longer wrong text wins over a shorter one it contains (only one report per place).
  const sorted = [...rules].sort((a, b) => b.wrong.length - a.wrong.length);
  for (const { line, text: content } of scannableLines(text)) {
    const taken: [number, number][] = [];
    for (const rule of sorted) {
      let at = content.indexOf(rule.wrong);
      while (at !== -1) {
        const end = at + rule.wrong.length;
        if (!taken.some(([s, e]) => at < e && end > s)) {
          taken.push([at, end]);
          const what = rule.kind === '表述' ? '严重表述错误' : '错别字';
          findings.push({
            file,
            line,
            column: [...content.slice(0, at)].length + 1,
            rule: 'wording',
            severity: 'error',
            message: `第 ${line} 行有${what}：「${rule.wrong}」${rule.note ? `（${rule.note}）` : ''}。`,
            fix: `改成「${rule.right}」。如果本县确实需要这样写，请在 content/wording.yaml 的 allow 里加上「${rule.wrong}」。`,
          });
        }
        at = content.indexOf(rule.wrong, end);
      }
    }
  }
  return findings.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

// ---------------------------------------------------------------------------------------------
// 涉军保密

/** A 五位数字代号 unit (73026部队) or the word 番号; not part of a longer digit run. */
const DESIGNATION = /(?<!\d)\d{5}部队|番号/g;
/** Location, equipment or strength details that must not appear with a designation. */
const DETAIL =
  /驻地|驻扎|驻守|驻防|营区|营房|位于|坐落|地址|门牌|经纬度|坐标|[路街巷]\d+号|装备|武器|导弹|坦克|装甲车|火炮|雷达|战机|舰艇|兵力|编制|人数|\d+\s*名(官兵|战士|士兵)|官兵\s*\d+/g;

export interface SecrecyReminder {
  line: number;
  designations: string[];
  details: string[];
}

/** Lines where a unit designation stands next to its location, equipment or strength. */
export function secrecyReminders(text: string): SecrecyReminder[] {
  const reminders: SecrecyReminder[] = [];
  for (const { line, text: content } of scannableLines(text)) {
    const designations = [...new Set(content.match(DESIGNATION) ?? [])];
    if (designations.length === 0) continue;
    const details = [...new Set(content.match(DETAIL) ?? [])];
    if (details.length > 0) reminders.push({ line, designations, details });
  }
  return reminders;
}

export interface SecrecyResult {
  findings: Finding[];
  /** Set when the entry has reminders and a reviewer confirmed them. */
  confirmed?: { file: string; reviewer: string; count: number };
}

/** Reminders as errors, unless `secrecyReviewer` (a name) confirms them for this entry. */
export function secrecyCheck(text: string, file: string, reviewer: unknown): SecrecyResult {
  const reminders = secrecyReminders(text);
  if (reminders.length === 0) return { findings: [] };
  const name = typeof reviewer === 'string' ? reviewer.trim() : '';
  if (name) return { findings: [], confirmed: { file, reviewer: name, count: reminders.length } };
  return {
    findings: reminders.map((reminder) => ({
      file,
      line: reminder.line,
      field: 'secrecyReviewer',
      rule: 'military-secrecy',
      severity: 'error' as const,
      message: `第 ${reminder.line} 行涉军保密提醒：「${reminder.designations.join('、')}」与「${reminder.details.join('、')}」写在同一段。部队番号（代号）不能与驻地、装备、兵力等情况同时公开。`,
      fix: '请删去代号或删去驻地、装备、兵力等细节（可改写为“驻县某部”）；如果已经由保密审核人核对可以公开，在文件开头加一行 secrecyReviewer: 审核人姓名。',
    })),
  };
}
