import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-layer/source.ts';
import { parseYamlSource } from '../../src/content-layer/yaml-source.ts';
import { entryProblems, normalisedName, type EntryListing } from '../../src/lib/entry-rules.ts';

/** An entry as the content reader gives it, its frontmatter parsed with positions. */
const entry = (
  collection: EntryListing['collection'],
  id: string,
  file = `content/${collection}/${id}.mdx`,
  data: unknown = {},
  text = '---\n---\n',
): EntryListing => {
  const split = splitFrontmatter(text);
  const source = 'problem' in split ? undefined : parseYamlSource(split.yaml, split.yamlFirstLine);
  const lineOf = (path: readonly PropertyKey[]) => source?.lineOf(path);
  return { collection, id, file, data, text, lineOf };
};

describe('entry names', () => {
  it('proposes the normalised name', () => {
    expect(normalisedName('CeShi-LaoBing')).toBe('ceshi-laobing');
    expect(normalisedName('ceshi laobing')).toBe('ceshi-laobing');
    expect(normalisedName('2026-08-01 八一座谈会')).toBe('2026-08-01-bayi-zuotanhui');
  });
  it('refuses capitals, spaces and Chinese characters, saying which and proposing the name', () => {
    const [capitals] = entryProblems([entry('cases', 'CeShi')]);
    expect(capitals!.message).toContain('文件名「CeShi」有大写字母');
    expect(capitals!.fix).toBe('请把文件名改成「ceshi」.mdx。');
    const [folder] = entryProblems([entry('reports', '2026-02-10 春节慰问', 'content/reports/2026-02-10 春节慰问/index.mdx')]);
    expect(folder!.message).toContain('文件夹名「2026-02-10 春节慰问」有空格、有汉字');
    expect(folder!.fix).toContain('「2026-02-10-chunjie-weiwen」');
    expect(entryProblems([entry('cases', 'ceshi-laobing-2')])).toEqual([]);
  });
});

describe('two files, one id', () => {
  it('names both files', () => {
    const problems = entryProblems([
      entry('reports', 'bayi'),
      entry('reports', 'bayi', 'content/reports/bayi/index.mdx'),
      entry('cases', 'bayi'),
    ]);
    expect(problems.map((problem) => problem.file)).toEqual(['content/reports/bayi.mdx', 'content/reports/bayi/index.mdx']);
    expect(problems[0]!.message).toContain('content/reports/bayi/index.mdx');
    expect(problems[1]!.message).toContain('content/reports/bayi.mdx');
  });
});

describe('supersededBy', () => {
  const policy = (id: string, supersededBy?: string) =>
    entry(
      'policies',
      id,
      `content/policies/${id}.mdx`,
      supersededBy ? { supersededBy } : {},
      `---\ntitle: t\n${supersededBy ? `supersededBy: ${supersededBy}\n` : ''}---\n`,
    );
  it('refuses a policy superseded by itself, with the line', () => {
    const [problem] = entryProblems([policy('a', 'a')]);
    expect(problem!.line).toBe(3);
    expect(problem!.message).toContain('这篇政策自己「a」');
  });
  it('refuses a loop, accepts a chain to a current policy', () => {
    const problems = entryProblems([policy('a', 'b'), policy('b', 'c'), policy('c', 'a')]);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('a → b → c → a'),
      expect.stringContaining('b → c → a → b'),
      expect.stringContaining('c → a → b → c'),
    ]);
    expect(entryProblems([policy('a', 'b'), policy('b', 'c'), policy('c')])).toEqual([]);
  });
});
