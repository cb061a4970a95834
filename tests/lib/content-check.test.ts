import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, formatFindings, type CheckInput, type ContentFile } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { repoRoot } from '../helpers/paths.ts';
import { must } from '../helpers/must.ts';

const fixtureRoot = resolve(repoRoot, 'tests/fixtures/basic/content');

function fixture(): CheckInput {
  return readContent(fixtureRoot, repoRoot);
}

/** The fixture with one entry's frontmatter changed (or a field removed when the value is undefined). */
function withChange(collection: ContentFile['collection'], id: string, change: Record<string, unknown>): CheckInput {
  const input = fixture();
  const files = input.files.map((file) => {
    if (file.collection !== collection || file.id !== id) return file;
    const data = { ...(file.data as Record<string, unknown>) };
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) delete data[key];
      else data[key] = value;
    }
    return { ...file, data };
  });
  return { ...input, files };
}

describe('checkContent', () => {
  it('finds nothing wrong in the clean fixture', () => {
    expect(checkContent(fixture())).toEqual([]);
  });

  it('plans: a malformed task period names the file, the field and the accepted forms', () => {
    const input = fixture();
    const plan = input.files.find((f) => f.collection === 'plans')!;
    const data = plan.data as { tasks: { when: string }[] };
    must(data.tasks[1]).when = '2026年4月';
    const [finding] = checkContent(input);
    expect(finding?.file).toBe('tests/fixtures/basic/content/plans/2026-ceshi-jihua.mdx');
    expect(finding?.field).toBe('tasks[1].when');
    expect(finding?.message).toContain('时间');
    expect(finding?.fix).toContain('2026-Q2');
  });

  it('reports: a missing required field says which one in Chinese and how to fill it', () => {
    const findings = checkContent(withChange('reports', '2025-08-01-bayi-zuotan', { location: undefined }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'tests/fixtures/basic/content/reports/2025-08-01-bayi-zuotan.mdx',
      field: 'location',
      rule: 'schema',
    });
    expect(findings[0]?.message).toBe('字段 location（活动地点）缺少，这是必填项。');
    expect(findings[0]?.fix).toContain('活动举办的地点');
  });

  it('reports: an unknown activity type lists the allowed ones', () => {
    const [finding] = checkContent(withChange('reports', '2025-08-01-bayi-zuotan', { type: '慰问' }));
    expect(finding?.message).toContain('「慰问」不在可选范围内');
    expect(finding?.fix).toContain('走访慰问、座谈会');
  });

  it('reports: a task that does not exist in the named plan fails with the plan named', () => {
    const [finding] = checkContent(withChange('reports', '2026-08-01-bayi-zuotan', { task: 't99' }));
    expect(finding).toMatchObject({ rule: 'reference', field: 'task' });
    expect(finding?.message).toBe('字段 task（所属任务）写的任务（在计划 2026-ceshi-jihua 里）「t99」不存在。');
    expect(finding?.fix).toContain('t01');
  });

  it('reports: a dangling unit, plan and observance are each reported', () => {
    const findings = checkContent(
      withChange('reports', '2026-08-01-bayi-zuotan', { units: ['ceshi-zhen', 'no-such-unit'], plan: 'no-plan', observance: 'no-day' }),
    );
    expect(findings.map((f) => f.field).sort()).toEqual(['observance', 'plan', 'units[1]']);
    expect(findings.find((f) => f.field === 'units[1]')!.fix).toContain('content/units.yaml');
  });

  it('reports: a gallery photo without alt text is refused, naming the photo', () => {
    const findings = checkContent(withChange('reports', '2026-02-10-chunjie-weiwen', { gallery: [{ src: './photo.jpg' }] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.field).toBe('gallery[0].alt');
    expect(findings[0]?.message).toContain('图片说明');
  });

  it('reports: a missing photo file is named with its path', () => {
    const findings = checkContent(withChange('reports', '2026-02-10-chunjie-weiwen', { cover: './missing.jpg' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'photo-missing', field: 'cover' });
    expect(findings[0]?.message).toContain('./missing.jpg');
  });

  it('cases: a cover without coverAlt is refused', () => {
    const findings = checkContent(withChange('cases', 'ceshi-laobing', { cover: '../reports/2026-02-10-chunjie-weiwen/photo.jpg' }));
    expect(findings.map((f) => f.field)).toEqual(['coverAlt']);
    expect(findings[0]?.message).toContain('封面图说明');
  });

  it('cases: an honour year written as text is explained', () => {
    const [finding] = checkContent(withChange('cases', 'ceshi-laobing', { honors: [{ title: '先进个人', year: '去年' }] }));
    expect(finding?.field).toBe('honors[0].year');
    expect(finding?.message).toContain('应该是数字');
  });

  it('policies: a successor that does not exist is a dangling reference', () => {
    const [finding] = checkContent(withChange('policies', 'youdaijin-2024', { supersededBy: 'youdaijin-2099' }));
    expect(finding).toMatchObject({ rule: 'reference', field: 'supersededBy' });
    expect(finding?.fix).toContain('youdaijin-2026');
  });

  it('policies: an audience outside the list is refused', () => {
    const [finding] = checkContent(withChange('policies', 'youdaijin-2026', { audience: ['老兵'] }));
    expect(finding?.field).toBe('audience[0]');
    expect(finding?.fix).toContain('退役军人');
  });

  it('education: a quiz answer that is not among the options is refused', () => {
    const findings = checkContent(
      withChange('education', 'chuzhong-guofang', { quiz: [{ q: '建军节是哪天？', options: ['8月1日', '10月1日'], answer: '7月1日' }] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.field).toBe('quiz[0].answer');
    expect(findings[0]?.message).toContain('答案「7月1日」不在选项');
  });

  it('education: a related policy that does not exist is reported', () => {
    const [finding] = checkContent(withChange('education', 'chuzhong-guofang', { related: ['no-policy'] }));
    expect(finding?.field).toBe('related[0]');
  });

  it('data files: a unit with an unknown kind and a bad observance rule are reported in their files', () => {
    const input = fixture();
    must((input.units.data as { kind: string }[])[0]).kind = '机关';
    must((input.observances.data as { rule: unknown }[])[0]).rule = { type: 'fixed', date: '8月1日' };
    const findings = checkContent(input);
    expect(findings.map((f) => [f.file, f.field])).toEqual([
      ['tests/fixtures/basic/content/units.yaml', '[0].kind'],
      ['tests/fixtures/basic/content/observances.yaml', '[0].rule.date'],
    ]);
  });

  it('requireReview: an entry without a reviewer fails, drafts are exempt', () => {
    const input = fixture();
    (input.site.data as { requireReview: boolean }).requireReview = true;
    const findings = checkContent(input);
    expect(findings.every((f) => f.rule === 'review')).toBe(true);
    const drafts = input.files.filter((f) => (f.data as { draft?: boolean }).draft === true).length;
    expect(drafts).toBe(1);
    expect(findings).toHaveLength(input.files.length - drafts);
    const draft = withChange('reports', '2025-08-01-bayi-zuotan', { draft: true });
    (draft.site.data as { requireReview: boolean }).requireReview = true;
    expect(checkContent(draft)).toHaveLength(input.files.length - drafts - 1);
  });

  it("a file the reader could not read is reported with the reader's words, instead of crashing", () => {
    const input = fixture();
    const problem = { line: 4, code: 'yaml-indent', message: '这一行的缩进和上下文对不齐。', fix: '同一层的字段前面的空格数要一样。' };
    input.files[0] = { ...input.files[0]!, data: undefined, problems: [problem] };
    const [finding] = checkContent(input);
    expect(finding).toMatchObject({ rule: 'yaml-indent', line: 4, message: problem.message, fix: problem.fix });
  });
});

describe('formatFindings', () => {
  it('prints the file, the line, the problem and the fix', () => {
    const findings = checkContent(withChange('reports', '2025-08-01-bayi-zuotan', { type: '慰问' }));
    const text = formatFindings(findings);
    expect(text).toContain('✖ tests/fixtures/basic/content/reports/2025-08-01-bayi-zuotan.mdx');
    expect(text).toMatch(/第 \d+ 行：字段 type（活动类型）/);
    expect(text).toContain('怎么改：');
    expect(text).toContain('发现 1 个问题');
  });
});

describe('rules that need domain logic', () => {
  it('a task range that ends before it starts is refused', () => {
    const input = fixture();
    const plan = input.files.find((f) => f.collection === 'plans')!;
    must((plan.data as { tasks: { when: string }[] }).tasks[0]).when = '2026-06~2026-03';
    const [finding] = checkContent(input);
    expect(finding?.field).toBe('tasks[0].when');
    expect(finding?.message).toContain('早于');
  });

  it('an observance with an unknown solar term is refused', () => {
    const input = fixture();
    must((input.observances.data as { rule: unknown }[])[2]).rule = { type: 'solarTerm', term: '清明节' };
    const [finding] = checkContent(input);
    expect(finding?.file).toBe('tests/fixtures/basic/content/observances.yaml');
    expect(finding?.message).toContain('不是二十四节气的名称');
  });
});
