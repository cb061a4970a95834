/**
 * Checks staff content before anything is built: every frontmatter field against its schema,
 * every reference (unit, plan + task, policy, observance) against what exists, photos on disk,
 * drafts and review. Pure: the caller reads the files and passes what it found.
 *
 * Every finding names the file, the field (with its Chinese label), what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import {
  COLLECTION_LABELS,
  FIELD_DOCS,
  collectionSchemas,
  observanceSchema,
  siteSchema,
  unitSchema,
  type CollectionName,
} from '../content.schema.ts';
import { publishChecks, reviewApplies } from './publish-checks.ts';

/** One problem for staff: the same shape for schema, reference and personal-data findings. */
export type { Finding } from './content-lint.ts';
import type { Finding } from './content-lint.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id: folder name or file name without .mdx. */
  id: string;
  /** Path shown to staff, relative to the repository (e.g. content/reports/2026-08-01-bayi/index.mdx). */
  file: string;
  /** Raw text of the file, for line numbers. */
  text: string;
  /** Parsed frontmatter, or the YAML error message when it could not be parsed. */
  data: unknown;
  yamlError?: string;
}

export interface DataFile {
  file: string;
  text: string;
  data: unknown;
  yamlError?: string;
}

export interface PhotoInfo {
  exists: boolean;
  bytes?: number;
}

export interface CheckInput {
  files: ContentFile[];
  site: DataFile;
  units: DataFile;
  observances: DataFile;
  /** content/wording.yaml, when the county keeps one. */
  wording?: DataFile;
  /** Looks up a photo referenced from an entry; `path` is relative to the entry's file. */
  photo: (entryFile: string, path: string) => PhotoInfo;
}

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff'];

type Issue = z.core.$ZodIssue;

/** Astro checks photos with image(); here a photo is a path, checked on disk by checkPhotos. */
const imagePathSchema = z.string().min(1);
type Path = readonly PropertyKey[];

/** `tasks[2].when` from ['tasks', 2, 'when']. */
export function formatPath(path: Path): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function docFor(path: Path) {
  const named = [...path].reverse().find((part): part is string => typeof part === 'string');
  return named ? FIELD_DOCS[named] : undefined;
}

/** "字段 tasks[2].when（时间）" */
export function describeField(path: Path): string {
  const doc = docFor(path);
  const name = formatPath(path);
  return doc ? `字段 ${name}（${doc.label}）` : `字段 ${name}`;
}

function fixFor(path: Path, fallback: string): string {
  const doc = docFor(path);
  if (!doc) return fallback;
  return doc.example ? `${doc.hint}。例如：${formatPath(path.slice(-1))}: ${doc.example}` : `${doc.hint}。`;
}

function received(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '日期';
  switch (typeof input) {
    case 'string': return `文字「${input}」`;
    case 'number': return `数字 ${input}`;
    case 'boolean': return input ? 'true' : 'false';
    case 'object': return '一组字段';
    default: return String(typeof input);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: 'true 或 false', array: '列表（每项一行，以“- ”开头）',
  object: '一组字段', date: '日期（年-月-日）', int: '整数',
};

/** Turns one schema issue into a sentence a staff member can act on. */
export function explainIssue(issue: Issue, input: unknown): { message: string; fix: string } {
  const field = describeField(issue.path);
  const value = valueAt(input, issue.path);
  const fallbackFix = '请对照 CONTRIBUTING.zh.md 里的字段说明修改。';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: `${field}缺少，这是必填项。`, fix: fixFor(issue.path, fallbackFix) };
      if (issue.expected === 'date') return { message: `${field}不是有效日期（现在是 ${received(value)}）。`, fix: fixFor(issue.path, '按“年-月-日”写，例如 2026-08-01。') };
      return {
        message: `${field}应该是${TYPE_NAMES[issue.expected] ?? issue.expected}，现在是${received(value)}。`,
        fix: fixFor(issue.path, fallbackFix),
      };
    case 'invalid_value': {
      const allowed = issue.values.map(String).join('、');
      return { message: `${field}的值「${String(value)}」不在可选范围内。`, fix: `只能写以下之一：${allowed}。` };
    }
    case 'invalid_format':
      return { message: `${field}的格式不对（现在是${received(value)}）。`, fix: fixFor(issue.path, fallbackFix) };
    case 'too_small':
      if (issue.origin === 'array') return { message: `${field}至少要有 ${String(issue.minimum)} 项。`, fix: fixFor(issue.path, fallbackFix) };
      if (issue.origin === 'string') return { message: `${field}不能为空。`, fix: fixFor(issue.path, fallbackFix) };
      return { message: `${field}不能小于 ${String(issue.minimum)}（现在是 ${String(value)}）。`, fix: fixFor(issue.path, fallbackFix) };
    case 'too_big':
      if (issue.origin === 'string') return { message: `${field}太长了，最多 ${String(issue.maximum)} 个字。`, fix: '请精简这段文字。' };
      return { message: `${field}不能大于 ${String(issue.maximum)}（现在是 ${String(value)}）。`, fix: fixFor(issue.path, fallbackFix) };
    case 'invalid_union':
      return { message: `${field}的写法不对（现在是${received(value)}）。`, fix: fixFor(issue.path, fallbackFix) };
    case 'unrecognized_keys':
      return { message: `${field}里有不认识的字段：${issue.keys.join('、')}。`, fix: '请检查拼写，或删掉这些字段。' };
    case 'custom':
      return { message: `${field}：${issue.message}。`, fix: fixFor(issue.path, fallbackFix) };
    default:
      return { message: `${field}有误：${issue.message}`, fix: fixFor(issue.path, fallbackFix) };
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

/** 1-based line of the first `key:` of the path inside the frontmatter or YAML text. */
export function lineOfField(text: string, path: Path): number | undefined {
  const lines = text.split(/\r?\n/);
  let from = 0;
  let line: number | undefined;
  for (const part of path) {
    if (typeof part !== 'string') continue;
    const pattern = new RegExp(`^\\s*(- )?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((candidate, i) => i >= from && pattern.test(candidate));
    if (index === -1) break;
    line = index + 1;
    from = index + 1;
  }
  return line;
}

function schemaIssues(schema: z.ZodType, data: unknown): Issue[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues;
}

export function fromIssues(file: string, text: string, issues: Issue[], data: unknown, rule = 'schema'): Finding[] {
  return issues.map((issue) => ({
    file,
    line: lineOfField(text, issue.path),
    field: formatPath(issue.path) || undefined,
    rule,
    severity: 'error' as const,
    ...explainIssue(issue, data),
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
  for (const ref of photoRefs(data)) {
    const base = { file: entry.file, line: lineOfField(entry.text, ref.path), field: formatPath(ref.path), severity: 'error' as const };
    if (/^(https?:)?\/\//.test(ref.src)) {
      findings.push({ ...base, rule: 'photo-remote', message: `${describeField(ref.path)}引用了网络图片「${ref.src}」，本站不从其他网站加载任何内容。`, fix: '请把图片下载后放进本条目的文件夹，写成 ./文件名.jpg。' });
      continue;
    }
    const extension = ref.src.slice(ref.src.lastIndexOf('.')).toLowerCase();
    if (!PHOTO_EXTENSIONS.includes(extension)) {
      findings.push({ ...base, rule: 'photo-format', message: `${describeField(ref.path)}的图片「${ref.src}」格式不受支持。`, fix: `请换成 JPG、PNG 或 WebP 格式（支持：${PHOTO_EXTENSIONS.join(' ')}）。` });
      continue;
    }
    const info = photo(entry.file, ref.src);
    if (!info.exists) {
      findings.push({ ...base, rule: 'photo-missing', message: `${describeField(ref.path)}写的图片「${ref.src}」找不到。`, fix: '请把图片放进本条目所在的文件夹，并检查文件名（包括大小写和扩展名）是否一致。' });
    } else if (info.bytes !== undefined && info.bytes > MAX_PHOTO_BYTES) {
      const mb = (info.bytes / 1024 / 1024).toFixed(1);
      findings.push({ ...base, rule: 'photo-too-large', message: `${describeField(ref.path)}的图片「${ref.src}」有 ${mb} MB，超过 8 MB 上限。`, fix: '请用手机或电脑把图片压缩到 8 MB 以下（网站会自动生成适合手机的小图）。' });
    }
  }
  return findings;
}

function asList(file: DataFile): Record<string, unknown>[] {
  return Array.isArray(file.data) ? (file.data as Record<string, unknown>[]) : [];
}

function yamlFinding(file: string, error: string): Finding {
  return { file, rule: 'yaml', severity: 'error', message: `文件格式有误，无法读取：${error}`, fix: '请检查冒号后是否有空格、缩进是否对齐、引号是否成对。' };
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
    line: lineOfField(entry.text, path),
    field: formatPath(path),
    rule: 'reference',
    severity: 'error',
    message: `${describeField(path)}写的${what.noun}「${value}」不存在。`,
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
  if (Array.isArray(data.related)) data.related.forEach((value, i) => found.push(reference(entry, ['related', i], value, known.policies, policy)));
  const planRef = reference(entry, ['plan'], data.plan, new Set(known.plans.keys()), { noun: '工作计划', where: 'content/plans/' });
  found.push(planRef);
  if (!planRef && typeof data.plan === 'string' && typeof data.task === 'string') {
    const tasks = known.plans.get(data.plan);
    found.push(reference(entry, ['task'], data.task, tasks, { noun: `任务（在计划 ${data.plan} 里）`, where: `content/plans/${data.plan} 的 tasks` }));
  }
  return found.filter((finding): finding is Finding => finding !== undefined);
}

/** The list of ids of a data file, with duplicates reported. */
function dataIds(file: DataFile, label: string, findings: Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const item of asList(file)) {
    const itemId = item.id;
    if (typeof itemId !== 'string') continue;
    if (ids.has(itemId)) {
      findings.push({ file: file.file, line: lineOfField(file.text, ['id']), field: 'id', rule: 'duplicate-id', severity: 'error', message: `${label}编号「${itemId}」出现了不止一次。`, fix: '每个 id 必须唯一，请改掉重复的那个。' });
    }
    ids.add(itemId);
  }
  return ids;
}

/** Checks everything; returns every problem found (empty when the content can be built). */
export function checkContent(input: CheckInput): Finding[] {
  const findings: Finding[] = [];

  const { site } = input;
  if (site.yamlError) findings.push(yamlFinding(site.file, site.yamlError));
  else findings.push(...fromIssues(site.file, site.text, schemaIssues(siteSchema, site.data), site.data));
  for (const [file, schema, label] of [[input.units, unitSchema, '单位'], [input.observances, observanceSchema, '纪念日']] as const) {
    if (file.yamlError) { findings.push(yamlFinding(file.file, file.yamlError)); continue; }
    if (!Array.isArray(file.data)) {
      findings.push({ file: file.file, rule: 'yaml', severity: 'error', message: `${label}文件应该是一个列表。`, fix: '每一项以“- id: …”开头。' });
      continue;
    }
    file.data.forEach((item: unknown, index) => {
      const issues = schemaIssues(schema, item).map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      findings.push(...fromIssues(file.file, file.text, issues as Issue[], file.data));
    });
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
          const ids = Array.isArray(tasks) ? tasks.map((t: { id?: unknown }) => t?.id).filter((x): x is string => typeof x === 'string') : [];
          return [f.id, new Set(ids)] as const;
        }),
    ),
  };

  for (const entry of input.files) {
    if (entry.yamlError) { findings.push(yamlFinding(entry.file, entry.yamlError)); continue; }
    if (!entry.data || typeof entry.data !== 'object') {
      findings.push({ file: entry.file, line: 1, rule: 'frontmatter', severity: 'error', message: '文件开头缺少用 --- 包起来的信息区（标题、日期等）。', fix: '请用 npm run new 生成一个新文件，再把正文复制进去。' });
      continue;
    }
    const data = entry.data as Record<string, unknown>;
    const schema = collectionSchemas[entry.collection](() => imagePathSchema);
    findings.push(...fromIssues(entry.file, entry.text, schemaIssues(schema, data), data));
    findings.push(...checkPhotos(entry, data, input.photo));
    findings.push(...checkReferences(entry, data, known));
    if (requireReview && data.draft !== true && !data.reviewer && reviewApplies(input.site.data, data.date)) {
      findings.push({
        file: entry.file,
        line: lineOfField(entry.text, ['title']),
        field: 'reviewer',
        rule: 'review',
        severity: 'error',
        message: `本站要求发布前经过审核（site.yaml 设置了 requireReview: true），这篇${COLLECTION_LABELS[entry.collection]}还没有填写审核人。`,
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
    : findings.length ? `有 ${findings.length} 条提醒，不影响发布。` : '内容检查通过。';
  return [...blocks, summary].join('\n\n');
}
