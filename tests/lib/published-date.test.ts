import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-layer/source.ts';
import { parseYamlSource } from '../../src/content-layer/yaml-source.ts';
import type { EntryListing } from '../../src/lib/entry-rules.ts';
import { frontmatterDay, postedDay, publishedProblems, showsPublished } from '../../src/lib/published-date.ts';
import { scaffoldEntry } from '../../src/lib/scaffold.ts';

/** An entry as the content reader gives it: frontmatter text parsed with positions. */
function entry(collection: EntryListing['collection'], frontmatter: string): EntryListing {
  const text = `---\n${frontmatter}\n---\n正文\n`;
  const split = splitFrontmatter(text);
  if ('problem' in split) throw new Error('bad fixture');
  const parsed = parseYamlSource(split.yaml, split.yamlFirstLine);
  return { collection, id: 'x', file: `content/${collection}/x.mdx`, data: parsed.data, text, lineOf: (path) => parsed.lineOf(path) };
}

describe('published (发布时间) rules', () => {
  it('refuses a 发布时间 after today, in Chinese, with the line, the field and the fix', () => {
    const [finding, ...rest] = publishedProblems(
      [entry('reports', 'title: 八一座谈\ndate: 2026-08-01\npublished: 2026-12-25')],
      '2026-12-01',
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'content/reports/x.mdx', line: 4, field: 'published', severity: 'error' });
    expect(finding?.message).toContain('2026-12-25');
    expect(finding?.message).toContain('晚于今天（2026-12-01）');
    expect(finding?.message).toContain('还没有到发布的日子');
    expect(finding?.fix).toContain('published 改成 2026-12-01');
    expect(finding?.fix).toContain('draft: true');
  });

  it('accepts today and earlier days; a draft is not judged', () => {
    expect(publishedProblems([entry('policies', 'date: 2026-01-05\npublished: 2026-12-01')], '2026-12-01')).toEqual([]);
    expect(publishedProblems([entry('reports', 'date: 2026-08-01\npublished: 2026-08-03')], '2026-12-01')).toEqual([]);
    expect(publishedProblems([entry('reports', 'date: 2026-08-01\npublished: 2027-01-01\ndraft: true')], '2026-12-01')).toEqual([]);
    expect(publishedProblems([entry('reports', 'date: 2026-08-01')], '2026-12-01')).toEqual([]);
  });

  it('a report posted before its activity is a 预告: a warning, not an error; other collections are not told', () => {
    const [notice] = publishedProblems([entry('reports', 'date: 2026-08-01\npublished: 2026-07-28')], '2026-12-01');
    expect(notice).toMatchObject({ severity: 'warning', line: 3, field: 'published' });
    expect(notice?.message).toContain('活动预告');
    expect(publishedProblems([entry('plans', 'date: 2026-08-01\npublished: 2026-07-28')], '2026-12-01')).toEqual([]);
  });
});

describe('which day feeds and pages use', () => {
  it('reads YAML days and Dates', () => {
    expect(frontmatterDay('2026-08-01')).toBe('2026-08-01');
    expect(frontmatterDay(new Date('2026-08-01T00:00:00Z'))).toBe('2026-08-01');
    expect(frontmatterDay('8月1日')).toBeUndefined();
  });
  it('feeds use 发布时间 when set, else the entry date', () => {
    expect(postedDay({ date: '2026-08-01', published: '2026-08-03' })).toBe('2026-08-03');
    expect(postedDay({ date: '2026-08-01' })).toBe('2026-08-01');
  });
  it('a meta row shows 发布时间 only when it says something the date does not', () => {
    expect(showsPublished({ date: '2026-08-01', published: '2026-08-03' })).toBe(true);
    expect(showsPublished({ date: '2026-08-01', published: '2026-08-01' })).toBe(false);
    expect(showsPublished({ date: '2026-08-01' })).toBe(false);
  });
});

describe('npm run new writes today into 发布时间', () => {
  it('as a value when given, as a commented example when not', () => {
    const base = { collection: 'reports' as const, title: '县双拥办开展八一走访慰问', date: '2026-08-01', unit: 'xian-shuangyongban' };
    expect(scaffoldEntry({ ...base, published: '2026-08-02' }).frontmatter).toMatch(/^published: 2026-08-02$/m);
    expect(scaffoldEntry(base).frontmatter).not.toMatch(/^published:/m);
    expect(scaffoldEntry(base).frontmatter).toMatch(/^# published: /m);
  });
});
