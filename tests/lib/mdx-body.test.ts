import { describe, expect, it } from 'vitest';
import { bodyWithFileLines, checkMdxBody, SITE_COMPONENTS } from '../../src/lib/mdx-body.ts';

const FM = '---\ntitle: 测试\ndate: 2026-08-01\n---\n\n';
/** Body text starts on line 6 of the file. */
const check = (body: string) => checkMdxBody(FM + body, 'content/reports/x.mdx');
const one = (body: string) => {
  const { problems } = check(body);
  expect(problems, body).toHaveLength(1);
  return problems[0]!;
};
const ENGLISH = /Unexpected|Expected|character|closing|expression|acorn/i;

describe('checkMdxBody: what MDX would read as code is refused in Chinese, with the line and the fix', () => {
  const cases: [string, number, string[]][] = [
    ['参加人数<100人。', 6, ['“<”', '小于100人', '\\<']],
    ['第一段。\n\n我们{军民同心}。', 8, ['{军民同心}', '\\{军民同心\\}']],
    ['<!-- 注释 -->\n\n正文', 6, ['<!-- … -->', '{/* 注释内容 */}']],
    ['正文。\n\n<div>\n\n合影留念。', 8, ['<div>', '请删掉 <div>']],
    ['慰问金{1000-200}元', 6, ['{1000-200}', '800']],
    ['慰问金{}元', 6, ['{}']],
    ['主题：{军民鱼水情', 6, ['花括号', '\\{']],
    ['import X from "./x.astro"\n\n正文', 6, ['import', '删掉这一行']],
    ['export const year = 2026\n\n正文', 6, ['export']],
    ['第一行<br>第二行', 6, ['<br>', '空一行']],
    ['学习<军人抚恤优待条例>。', 6, ['《军人抚恤优待条例》']],
    ['正文<abbr title="x">缩写</abbr>。', 6, ['<abbr>']],
    ['<Photo src="a.jpg" />', 6, ['<Photo>']],
    ['见 <https://www.gov.cn>', 6, ['网址', '尖括号']],
    ['a </div> b', 6, ['<div>']],
    ['![](./a.jpg)', 6, ['说明文字']],
  ];
  it.each(cases)('%s', (body, line, says) => {
    const problem = one(body);
    expect(problem.line).toBe(line);
    expect(problem.file).toBe('content/reports/x.mdx');
    expect(problem.field).toBe('正文');
    for (const phrase of says) expect(`${problem.message} ${problem.fix}`).toContain(phrase);
    expect(`${problem.message}${problem.fix}`).not.toMatch(ENGLISH);
  });

  it('accepts prose, Markdown, GFM tables, escapes and comments', () => {
    for (const body of [
      '## 小标题\n\n正文，小于100人。',
      '| 项目 | 数量 |\n| --- | --- |\n| 户数 | 30 |',
      '参加人数\\<100人，写作 \\{军民同心\\}。',
      '正常 {/* 说明 */} 文字',
      '{/* 编辑说明 */}\n\n正文',
      'x < y 是',
      '![老兵发言](./photo-1.jpg)',
      '1 > 0',
    ]) {
      expect(check(body).problems, body).toEqual([]);
    }
  });

  it('lists body images with their lines', () => {
    expect(check('正文。\n\n![老兵发言](./photo-1.jpg)\n\n![合影](./合影.jpg)').images).toEqual([
      { src: './photo-1.jpg', line: 8 },
      { src: './合影.jpg', line: 10 },
    ]);
  });

  it('keeps line numbers of the whole file, also with CRLF and a BOM', () => {
    expect(bodyWithFileLines('---\r\na: 1\r\n---\r\n正文').split('\n')[3]).toBe('正文');
    expect(checkMdxBody('\uFEFF---\r\ntitle: t\r\n---\r\n\r\n参加人数<100人', 'f.mdx').problems[0]!.line).toBe(5);
  });

  it('the site offers no components today, so every tag is refused', () => {
    expect(SITE_COMPONENTS).toEqual([]);
  });
});
