/**
 * A content mistake must stop the real build (astro build()) with the file, the field and the fix
 * in Chinese. Each case copies the basic fixture, breaks one thing and builds it.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tmpRoot } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/paths.ts';

function brokenCopy(name: string, file: string, edit: (text: string) => string): string {
  const root = join(tmpRoot, `${name}-content`);
  rmSync(root, { recursive: true, force: true });
  cpSync(join(repoRoot, 'tests/fixtures/basic/content'), root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

async function buildError(name: string, file: string, edit: (text: string) => string): Promise<string> {
  const content = brokenCopy(name, file, edit);
  try {
    await buildSite(name, content);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the build succeeded although the content is broken');
}

describe('a broken content file fails the build with a clear Chinese message', () => {
  it('a report naming a task its plan does not have', async () => {
    const message = await buildError('broken-task', 'reports/2026-08-01-bayi-zuotan.mdx', (t) => t.replace('task: t03', 'task: t99'));
    expect(message).toContain('内容检查未通过，网站没有生成');
    expect(message).toContain('reports/2026-08-01-bayi-zuotan.mdx');
    expect(message).toContain('字段 task（所属任务）写的任务（在计划 2026-ceshi-jihua 里）「t99」不存在');
    expect(message).toContain('怎么改：');
  });

  it('a dangling unit reference', async () => {
    const message = await buildError('broken-unit', 'cases/ceshi-laobing.mdx', (t) => t.replace('unit: ceshi-cun', 'unit: ceshi-xiang'));
    expect(message).toContain('cases/ceshi-laobing.mdx');
    expect(message).toContain('字段 unit（发布单位）写的单位「ceshi-xiang」不存在');
  });

  it('a missing required field in a policy', async () => {
    const message = await buildError('broken-policy', 'policies/youdaijin-2026.mdx', (t) => t.replace(/^audience:.*\n/m, ''));
    expect(message).toContain('policies/youdaijin-2026.mdx');
    expect(message).toContain('字段 audience（适用对象）缺少，这是必填项');
  });

  it('a malformed date in a plan', async () => {
    const message = await buildError('broken-plan', 'plans/2026-ceshi-jihua.mdx', (t) => t.replace('date: 2026-01-10', 'date: 2026年1月'));
    expect(message).toContain('plans/2026-ceshi-jihua.mdx');
    expect(message).toContain('字段 date（日期）：「2026年1月」不是“年-月-日”格式的日期');
  });

  it('a wrong stage in an education entry', async () => {
    const message = await buildError('broken-education', 'education/chuzhong-guofang.mdx', (t) =>
      t.replace('stages: [初中]', 'stages: [中学]'),
    );
    expect(message).toContain('education/chuzhong-guofang.mdx');
    expect(message).toContain('「中学」不在可选范围内');
  });
});
