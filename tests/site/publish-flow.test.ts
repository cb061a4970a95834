/**
 * The staff journey of issue 6, end to end: `npm run new` makes a report, a 身份证号 pasted into
 * it fails the content check and the build with a plain Chinese line; once removed, the report
 * builds and appears on the site.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tmpRoot } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/paths.ts';
import { idCheckDigit } from '../../src/lib/content-lint.ts';
import { page, text } from '../helpers/html.ts';

const node = join(repoRoot, 'node_modules/.bin/node');

function run(script: string, args: string[], content: string) {
  return spawnSync(node, [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: content },
  });
}

describe('publishing a report through the scaffold and the check', () => {
  it('blocks a leaked ID number, then publishes once it is removed', async () => {
    const content = join(tmpRoot, 'publish-flow-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(join(repoRoot, 'tests/fixtures/basic/content'), content, { recursive: true });

    const created = run(
      'scripts/new.ts',
      ['report', '--title', '测试县开展八一走访慰问活动', '--date', '2026-08-01', '--unit', 'ceshi-shuangyongban', '--type', '走访慰问'],
      content,
    );
    expect(created.status, created.stderr).toBe(0);
    const folder = readdirSync(join(content, 'reports')).find((name) => name.startsWith('2026-08-01-ceshi-xian-kaizhan-bayi'))!;
    const file = join(content, 'reports', folder, 'index.mdx');

    // The staff member fills the blanks, and pastes a visitor list that still has an ID number.
    const base = '11010519491231002';
    const id = `${base}${idCheckDigit(base)}`;
    const filled = readFileSync(file, 'utf8').replace(/【请填写：[^】]*】/g, '八一前夕，县双拥办走访慰问驻县部队官兵和优抚对象');
    writeFileSync(file, `${filled}\n走访对象：张某，身份证号 ${id}。\n`);

    const check = run('scripts/check-content.ts', [], content);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`reports/${folder}/index.mdx`);
    expect(check.stdout).toMatch(/第 \d+ 行：.*身份证/);
    expect(check.stdout).not.toContain(id); // the report itself does not repeat the full number
    expect(check.stdout).toContain('怎么改：');
    await expect(buildSite('publish-flow', content)).rejects.toThrow(/身份证/);

    writeFileSync(file, `${filled}\n走访对象：一位老党员、退役军人。\n`);
    const recheck = run('scripts/check-content.ts', [], content);
    expect(recheck.stdout).toContain('内容检查通过');
    expect(recheck.status).toBe(0);
    await buildSite('publish-flow', content);
    const report = page('publish-flow', `/reports/${folder}/`);
    expect(text(report.querySelector('h1'))).toBe('测试县开展八一走访慰问活动');
    expect(page('publish-flow', '/reports/').querySelector(`a[href="/reports/${folder}/"]`)).not.toBeNull();
  }, 180_000);
});
