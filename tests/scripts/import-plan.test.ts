/**
 * `npm run import:plan` end to end: spawn the real script with Node 24 against a temporary content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir as sharedSeeds } from '../helpers/paths.ts';
import { z } from 'astro/zod';
import { planSchema } from '../../src/model/index.ts';
import { frontmatterData as parseFrontmatter } from '../../src/content-layer/source.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const node = resolve(repoRoot, 'node_modules/.bin/node');
const seedsDir = sharedSeeds;
const plansSeed = resolve(seedsDir, 'county-implementation-plans.txt');
const experienceSeed = resolve(seedsDir, 'county-experience-and-suggestions.txt');
const hasSeeds = existsSync(plansSeed) && existsSync(experienceSeed);
if (!hasSeeds) console.warn(`跳过种子文件测试：找不到 ${seedsDir}（../shared/seeds 不在这台机器上）`);

let work = '';
let content = '';

function run(...args: string[]) {
  const result = spawnSync(node, ['scripts/import-plan.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, SITE_CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validPlan = (file: string) => {
  const parsed = planSchema(() => z.string()).safeParse(parseFrontmatter(readFileSync(file, 'utf8')));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
};

/** GBK bytes for a text, built from the platform's own GB18030 decoder (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...table.get(char)!);
  }
  return Buffer.from(bytes);
}

const SAMPLE =
  '2026年示例镇双拥工作计划\n为做好今年双拥工作，制定本计划。\n一、主要任务\n（一）春节慰问\n第一季度走访慰问驻镇部队。\n（二）征兵宣传\n五月份开展征兵宣传。\n';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sy-import-'));
  content = join(work, 'content');
  // content/ with units.yaml, no plans yet
  mkdirSync(content, { recursive: true });
  writeFileSync(
    join(content, 'units.yaml'),
    '- id: xian-shuangyongban\n  name: 示例县双拥办\n  kind: 党政机关\n- id: shi-zhen\n  name: 示例镇\n  kind: 乡镇街道\n',
  );
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run import:plan', () => {
  it('imports a UTF-8 plan into content/plans/ and prints a summary', () => {
    const file = join(work, '示例计划.txt');
    writeFileSync(file, SAMPLE);
    const { code, stdout, stderr } = run(file, '--unit', 'shi-zhen', '--date', '2026-01-05');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = join(content, 'plans', '2026-shili-zhen-shuangyong-gongzuo-jihua.mdx');
    expect(existsSync(out)).toBe(true);
    validPlan(out);
    const data = parseFrontmatter(readFileSync(out, 'utf8'));
    expect(data).toMatchObject({ year: 2026, unit: 'shi-zhen', date: '2026-01-05', kind: '工作计划' });
    expect(data.tasks).toEqual([
      { id: 't01', title: '走访慰问驻镇部队', when: '2026-Q1' },
      { id: 't02', title: '开展征兵宣传', when: '2026-05' },
    ]);
    expect(stdout).toContain('已创建：');
    expect(stdout).toContain('2 项任务');
    expect(stdout).toContain('npm run check:content');
  });

  it('reads a GBK file (Windows Notepad) too', () => {
    const file = join(work, 'gbk.txt');
    writeFileSync(file, gbk(SAMPLE.replace('示例镇', '另一镇')));
    const out = join(work, 'gbk.mdx');
    const { code, stdout } = run(file, '--unit', 'shi-zhen', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('GBK');
    expect(readFileSync(out, 'utf8')).toContain('title: 2026年另一镇双拥工作计划');
    validPlan(out);
  });

  it('refuses to overwrite, refuses Word files, and explains an unknown unit', () => {
    const file = join(work, '示例计划.txt');
    const again = run(file, '--unit', 'shi-zhen');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已经存在，不会覆盖');
    const docx = join(work, '坏的.docx');
    writeFileSync(docx, 'PK');
    const word = run(docx);
    expect(word.code).toBe(1);
    expect(word.stderr).toContain('另存为');
    const unit = run(file, '--unit', 'nope', '--out', join(work, 'x.mdx'));
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('shi-zhen（示例镇）');
    const missing = run(join(work, 'bucunzai.txt'));
    expect(missing.stderr).toContain('找不到文件');
    for (const result of [again, word, unit, missing]) expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('reads UTF-16 (Notepad and WPS “Unicode”), with and without BOM, as text without NUL bytes', () => {
    for (const [name, bytes] of [
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE.replace('示例镇', '甲镇'), 'utf16le')])],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE.replace('示例镇', '甲镇'), 'utf16le').swap16()])],
      ['utf16nobom.txt', Buffer.from(SAMPLE.replace('示例镇', '甲镇'), 'utf16le')],
    ] as const) {
      const file = join(work, name);
      writeFileSync(file, bytes);
      const out = join(work, `${name}.mdx`);
      const { code, stdout, stderr } = run(file, '--unit', 'shi-zhen', '--out', out);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('UTF-16');
      const text = readFileSync(out, 'utf8');
      expect(text).not.toContain('\u0000');
      expect(text).toContain('title: 2026年甲镇双拥工作计划');
      validPlan(out);
    }
  });

  it('refuses an empty file, a .docx renamed to .txt, and .doc/.wps files, in Chinese', () => {
    const empty = join(work, '空.txt');
    writeFileSync(empty, '');
    const refusedEmpty = run(empty, '--unit', 'shi-zhen', '--out', join(work, 'empty.mdx'));
    expect(refusedEmpty.code).toBe(1);
    expect(refusedEmpty.stderr).toContain('空.txt 是一个空文件');
    expect(existsSync(join(work, 'empty.mdx'))).toBe(false);
    const renamed = join(work, '改名.txt');
    writeFileSync(renamed, Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64)]));
    const refusedRenamed = run(renamed, '--unit', 'shi-zhen', '--out', join(work, 'renamed.mdx'));
    expect(refusedRenamed.code).toBe(1);
    expect(refusedRenamed.stderr).toMatch(/改名\.txt 不是纯文本文件.*\.docx/);
    for (const name of ['旧计划.doc', '旧计划.wps']) {
      const file = join(work, name);
      writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
      const refused = run(file, '--unit', 'shi-zhen');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('另存为');
      expect(refused.stderr).toContain('.docx');
      expect(refused.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('without --unit uses the first unit and marks it 待确认', () => {
    const out = join(work, 'guess.mdx');
    const { code, stdout } = run(join(work, '示例计划.txt'), '--out', out);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^unit: xian-shuangyongban {2}# 待确认：/m);
    expect(stdout).toContain('unit');
  });
});

describe.skipIf(!hasSeeds)('npm run import:plan on the seed texts', () => {
  it('imports the eleven plans with --split, each a valid plan, and flags 20xx', () => {
    const dir = join(work, 'split');
    const { code, stdout, stderr } = run(plansSeed, '--split', '--unit', 'xian-shuangyongban', '--out', dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(11);
    for (const file of files) validPlan(join(dir, file));
    expect(stdout).toContain('导入了 11 份计划');
    expect(stdout).toContain('年度：2026（待确认）');
    expect(stdout).toContain('20xx');
    expect(stdout).toContain('npm run check:content 会报错');
    expect(stdout).toMatch(/原文第1行：这一行是网页上的摘要/);
    const sixth = readFileSync(join(dir, files[5]!), 'utf8');
    expect(sixth).toContain('when: 2026-01~2026-03');
    expect(sixth).toContain('when: 2026-10~2026-12');
  });

  it('imports the whole file as one plan with a hint about --split, and --dry-run writes nothing', () => {
    const out = join(work, 'whole.mdx');
    const { code, stdout } = run(plansSeed, '--unit', 'xian-shuangyongban', '--year', '2026', '--out', out, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('--split');
    expect(stdout).toContain('试运行');
    expect(existsSync(out)).toBe(false);
  });

  it('imports the experience text', () => {
    const out = join(work, 'experience.mdx');
    const { code } = run(experienceSeed, '--unit', 'xian-shuangyongban', '--year', '2025', '--out', out);
    expect(code).toBe(0);
    validPlan(out);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^year: 2025$/m);
    expect(text).toMatch(/^## 一、/m);
  });
});
