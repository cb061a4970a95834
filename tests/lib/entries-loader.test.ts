import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { isCommentOnly, remarkPlainMarkdownOnly } from '../../src/content-layer/entries-loader.ts';

/** Runs the plugin on an MDX body: the tree left, or 'needs MDX' when it asks for the MDX compiler. */
async function check(body: string): Promise<unknown> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlainMarkdownOnly);
  const file = new VFile(body);
  const tree = await processor.run(processor.parse(file), file);
  return file.data.needsMdxCompiler ? 'needs MDX' : tree;
}

describe('isCommentOnly', () => {
  it('accepts block and line comments, alone or several', () => {
    for (const value of ['/* 说明 */', ' /* 一 */ /* 二 */ ', '// 说明', '/*\n 多行\n 说明\n*/'])
      expect(isCommentOnly(value), value).toBe(true);
  });
  it('rejects anything that renders a value', () => {
    for (const value of ['1 + 1', '/* 说明 */ year', 'props.title', '"文字"']) expect(isCommentOnly(value), value).toBe(false);
  });
});

describe('remarkPlainMarkdownOnly', () => {
  it('keeps plain Markdown and drops comment expressions, in blocks and in text', async () => {
    const tree = await check('{/* 编辑说明 */}\n\n## 标题\n\n正文{/* 行内说明 */}继续。');
    expect(tree).not.toBe('needs MDX');
    expect(JSON.stringify(tree)).not.toContain('说明');
    expect(JSON.stringify(tree)).toContain('正文');
  });
  it('asks for the MDX compiler on imports, exports, components, HTML-like elements and expressions', async () => {
    for (const body of [
      'import X from "./x.astro"\n\n正文',
      'export const year = 2026\n\n正文',
      '<Photo src="a.jpg" />',
      '正文<abbr title="x">缩写</abbr>。',
      '今年是{2026}年。',
      '{year}',
    ]) {
      expect(await check(body), body).toBe('needs MDX');
    }
  });
});
