/**
 * Plain-text plan → MDX plan entry (`npm run import:plan`). Pure: text in, MDX text out.
 *
 * Plans arrive as Word documents saved as text: a title line, headings numbered `一、`, `（一）`,
 * `1、`/`1.`, paragraphs, and schedules such as `1—3月`, `第二季度`, `五月份`, `上半年`, `全年`,
 * `年底前`. The importer keeps the text as Markdown sections (`## 一、…`, `### （一）…`, `#### 1、…`),
 * fills the frontmatter (title, kind, year, goals from a 目标 section, tasks t01… with `when`
 * periods in the schema's syntax) and never drops a line silently: every non-empty input line
 * ends up in the title, the body, or a warning that says why it was left out.
 *
 * Values it had to guess (a year the text does not state — `20xx` — the kind, the summary)
 * are written with a `# 待确认：…` comment, which the content check refuses until someone
 * has looked at them. Template text left in the plan (`xx县`, `___`) is kept as it is and
 * reported: the file is written, but it cannot be published until it is filled in.
 */
import { docAt, entrySchema, PLAN_KINDS } from '../model/index.ts';
import { lintContentText } from './content-lint.ts';
import { frontmatterBlock, publishingFields, type FieldSpec } from './scaffold.ts';
import { slugify } from './slug.ts';
import { findFestivalSchedules, FESTIVAL_RULE_ZH } from './festival-schedules.ts';
import { findForeignNames } from './foreign-names.ts';
import { joinHardWraps } from './plan-text-wrap.ts';
import type { ObservanceLike } from './observances.ts';
import { parsePeriod } from '../model/periods.ts';
import type { RichLine } from './docx-to-import.ts';

export type WarningKind =
  | 'dropped'
  | 'schedule'
  | 'past'
  | 'duplicate'
  | 'names'
  | 'photo'
  | 'year'
  | 'kind'
  | 'title'
  | 'unit'
  | 'split'
  | 'template'
  | 'personal'
  | 'review';

export interface ImportWarning {
  kind: WarningKind;
  /** Line number in the source text (1-based), when the warning is about one line. */
  line?: number;
  /** Plain Chinese. */
  message: string;
  /** The source line (or part of it) the warning is about, verbatim. */
  text?: string;
}

export interface PlanTaskData {
  id: string;
  title: string;
  when: string;
}

export interface PlanFrontmatter {
  title: string;
  summary: string;
  date: string;
  unit: string;
  tags: string[];
  draft: boolean;
  kind: (typeof PLAN_KINDS)[number];
  year: number;
  goals: string[];
  tasks: PlanTaskData[];
}

export interface PlanImportOptions {
  /** Publish date of the entry, `YYYY-MM-DD`. */
  date: string;
  /** 发布时间 written into the entry (the importer passes today), `YYYY-MM-DD`. */
  published?: string;
  /** Publishing unit id. */
  unit: string;
  /** The unit was not given by the user but picked by the tool: mark it 待确认. */
  unitGuessed?: boolean;
  /** The year, as confirmed by the user (`--year`). Wins over the text. */
  year?: number | undefined;
  /** Year used, marked 待确认, when neither `year` nor the text gives one. */
  fallbackYear: number;
  /** Title to use instead of the one in the text. */
  title?: string | undefined;
  /** Name of the source file, for the header comment and as a last-resort title. */
  source?: string;
  /** File name the entry will be written to, used in the content check's messages. */
  outFile?: string;
  /** The observances of content/observances.yaml: festival schedules (春节前, “八一”期间) are read through their rules. */
  observances?: readonly ObservanceLike[];
  /** This site's own names (region, units): other places' names in the text are flagged. */
  ownNames?: readonly string[];
  /** Lines are paragraphs already (a .docx): never join them as hard wraps. */
  keepLines?: boolean;
  /** Markdown to show instead of a line's plain text (bold, tables, pictures of a .docx), by line number. */
  rich?: ReadonlyMap<number, RichLine>;
}

export interface PlanImport {
  title: string;
  /** Suggested file name (without `.mdx`). */
  slug: string;
  mdx: string;
  frontmatter: PlanFrontmatter;
  warnings: ImportWarning[];
  /** Whether the year was stated (in the text or by `--year`) rather than guessed. */
  yearConfirmed: boolean;
  /** First and last source line of this plan. */
  startLine: number;
  endLine: number;
}

// ---------------------------------------------------------------------------------------------
// Lines

interface SourceLine {
  no: number;
  text: string;
  /** A blank line stood before this one. */
  blankBefore?: boolean;
}

function toLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blank = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((raw, index) => {
      const clean = raw
        .replace(/[\u3000\u00a0\t]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
      if (clean === '') {
        blank = lines.length > 0;
        return;
      }
      lines.push(blank ? { no: index + 1, text: clean, blankBefore: true } : { no: index + 1, text: clean });
      blank = false;
    });
  return lines;
}

const squash = (text: string) => text.replace(/\s+/g, '');

const BOILERPLATE =
  /小编|仅供参考|欢迎(?:大家)?(?:阅读|借鉴|参考)|范文|免费下载|下载地址|版权归|转载请|更多.{0,12}请(?:关注|访问)|本文(?:由|来源)/;

/**
 * Drop what is not part of any plan: a web page's preview line (a line ending in `...` that
 * repeats the beginning of the text) and web boilerplate ("以下是小编整理的范文…").
 */
function dropNoise(lines: SourceLine[], warnings: ImportWarning[]): SourceLine[] {
  const kept: SourceLine[] = [];
  lines.forEach((line, index) => {
    const preview = /(?:\.{3,}|…+)$/.exec(line.text);
    if (preview && index < 3) {
      const head = squash(line.text.slice(0, preview.index));
      const rest = squash(
        lines
          .slice(index + 1)
          .map((next) => next.text)
          .join(''),
      );
      if (head.length >= 10 && rest.startsWith(head)) {
        warnings.push({ kind: 'dropped', line: line.no, message: '这一行是网页上的摘要，和后面的正文重复，没有导入。', text: line.text });
        return;
      }
    }
    if (BOILERPLATE.test(line.text) && line.text.length < 200) {
      warnings.push({ kind: 'dropped', line: line.no, message: '这一行像是网页上的说明文字，不属于计划内容，没有导入。', text: line.text });
      return;
    }
    kept.push(line);
  });
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Splitting a file with several plans (篇一, 篇二 …)

const PART_MARKER = /^(.{2,40}?)\s*(?:[（(]\s*)?篇\s*([一二三四五六七八九十百]+|\d+)\s*(?:[)）])?\s*$/;

export interface PlanPart {
  /** `某街道拥军优属工作方案（篇一）`. */
  title: string;
  /** `某街道拥军优属工作方案`. */
  baseTitle: string;
  /** 1, 2, … */
  number: number;
  /** Source line of the marker. */
  markerLine: number;
  lines: SourceLine[];
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (and plain digits) as a number; NaN when it is not one. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CN_DIGITS[tens]! : Number.NaN;
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

/** The parts of a text that holds several plans, each starting at a `…篇一` line. */
export function splitPlanText(text: string, keepLines = false): { parts: PlanPart[]; preface: SourceLine[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  // Web boilerplate first (a preview line must not be joined to the text), then hard wraps.
  const kept = dropNoise(toLines(text), warnings);
  const lines: SourceLine[] = keepLines ? kept : joinHardWraps(kept).lines;
  const parts: PlanPart[] = [];
  const preface: SourceLine[] = [];
  for (const line of lines) {
    const marker = PART_MARKER.exec(line.text);
    if (marker) {
      const number = chineseNumber(marker[2]!);
      const baseTitle = marker[1]!.trim();
      parts.push({ title: `${baseTitle}（篇${marker[2]}）`, baseTitle, number, markerLine: line.no, lines: [] });
    } else if (parts.length) {
      parts[parts.length - 1]!.lines.push(line);
    } else {
      preface.push(line);
    }
  }
  return { parts, preface, warnings };
}

// ---------------------------------------------------------------------------------------------
// Schedules

/** A period found in a line: `when` in the schema's syntax, and the words it came from. */
export interface Schedule {
  when: string;
  /** The matched words, e.g. `20xx年 1—3 月`. */
  text: string;
  index: number;
  /** The observance's name, for a festival schedule (春节前, “八一”期间). */
  festival?: string;
  /** A festival named without 前/期间/前后 (“八一”慰问金, 春节等重大节日): its day. */
  bare?: boolean;
  /** The words give a year before the plan's (19xx年, 2019年): a past event, not a task. */
  past?: boolean;
}

export interface ScheduleScan {
  schedules: Schedule[];
  /** Time words that look like a schedule but could not be turned into a period. */
  problems: string[];
  /** Recurring times (每季度, 每月, 上下半年 …): not one period, so no task. */
  recurring: string[];
}

const MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** A day after a month: `25日`, `1号`, `二十五日`. */
const DAY = '\\s*(?:[0-3]?\\d|[一二三]?十?[一二三四五六七八九十])\\s*[日号]';
/** A list number at the start of a line: `1、`, `10.`, `（3）`, `(3)`. */
const LIST_LABEL = /^\s*(?:\d{1,2}\s*(?:、|[.．](?!\d))|[（(]\s*\d{1,2}\s*[)）])/;
const YEAR_PREFIX = '(?:((?:19|20)\\d{2})|(?:19|20)[xX×*]{2})\\s*年度?\\s*';
const DASH = '\\s*(?:[—–\\-－~～]+|至|到)\\s*';
const pad = (month: number) => String(month).padStart(2, '0');

function monthNumber(text: string): number {
  return chineseNumber(text);
}

/** Every schedule in a line, in order. `year` is the plan's year, used when the line gives none. */
export function findSchedules(line: string, year: number, observances: readonly ObservanceLike[] = []): ScheduleScan {
  const schedules: Schedule[] = [];
  const problems: string[] = [];
  const recurring: string[] = [];
  let text = line;
  const consume = (index: number, length: number) => {
    text = text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
  };
  // A list number is never a date: `4、第一季度`, `10、12月底前`.
  const label = LIST_LABEL.exec(text);
  if (label) consume(0, label[0].length);
  // Festivals and observances, through their date rules.
  for (const festival of findFestivalSchedules(text, year, observances)) {
    schedules.push({
      when: festival.when,
      text: festival.text,
      index: festival.index,
      festival: festival.name,
      ...(festival.modifier === 'on' ? { bare: true } : {}),
    });
  }
  for (const festival of new Set(schedules.map((schedule) => schedule.text))) {
    const index = text.indexOf(festival);
    if (index >= 0) consume(index, festival.length);
  }
  const yearOf = (match: RegExpExecArray, group: number) => (match[group] ? Number(match[group]) : year);
  const rules: { pattern: RegExp; handle: (match: RegExpExecArray) => string | null }[] = [
    {
      // 每季度, 每月, 每半年, 每学期, 上下半年: recurring work, no single period.
      pattern: /每(?:个)?(?:月|季度?|半年|学期|年|周|星期)|上下半年/g,
      handle: (match) => {
        recurring.push(match[0]);
        return null;
      },
    },
    {
      // 1—3月, 20xx年 4—6 月, 三至五月, 3月至5月, 三、四月份
      pattern: new RegExp(
        `(?:${YEAR_PREFIX})?${MONTH}\\s*(?:月份?(?:${DAY}|底|初|中旬|上旬|下旬)?)?(?:${DASH}|、)${MONTH}\\s*月份?(?:${DAY}|底|初|末|中旬|上旬|下旬)?(?:以前|之前|前)?`,
        'g',
      ),
      handle: (match) => {
        const start = monthNumber(match[2]!);
        const end = monthNumber(match[3]!);
        const y = yearOf(match, 1);
        if (start === end) return `${y}-${pad(start)}`;
        if (start < end) return `${y}-${pad(start)}~${y}-${pad(end)}`;
        problems.push(match[0]);
        return null;
      },
    },
    {
      // 一、二季度, 第三至四季度
      pattern: new RegExp(`(?:${YEAR_PREFIX})?第?([一二三四1-4])\\s*(?:、|${DASH})\\s*第?([一二三四1-4])\\s*季度`, 'g'),
      handle: (match) => {
        const start = chineseNumber(match[2]!);
        const end = chineseNumber(match[3]!);
        const y = yearOf(match, 1);
        if (start >= end) {
          problems.push(match[0]);
          return null;
        }
        return `${y}-${pad(start * 3 - 2)}~${y}-${pad(end * 3)}`;
      },
    },
    {
      // 前三季度
      pattern: new RegExp(`(?:${YEAR_PREFIX})?前([一二三1-3])\\s*(?:个)?季度`, 'g'),
      handle: (match) => `${yearOf(match, 1)}-01~${yearOf(match, 1)}-${pad(chineseNumber(match[2]!) * 3)}`,
    },
    {
      // 一季度, 第二季度, 2026年第三季度 (第五季度 is reported)
      pattern: new RegExp(`(?:${YEAR_PREFIX})?第?([一二三四五六七八九十]|\\d{1,2})\\s*季度`, 'g'),
      handle: (match) => {
        const quarter = chineseNumber(match[2]!);
        if (quarter >= 1 && quarter <= 4) return `${yearOf(match, 1)}-Q${quarter}`;
        problems.push(match[0]);
        return null;
      },
    },
    {
      pattern: new RegExp(`(?:${YEAR_PREFIX})?(?<!上下)(上|下)半年`, 'g'),
      handle: (match) => {
        const y = yearOf(match, 1);
        return match[2] === '上' ? `${y}-01~${y}-06` : `${y}-07~${y}-12`;
      },
    },
    {
      // 全年, 年内 (not 全年总体计划, 全年目标: a noun, not a time)
      pattern: new RegExp(
        `(?:${YEAR_PREFIX})?(?:全年度?(?!总体|计划|目标|任务|工作计划|工作目标|工作要点|的)|(?<![一二两三四五六七八九十\\d个半多])年内)`,
        'g',
      ),
      handle: (match) => `${yearOf(match, 1)}-01~${yearOf(match, 1)}-12`,
    },
    {
      pattern: new RegExp(`(?:${YEAR_PREFIX})?(?:年底前|年底|年末)`, 'g'),
      handle: (match) => `${yearOf(match, 1)}-12`,
    },
    {
      // 五月份, 8月, 2026年8月1日 (not 三个月: the 个 is in the way)
      pattern: new RegExp(
        `(?:${YEAR_PREFIX})?(?<![\\d一二三四五六七八九十])${MONTH}\\s*月份?(?:${DAY}|底|初|末|中旬|上旬|下旬|中)?(?:以前|之前|前后|前)?`,
        'g',
      ),
      handle: (match) => `${yearOf(match, 1)}-${pad(monthNumber(match[2]!))}`,
    },
  ];
  for (const rule of rules) {
    for (const match of [...text.matchAll(rule.pattern)] as RegExpExecArray[]) {
      const when = rule.handle(match);
      consume(match.index, match[0].length);
      const stated = /^\s*(?:((?:19|20)\d{2})|(19)[xX×]{2})/.exec(match[0]);
      const past = stated ? (stated[2] ? true : Number(stated[1]) < year) : false;
      if (when)
        schedules.push({
          when,
          text: line.slice(match.index, match.index + match[0].length),
          index: match.index,
          ...(past ? { past } : {}),
        });
    }
  }
  // Month numbers that do not exist (13月) are a schedule we could not read.
  for (const match of text.matchAll(/(?<!\d)(1[3-9]|[2-9]\d)\s*月份?/g)) problems.push(match[0]);
  schedules.sort((a, b) => a.index - b.index);
  return { schedules, problems, recurring };
}

/** The first period in a line, or null. */
export function parseSchedule(line: string, year: number, observances: readonly ObservanceLike[] = []): string | null {
  return findSchedules(line, year, observances).schedules[0]?.when ?? null;
}

// ---------------------------------------------------------------------------------------------
// Blocks: headings and paragraphs

type LabelKind = 'none' | 'cn' | 'paren' | 'num';

interface Block {
  type: 'heading' | 'paragraph';
  /** Heading label kind (一、 / （一） / 1、) or 'none' for an unnumbered heading. */
  label: LabelKind;
  level: number;
  text: string;
  line: number;
}

const CN_HEAD = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.*)$/;
const PAREN_HEAD = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?\s*(.*)$/;
const NUM_HEAD = /^(\d{1,2})\s*(、|[.．](?!\d))\s*(.*)$/;
const PAREN_NUM_HEAD = /^[（(]\s*(\d{1,2})\s*[)）]\s*(.*)$/;
const SENTENCE_END = /[。！？!?；;]$/;

/** Split `（一）加强组织领导。各单位要…` into heading and paragraph at the first 。 or ：. */
function splitHeading(rest: string, maxHeading: number): { heading: string; paragraph?: string } | null {
  const stop = /[。：:！？!?；;]/.exec(rest);
  if (stop && stop.index > 0 && stop.index <= maxHeading) {
    const paragraph = rest.slice(stop.index + 1).trim();
    const heading = rest.slice(0, stop.index).trim();
    return paragraph ? { heading, paragraph } : { heading };
  }
  if (!stop && [...rest].length <= 40) return { heading: rest };
  return null;
}

function isTitleLike(text: string): boolean {
  return (
    [...text].length <= 40 && !/[。！？!?；;：:，,]/.test(text) && !CN_HEAD.test(text) && !PAREN_HEAD.test(text) && !NUM_HEAD.test(text)
  );
}

function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  const kindOf = (text: string): LabelKind =>
    CN_HEAD.test(text) ? 'cn' : PAREN_HEAD.test(text) ? 'paren' : NUM_HEAD.test(text) || PAREN_NUM_HEAD.test(text) ? 'num' : 'none';
  lines.forEach((line, index) => {
    const { text, no } = line;
    const next = lines[index + 1];
    const push = (type: Block['type'], label: LabelKind, level: number, value: string) =>
      blocks.push({ type, label, level, text: value, line: no });
    const asHeading = (label: LabelKind, level: number, prefix: string, rest: string, maxHeading: number): boolean => {
      const split = splitHeading(rest, maxHeading);
      if (!split) return false;
      push('heading', label, level, `${prefix}${split.heading}`);
      if (split.paragraph) push('paragraph', 'none', 0, split.paragraph);
      return true;
    };
    let match = CN_HEAD.exec(text);
    if (match && asHeading('cn', 2, `${match[1]}、`, match[2]!, 40)) return;
    match = PAREN_HEAD.exec(text);
    if (match && asHeading('paren', 3, `（${match[1]}）`, match[2]!, 40)) return;
    match = NUM_HEAD.exec(text);
    if (match) {
      const rest = match[3]!;
      const prefix = `${match[1]}${match[2] === '、' ? '、' : '.'}`;
      const stop = /[。：:！？!?；;]/.exec(rest);
      // `1.加强组织领导。各单位要…`: a short lead sentence followed by more text.
      if (stop && stop.index > 0 && stop.index <= 36 && rest.slice(stop.index + 1).trim()) {
        if (asHeading('num', 4, prefix, rest, 36)) return;
      }
      // `1、开设“军营开放日”…` on its own, followed by a paragraph (not by item 2).
      const nextKind = next ? kindOf(next.text) : 'num';
      if ([...rest].length <= 30 && !/[。！？!?；;]./.test(rest) && nextKind === 'none' && next && !isTitleLike(next.text)) {
        push('heading', 'num', 4, `${prefix}${rest.replace(SENTENCE_END, '').replace(/[。]$/, '')}`);
        return;
      }
      push('paragraph', 'none', 0, text);
      return;
    }
    if (next && isTitleLike(text)) {
      push('heading', 'none', 2, text);
      return;
    }
    push('paragraph', 'none', 0, text);
  });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// MDX text

/** Plain text made safe for MDX: no JSX, expressions, lists or strike-through by accident. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\`*{}<>[\]~|]/g, '\\$&')
    .replace(/^(#|[-+](?=\s))/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

const LABEL_PREFIX =
  /^(?:[一二三四五六七八九十]+是|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*[、.．]?|[一二三四五六七八九十\d]{1,3}\s*(?:、|[.．](?!\d)))\s*/;

function firstSentence(text: string, max = 40): string {
  const sentence = text
    .replace(LABEL_PREFIX, '')
    .split(/[。！？!?；;]/)[0]!
    .trim();
  const chars = [...sentence];
  if (chars.length <= max) return sentence;
  const cut = chars.slice(0, max).join('');
  const comma = Math.max(cut.lastIndexOf('，'), cut.lastIndexOf('、'), cut.lastIndexOf(','));
  return comma >= 8 ? cut.slice(0, comma) : `${cut}…`;
}

function cleanTitle(text: string): string {
  return text
    .replace(LABEL_PREFIX, '')
    .replace(/^[\s：:，,、。]+|[\s：:，,、。]+$/g, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// One plan

function kindFromTitle(title: string): (typeof PLAN_KINDS)[number] | undefined {
  if (/总结|经验|做法|汇报|报告/.test(title)) return '工作总结';
  if (/方案/.test(title)) return '实施方案';
  if (/计划|要点|安排|打算/.test(title)) return '工作计划';
  return undefined;
}

function statedYear(title: string, lines: SourceLine[]): number | undefined {
  // `2025年工作总结和2026年工作打算`: the plan is for the year of the 打算.
  const ahead = /(?<!\d)((?:19|20)\d{2})\s*年[^\d]{0,8}?(?:计划|打算|方案|要点|安排)/.exec(title);
  if (ahead && /(?:19|20)\d{2}[\s\S]*(?:19|20)\d{2}/.test(title)) return Number(ahead[1]);
  const inTitle = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  if (inTitle) return Number(inTitle[1]);
  for (const line of lines.slice(0, 3)) {
    const match = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(line.text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

const GOAL_HEADING = /目标/;
const NOT_GOAL_HEADING = /目标管理|目标考核|考核目标|目标责任/;
const LABEL_RANK: Record<LabelKind, number> = { none: 0, cn: 1, paren: 2, num: 3 };

/** Goals: the sub-headings (or numbered items) of the first 目标 section. `boundaries` are lines where a new 篇 starts. */
function extractGoals(blocks: Block[], boundaries: ReadonlySet<number>): string[] {
  const start = blocks.findIndex(
    (block) => block.type === 'heading' && GOAL_HEADING.test(block.text) && !NOT_GOAL_HEADING.test(block.text),
  );
  if (start < 0) return [];
  const rank = LABEL_RANK[blocks[start]!.label];
  const section: Block[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (boundaries.has(block.line)) break;
    if (block.type === 'heading' && LABEL_RANK[block.label] <= rank && !(rank === 0 && block.label !== 'none')) break;
    section.push(block);
  }
  const headings = section.filter((block) => block.type === 'heading');
  if (headings.length) {
    const top = Math.min(...headings.map((block) => LABEL_RANK[block.label]));
    return headings
      .filter((block) => LABEL_RANK[block.label] === top)
      .map((block) => cleanTitle(block.text))
      .filter(Boolean);
  }
  const items = section.filter((block) => /^(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]+是)/.test(block.text));
  if (items.length) return items.map((block) => firstSentence(block.text, 60)).filter(Boolean);
  // A 目标 section written as one paragraph: `主要目标是：建成…；实现…；做到…。` → one goal per clause.
  const goals: string[] = [];
  for (const block of section) {
    const text =
      block.text.includes('：') || block.text.includes(':')
        ? block.text.slice(Math.max(block.text.lastIndexOf('：'), block.text.lastIndexOf(':')) + 1)
        : block.text;
    for (const clause of text.split(/[；;。！]/)) {
      const goal = firstSentence(clause, 60);
      if ([...goal].length >= 4) goals.push(goal);
    }
  }
  return goals;
}

// ---------------------------------------------------------------------------------------------
// Tasks: one per schedule clause

/** Sections that tell what was done (a 总结's facts), not what is to be done. */
const PAST_HEADING =
  /总结|回顾|经验做法|主要做法|做法和成效|做法与成效|取得的成效|主要成效|工作成效|主要成绩|工作成绩|取得的成绩|开展情况|完成情况|基本情况|工作情况|已完成/;
/** Sections of a 总结 that look ahead. */
const FUTURE_HEADING = /计划|打算|安排|下一步|今后|明年|来年|思路|意见|建议|任务|要点|措施/;
/** A lead-in to a list (重点开展以下几项工作：), not a task. */
const INTRO =
  /(?:以下|如下|下列)(?:几|\d|[一二三四五六七八九十])?(?:项|个|方面|点|条)?(?:工作|任务|活动|内容|要求)?\s*[:：。]?\s*$|(?:制定|制订)(?:了)?(?:本|如下|以下|此)(?:\S{0,14})?(?:计划|方案|要点)(?:如下)?\s*[:：。]?\s*$/;
/** Words of time in a line that may be a schedule (used to make sure none is left unmentioned). */
const TIME_WORDS =
  /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份|底|初|中旬|下旬|上旬)?|季度|[上下]半年|年底|年末|年内|全年|春节|元旦|八一|建军节|清明|重阳|中秋|国庆|前夕|期间/;
/** Words that lead into a schedule at the start of a clause: 在, 利用, 计划于 … */
const LEAD_IN = /^(?:(?:要|将|拟|计划|力争|争取|预计|并|同时|还|再)?(?:在|于|从|自|利用|结合|借助|借|趁|围绕|逢|每逢)|的|，|,|、|：|:|\s)+/;

interface Section {
  rank: number;
  past: boolean;
  /** A 目标 section: its lines are goals, not tasks. */
  goal: boolean;
  /** The heading is only a period (（一）第一季度): each item under it is a task of that period. */
  periodOnly: boolean;
  /** The period of the heading, when it has one (children's festival schedules must fall in it). */
  period?: string | undefined;
  periodText?: string | undefined;
}

interface Candidate {
  title: string;
  when: string;
  line: number;
}

/** Whether period `outer` holds all of `inner`. */
const contains = (outer: string, inner: string) => {
  const x = parsePeriod(outer);
  const y = parsePeriod(inner);
  return x.startMonth <= y.startMonth && y.endMonth <= x.endMonth;
};

const overlaps = (a: string, b: string) => {
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x.startMonth <= y.endMonth && y.startMonth <= x.endMonth;
};

/** The title of a clause: without a leading schedule (festival names are kept) and lead-in words. */
function clauseTitle(clause: string, schedules: Schedule[]): string {
  let text = clause.replace(LABEL_PREFIX, '').trim();
  // `调整领导小组，发挥作用，年内召开二次专题会…`: the task is the part with the time, unless the lead is short.
  const first = schedules[0] ? text.indexOf(schedules[0].text.trim()) : -1;
  if (first > 0) {
    const comma = Math.max(text.lastIndexOf('，', first), text.lastIndexOf(',', first));
    if (comma >= 0 && [...text.slice(0, comma)].length > 12) {
      // …but not when that part says nothing but the time (`时间安排在7月25日前后`).
      let rest = text.slice(comma + 1);
      for (const schedule of schedules) rest = rest.replace(schedule.text.trim(), '');
      rest = rest.replace(/时间(?:安排)?(?:在|为|是)?|[\s\p{P}]/gu, '').replace(LEAD_IN, '');
      if ([...rest].length >= 4) text = text.slice(comma + 1);
    }
  }
  for (const schedule of schedules) {
    if (schedule.festival) continue;
    const at = text.indexOf(schedule.text.trim());
    // Only a schedule at the start is cut: 上半年完成… → 完成…, 第二阶段（1月21日—2月10日）：集中… → 集中…;
    // 要在年底前报送 stays as written.
    const before = text
      .slice(0, at)
      .replace(LEAD_IN, '')
      .replace(/^第[一二三四五六七八九十\d]+(?:阶段|步|批)\s*[（(]?\s*$/, '');
    if (at >= 0 && before === '') text = text.slice(at + schedule.text.trim().length).replace(/^\s*[)）]?\s*[:：，,]?\s*/, '');
  }
  text = text.replace(/^(?:(?:19|20)(?:\d{2}|[xX×*]{2})\s*年度?)/, '').replace(LEAD_IN, '');
  text = text.replace(/^(?:等(?:重大|重要|传统)?(?:节日|纪念日))/, '').replace(LEAD_IN, '');
  return firstSentence(cleanTitle(text), 40);
}

/** A block's text split into clauses: sentences, and within a sentence at a comma where a new period starts. */
function clausesOf(text: string, year: number, observances: readonly ObservanceLike[]): { text: string; scan: ScheduleScan }[] {
  const clauses: { text: string; scan: ScheduleScan }[] = [];
  for (const sentence of text.split(/(?<=[。；;！？!?])/)) {
    if (!sentence.trim()) continue;
    let current = '';
    let lastTimed = '';
    let currentWhens = new Set<string>();
    for (const part of sentence.split(/(?<=[，,])/)) {
      const partSchedules = findSchedules(part, year, observances).schedules;
      // A bare festival name after a date (7月25日前…落实“八一”慰问金) qualifies a noun: it starts no clause.
      const whens = new Set(partSchedules.filter((schedule) => !(schedule.bare && currentWhens.size)).map((schedule) => schedule.when));
      const fresh = [...whens].some((when) => !currentWhens.has(when));
      // A part that is only a time (`在春节，`) stays with what follows it.
      let residual = lastTimed;
      for (const schedule of findSchedules(lastTimed, year, observances).schedules) residual = residual.replace(schedule.text, '');
      const substantial = [...residual.replace(LEAD_IN, '').replace(/[\s\p{P}]/gu, '')].length >= 4;
      if (current && currentWhens.size && whens.size && fresh && substantial) {
        clauses.push({ text: current, scan: findSchedules(current, year, observances) });
        current = '';
        lastTimed = '';
        currentWhens = new Set();
      }
      current += part;
      if (whens.size) lastTimed = part;
      else if (lastTimed) lastTimed += part;
      for (const when of whens) currentWhens.add(when);
    }
    if (current.trim()) clauses.push({ text: current, scan: findSchedules(current, year, observances) });
  }
  return clauses;
}

const normTitle = (title: string) => title.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * Tasks from the schedules of a plan's blocks, one per schedule clause. Every block with words of
 * time that gives no task gets a warning saying why (a 总结's past facts, a lead-in, a period that
 * could not be read, a festival outside its section's period, a duplicate).
 */
function extractTasks(
  blocks: Block[],
  year: number,
  kind: string | undefined,
  options: PlanImportOptions,
  warnings: ImportWarning[],
): PlanTaskData[] {
  const observances = options.observances ?? [];
  const summaryDoc = kind === '工作总结';
  const candidates: Candidate[] = [];
  const noted = new Set<number>();
  const contributed = new Set<number>();
  const note = (block: Block, kindOf: WarningKind, message: string) => {
    warnings.push({ kind: kindOf, line: block.line, message, text: block.text });
    noted.add(block.line);
  };
  const stack: Section[] = [];
  const section = (): Section => stack[stack.length - 1] ?? { rank: -1, past: summaryDoc, goal: false, periodOnly: false };
  /** A heading with a period, waiting to see whether the paragraph under it has its own. */
  let pending: { block: Block; scan: ScheduleScan; title: string; fullTitle: string } | undefined;
  /** Dated headings over sub-headings: a task only if nothing under them has its own. */
  const deferred: { heading: NonNullable<typeof pending>; rank: number; start: number }[] = [];
  const closeDeferred = (rank: number) => {
    while (deferred.length && deferred[deferred.length - 1]!.rank >= rank) {
      const { heading, start } = deferred.pop()!;
      if (candidates.length === start) {
        pending = heading;
        flushPending();
      } else {
        contributed.add(heading.block.line);
      }
    }
  };
  /** A heading without a period, whose name goes to the one task of the paragraph under it. */
  let itemTitle: string | undefined;

  const add = (block: Block, title: string, when: string) => {
    candidates.push({ title, when, line: block.line });
    contributed.add(block.line);
  };
  const flushPending = (titleFrom?: Block) => {
    if (!pending) return;
    const { block, scan } = pending;
    let title = pending.title;
    if ([...title].length < 4 && titleFrom) {
      title = firstSentence(titleFrom.text);
      contributed.add(titleFrom.line);
    }
    if ([...title].length < 4) title = pending.fullTitle || cleanTitle(block.text);
    for (const when of new Set(scan.schedules.map((schedule) => schedule.when))) add(block, title, when);
    pending = undefined;
  };

  for (const block of blocks) {
    const scan = findSchedules(block.text, year, observances);
    for (const problem of scan.problems) {
      note(block, 'schedule', `时间“${problem}”看不懂，没有变成任务。如果这是一项任务，请在 tasks 里手动添加。`);
    }
    if (block.type === 'heading') {
      const rank = LABEL_RANK[block.label];
      while (stack.length && section().rank >= rank) stack.pop();
      const parent = section();
      const past = PAST_HEADING.test(block.text) ? true : FUTURE_HEADING.test(block.text) ? false : parent.past;
      const first = scan.schedules[0];
      const headingPeriod = first && !first.festival ? first.when : parent.period;
      const periodText = first && !first.festival ? first.text.trim() : parent.periodText;
      if (pending && rank > LABEL_RANK[pending.block.label]) {
        deferred.push({ heading: pending, rank: LABEL_RANK[pending.block.label], start: candidates.length });
        pending = undefined;
      }
      flushPending();
      closeDeferred(rank);
      itemTitle = undefined;
      const goal =
        (GOAL_HEADING.test(block.text) && !NOT_GOAL_HEADING.test(block.text)) || (parent.goal && !FUTURE_HEADING.test(block.text));
      let residue = block.text.replace(LABEL_PREFIX, '');
      for (const schedule of scan.schedules) if (!schedule.festival) residue = residue.replace(schedule.text, '');
      residue = residue.replace(/(?:(?:19|20)(?:\d{2}|[xX×*]{2}))\s*年度?/g, '').replace(/[\s\p{P}]/gu, '');
      const periodOnly = !!first && !first.festival && [...residue].length < 4;
      stack.push({ rank, past, goal, periodOnly, period: headingPeriod, periodText });
      if (goal && scan.schedules.length) {
        note(block, 'schedule', '这一行在“目标”部分，写进了 goals，没有变成任务。');
        continue;
      }
      if (!scan.schedules.length) {
        if (block.label === 'paren' || block.label === 'num') itemTitle = cleanTitle(block.text);
        continue;
      }
      if (past || scan.schedules.every((schedule) => schedule.past)) {
        note(block, 'past', '这一行写的是已经做过的事（总结里的事实），不是今年要做的任务，没有变成任务。');
        continue;
      }
      if (INTRO.test(block.text)) {
        note(block, 'schedule', '这一行是引出下文的话，不是一项任务；它的时间用在了下面各项上。');
        continue;
      }
      let rest = block.text.replace(LABEL_PREFIX, '');
      for (const schedule of scan.schedules) if (!schedule.festival) rest = rest.replace(schedule.text, ' ');
      const title = firstSentence(cleanTitle(rest.replace(/(?:(?:19|20)(?:\d{2}|[xX×*]{2}))\s*年度?/g, ' ').replace(LEAD_IN, '')));
      const fullTitle = firstSentence(cleanTitle(block.text));
      pending = { block, scan, title, fullTitle };
      continue;
    }

    // A paragraph.
    const current = section();
    const clauses = clausesOf(block.text, year, observances);
    const scheduled = clauses.filter((clause) => clause.scan.schedules.length);
    if (current.goal) {
      if (scheduled.length) note(block, 'schedule', '这一段在“目标”部分，写进了 goals，没有变成任务。');
      pending = undefined;
      continue;
    }
    if (pending) {
      const ownFuture = scheduled[0]?.scan.schedules.some((schedule) => !schedule.past) && !current.past && !INTRO.test(block.text);
      if (clauses.length === 1 && scheduled.length === 1 && ownFuture) {
        // `（一）春节慰问` over `第一季度：走访慰问…`: the paragraph's own period wins, the heading names it.
        const name =
          [...pending.title].length >= 4 ? pending.title : pending.fullTitle.replace(/^(?:(?:19|20)(?:\d{2}|[xX×*]{2})\s*年度?)/, '');
        itemTitle = [...name].length >= 4 && !findSchedules(name, year).schedules.some((schedule) => !schedule.festival) ? name : undefined;
        contributed.add(pending.block.line);
        pending = undefined;
      } else {
        // The heading's period is the task of the section; it is named after the first sentence without a period of its own.
        const unscheduled = clauses.find((clause) => !clause.scan.schedules.length);
        if ([...pending.title].length >= 4 || unscheduled) {
          flushPending(unscheduled ? { ...block, text: unscheduled.text } : undefined);
        } else {
          contributed.add(pending.block.line);
          pending = undefined;
        }
      }
    }
    const usedByHeading = contributed.has(block.line);
    if (!scheduled.length && current.periodOnly && current.period && !usedByHeading && !current.past && !INTRO.test(block.text)) {
      // An item under a heading that is only a period (（二）第二季度 / 2、组织“最美军嫂”评选): a task of that period.
      const title = firstSentence(cleanTitle(block.text));
      if ([...title].length >= 4) {
        add(block, title, current.period);
        itemTitle = undefined;
        continue;
      }
    }
    if (!scheduled.length) {
      if (scan.recurring.length) {
        note(
          block,
          'schedule',
          `这是一项经常性的工作（${[...new Set(scan.recurring)].join('、')}），没有一个具体的时间段，所以没有变成任务。需要跟踪的话，请在 tasks 里按时间分别添加。`,
        );
      }
      itemTitle = undefined;
      continue;
    }
    if (current.past || scheduled.every((clause) => clause.scan.schedules.every((schedule) => schedule.past))) {
      note(block, 'past', '这一段写的是已经做过的事（总结里的事实），不是今年要做的任务，没有变成任务。');
      itemTitle = undefined;
      continue;
    }
    if (INTRO.test(block.text)) {
      note(block, 'schedule', '这一段是引出下文的话，不是一项任务。');
      itemTitle = undefined;
      continue;
    }
    const found: { clause: string; schedules: Schedule[] }[] = [];
    for (const clause of scheduled) {
      let schedules = clause.scan.schedules;
      const past = schedules.filter((schedule) => schedule.past);
      if (past.length)
        note(block, 'past', `“${past.map((schedule) => schedule.text.trim()).join('、')}”是往年的时间，写的是已经做过的事，没有变成任务。`);
      schedules = schedules.filter((schedule) => !schedule.past);
      // In one clause the most exact time wins: 四月份清明节前 → April; 12月底前完成全年总结 → December.
      // A bare festival name next to a date qualifies a noun (8月1日召开庆“八一”座谈会).
      const plain = schedules.filter((schedule) => !schedule.festival);
      if (plain.length) schedules = schedules.filter((schedule) => !schedule.bare);
      schedules = schedules.filter(
        (schedule) => !schedules.some((other) => other.when !== schedule.when && contains(schedule.when, other.when)),
      );
      // Under a dated heading (10—12月), a festival outside it means another year's.
      if (current.period) {
        const outside = schedules.filter((schedule) => schedule.festival && !overlaps(schedule.when, current.period!));
        if (outside.length) {
          note(
            block,
            'schedule',
            `“${outside.map((schedule) => schedule.festival).join('、')}”的时间（${outside.map((schedule) => schedule.when).join('、')}）不在这一节的“${current.periodText}”里，应该是指别的年份，没有单独变成任务，请核对。`,
          );
          schedules = schedules.filter((schedule) => !outside.includes(schedule));
          if (!schedules.length) schedules = [{ when: current.period, text: current.periodText ?? '', index: 0 }];
        }
      }
      if (schedules.length) found.push({ clause: clause.text, schedules });
    }
    found.forEach((item, index) => {
      let title = clauseTitle(item.clause, item.schedules);
      // `七月下旬召开，地点在镇政府` says little by itself: the item heading above names the task.
      let bare = title;
      for (const schedule of item.schedules) bare = bare.replace(schedule.text.trim(), '');
      const weak = [...(bare.replace(LEAD_IN, '').split(/[，,、]/)[0] ?? '')].length < 4;
      if (weak && index === 0 && itemTitle && [...itemTitle].length >= 4) title = itemTitle;
      else if ([...title].length < 4) {
        note(
          block,
          'schedule',
          `“${item.schedules.map((schedule) => schedule.text.trim()).join('、')}”这里只写了时间，没有写要做什么，没有变成任务。`,
        );
        return;
      }
      for (const when of new Set(item.schedules.map((schedule) => schedule.when))) add(block, title, when);
    });
    itemTitle = undefined;
  }
  flushPending();
  closeDeferred(-1);

  // Every line with words of time is either in a task or in a warning.
  for (const block of blocks) {
    if (contributed.has(block.line) || noted.has(block.line)) continue;
    const time = TIME_WORDS.exec(block.text.replace(LIST_LABEL, ''));
    if (!time) continue;
    note(
      block,
      'schedule',
      `这一行提到了时间（“${time[0]}”），但看不出具体是哪个月，没有变成任务。如果这是一项任务，请在 tasks 里手动添加。`,
    );
  }

  // Duplicates (two identical 篇, a sentence repeated) are merged.
  const tasks: PlanTaskData[] = [];
  const seen = new Map<string, PlanTaskData>();
  for (const candidate of candidates) {
    const key = `${normTitle(candidate.title)}|${candidate.when}`;
    const earlier = seen.get(key);
    if (earlier) {
      warnings.push({
        kind: 'duplicate',
        line: candidate.line,
        message: `这一项和任务 ${earlier.id}（${earlier.title}，${earlier.when}）重复，已合并成一项。`,
        text: candidate.title,
      });
      continue;
    }
    const task = { id: `t${pad(tasks.length + 1)}`, title: candidate.title, when: candidate.when };
    seen.set(key, task);
    tasks.push(task);
  }
  return tasks;
}

interface BuildInput {
  title: string;
  /** The title as the text wrote it, when `--title` replaced it: still read for the year and kind. */
  sourceTitle?: string | undefined;
  lines: SourceLine[];
  warnings: ImportWarning[];
  options: PlanImportOptions;
  /** Heading levels are pushed down by this much (a whole file of several plans). */
  levelOffset?: number;
  /** Extra headings to insert before given source lines (the 篇 markers of a whole file). */
  partHeadings?: Map<number, string>;
  slug: string;
  startLine: number;
  endLine: number;
}

function buildPlan(input: BuildInput): PlanImport {
  const { title, lines, warnings, options } = input;
  const levelOffset = input.levelOffset ?? 0;
  const blocks = toBlocks(lines);

  // Year
  const detectFrom = input.sourceTitle && input.sourceTitle !== title ? `${title} ${input.sourceTitle}` : title;
  const textYear = statedYear(detectFrom, lines);
  let year: number;
  let yearNote: string | undefined;
  const has20xx = /(?:19|20)[xX×]{2}/.test(detectFrom + lines.map((line) => line.text).join(''));
  if (options.year !== undefined) {
    year = options.year;
    if (textYear !== undefined && textYear !== options.year) {
      warnings.push({ kind: 'year', message: `原文写的是 ${textYear} 年，按 --year 的要求用了 ${options.year} 年。` });
    }
  } else if (textYear !== undefined) {
    year = textYear;
  } else {
    year = options.fallbackYear;
    yearNote = has20xx ? `原文只写了“20xx”年，没有写明是哪一年，先填了 ${year}，请核对` : `原文未写明年份，先填了 ${year}，请核对`;
    warnings.push({
      kind: 'year',
      message: `${has20xx ? '原文的年份写的是“20xx”' : '原文没有写明年份'}，年度 year 先填了 ${year} 并标了“待确认”。请核对后删掉那条注释，或者重新导入时加上 --year 2026 这样的选项。`,
    });
  }
  if (has20xx && options.year !== undefined) {
    warnings.push({
      kind: 'year',
      message: `正文里还有“20xx”这样没填的年份；年度 year 按 --year 填了 ${year}，正文里的“20xx”要手动改成实际年份。`,
    });
  }

  // Kind
  const kind = kindFromTitle(title) ?? kindFromTitle(detectFrom);
  if (!kind)
    warnings.push({ kind: 'kind', message: `从标题“${title}”看不出是工作计划、实施方案还是工作总结，先填了“工作计划”并标了“待确认”。` });

  // Tasks from schedules
  const tasks = extractTasks(blocks, year, kind, options, warnings);

  // Other places' names and named people: a plan copied from elsewhere.
  const foreign = findForeignNames(lines.map((line) => line.text).join('\n'), [...(options.ownNames ?? []), title]);
  if (foreign.length) {
    const places = foreign.filter((name) => name.kind === 'place').map((name) => name.name);
    const people = foreign.filter((name) => name.kind === 'person').map((name) => name.name);
    warnings.push({
      kind: 'names',
      message:
        `原文里有${places.length ? `别的地方的地名（${places.slice(0, 8).join('、')}）` : ''}${places.length && people.length ? '和' : ''}` +
        `${people.length ? `人名（${people.slice(0, 8).join('、')}）` : ''}，可能是照搬了别处的范文。请逐一核对：换成本地的实际名称；个人姓名没有本人同意不要公开发布。`,
    });
  }

  // Goals, summary
  const goals = extractGoals(blocks, new Set(input.partHeadings?.keys() ?? []));
  const firstParagraph = blocks.find((block) => block.type === 'paragraph');
  let summary = firstParagraph ? firstSentence(firstParagraph.text, 100) : title;
  if (!summary) summary = title;

  // Body
  const body: string[] = [];
  const source = options.source ? `从 ${options.source} ` : '';
  body.push(
    `{/* 这份计划由 npm run import:plan ${source}导入（原文第 ${input.startLine}—${input.endLine} 行）。请对照原文核对内容和上面的任务时间，核对完删掉这段说明。 */}`,
  );
  const richShown = new Set<number>();
  for (const block of blocks) {
    const partHeading = input.partHeadings?.get(block.line);
    if (partHeading && !body.includes(`## ${escapeMdx(partHeading)}`)) body.push(`## ${escapeMdx(partHeading)}`);
    const rich = options.rich?.get(block.line);
    if (rich && (rich.force || block.type === 'paragraph')) {
      // Bold, a table or a picture from a .docx: shown once per source line.
      if (!richShown.has(block.line) && rich.markdown) body.push(rich.markdown);
      richShown.add(block.line);
    } else if (block.type === 'heading') {
      const level = Math.min(6, block.level + levelOffset);
      body.push(`${'#'.repeat(level)} ${escapeMdx(block.text)}`);
    } else {
      body.push(escapeMdx(block.text));
    }
  }
  // Part markers with no lines after them still appear in the body.
  for (const [line, heading] of input.partHeadings ?? []) {
    if (!blocks.some((block) => block.line === line) && !body.includes(`## ${escapeMdx(heading)}`)) body.push(`## ${escapeMdx(heading)}`);
  }

  const frontmatter: PlanFrontmatter = {
    title,
    summary,
    date: options.date,
    unit: options.unit,
    tags: [],
    draft: false,
    kind: kind ?? '工作计划',
    year,
    goals,
    tasks,
  };
  const fields: FieldSpec[] = [
    { key: 'title', value: title },
    { key: 'summary', value: summary, unconfirmed: '摘要是从正文第一句摘出来的，请改写成一两句概括' },
    { key: 'date', value: options.date },
    ...publishingFields({ id: options.unit, guessed: options.unitGuessed }, './cover.jpg', undefined, options.published),
    {
      key: 'kind',
      value: frontmatter.kind,
      hint: `从这些里选一个：${PLAN_KINDS.join('、')}`,
      unconfirmed: kind ? undefined : '从标题看不出类别，请核对',
    },
    { key: 'year', value: year, unconfirmed: yearNote },
    {
      key: 'goals',
      value: goals,
      hint: `${docAt(entrySchema('plans'), ['goals'])?.hint ?? ''}${goals.length ? '（从原文的目标部分摘出，请核对）' : '（原文里没有找到目标部分，需要的话请补上）'}`,
    },
    {
      key: 'tasks',
      value: tasks,
      hint: `${docAt(entrySchema('plans'), ['tasks'])?.hint ?? ''}${tasks.length ? `（按原文里的时间安排生成，请核对。${FESTIVAL_RULE_ZH}）` : '（原文里没有找到具体时间安排，需要的话请补上）'}`,
      after: tasks.length
        ? undefined
        : [
            '按下面的样子写任务：把上一行的 [] 删掉，去掉下面几行开头的“# ”。',
            'tasks:',
            '  - id: t01',
            '    title: 春节走访慰问驻县部队和优抚对象',
            `    when: ${year}-Q1`,
          ],
    },
  ];
  const header = [
    `工作计划：由 npm run import:plan ${source}导入。`,
    '以 # 开头的行是说明，不会发布。带“待确认”的值请核对后删掉那条注释。',
    '改完后运行 npm run check:content 检查。',
  ];
  const mdx = `${frontmatterBlock('plans', header, fields)}\n\n${body.join('\n\n')}\n`;

  // What the content check will say about the result.
  const findings = lintContentText(mdx, options.outFile ?? `plans/${input.slug}.mdx`);
  const placeholders = findings.filter((finding) => finding.rule === 'placeholder');
  if (placeholders.length) {
    const examples = [...new Set(placeholders.map((finding) => /“([^”]+)”/.exec(finding.message)?.[1] ?? ''))].filter(Boolean).slice(0, 6);
    warnings.push({
      kind: 'template',
      message: `原文里有 ${placeholders.length} 处没填写的模板文字（例如 ${examples.map((example) => `“${example}”`).join('、')}）。文件照样写好了，但在改成实际内容之前，npm run check:content 会报错，这份计划不能发布。`,
    });
  }
  const personal = findings.filter((finding) => ['id-card', 'mobile-phone', 'bank-card', 'landline'].includes(finding.rule));
  if (personal.length) {
    warnings.push({
      kind: 'personal',
      message: `原文里有 ${personal.length} 处身份证号、手机号、银行卡号或电话号码。发布前必须删掉，npm run check:content 会指出具体位置。`,
    });
  }
  const unconfirmed = fields.filter((field) => field.unconfirmed).map((field) => field.key);
  warnings.push({
    kind: 'review',
    message: `请核对标着“待确认”的项目（${unconfirmed.join('、')}），确认后删掉那条 # 待确认 注释；在那之前 npm run check:content 不会通过。`,
  });

  return {
    title,
    slug: input.slug,
    mdx,
    frontmatter,
    warnings,
    yearConfirmed: !yearNote,
    startLine: input.startLine,
    endLine: input.endLine,
  };
}

function planSlug(title: string, year: number, suffix?: number): string {
  const words = slugify(title.replace(/[（(]?篇[一二三四五六七八九十百\d]+[)）]?/g, ''), suffix === undefined ? 6 : 5);
  const base = words.startsWith(String(year)) ? words : `${year}${words ? `-${words}` : '-plan'}`;
  return suffix === undefined ? base : `${base}-${pad(suffix)}`;
}

/** The year a plan will get (for its file name) before it is built. */
function yearFor(title: string, lines: SourceLine[], options: PlanImportOptions): number {
  return options.year ?? statedYear(title, lines) ?? options.fallbackYear;
}

function titleFrom(
  lines: SourceLine[],
  options: PlanImportOptions,
  warnings: ImportWarning[],
): { title: string; sourceTitle?: string; rest: SourceLine[] } {
  const first = lines[0];
  if (first && isTitleLike(first.text) && lines.length > 1) {
    if (options.title && options.title !== first.text) {
      warnings.push({ kind: 'title', line: first.no, message: `原文标题已换成 --title 指定的“${options.title}”。`, text: first.text });
    }
    return { title: options.title ?? first.text, sourceTitle: first.text, rest: lines.slice(1) };
  }
  if (options.title) return { title: options.title, rest: lines };
  const fromFile = options.source?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const title = fromFile || '导入的工作计划';
  warnings.push({ kind: 'title', message: `原文第一行不像标题，暂用“${title}”作标题，请修改 title（或用 --title 指定）。` });
  return { title, rest: lines };
}

/**
 * Import a text as ONE plan. A text holding several plans (篇一, 篇二 …) is imported whole,
 * each 篇 becoming a section, with a warning suggesting {@link importPlans} (`--split`).
 */
export function importPlan(text: string, options: PlanImportOptions): PlanImport {
  const { parts, preface, warnings } = splitPlanText(text, options.keepLines);
  const all = toLines(text);
  const startLine = all[0]?.no ?? 1;
  const endLine = all[all.length - 1]?.no ?? 1;
  if (parts.length === 0) {
    const { title, sourceTitle, rest } = titleFrom(preface, options, warnings);
    const year = yearFor(sourceTitle ?? title, rest, options);
    return buildPlan({ title, sourceTitle, lines: rest, warnings, options, slug: planSlug(title, year), startLine, endLine });
  }
  if (parts.length === 1) {
    // One 篇 marker: it is the title.
    const part = parts[0]!;
    const title = options.title ?? part.baseTitle;
    if (options.title)
      warnings.push({
        kind: 'title',
        line: part.markerLine,
        message: `原文标题已换成 --title 指定的“${options.title}”。`,
        text: part.title,
      });
    const lines = [...preface, ...part.lines];
    const year = yearFor(part.baseTitle, lines, options);
    return buildPlan({ title, sourceTitle: part.baseTitle, lines, warnings, options, slug: planSlug(title, year), startLine, endLine });
  }
  // Several plans imported as one: each 篇 becomes a section.
  const sourceTitle = parts[0]!.baseTitle;
  const baseTitle = options.title ?? sourceTitle;
  warnings.push({
    kind: 'split',
    message: `这个文件里有 ${parts.length} 篇（${parts.map((part) => /（(篇.+)）$/.exec(part.title)?.[1] ?? part.title).join('、')}），已合并成一篇计划导入，每篇是一个小节。要分成 ${parts.length} 份计划，请加上 --split 重新导入。`,
  });
  const partHeadings = new Map<number, string>();
  const lines: SourceLine[] = [...preface];
  for (const part of parts) {
    partHeadings.set(part.lines[0]?.no ?? part.markerLine, part.title);
    lines.push(...part.lines);
  }
  const year = yearFor(sourceTitle, lines, options);
  return buildPlan({
    title: baseTitle,
    sourceTitle,
    lines,
    warnings,
    options,
    levelOffset: 1,
    partHeadings,
    slug: planSlug(baseTitle, year),
    startLine,
    endLine,
  });
}

/** Import each 篇 of a text as its own plan (`--split`). File-level warnings are returned apart. */
export function importPlans(text: string, options: PlanImportOptions): { plans: PlanImport[]; warnings: ImportWarning[] } {
  const { parts, preface, warnings } = splitPlanText(text, options.keepLines);
  if (parts.length === 0) {
    const plan = importPlan(text, options);
    return { plans: [plan], warnings: [{ kind: 'split', message: '没有找到“篇一、篇二”这样的分篇标记，按一篇计划导入。' }] };
  }
  for (const line of preface) {
    warnings.push({ kind: 'dropped', line: line.no, message: '这一行在第一篇之前，不属于任何一篇，没有导入。', text: line.text });
  }
  const plans = parts.map((part, index) => {
    const partWarnings: ImportWarning[] = [];
    // `--title` names the series: 新标题（篇一）, 新标题（篇二）…
    const title = options.title ? part.title.replace(part.baseTitle, options.title) : part.title;
    if (options.title) partWarnings.push({ kind: 'title', line: part.markerLine, message: `原文标题已换成“${title}”。`, text: part.title });
    const year = yearFor(part.title, part.lines, options);
    const startLine = part.markerLine;
    const endLine = part.lines[part.lines.length - 1]?.no ?? part.markerLine;
    if (!part.lines.length)
      partWarnings.push({ kind: 'dropped', line: part.markerLine, message: '这一篇只有标题，没有内容。', text: part.title });
    return buildPlan({
      title,
      sourceTitle: part.title,
      lines: part.lines,
      warnings: partWarnings,
      options,
      slug: planSlug(options.title ?? part.baseTitle, year, Number.isNaN(part.number) ? index + 1 : part.number),
      startLine,
      endLine,
    });
  });
  return { plans, warnings };
}

/** One warning as staff read it. */
export function formatWarning(warning: ImportWarning): string {
  const where = warning.line ? `原文第${warning.line}行：` : '';
  const quote = warning.text
    ? `\n      “${[...warning.text].length > 60 ? `${[...warning.text].slice(0, 60).join('')}…` : warning.text}”`
    : '';
  return `${where}${warning.message}${quote}`;
}
