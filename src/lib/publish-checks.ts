/**
 * The checks a government site is inspected by, run inside the content check so that the check and
 * the build agree (src/lib/content-check.ts calls `publishChecks` once):
 *
 * - 用词: content/wording.yaml against its schema, then every published entry against the dictionary
 *   and the 涉军保密 reminder (src/lib/wording.ts);
 * - 三审: site.yaml `review: { roles, from }` requires each role's name on entries dated on or after `from`;
 * - 政策解读 ↔ 政策原文: each side names the other (`original` / `interpretation`), checked both ways;
 * - 附件: every listed attachment exists in the entry's folder, is a PDF, DOCX or XLSX, and is not huge;
 * - site.yaml images (公众号 QR code, 党政机关 mark) exist in content/.
 *
 * Pure: the caller passes what it read (CheckInput).
 */
import { REVIEW_ROLE_FIELDS, REVIEW_ROLES, wordingSchema } from '../model/index.ts';
import { dataFileFindings, type CheckInput, type ContentFile } from './content-check.ts';
import type { Finding } from './content-lint.ts';
import { entryDate } from './inspection.ts';
import { scanWording, secrecyCheck, wordingRules, type WordingFile } from './wording.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

type Data = Record<string, unknown>;
const record = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});
const published = (input: CheckInput) =>
  input.files.filter((file) => file.data && typeof file.data === 'object' && record(file.data).draft !== true);

/** The validated wording file (or none), with its problems. */
function wordingFile(input: CheckInput): { file?: WordingFile; findings: Finding[] } {
  const source = input.wording;
  if (!source) return { findings: [] };
  const result = wordingSchema.safeParse(source.data ?? {});
  if (source.problems.length || !result.success) return { findings: dataFileFindings(source) };
  return { file: result.data, findings: [] };
}

export interface WordingOutcome {
  findings: Finding[];
  confirmed: { file: string; reviewer: string; count: number }[];
}

/** Dictionary hits and 涉军保密 reminders over every published entry. */
export function wordingProblems(input: CheckInput): WordingOutcome {
  const { file, findings } = wordingFile(input);
  const rules = wordingRules(file);
  const confirmed: WordingOutcome['confirmed'] = [];
  for (const entry of published(input)) {
    findings.push(...scanWording(entry.text, entry.file, rules));
    const secrecy = secrecyCheck(entry.text, entry.file, record(entry.data).secrecyReviewer);
    findings.push(...secrecy.findings);
    if (secrecy.confirmed) confirmed.push(secrecy.confirmed);
  }
  return { findings, confirmed };
}

/** 三审: each configured role's name on every published entry dated on or after `review.from`. */
export function reviewProblems(input: CheckInput): Finding[] {
  const review = record(record(input.site.data).review);
  const from = entryDate(review.from);
  const roles = Array.isArray(review.roles)
    ? review.roles.filter((role): role is (typeof REVIEW_ROLES)[number] => (REVIEW_ROLES as readonly unknown[]).includes(role))
    : [];
  if (!from || roles.length === 0) return [];
  const findings: Finding[] = [];
  for (const entry of published(input)) {
    const data = record(entry.data);
    const date = entryDate(data.date);
    if (!date || date < from) continue;
    const missing = roles.filter(
      (role) => typeof data[REVIEW_ROLE_FIELDS[role]] !== 'string' || !(data[REVIEW_ROLE_FIELDS[role]] as string).trim(),
    );
    for (const role of missing) {
      const field = REVIEW_ROLE_FIELDS[role];
      findings.push({
        file: entry.file,
        line: entry.lineOf(['date']),
        field,
        rule: 'review',
        severity: 'error',
        message: `本站要求 ${from} 以后的内容经过${roles.join('、')}（site.yaml 的 review），这篇还没有写${role}人 ${field}。`,
        fix: `${role}通过后，在文件开头加一行 ${field}: ${role}人姓名；还没审完的稿件请写 draft: true。`,
      });
    }
  }
  return findings;
}

/** Whether the site's plain `requireReview` applies to an entry of this date (only from `review.from` on, when set). */
export function reviewApplies(site: unknown, date: unknown): boolean {
  const from = entryDate(record(record(site).review).from);
  const day = entryDate(date);
  return !from || !day || day >= from;
}

function policyFinding(entry: ContentFile, field: string, message: string, fix: string, severity: Finding['severity'] = 'error'): Finding {
  return { file: entry.file, line: entry.lineOf([field]), field, rule: 'policy-link', severity, message, fix };
}

/** 政策解读 ↔ 政策原文, both ways; errors for a one-way or wrong link. */
export function policyLinkProblems(input: CheckInput): Finding[] {
  const policies = new Map(input.files.filter((f) => f.collection === 'policies').map((f) => [f.id, f] as const));
  const findings: Finding[] = [];
  const typeOf = (file: ContentFile) => (record(file.data).docType === '政策原文' ? '政策原文' : '政策解读');
  for (const entry of policies.values()) {
    const data = record(entry.data);
    // A 解读 names its 原文 in `original`; a 原文 names its 解读 in `interpretation`.
    const [own, other, otherType] =
      typeOf(entry) === '政策解读'
        ? (['original', 'interpretation', '政策原文'] as const)
        : (['interpretation', 'original', '政策解读'] as const);
    if (typeof data[other] === 'string') {
      findings.push(
        policyFinding(entry, other, `这篇是${typeOf(entry)}，不能写 ${other}。`, `${typeOf(entry)}用 ${own} 写对应的${otherType}。`),
      );
    }
    const target = data[own];
    if (typeof target !== 'string') continue;
    const linked = policies.get(target);
    if (!linked) continue; // a missing id is reported as a reference below
    if (typeOf(linked) !== otherType) {
      findings.push(
        policyFinding(
          entry,
          own,
          `${own} 写的「${target}」不是${otherType}（它的 docType 是 ${typeOf(linked)}）。`,
          `请改成一篇${otherType}的文件名，或在「${target}」里写 docType: ${otherType}。`,
        ),
      );
    } else if (record(linked.data)[other] !== entry.id) {
      findings.push(
        policyFinding(
          entry,
          own,
          `这篇链接了${otherType}「${target}」，但「${target}」没有链接回来。`,
          `在 ${linked.file} 的开头加一行 ${other}: ${entry.id}。`,
        ),
      );
    }
  }
  for (const entry of policies.values()) {
    for (const field of ['original', 'interpretation']) {
      const target = record(entry.data)[field];
      if (typeof target === 'string' && !policies.has(target)) {
        findings.push(
          policyFinding(
            entry,
            field,
            `字段 ${field} 写的政策「${target}」不存在。`,
            `请改成 content/policies/ 里已有的文件名，例如：${[...policies.keys()].slice(0, 5).join('、')}。`,
          ),
        );
      }
    }
  }
  return findings;
}

/** For the inspection: 政策解读 that name no 政策原文 (inspectors ask for both, linked both ways). */
export function policyLinkNotes(input: CheckInput): Finding[] {
  return published(input)
    .filter((f) => f.collection === 'policies' && record(f.data).docType !== '政策原文' && typeof record(f.data).original !== 'string')
    .map((entry) =>
      policyFinding(
        entry,
        'title',
        '这篇政策解读没有链接政策原文。',
        '把政策原文也发布为一篇 docType: 政策原文，两边分别写 original 和 interpretation。',
        'warning',
      ),
    );
}

function attachmentProblems(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const entry of input.files) {
    const list = record(entry.data).attachments;
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const file = record(item).file;
      if (typeof file !== 'string' || !/^\.\/[^/\\]+\.(pdf|docx|xlsx)$/i.test(file)) return; // the schema reports the form
      const info = input.photo(entry.file, file);
      const base = {
        file: entry.file,
        line: entry.lineOf(['attachments', index, 'file']),
        field: `attachments[${index}].file`,
        severity: 'error' as const,
      };
      if (!info.exists) {
        findings.push({
          ...base,
          rule: 'attachment-missing',
          message: `附件「${file}」找不到。`,
          fix: '请把附件放进本条目的文件夹（条目要写成 文件夹/index.mdx），并检查文件名和扩展名是否一致。',
        });
      } else if (info.bytes !== undefined && info.bytes > MAX_ATTACHMENT_BYTES) {
        findings.push({
          ...base,
          rule: 'attachment-too-large',
          message: `附件「${file}」有 ${(info.bytes / 1024 / 1024).toFixed(1)} MB，超过 20 MB 上限。`,
          fix: '请压缩后再放进来（PDF 可以降低图片分辨率），群众多用手机下载。',
        });
      }
    });
  }
  return findings;
}

function siteImageProblems(input: CheckInput): Finding[] {
  const site = record(input.site.data);
  const images: [string[], unknown][] = [
    [['wechat', 'qr'], record(site.wechat).qr],
    [['conacMark', 'image'], record(site.conacMark).image],
  ];
  return images.flatMap(([path, src]) => {
    if (typeof src !== 'string' || !/^\.\/[^/\\]+\.(png|jpe?g)$/i.test(src) || input.photo(input.site.file, src).exists) return [];
    return [
      {
        file: input.site.file,
        line: input.site.lineOf(path),
        field: path.join('.'),
        rule: 'photo-missing',
        severity: 'error' as const,
        message: `${path.join('.')} 写的图片「${src}」找不到。`,
        fix: '请把图片放进 content 文件夹（和 site.yaml 在一起），并检查文件名。',
      },
    ];
  });
}

/** Everything above that stops a build, in one list. */
export function publishChecks(input: CheckInput): Finding[] {
  return [
    ...wordingProblems(input).findings,
    ...reviewProblems(input),
    ...policyLinkProblems(input),
    ...attachmentProblems(input),
    ...siteImageProblems(input),
  ];
}
