/**
 * `npm run new` end to end: spawn the real script with Node 24 against a temporary content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../src/model/index.ts';
import { frontmatterData as parseFrontmatter } from '../../src/content-layer/source.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const node = resolve(repoRoot, 'node_modules/.bin/node');
let content = '';

const UNITS = `- id: xian-shuangyongban
  name: 示例县双拥办
  kind: 党政机关
- id: wujing-zhongdui
  name: 武警示例中队
  kind: 部队
`;

function run(...args: string[]) {
  const result = spawnSync(node, ['scripts/new.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, SITE_CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function validate(collection: CollectionName, file: string) {
  const parsed = collectionSchemas[collection](() => z.string()).safeParse(parseFrontmatter(readFileSync(file, 'utf8')));
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/Error:/);
}

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'sy-new-'));
  writeFileSync(join(content, 'units.yaml'), UNITS);
  writeFileSync(join(content, 'observances.yaml'), '- id: bayi\n  name: 八一建军节\n  rule: { type: fixed, date: "08-01" }\n');
});
afterAll(() => {
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('npm run new (non-interactive)', () => {
  it('creates a report folder with index.mdx that passes the schema, and says what to do next', () => {
    const { code, stdout, stderr } = run(
      'report',
      '--title',
      '县双拥办开展“八一”走访慰问活动',
      '--date',
      '2026-08-01',
      '--unit',
      'xian-shuangyongban',
      '--type',
      '走访慰问',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const folder = join(content, 'reports', '2026-08-01-xian-shuangyongban-kaizhan-bayi-zoufang-weiwen');
    const file = join(folder, 'index.mdx');
    expect(existsSync(file)).toBe(true);
    validate('reports', file);
    expect(stdout).toContain('已创建：');
    expect(stdout).toContain('2026-08-01-xian-shuangyongban-kaizhan-bayi-zoufang-weiwen/index.mdx');
    expect(stdout).toContain('照片文件夹：');
    expect(stdout).toMatch(/把照片.*放进文件夹/);
    expect(stdout).toContain('alt');
    expect(stdout).toContain('npm run check:content');
    expect(stdout).toContain('npm run dev');
    expect(stdout).toContain('git commit');
    // only the file, no placeholder files in the photo folder
    expect(readdirSync(folder)).toEqual(['index.mdx']);
  });

  it('refuses to overwrite an existing file', () => {
    const args = ['报道', '--title', '重复的标题', '--date', '2026-08-02', '--unit', 'xian-shuangyongban'];
    const first = run(...args);
    expect(first.code).toBe(0);
    const file = resolve(repoRoot, /已创建：(.+)$/m.exec(first.stdout)![1]!.trim());
    expect(file).toBe(join(content, 'reports', '2026-08-02-chongfu-biaoti', 'index.mdx'));
    writeFileSync(file, '已经写好的内容');
    const second = run(...args);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('已经存在，不会覆盖');
    expect(second.stderr).toContain('--slug');
    expectNoStackTrace(second.stderr);
    expect(readFileSync(file, 'utf8')).toBe('已经写好的内容');
  });

  it.each([
    ['计划', 'plans', ['--kind', '实施方案', '--year', '2026']],
    ['plan', 'plans', []],
    ['典型', 'cases', ['--category', '好军嫂', '--name', '周晓梅']],
    ['case', 'cases', []],
    ['政策', 'policies', ['--category', '抚恤优待', '--audience', '现役军人,军人家属']],
    ['policy', 'policies', []],
    ['国防教育', 'education', ['--kind', '教育基地', '--stages', '初中']],
    ['lesson', 'education', ['--kind', '知识竞赛']],
    ['education', 'education', []],
  ] as const)('%s → %s', (name, collection, extra) => {
    const title = `${name}测试标题${extra.length}`;
    const { code, stdout, stderr } = run(name, '--title', title, '--date', '2026-03-01', '--unit', 'xian-shuangyongban', ...extra);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const shown = /已创建：(.+)$/m.exec(stdout)![1]!.trim();
    const file = resolve(repoRoot, shown);
    expect(file.startsWith(join(content, collection))).toBe(true);
    if (collection === 'cases') expect(file.endsWith('/index.mdx')).toBe(true);
    else expect(file.endsWith('.mdx') && !file.endsWith('/index.mdx')).toBe(true);
    validate(collection, file);
  });

  it('links a report to a plan task, and refuses an unknown task with the list of tasks', () => {
    const planDir = join(content, 'plans');
    mkdirSync(planDir, { recursive: true });
    writeFileSync(
      join(planDir, '2026-jihua.mdx'),
      '---\ntitle: 计划\nsummary: 计划\ndate: 2026-01-01\nunit: xian-shuangyongban\nkind: 工作计划\nyear: 2026\ntasks:\n  - id: t01\n    title: 春节走访慰问\n    when: 2026-Q1\n---\n\n正文\n',
    );
    const ok = run(
      'report',
      '--title',
      '春节慰问',
      '--date',
      '2026-02-01',
      '--unit',
      'xian-shuangyongban',
      '--plan',
      '2026-jihua',
      '--task',
      't01',
      '--observance',
      'bayi',
      '--units',
      'wujing-zhongdui',
    );
    expect(ok.code).toBe(0);
    const file = join(content, 'reports', '2026-02-01-chunjie-weiwen', 'index.mdx');
    expect(parseFrontmatter(readFileSync(file, 'utf8'))).toMatchObject({
      plan: '2026-jihua',
      task: 't01',
      observance: 'bayi',
      units: ['xian-shuangyongban', 'wujing-zhongdui'],
    });
    const bad = run('report', '--title', '另一篇', '--unit', 'xian-shuangyongban', '--plan', '2026-jihua', '--task', 't09');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('没有任务“t09”');
    expect(bad.stderr).toContain('t01  春节走访慰问');
    const noPlan = run('report', '--title', '另一篇', '--unit', 'xian-shuangyongban', '--plan', 'bucunzai');
    expect(noPlan.code).toBe(1);
    expect(noPlan.stderr).toContain('计划“bucunzai”不存在');
    expect(noPlan.stderr).toContain('2026-jihua');
  });

  it('explains an unknown unit by listing the valid ids', () => {
    const { code, stderr } = run('report', '--title', '标题', '--unit', 'xiangzhen');
    expect(code).toBe(1);
    expect(stderr).toContain('发布单位“xiangzhen”不在 content/units.yaml 里');
    expect(stderr).toContain('xian-shuangyongban（示例县双拥办）');
    expect(stderr).toContain('wujing-zhongdui（武警示例中队）');
    expectNoStackTrace(stderr);
  });

  it('explains bad values and missing options in Chinese, without a stack trace', () => {
    const type = run('report', '--title', '标题', '--unit', 'xian-shuangyongban', '--type', '慰问');
    expect(type.code).toBe(1);
    expect(type.stderr).toMatch(/活动类型“慰问”不对.*走访慰问、座谈会/);
    const date = run('report', '--title', '标题', '--unit', 'xian-shuangyongban', '--date', '2026/8/1');
    expect(date.stderr).toContain('年-月-日');
    const missing = run('report');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('缺少');
    expect(missing.stderr).toContain('--title');
    const collection = run('news', '--title', '标题', '--unit', 'xian-shuangyongban');
    expect(collection.stderr).toContain('不认识的栏目“news”');
    const flag = run('report', '--titel', '标题');
    expect(flag.stderr).toContain('不认识或写法不对的选项 --titel');
    for (const result of [type, date, missing, collection, flag]) expectNoStackTrace(result.stderr);
  });

  it('--dry-run prints the file and writes nothing', () => {
    const { code, stdout } = run('policy', '--title', '试运行的政策', '--unit', 'xian-shuangyongban', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('试运行');
    expect(stdout).toContain('title: 试运行的政策');
    expect(existsSync(join(content, 'policies', 'shiyun-xing-de-zhengce.mdx'))).toBe(false);
    expect(readdirSync(join(content, 'policies')).some((name) => name.startsWith('shiyun'))).toBe(false);
  });

  it('prints help in Chinese', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('用法');
    expect(stdout).toContain('报道');
  });
});
