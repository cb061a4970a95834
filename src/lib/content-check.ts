/**
 * Checks staff content before anything is built: every frontmatter field against its schema,
 * every reference (unit, plan + task, policy, observance) against what exists, photos on disk,
 * drafts and review. Pure: the caller reads the files and passes what it found.
 *
 * Every finding names the file, the field (with its Chinese label), what is wrong and how to fix it.
 */
import { type z } from 'astro/zod';
import {
  COLLECTION_INFO,
  DATA_FILES,
  docAt,
  entrySchema,
  formatPath,
  humanPath,
  type CollectionName,
  type DataFileName,
  type FieldDoc,
} from '../model/index.ts';
import type { ContentFile, DataFile, ReadFile } from '../content-layer/source.ts';

export type { ContentFile, DataFile } from '../content-layer/source.ts';
import { publishChecks, reviewApplies } from './publish-checks.ts';

/** One problem for staff: the same shape for schema, reference and personal-data findings. */
export type { Finding } from './content-lint.ts';
import type { Finding } from './content-lint.ts';

export interface PhotoInfo {
  exists: boolean;
  bytes?: number;
}

export interface CheckInput {
  files: ContentFile[];
  site: DataFile;
  units: DataFile;
  observances: DataFile;
  /** content/search-synonyms.yaml, when there is one (checked by src/search/synonyms.ts). */
  synonyms?: { file: string; text: string };
  /** content/wording.yaml, when the county keeps one. */
  wording?: DataFile;
  /** Looks up a photo referenced from an entry; `path` is relative to the entry's file. */
  photo: (entryFile: string, path: string) => PhotoInfo;
}

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff'];

type Issue = z.core.$ZodIssue;

type Path = readonly PropertyKey[];

/** Where a finding's words come from: the schema of the file, and for a list file what one item is. */
interface FieldContext {
  schema: z.ZodType;
  itemDoc?: FieldDoc | undefined;
}

/** Astro checks photos with image(); here a photo is a path, checked on disk by checkPhotos. */
function entryContext(collection: CollectionName): FieldContext {
  return { schema: entrySchema(collection) };
}

function dataContext(name: DataFileName): FieldContext {
  return { schema: DATA_FILES[name].schema, itemDoc: DATA_FILES[name].itemDoc };
}

function docFor(context: FieldContext, path: Path): FieldDoc | undefined {
  return docAt(context.schema, path) ?? (path.length === 1 && typeof path[0] === 'number' ? context.itemDoc : undefined);
}

/** "字段 location（活动地点）", "字段 tasks 第 2 项任务的 when（时间）", "第 2 个单位的 kind（单位类别）" */
export function describeField(context: FieldContext, path: Path): string {
  const doc = docFor(context, path);
  const name = humanPath(context.schema, path, context.itemDoc);
  const prefix = typeof path[0] === 'number' ? '' : '字段 ';
  return doc ? `${prefix}${name}（${doc.label}）` : `${prefix}${name}`;
}

/** describeField for a field of an entry, in its collection's words. */
export function describeEntryField(entry: Pick<ContentFile, 'collection'>, path: Path): string {
  return describeField(entryContext(entry.collection), path);
}

function fixFor(context: FieldContext, path: Path, fallback: string): string {
  const doc = docFor(context, path);
  if (!doc) return fallback;
  const key = [...path].reverse().find((part) => typeof part === 'string');
  return doc.example ? `${doc.hint}。例如：${String(key ?? '')}: ${doc.example}` : `${doc.hint}。`;
}

function received(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '日期';
  switch (typeof input) {
    case 'string':
      return `文字「${input}」`;
    case 'number':
      return `数字 ${input}`;
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return '一组字段';
    default:
      return String(typeof input);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项一行，以“- ”开头）',
  object: '一组字段',
  date: '日期（年-月-日）',
  int: '整数',
};

/** Turns one schema issue into a sentence a staff member can act on. */
export function explainIssue(issue: Issue, input: unknown, context: FieldContext): { message: string; fix: string } {
  const field = describeField(context, issue.path);
  const value = valueAt(input, issue.path);
  const fallbackFix = '请对照 CONTRIBUTING.zh.md 里的字段说明修改。';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: `${field}缺少，这是必填项。`, fix: fixFor(context, issue.path, fallbackFix) };
      if (issue.expected === 'date')
        return {
          message: `${field}不是有效日期（现在是 ${received(value)}）。`,
          fix: fixFor(context, issue.path, '按“年-月-日”写，例如 2026-08-01。'),
        };
      return {
        message: `${field}应该是${TYPE_NAMES[issue.expected] ?? issue.expected}，现在是${received(value)}。`,
        fix: fixFor(context, issue.path, fallbackFix),
      };
    case 'invalid_value': {
      const allowed = issue.values.map(String).join('、');
      return { message: `${field}的值「${String(value)}」不在可选范围内。`, fix: `只能写以下之一：${allowed}。` };
    }
    case 'invalid_format':
      return { message: `${field}的格式不对（现在是${received(value)}）。`, fix: fixFor(context, issue.path, fallbackFix) };
    case 'too_small':
      if (issue.origin === 'array')
        return { message: `${field}至少要有 ${String(issue.minimum)} 项。`, fix: fixFor(context, issue.path, fallbackFix) };
      if (issue.origin === 'string') return { message: `${field}不能为空。`, fix: fixFor(context, issue.path, fallbackFix) };
      return {
        message: `${field}不能小于 ${String(issue.minimum)}（现在是 ${String(value)}）。`,
        fix: fixFor(context, issue.path, fallbackFix),
      };
    case 'too_big':
      if (issue.origin === 'string') return { message: `${field}太长了，最多 ${String(issue.maximum)} 个字。`, fix: '请精简这段文字。' };
      return {
        message: `${field}不能大于 ${String(issue.maximum)}（现在是 ${String(value)}）。`,
        fix: fixFor(context, issue.path, fallbackFix),
      };
    case 'invalid_union':
      return { message: `${field}的写法不对（现在是${received(value)}）。`, fix: fixFor(context, issue.path, fallbackFix) };
    case 'unrecognized_keys':
      return { message: `${field}里有不认识的字段：${issue.keys.join('、')}。`, fix: '请检查拼写，或删掉这些字段。' };
    case 'custom':
      return { message: `${field}：${issue.message}。`, fix: fixFor(context, issue.path, fallbackFix) };
    default:
      return { message: `${field}有误：${issue.message}`, fix: fixFor(context, issue.path, fallbackFix) };
  }
}

function valueAt(input: unknown, path: Path): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function schemaIssues(schema: z.ZodType, data: unknown): Issue[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues;
}

function fromIssues(source: ReadFile, issues: Issue[], data: unknown, context: FieldContext, rule = 'schema'): Finding[] {
  return issues.map((issue) => ({
    file: source.file,
    line: source.lineOf(issue.path),
    field: formatPath(issue.path) || undefined,
    rule,
    severity: 'error' as const,
    ...explainIssue(issue, data, context),
  }));
}

/** A data file judged against its schema (or its reader's problems), in its own words. */
export function dataFileFindings(file: DataFile): Finding[] {
  if (file.problems.length) return readFindings(file);
  return fromIssues(file, schemaIssues(DATA_FILES[file.name].schema, file.data), file.data, dataContext(file.name));
}

/** The reader's problems (encoding, fences, YAML syntax) as findings. */
function readFindings(source: ReadFile): Finding[] {
  return source.problems.map((problem) => ({
    file: source.file,
    line: problem.line,
    rule: problem.code,
    severity: 'error' as const,
    message: problem.message,
    fix: problem.fix,
  }));
}

interface PhotoRef {
  path: Path;
  src: string;
}

function photoRefs(data: Record<string, unknown>): PhotoRef[] {
  const refs: PhotoRef[] = [];
  if (typeof data.cover === 'string') refs.push({ path: ['cover'], src: data.cover });
  if (Array.isArray(data.gallery)) {
    data.gallery.forEach((photo: unknown, index) => {
      if (photo && typeof photo === 'object' && typeof (photo as { src?: unknown }).src === 'string') {
        refs.push({ path: ['gallery', index, 'src'], src: (photo as { src: string }).src });
      }
    });
  }
  return refs;
}

function checkPhotos(entry: ContentFile, data: Record<string, unknown>, photo: CheckInput['photo']): Finding[] {
  const findings: Finding[] = [];
  const context = entryContext(entry.collection);
  const describe = (path: Path) => describeField(context, path);
  for (const ref of photoRefs(data)) {
    const base = { file: entry.file, line: entry.lineOf(ref.path), field: formatPath(ref.path), severity: 'error' as const };
    if (/^(https?:)?\/\//.test(ref.src)) {
      findings.push({
        ...base,
        rule: 'photo-remote',
        message: `${describe(ref.path)}引用了网络图片「${ref.src}」，本站不从其他网站加载任何内容。`,
        fix: '请把图片下载后放进本条目的文件夹，写成 ./文件名.jpg。',
      });
      continue;
    }
    const extension = ref.src.slice(ref.src.lastIndexOf('.')).toLowerCase();
    if (!PHOTO_EXTENSIONS.includes(extension)) {
      findings.push({
        ...base,
        rule: 'photo-format',
        message: `${describe(ref.path)}的图片「${ref.src}」格式不受支持。`,
        fix: `请换成 JPG、PNG 或 WebP 格式（支持：${PHOTO_EXTENSIONS.join(' ')}）。`,
      });
      continue;
    }
    const info = photo(entry.file, ref.src);
    if (!info.exists) {
      findings.push({
        ...base,
        rule: 'photo-missing',
        message: `${describe(ref.path)}写的图片「${ref.src}」找不到。`,
        fix: '请把图片放进本条目所在的文件夹，并检查文件名（包括大小写和扩展名）是否一致。',
      });
    } else if (info.bytes !== undefined && info.bytes > MAX_PHOTO_BYTES) {
      const mb = (info.bytes / 1024 / 1024).toFixed(1);
      findings.push({
        ...base,
        rule: 'photo-too-large',
        message: `${describe(ref.path)}的图片「${ref.src}」有 ${mb} MB，超过 8 MB 上限。`,
        fix: '请用手机或电脑把图片压缩到 8 MB 以下（网站会自动生成适合手机的小图）。',
      });
    }
  }
  return findings;
}

function asList(file: DataFile): Record<string, unknown>[] {
  return Array.isArray(file.data) ? (file.data as Record<string, unknown>[]) : [];
}

interface Known {
  units: Set<string>;
  observances: Set<string>;
  policies: Set<string>;
  plans: Map<string, Set<string>>;
}

function reference(
  entry: ContentFile,
  path: Path,
  value: unknown,
  known: Set<string> | undefined,
  what: { noun: string; where: string },
): Finding | undefined {
  if (typeof value !== 'string' || !known || known.has(value)) return undefined;
  const sample = [...known].slice(0, 8).join('、');
  return {
    file: entry.file,
    line: entry.lineOf(path),
    field: formatPath(path),
    rule: 'reference',
    severity: 'error',
    message: `${describeField(entryContext(entry.collection), path)}写的${what.noun}「${value}」不存在。`,
    fix: `请改成 ${what.where} 里已有的 id${sample ? `，例如：${sample}` : ''}。`,
  };
}

function checkReferences(entry: ContentFile, data: Record<string, unknown>, known: Known): Finding[] {
  const unit = { noun: '单位', where: 'content/units.yaml' };
  const found: (Finding | undefined)[] = [reference(entry, ['unit'], data.unit, known.units, unit)];
  if (Array.isArray(data.units)) data.units.forEach((value, i) => found.push(reference(entry, ['units', i], value, known.units, unit)));
  if (Array.isArray(data.tasks)) {
    data.tasks.forEach((task: unknown, i) => {
      const owner = (task as { owner?: unknown } | null)?.owner;
      found.push(reference(entry, ['tasks', i, 'owner'], owner, known.units, unit));
    });
  }
  found.push(reference(entry, ['observance'], data.observance, known.observances, { noun: '纪念日', where: 'content/observances.yaml' }));
  const policy = { noun: '政策', where: 'content/policies/（文件名或文件夹名）' };
  found.push(reference(entry, ['supersededBy'], data.supersededBy, known.policies, policy));
  if (Array.isArray(data.related))
    data.related.forEach((value, i) => found.push(reference(entry, ['related', i], value, known.policies, policy)));
  const planRef = reference(entry, ['plan'], data.plan, new Set(known.plans.keys()), { noun: '工作计划', where: 'content/plans/' });
  found.push(planRef);
  if (!planRef && typeof data.plan === 'string' && typeof data.task === 'string') {
    const tasks = known.plans.get(data.plan);
    found.push(
      reference(entry, ['task'], data.task, tasks, {
        noun: `任务（在计划 ${data.plan} 里）`,
        where: `content/plans/${data.plan} 的 tasks`,
      }),
    );
  }
  return found.filter((finding): finding is Finding => finding !== undefined);
}

/** The list of ids of a data file, with duplicates reported. */
function dataIds(file: DataFile, label: string, findings: Finding[]): Set<string> {
  const ids = new Set<string>();
  const firstAt = new Map<string, number>();
  asList(file).forEach((item, index) => {
    const itemId = item.id;
    if (typeof itemId !== 'string') return;
    const first = firstAt.get(itemId);
    if (first !== undefined) {
      const firstLine = file.lineOf([first, 'id']);
      findings.push({
        file: file.file,
        line: file.lineOf([index, 'id']),
        field: formatPath([index, 'id']),
        rule: 'duplicate-id',
        severity: 'error',
        message: `第 ${index + 1} 个${label}的编号「${itemId}」和第 ${first + 1} 个${label}${firstLine ? `（第 ${firstLine} 行）` : ''}重复了。`,
        fix: '每个 id 必须唯一，请改掉重复的那个（引用它的内容也要一起改）。',
      });
    } else {
      firstAt.set(itemId, index);
    }
    ids.add(itemId);
  });
  return ids;
}

/** Checks everything; returns every problem found (empty when the content can be built). */
export function checkContent(input: CheckInput): Finding[] {
  const findings: Finding[] = [];

  for (const file of [input.site, input.units, input.observances]) {
    if (file.problems.length) {
      findings.push(...readFindings(file));
      continue;
    }
    const info = DATA_FILES[file.name];
    if (info.itemDoc && !Array.isArray(file.data)) {
      findings.push({
        file: file.file,
        line: 1,
        rule: 'yaml',
        severity: 'error',
        message: `${info.itemDoc.label}文件应该是一个列表。`,
        fix: info.itemDoc.hint + '。',
      });
      continue;
    }
    findings.push(...fromIssues(file, schemaIssues(info.schema, file.data), file.data, dataContext(file.name)));
  }

  const requireReview = (input.site.data as { requireReview?: unknown } | null)?.requireReview === true;
  const known: Known = {
    units: dataIds(input.units, '单位', findings),
    observances: dataIds(input.observances, '纪念日', findings),
    policies: new Set(input.files.filter((f) => f.collection === 'policies').map((f) => f.id)),
    plans: new Map(
      input.files
        .filter((f) => f.collection === 'plans')
        .map((f) => {
          const tasks = (f.data as { tasks?: unknown } | null)?.tasks;
          const ids = Array.isArray(tasks)
            ? tasks.map((t: { id?: unknown }) => t?.id).filter((x): x is string => typeof x === 'string')
            : [];
          return [f.id, new Set(ids)] as const;
        }),
    ),
  };

  for (const entry of input.files) {
    if (entry.problems.length) {
      findings.push(...readFindings(entry));
      continue;
    }
    if (!entry.data || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
      findings.push({
        file: entry.file,
        line: 1,
        rule: 'frontmatter',
        severity: 'error',
        message: '两行 --- 之间的信息区是空的，或者不是“字段名: 内容”的写法。',
        fix: '请用 npm run new 生成一个新文件，再把正文复制进去。',
      });
      continue;
    }
    const data = entry.data as Record<string, unknown>;
    const context = entryContext(entry.collection);
    findings.push(...fromIssues(entry, schemaIssues(context.schema, data), data, context));
    findings.push(...checkPhotos(entry, data, input.photo));
    findings.push(...checkReferences(entry, data, known));
    if (requireReview && data.draft !== true && !data.reviewer && reviewApplies(input.site.data, data.date)) {
      findings.push({
        file: entry.file,
        line: entry.lineOf(['title']),
        field: 'reviewer',
        rule: 'review',
        severity: 'error',
        message: `本站要求发布前经过审核（site.yaml 设置了 requireReview: true），这篇${COLLECTION_INFO[entry.collection].entryNoun}还没有填写审核人。`,
        fix: '审核通过后，在文件开头加一行 reviewer: 审核人姓名；未审核的稿件请写 draft: true。',
      });
    }
  }
  findings.push(...publishChecks(input));
  return findings;
}

/** Chinese report for the terminal: one block per finding, grouped by file. */
export function formatFindings(findings: Finding[]): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const lines = [`✖ ${file}`];
    for (const finding of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = finding.line ? `第 ${finding.line} 行` : '';
      // Some rules already open their message with the line; say it once.
      const message = where ? finding.message.replace(/^第\s*\d+\s*行[：:，,]?\s*/, '') : finding.message;
      lines.push(`  ${where ? `${where}：` : ''}${message}`);
      lines.push(`    怎么改：${finding.fix}`);
    }
    blocks.push(lines.join('\n'));
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = errors
    ? `发现 ${errors} 个问题，修改后才能发布。`
    : findings.length
      ? `有 ${findings.length} 条提醒，不影响发布。`
      : '内容检查通过。';
  return [...blocks, summary].join('\n\n');
}
