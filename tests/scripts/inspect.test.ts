/**
 * `npm run inspect` end to end: the real script with Node 24, on the demo content and on a copy of
 * the basic fixture changed on disk. "Today" comes from SITE_TODAY, so columns can be aged at will.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const node = resolve(repoRoot, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'inspect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function inspect(today: string, content = 'content', ...args: string[]) {
  const result = spawnSync(node, ['scripts/inspect.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, SITE_CONTENT_DIR: content, SITE_TODAY: today, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const row = (out: string, label: string) => out.split('\n').find((line) => line.startsWith(`${label} `)) ?? '';

describe('npm run inspect on the demo', () => {
  it('passes on the demo day, with every column, its latest date and the days left', () => {
    const { code, out } = inspect('2026-11-23');
    expect(code).toBe(0);
    expect(out).toContain('网站自查（今天：2026-11-23');
    expect(row(out, '首页')).toMatch(/2026-11-20\s+3 天\s+14 天\s+11 天\s+正常/);
    expect(row(out, '活动报道')).toMatch(/动态要闻类\s+2026-11-20\s+3 天\s+14 天\s+11 天\s+正常/);
    expect(row(out, '政策解读')).toMatch(/通知公告、政策文件类\s+2026-11-12\s+11 天\s+180 天\s+169 天\s+正常/);
    expect(out).toContain('content/reports/2026-11-20-dongji-yongjun-weiwen.mdx：1 处，确认人 陈志远');
    expect(out).toContain('网站自查通过');
  });

  it('warns as the deadline nears, and fails once the home page and 活动报道 are two weeks old', () => {
    const soon = inspect('2026-12-02');
    expect(soon.code).toBe(0);
    expect(row(soon.out, '活动报道')).toMatch(/2 天\s+即将超期/);
    expect(soon.out).toContain('首页还有 2 天就超过 14 天未更新');

    const late = inspect('2026-12-05');
    expect(late.code).toBe(1);
    expect(row(late.out, '首页')).toMatch(/15 天\s+14 天\s+超期 1 天\s+已超期/);
    expect(row(late.out, '活动报道')).toMatch(/超期 1 天\s+已超期/);
    expect(late.out).toContain('✖ 首页已经 15 天没有更新（最新一篇是 2026-11-20，超过 14 天即不合格）。');
    expect(late.out).toContain('网站自查未通过');
  });

  it('fails on the 政策 column after six months, and gives JSON for machines', () => {
    const { code, out } = inspect('2027-05-12', 'content', '--json');
    expect(code).toBe(1);
    const result = JSON.parse(out) as { passed: boolean; columns: { path: string; state: string; daysLeft: number }[]; failures: string[] };
    expect(result.passed).toBe(false);
    expect(result.columns.find((c) => c.path === '/policies/')).toMatchObject({ state: 'stale', daysLeft: -1 });
    expect(result.failures.join('\n')).toContain('通知公告、政策文件类栏目超过 180 天未更新（政策解读）');
  });

  it('refuses an impossible SITE_TODAY in Chinese', () => {
    const { code, err } = inspect('2026-13-01');
    expect(code).toBe(1);
    expect(err).toContain('SITE_TODAY 的值「2026-13-01」不是有效日期');
  });
});

describe('npm run inspect on a changed copy of the fixture', () => {
  const content = join(work, 'content');
  cpSync(resolve(repoRoot, 'tests/fixtures/basic/content'), content, { recursive: true });

  it('fails on the national thresholds, and passes with a 咨询建言 channel and the thresholds site.yaml sets', () => {
    const national = inspect('2026-08-15', content);
    expect(national.code).toBe(1);
    expect(national.out).toContain('没有咨询建言渠道');
    expect(national.out).toContain('✖ 1 个通知公告、政策文件类栏目超过 180 天未更新（政策解读）');
    expect(national.out).toContain('✖ 有 7 个空栏目或空列表页');
    expect(national.out).toContain('国防教育·教育基地（/education/kind/jiaoyu-jidi/）');
    writeFileSync(
      join(content, 'site.yaml'),
      `${readFileSync(join(content, 'site.yaml'), 'utf8')}consult: https://www.example.gov.cn/hdjl/\ninspection:\n  noticeDays: 365\n  emptyColumnsToFail: 10\n`,
    );
    const relaxed = inspect('2026-08-15', content);
    expect(relaxed.out).not.toContain('没有咨询建言渠道');
    expect(row(relaxed.out, '政策解读')).toMatch(/365 天\s+143 天\s+正常/);
    expect(relaxed.code).toBe(0);
  });

  it('reports a dictionary hit with the file, the line, the words and the suggestion, and fails', () => {
    const file = join(content, 'reports/2026-08-01-bayi-zuotan.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.push('', '会上，县退伍军人事务局介绍了优扶政策。');
    writeFileSync(file, lines.join('\n'));
    const { code, out } = inspect('2026-08-15', content);
    expect(code).toBe(1);
    const line = lines.length;
    expect(out).toContain(`reports/2026-08-01-bayi-zuotan.mdx 第 ${line} 行：有严重表述错误：「退伍军人事务局」`);
    expect(out).toContain('改成「退役军人事务局」');
    expect(out).toContain(`第 ${line} 行：有错别字：「优扶」`);
    expect(out).toContain('发现 2 处严重表述错误、错别字或未确认的涉军保密提醒');
  });
});
