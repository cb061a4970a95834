/**
 * Rules over the set of entries, not one file: names, ids shared by two files, a policy that
 * supersedes itself. Pure: the list the content reader found in, findings out.
 *
 * - An entry's name (its file or folder name) is its id and its URL. It must be lowercase letters,
 *   digits and hyphens (ID_PATTERN): `Bayi.mdx` and `bayi.mdx` are one file on Windows and macOS
 *   but two on the server; a space or a Chinese character becomes %E5%85%AB in every link. The
 *   message proposes the normalised name (src/lib/slug.ts, the scaffold's rules).
 * - `x.mdx` beside `x/index.mdx` is one id for two files: Astro keeps one and drops the other.
 * - `supersededBy` naming the policy itself, or a chain that comes back to it (A → B → A), would
 *   publish a policy as its own replacement.
 */
import { COLLECTION_LABELS, ID_PATTERN } from '../model/index.ts';
import { slugify } from './slug.ts';
import type { Finding } from './content-lint.ts';

import type { ContentFile } from '../content-layer/source.ts';

export type EntryListing = Pick<ContentFile, 'collection' | 'id' | 'file' | 'text' | 'data' | 'lineOf'>;

/** The name a file or folder should have: `2026-08-01 八一座谈` → `2026-08-01-bayi-zuotan`. */
export function normalisedName(name: string): string {
  return slugify(name, 30) || 'wenzhang';
}

function nameFinding(entry: EntryListing): Finding | undefined {
  if (ID_PATTERN.test(entry.id)) return undefined;
  const proposed = normalisedName(entry.id);
  const folder = /\/index\.mdx$/.test(entry.file);
  const what = folder ? '文件夹名' : '文件名';
  const reasons: string[] = [];
  if (/[A-Z]/.test(entry.id)) reasons.push('有大写字母');
  if (/\s/.test(entry.id)) reasons.push('有空格');
  if (/\p{Script=Han}/u.test(entry.id)) reasons.push('有汉字');
  if (reasons.length === 0) reasons.push('有字母、数字和短横线以外的符号');
  return {
    file: entry.file,
    field: what,
    rule: 'entry-name',
    severity: 'error',
    message: `${what}「${entry.id}」${reasons.join('、')}。${what}就是网址，只能用小写字母、数字和短横线“-”，否则在 Windows、苹果电脑和网站服务器上会变成不同的文件或打不开的链接。`,
    fix: `请把${what}改成「${proposed}」${folder ? '（文件夹里的 index.mdx 不用改名）' : '.mdx'}。`,
  };
}

/** Every problem of the entry set (names, shared ids, superseding). */
export function entryProblems(entries: EntryListing[]): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    const finding = nameFinding(entry);
    if (finding) findings.push(finding);
  }

  const byId = new Map<string, EntryListing[]>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    byId.set(key, [...(byId.get(key) ?? []), entry]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    for (const entry of same) {
      const others = same.filter((other) => other !== entry).map((other) => other.file);
      findings.push({
        file: entry.file,
        rule: 'duplicate-entry',
        severity: 'error',
        message: `这篇${COLLECTION_LABELS[entry.collection]}和 ${others.join('、')} 的名字都是「${entry.id}」，网址相同，网站只能发布其中一篇。`,
        fix: `请只保留一个：删掉多余的那个，或者给其中一个改名（例如 ${entry.id}-2）。`,
      });
    }
  }

  const policies = new Map(entries.filter((entry) => entry.collection === 'policies').map((entry) => [entry.id, entry]));
  const next = (id: string) => {
    const data = policies.get(id)?.data as { supersededBy?: unknown } | undefined;
    return typeof data?.supersededBy === 'string' ? data.supersededBy : undefined;
  };
  for (const [id, entry] of policies) {
    const first = next(id);
    if (first === undefined) continue;
    const base = {
      file: entry.file,
      line: entry.lineOf(['supersededBy']),
      field: 'supersededBy',
      rule: 'superseded-loop',
      severity: 'error' as const,
    };
    if (first === id) {
      findings.push({
        ...base,
        message: `字段 supersededBy（新政策）写的是这篇政策自己「${id}」：网页会显示“已失效”，又把自己当成新政策。`,
        fix: '请改成取代它的那篇新政策的文件名；如果这篇就是现行政策，请删掉 supersededBy 这一行。',
      });
      continue;
    }
    const chain = [id];
    for (let current: string | undefined = first; current !== undefined && policies.has(current); current = next(current)) {
      if (current === id) {
        findings.push({
          ...base,
          message: `字段 supersededBy（新政策）绕了一圈又回到这篇政策：${[...chain, id].join(' → ')}，没有一篇是现行政策。`,
          fix: '请在现行的那篇政策里删掉 supersededBy 这一行。',
        });
        break;
      }
      if (chain.includes(current)) break;
      chain.push(current);
    }
  }
  return findings;
}
