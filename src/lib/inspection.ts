/**
 * 网站自查: the checks of the 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号 and the provincial
 * versions built on it) that content alone decides, run before an inspector runs them.
 *
 * Pure: the caller passes the entries it read and "today"; this module says, per 栏目, when it was
 * last updated and how many days are left before it counts as 不更新, and which findings would fail
 * an inspection outright (单项否决) and which are only warnings.
 *
 * What fails (defaults are the national thresholds; site.yaml `inspection:` may tighten or relax them):
 * - the home page not updated for `homeDays` (14) days — the home page shows the newest entry of any 栏目;
 * - `newsColumnsToFail` (5) or more 动态/要闻 栏目 older than `newsDays` (14);
 * - `noticeColumnsToFail` (1) or more 通知公告/政策文件 栏目 older than `noticeDays` (180);
 * - `staleColumnsToFail` (10) or more 栏目 of any kind past their limit;
 * - `emptyColumnsToFail` (5) or more empty 栏目 and list pages;
 * - no working 咨询建言 channel (site.yaml `consult`);
 * - any wording finding (严重表述错误、严重错别字、unconfirmed 涉军保密 reminders).
 * An entry without a valid 发布日期 counts as not updated. Drafts are not published and do not count.
 */
import { daysBetween, isIsoDate, toIsoDate, type IsoDate } from '../model/dates.ts';
import type { Finding } from './content-lint.ts';

export type ColumnKind = 'news' | 'notice' | 'plan' | 'other';

export const COLUMN_KIND_LABELS: Record<ColumnKind, string> = {
  news: '动态要闻类',
  notice: '通知公告、政策文件类',
  plan: '规划计划类',
  other: '其他应更新栏目',
};

export interface InspectionThresholds {
  homeDays: number;
  newsDays: number;
  noticeDays: number;
  planDays: number;
  otherDays: number;
  newsColumnsToFail: number;
  noticeColumnsToFail: number;
  staleColumnsToFail: number;
  emptyColumnsToFail: number;
  /** A column this close to its limit is reported as 即将超期. */
  warnDays: number;
}

/** The national thresholds (国办秘函〔2019〕19号). */
export const NATIONAL_THRESHOLDS: InspectionThresholds = {
  homeDays: 14,
  newsDays: 14,
  noticeDays: 180,
  planDays: 365,
  otherDays: 365,
  newsColumnsToFail: 5,
  noticeColumnsToFail: 1,
  staleColumnsToFail: 10,
  emptyColumnsToFail: 5,
  warnDays: 3,
};

export interface InspectedEntry {
  file: string;
  /** The frontmatter `date` as read (string, Date or anything else); invalid or missing = 未写发布日期. */
  date: unknown;
  draft?: boolean | undefined;
}

export interface ColumnInput {
  /** Address of the column's page, e.g. /reports/ or /education/stage/xiaoxue/. */
  path: string;
  label: string;
  kind: ColumnKind;
  entries: InspectedEntry[];
  /** A list page inside a column (a 类型 or 学段 page): checked for emptiness only. */
  listPage?: boolean | undefined;
}

export interface InspectionInput {
  today: IsoDate;
  columns: ColumnInput[];
  thresholds?: Partial<InspectionThresholds> | undefined;
  /** site.yaml `consult`: the 咨询建言 channel (mailto:, a form URL or the portal's 互动 page). */
  consult?: string | undefined;
  /** Wording findings (严重表述错误、错别字、涉军保密); errors fail the inspection. */
  wording?: Finding[] | undefined;
  /** Findings that are only reported (a 解读 without its 原文, …). */
  notes?: Finding[] | undefined;
  /** 涉军保密 reminders a reviewer confirmed: listed so that none passes silently. */
  confirmed?: { file: string; reviewer: string; count: number }[] | undefined;
}

export type ColumnState = 'ok' | 'soon' | 'stale' | 'empty';

export const COLUMN_STATE_LABELS: Record<ColumnState, string> = {
  ok: '正常',
  soon: '即将超期',
  stale: '已超期',
  empty: '空栏目',
};

export interface ColumnStatus {
  path: string;
  label: string;
  kind: ColumnKind;
  listPage: boolean;
  entries: number;
  latest?: IsoDate | undefined;
  latestFile?: string | undefined;
  /** Days since the latest entry. */
  age?: number | undefined;
  limit: number;
  /** Days before the column counts as not updated (negative: overdue by that many days). */
  daysLeft?: number | undefined;
  state: ColumnState;
}

export interface InspectionResult {
  today: IsoDate;
  thresholds: InspectionThresholds;
  home: {
    latest?: IsoDate | undefined;
    latestFile?: string | undefined;
    age?: number | undefined;
    limit: number;
    daysLeft?: number | undefined;
    state: ColumnState;
  };
  columns: ColumnStatus[];
  undated: string[];
  future: string[];
  failures: string[];
  warnings: string[];
  wording: Finding[];
  notes: Finding[];
  confirmed: { file: string; reviewer: string; count: number }[];
  passed: boolean;
}

/** The ISO date of a frontmatter value, or undefined when it is not a real date. */
export function entryDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : toIsoDate(value);
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  return undefined;
}

function limitOf(kind: ColumnKind, t: InspectionThresholds): number {
  return { news: t.newsDays, notice: t.noticeDays, plan: t.planDays, other: t.otherDays }[kind];
}

function stateOf(daysLeft: number | undefined, warnDays: number): ColumnState {
  if (daysLeft === undefined) return 'empty';
  if (daysLeft < 0) return 'stale';
  return daysLeft <= warnDays ? 'soon' : 'ok';
}

interface Latest {
  latest?: IsoDate | undefined;
  latestFile?: string | undefined;
  age?: number | undefined;
}

/** Newest dated entry not later than today (a future date is not an update yet). */
function latestOf(entries: InspectedEntry[], today: IsoDate): Latest {
  let best: Latest = {};
  for (const entry of entries) {
    const date = entryDate(entry.date);
    if (!date || date > today) continue;
    if (!best.latest || date > best.latest) best = { latest: date, latestFile: entry.file, age: daysBetween(date, today) };
  }
  return best;
}

export function inspect(input: InspectionInput): InspectionResult {
  const t: InspectionThresholds = { ...NATIONAL_THRESHOLDS, ...input.thresholds };
  const { today } = input;
  const published = (column: ColumnInput) => column.entries.filter((entry) => entry.draft !== true);

  const columns: ColumnStatus[] = input.columns.map((column) => {
    const entries = published(column);
    const limit = limitOf(column.kind, t);
    const latest = latestOf(entries, today);
    const daysLeft = latest.age === undefined ? undefined : limit - latest.age;
    // A list page with entries is fine; its freshness is its column's.
    const state: ColumnState = column.listPage ? (entries.length === 0 ? 'empty' : 'ok') : stateOf(daysLeft, t.warnDays);
    return {
      path: column.path,
      label: column.label,
      kind: column.kind,
      listPage: column.listPage === true,
      entries: entries.length,
      limit,
      ...latest,
      daysLeft,
      state,
    };
  });

  const topEntries = input.columns.filter((c) => !c.listPage).flatMap(published);
  const homeLatest = latestOf(topEntries, today);
  const homeLeft = homeLatest.age === undefined ? undefined : t.homeDays - homeLatest.age;
  const home = { ...homeLatest, limit: t.homeDays, daysLeft: homeLeft, state: stateOf(homeLeft, t.warnDays) };

  const unique = (files: string[]) => [...new Set(files)];
  const undated = unique(topEntries.filter((entry) => !entryDate(entry.date)).map((entry) => entry.file));
  const future = unique(topEntries.filter((entry) => (entryDate(entry.date) ?? '') > today).map((entry) => entry.file));

  const failures: string[] = [];
  const warnings: string[] = [];
  const top = columns.filter((c) => !c.listPage);
  const stale = top.filter((c) => c.state === 'stale' || c.state === 'empty');

  if (home.state === 'stale' || home.state === 'empty') {
    failures.push(
      home.latest
        ? `首页已经 ${home.age} 天没有更新（最新一篇是 ${home.latest}，超过 ${t.homeDays} 天即不合格）。`
        : '首页没有任何已发布的内容。',
    );
  } else if (home.state === 'soon') {
    warnings.push(`首页还有 ${home.daysLeft} 天就超过 ${t.homeDays} 天未更新，请尽快发布新内容。`);
  }

  const kindRule: [ColumnKind, number][] = [
    ['news', t.newsColumnsToFail],
    ['notice', t.noticeColumnsToFail],
  ];
  for (const [kind, toFail] of kindRule) {
    const ofKind = stale.filter((c) => c.kind === kind);
    const names = ofKind.map((c) => c.label).join('、');
    const limit = limitOf(kind, t);
    if (ofKind.length >= toFail)
      failures.push(`${ofKind.length} 个${COLUMN_KIND_LABELS[kind]}栏目超过 ${limit} 天未更新（${names}），达到 ${toFail} 个即不合格。`);
    else if (ofKind.length > 0)
      warnings.push(`${names} 超过 ${limit} 天未更新（${COLUMN_KIND_LABELS[kind]}栏目达到 ${toFail} 个即不合格）。`);
  }
  for (const column of stale.filter((c) => c.kind !== 'news' && c.kind !== 'notice')) {
    warnings.push(
      column.state === 'empty' ? `${column.label} 还没有任何已发布的内容。` : `${column.label} 超过 ${column.limit} 天未更新。`,
    );
  }
  if (stale.length >= t.staleColumnsToFail)
    failures.push(`共有 ${stale.length} 个栏目长期未更新，达到 ${t.staleColumnsToFail} 个即不合格。`);

  const empty = columns.filter((c) => c.state === 'empty');
  if (empty.length >= t.emptyColumnsToFail) {
    failures.push(
      `有 ${empty.length} 个空栏目或空列表页（${empty.map((c) => c.label).join('、')}），达到 ${t.emptyColumnsToFail} 个即不合格。`,
    );
  } else {
    for (const column of empty)
      warnings.push(`${column.label}（${column.path}）没有任何内容，空栏目达到 ${t.emptyColumnsToFail} 个即不合格。`);
  }
  for (const column of top.filter((c) => c.state === 'soon')) {
    warnings.push(`${column.label} 还有 ${column.daysLeft} 天就超过 ${column.limit} 天未更新。`);
  }
  for (const file of undated) warnings.push(`${file} 没有写有效的发布日期 date，不算作更新。`);
  for (const file of future) warnings.push(`${file} 的发布日期晚于今天（${today}），到那天才算作更新。`);

  if (!input.consult?.trim()) {
    failures.push('没有咨询建言渠道：请在 content/site.yaml 写 consult（邮箱 mailto:…、留言表单网址或县政府门户网站的互动交流页面）。');
  }

  const wording = input.wording ?? [];
  const wordingErrors = wording.filter((f) => f.severity === 'error');
  if (wordingErrors.length > 0) failures.push(`发现 ${wordingErrors.length} 处严重表述错误、错别字或未确认的涉军保密提醒（见下方清单）。`);

  const notes = input.notes ?? [];
  for (const note of notes) warnings.push(`${note.file}：${note.message}`);

  return {
    today,
    thresholds: t,
    home,
    columns,
    undated,
    future,
    failures,
    warnings,
    wording,
    notes,
    confirmed: input.confirmed ?? [],
    passed: failures.length === 0,
  };
}

// ---------------------------------------------------------------------------------------------
// The report

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        code >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A plain-text table that lines up Chinese text in a terminal. `right` lists right-aligned columns. */
export function textTable(head: string[], rows: string[][], right: number[] = []): string {
  const widths = head.map((cell, i) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, right.includes(i)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function daysLeftText(status: { daysLeft?: number | undefined }): string {
  if (status.daysLeft === undefined) return '—';
  return status.daysLeft < 0 ? `超期 ${-status.daysLeft} 天` : `${status.daysLeft} 天`;
}

function where(finding: Finding): string {
  return `${finding.file}${finding.line ? ` 第 ${finding.line} 行` : ''}`;
}

/** The full Chinese report of `npm run inspect`. */
export function formatInspection(result: InspectionResult): string {
  const top = result.columns.filter((c) => !c.listPage);
  const rows = [
    [
      '首页',
      '全部栏目',
      result.home.latest ?? '—',
      result.home.age === undefined ? '—' : `${result.home.age} 天`,
      `${result.home.limit} 天`,
      daysLeftText(result.home),
      COLUMN_STATE_LABELS[result.home.state],
    ],
    ...top.map((c) => [
      c.label,
      COLUMN_KIND_LABELS[c.kind],
      c.latest ?? '—',
      c.age === undefined ? '—' : `${c.age} 天`,
      `${c.limit} 天`,
      daysLeftText(c),
      COLUMN_STATE_LABELS[c.state],
    ]),
  ];
  const parts = [
    `网站自查（今天：${result.today}；按《政府网站与政务新媒体检查指标》）`,
    textTable(['栏目', '类别', '最新发布', '已过', '期限', '剩余', '状态'], rows, [3, 4, 5]),
  ];
  const lists = result.columns.filter((c) => c.listPage);
  if (lists.length > 0) {
    const emptyLists = lists.filter((c) => c.state === 'empty');
    parts.push(
      `列表页 ${lists.length} 个，其中空列表页 ${emptyLists.length} 个${emptyLists.length ? `：${emptyLists.map((c) => `${c.label}（${c.path}）`).join('、')}` : ''}。`,
    );
  }
  if (result.wording.length > 0) {
    // The message may open with its line; say it once.
    parts.push(
      [
        '用词检查：',
        ...result.wording.map(
          (f) =>
            `  ${f.severity === 'error' ? '✖' : '!'} ${where(f)}：${f.line ? f.message.replace(/^第\s*\d+\s*行[：:，,]?\s*/, '') : f.message}\n    怎么改：${f.fix}`,
        ),
      ].join('\n'),
    );
  }
  if (result.confirmed.length > 0) {
    parts.push(
      ['涉军保密提醒（已由审核人确认）：', ...result.confirmed.map((c) => `  ✔ ${c.file}：${c.count} 处，确认人 ${c.reviewer}`)].join('\n'),
    );
  }
  if (result.failures.length > 0) parts.push(['不合格项（检查时会被单项否决）：', ...result.failures.map((f) => `  ✖ ${f}`)].join('\n'));
  if (result.warnings.length > 0) parts.push(['提醒：', ...result.warnings.map((w) => `  ! ${w}`)].join('\n'));
  parts.push(summaryLine(result));
  return parts.join('\n\n');
}

function summaryLine(result: InspectionResult): string {
  return result.passed
    ? `网站自查通过${result.warnings.length ? `，有 ${result.warnings.length} 条提醒` : ''}。`
    : `网站自查未通过：${result.failures.length} 项不合格，请在检查前改正。`;
}

/** A few lines for the end of every build. */
export function summarizeInspection(result: InspectionResult): string {
  const soonest = [result.home, ...result.columns.filter((c) => !c.listPage)]
    .filter((c) => c.daysLeft !== undefined)
    .sort((a, b) => a.daysLeft! - b.daysLeft!)[0];
  const lines = [`${summaryLine(result)}（今天 ${result.today}）`];
  if (soonest) {
    const label = 'label' in soonest && typeof soonest.label === 'string' ? soonest.label : '首页';
    lines.push(`  最早超期的是${label}：${daysLeftText(soonest)}${soonest.daysLeft! < 0 ? '' : '后超期'}。`);
  }
  for (const failure of result.failures) lines.push(`  ✖ ${failure}`);
  if (!result.passed && result.warnings.length > 0) lines.push(`  另有 ${result.warnings.length} 条提醒。`);
  lines.push('  详情请运行 npm run inspect。');
  return lines.join('\n');
}
