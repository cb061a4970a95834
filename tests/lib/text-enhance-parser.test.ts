/**
 * enhanceHtml reads pages with htmlparser2's Tokenizer and keeps the Parser's rules for which
 * elements are open itself (src/lib/text-enhance.ts). Here it is compared with the same pass
 * written on the Parser (its former implementation) over markup that exercises those rules.
 */
import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
// The element lists are the module's own: only the way of reading the markup is compared.
import { enhanceHtml, enhanceText, SKIPPED_ELEMENTS, VOID_ELEMENTS } from '../../src/lib/text-enhance.ts';

/** The Parser-based pass, as it was before issue 18. */
function withParser(html: string): string {
  const stack: string[] = [];
  let skipDepth = 0;
  let linkDepth = 0;
  const pieces: string[] = [];
  let copied = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (VOID_ELEMENTS.has(name)) return;
        stack.push(name);
        if (SKIPPED_ELEMENTS.has(name)) skipDepth += 1;
        if (name === 'a') linkDepth += 1;
      },
      onclosetag(name) {
        if (VOID_ELEMENTS.has(name)) return;
        const index = stack.lastIndexOf(name);
        if (index === -1) return;
        for (const closed of stack.splice(index)) {
          if (SKIPPED_ELEMENTS.has(closed)) skipDepth -= 1;
          if (closed === 'a') linkDepth -= 1;
        }
      },
      ontext(raw) {
        if (skipDepth > 0 || !/\d/.test(raw)) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const enhanced = enhanceText(html.slice(start, end), { inLink: linkDepth > 0 });
        if (enhanced === html.slice(start, end)) return;
        pieces.push(html.slice(copied, start), enhanced);
        copied = end;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (copied === 0) return html;
  pieces.push(html.slice(copied));
  return pieces.join('');
}

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第2026期 12月13日</title><style>p{margin:0 0 16px}</style></head><body>${body}</body></html>`;

const CASES: [string, string][] = [
  ['plain text and a phone', '<main><p>2026年12月13日 联系电话 0999-6212345，慰问 120 户</p></main>'],
  ['a link keeps numbers whole, no nested link', '<p><a href="/reports/r-1/">0999-6212345 共 24,000元</a> 后文 13888886666</p>'],
  [
    'attributes with digits and > inside quotes',
    '<p title="12 > 3" data-n=\'4>5\' class=x-1>共 36 人</p><img alt="1080 像素" src="/a-2.jpg">30 张',
  ],
  ['unquoted attribute with a quote inside', '<p data-x=a"b>共 12 人</p><p>13 天</p>'],
  ['comments, doctype and CDATA', '<!-- 2026年 --><p>12 项</p><![CDATA[ 99 ]]><?xml 1 ?><p>88 人</p>'],
  [
    'script and style with tags in strings',
    '<script>const a = "<p>12 人</p>"; if (1 < 2) {}</script><p>20 人</p><style>a::after{content:"<b>3</b>"}</style>4 项',
  ],
  ['textarea and title as raw text', '<textarea><b>12 人</b></textarea>13 人<title>14 人</title>15 人'],
  [
    'svg with self-closing children and its own title',
    '<svg viewBox="0 0 24 24"><title>12 月</title><path d="M0 0h24"/><circle r="2"/></svg>共 16 人',
  ],
  ['a self-closing svg at the top', '<p><svg aria-hidden="true"/>17 人</p>'],
  ['self-closing HTML elements are not closed', '<p><span/>18 人</span> 19 人</p><div/>20 人'],
  ['math with an html integration point', '<math><mi>x</mi><mrow/></math>21 人<math><mtext><b/>22</mtext></math>23 人'],
  ['an option closed by the next option', '<select><option>1 人<option>2 人</select>24 人'],
  ['an input closes an open select', '<select><option>25 人<input>26 人</select>27 人'],
  ['a list item closed by the next', '<ul><li>28 人<li><a href="/x/">29 人<li>30 人</a></ul>31 人'],
  ['table cells and rows implied', '<table><tr><td>32 人<td><time datetime="2026-01-02">2026年1月2日</time><tr><td>33 人</table>'],
  ['paragraphs closed by blocks, stray </p> and </br>', '<p>34 人<div>35 人</p></br>36 人<p>37 人<h2>38 人</h2>'],
  ['unclosed elements and end tags for nothing', '<code>39 人<b>40</code>41 人</i></a>42 人<a href="/y/">43 人'],
  ['uppercase tags', '<PRE>44 人</PRE><P>45 人</P><A HREF="/z/">0999-6212346</A>'],
  ['entities between numbers', '<p>46&nbsp;人 &amp; 47,000元 &#39;48&#39; &#x31;2</p>'],
  ['a < that is not a tag', '<p>若 49 < 50 人 又 <3 次 与 <>51 人</p>'],
  ['already enhanced text and void elements with content', '<p><n-w>52 人</n-w> 53<br>54 人<wbr>55<param>56 人</p>'],
  ['noscript and template', '<noscript>57 人</noscript><template><p>58 人</p></template>59 人'],
  ['body implies the end of head', '<html><head><link rel="x"><script>1</script><body>60 人</body></html>'],
  ['unterminated comment and tag', '<p>61 人</p><!-- 62 人'],
  ['unterminated tag', '<p>63 人</p><a href="/q/"'],
];

describe('enhanceHtml with the Tokenizer gives what the Parser gave', () => {
  it.each(CASES)('%s', (_name, body) => {
    for (const html of [body, page(body)]) expect(enhanceHtml(html)).toBe(withParser(html));
  });

  it('and the cases above do change text (they test something)', () => {
    const changed = CASES.filter(([, body]) => enhanceHtml(body) !== body);
    expect(changed.length).toBe(CASES.length);
  });
});
