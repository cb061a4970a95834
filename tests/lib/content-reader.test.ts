/**
 * The content reader as the check uses it: real files in a temporary copy of the basic fixture,
 * read by readContent and judged by problemsIn (exactly what `npm run check:content` runs).
 * Bad values sit at list index 1 or later, so a reader that ignored indices would name the wrong line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { problemsIn } from '../../src/content-layer/content-problems.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { decodeContentBytes, splitFrontmatter } from '../../src/content-layer/source.ts';
import { parseYamlSource } from '../../src/content-layer/yaml-source.ts';
import { repoRoot } from '../helpers/paths.ts';

const fixture = join(repoRoot, 'tests/fixtures/basic/content');
const made: string[] = [];

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-'));
  made.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` to `relative` inside a fresh copy and returns the findings for that file. */
function findingsFor(relative: string, text: string | Buffer) {
  const root = copy();
  writeFileSync(join(root, relative), text);
  return problemsIn(readContent(root, root)).filter((finding) => finding.file === relative);
}

const PLAN = 'plans/2026-ceshi-jihua.mdx';
const planText = () => readFileSync(join(fixture, PLAN), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('line numbers of list items', () => {
  it("a bad when in the third task is reported on that task's line, counted as people count", () => {
    const text = planText().replace(
      '{ id: t03, title: 八一座谈会, when: 2026-07~2026-08 }',
      '{ id: t03, title: 八一座谈会, when: 2026年7月 }',
    );
    const [finding] = findingsFor(PLAN, text);
    expect(finding).toMatchObject({ field: 'tasks[2].when', line: lineOf(text, 't03') });
    expect(finding!.message).toContain('tasks 第 3 项任务的 when（时间）');
    expect(finding!.message).not.toMatch(/\[\d\]/);
  });

  it('a missing alt on the second photo of a gallery names that photo and its line', () => {
    const file = 'reports/2026-08-01-bayi-zuotan.mdx';
    const original = readFileSync(join(fixture, file), 'utf8');
    const text = original.replace(/^---\n/, '---\ngallery:\n  - src: ./a.jpg\n    alt: 第一张\n  - src: ./b.jpg\n    caption: 没有说明\n');
    const root = copy();
    writeFileSync(join(root, file), text);
    const finding = problemsIn(readContent(root, root)).find((f) => f.field === 'gallery[1].alt');
    expect(finding).toBeDefined();
    // alt is not written, so the line is the photo's own: `  - src: ./b.jpg`.
    expect(finding!.line).toBe(5);
    expect(finding!.message).toContain('gallery 第 2 张图片的 alt（图片说明）');
  });

  it("a bad second unit of units.yaml is reported on its own line, not the first unit's", () => {
    const text = readFileSync(join(fixture, 'units.yaml'), 'utf8').replace('  kind: 部队', '  kind: 军队');
    const [finding] = findingsFor('units.yaml', text);
    expect(finding).toMatchObject({ field: '[1].kind', line: lineOf(text, '军队') });
    expect(finding!.message).toContain('第 2 个单位的 kind（单位类别）');
  });

  it('a duplicate unit id names both items and sits on the repeated one', () => {
    const text = `${readFileSync(join(fixture, 'units.yaml'), 'utf8')}- id: ceshi-budui\n  name: 重复的中队\n  kind: 部队\n`;
    const duplicate = findingsFor('units.yaml', text).find((f) => f.rule === 'duplicate-id');
    const lines = text.split('\n');
    const last = lines.lastIndexOf('- id: ceshi-budui') + 1;
    expect(duplicate).toMatchObject({ line: last });
    expect(duplicate!.message).toMatch(/第 \d+ 个单位的编号「ceshi-budui」和第 2 个单位（第 4 行）重复了/);
  });
});

describe('YAML mistakes, each explained in Chinese on the right line', () => {
  const cases: [string, (text: string) => string, string, RegExp][] = [
    ['full-width colon', (t) => t.replace('summary: ', 'summary：'), 'yaml-full-width-colon', /中文冒号「：」/],
    ['tab indentation', (t) => t.replace('  - 走访慰问全覆盖', '\t- 走访慰问全覆盖'), 'yaml-tab', /Tab/],
    [
      'unquoted ": " in a value',
      (t) => t.replace('summary: 测试用的年度计划。', 'summary: 说明: 测试用的年度计划。'),
      'yaml-colon-in-value',
      /冒号加空格/,
    ],
    ['duplicate key', (t) => t.replace('kind: 工作计划', 'kind: 工作计划\nkind: 实施方案'), 'yaml-duplicate-key', /字段 kind 写了两次/],
    ['unclosed quote', (t) => t.replace('summary: 测试用的年度计划。', 'summary: "测试用的年度计划。'), 'yaml-quote', /引号没有配对/],
    [
      'zero-width space in an id',
      (t) => t.replace('unit: ceshi-shuangyongban', 'unit: ceshi-\u200bshuangyongban'),
      'yaml-invisible',
      /看不见的字符（零宽空格/,
    ],
    ['no-break space before a key', (t) => t.replace('year: 2026', '\u00a0year: 2026'), 'yaml-invisible', /不换行空格/],
  ];
  it.each(cases)('%s', (_name, mutate, code, message) => {
    const text = mutate(planText());
    const findings = findingsFor(PLAN, text);
    const finding = findings.find((f) => f.rule === code);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding!.message).toMatch(message);
    expect(finding!.fix.length).toBeGreaterThan(5);
    // The mistake's own line, counted in the whole file (the frontmatter starts on line 2).
    const changed = text.split('\n').findIndex((line, i) => line !== planText().split('\n')[i]) + 1;
    expect(finding!.line).toBe(changed);
    // Never the parser's English.
    for (const f of findings) expect(`${f.message}${f.fix}`).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
  });

  it('a missing closing --- is diagnosed as such, pointing where the fields end', () => {
    const text = planText().replace('---\n\n## 一、工作目标', '\n## 一、工作目标');
    const [finding] = findingsFor(PLAN, text);
    expect(finding).toMatchObject({ rule: 'frontmatter-close', line: lineOf(text, '## 一、工作目标') });
    expect(finding!.message).toContain('没有结尾的 ---');
  });

  it('fields without the opening --- are told to add it, not to recreate the file', () => {
    const [finding] = findingsFor(PLAN, planText().replace(/^---\n/, ''));
    expect(finding).toMatchObject({ rule: 'frontmatter-open', line: 1 });
    expect(finding!.fix).toContain('加一行 ---');
  });
});

describe('encodings', () => {
  it('a UTF-8 byte-order mark is accepted', () => {
    expect(findingsFor(PLAN, `\uFEFF${planText()}`)).toEqual([]);
  });

  it('GBK, UTF-16 and binary files are refused with 请另存为 UTF-8, never shown as mojibake', () => {
    const text = planText();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16NoBom = Buffer.from(text, 'utf16le');
    // 测试 in GBK: B2 E2 CA D4; not valid UTF-8.
    const gbk = Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('\n---\n')]);
    // A .docx renamed .mdx (a zip), and a photo renamed .mdx.
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
    const cases = [
      [utf16, 'encoding-utf16'],
      [utf16NoBom, 'encoding-utf16'],
      [gbk, 'encoding-gbk'],
      [docx, 'encoding-word'],
      [jpeg, 'encoding-binary'],
      [Buffer.alloc(0), 'encoding-empty'],
    ] as const;
    for (const [bytes, code] of cases) {
      const findings = findingsFor(PLAN, bytes);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: code, line: 1 });
      expect(findings[0]!.fix).toMatch(/UTF-8|import|npm run new/);
      expect(findings[0]!.message).not.toContain('\uFFFD');
    }
  });
});

describe('the pure parts', () => {
  it('splitFrontmatter gives the body and the line it starts on', () => {
    const split = splitFrontmatter('---\ntitle: a\n---\n正文第一行\n');
    expect(split).toEqual({ yaml: 'title: a', yamlFirstLine: 2, body: '正文第一行\n', bodyFirstLine: 4 });
  });

  it('lineOf points at a key, a list item, or the nearest written ancestor of a missing field', () => {
    const parsed = parseYamlSource('title: a\ntasks:\n  - id: t1\n    when: 2026-01\n  - id: t2\n    when: bad\n', 2);
    expect(parsed.lineOf(['tasks', 1, 'when'])).toBe(7);
    expect(parsed.lineOf(['tasks', 1])).toBe(6);
    expect(parsed.lineOf(['tasks', 1, 'owner'])).toBe(6);
    expect(parsed.lineOf(['missing'])).toBeUndefined();
  });

  it('decodeContentBytes strips a BOM and keeps the text', () => {
    expect(decodeContentBytes(new TextEncoder().encode('\uFEFF---\n'))).toEqual({ text: '---\n' });
  });
});
