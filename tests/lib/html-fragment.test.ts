/**
 * The fast fragment reader (src/lib/html-fragment.ts) must give what cheerio (parse5) gives, byte
 * for byte, for every fragment it takes, and refuse the ones where parse5's tree rules would act.
 * The channel transforms built on it are compared with their cheerio versions the same way.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { fragmentText, parseSimpleFragment, serializeFragment } from '../../src/lib/html-fragment.ts';
import { absolutizeHtml, absolutizeWithCheerio, articleHtml } from '../../src/lib/channels/article.ts';
import { wechatArticle, wechatBodyWithCheerio } from '../../src/lib/channels/wechat.ts';
import { sampleArticle } from './channels/fixtures.ts';

const viaCheerio = (html: string) => cheerio.load(html, null, false).html();

/** Markup as Astro's Markdown and MDX rendering writes it (hast-util-to-html's escapes included). */
const TAKEN = [
  '<p>县双拥办走访慰问。</p>',
  '<h2 id="一走访">一、走访</h2>\n<p>优待金 24,000 元&#x3C;人·年>，&#x26; 说明 &amp; 更多&nbsp;空格 "引号" \'单引号\' &#39;实体&#39;</p>',
  '<p>链接 <a href="/policies/x/">本站政策</a> 和 <a href="https://www.mva.gov.cn/?a=1&amp;b=2" title="部&quot;网">部网站</a>。</p>',
  '<ul>\n<li>第一项</li>\n<li><strong>第二项</strong><ul><li>嵌套</li></ul></li>\n</ul>\n<ol start="3"><li>三</li></ol>',
  '<table>\n<thead>\n<tr>\n<th align="left">项目</th>\n<th>标准</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>优待金</td>\n<td>12,000 元/年</td>\n</tr>\n</tbody>\n</table>',
  '<table><caption>表</caption><colgroup><col span="2"></colgroup><thead><tr><th>一</th></tr></thead></table>',
  '<figure><img src="/_astro/a.jpg" srcset="/_astro/a.jpg 1x, /_astro/b.jpg 2x" sizes="100vw" alt="合影" width="800" height="600" loading="lazy" decoding="async"><figcaption>合影</figcaption></figure>',
  '<p><picture><source srcset="/_astro/a.avif" type="image/avif"><source srcset="/_astro/a.webp" type="image/webp"><img src="/_astro/a.jpg" alt="图"></picture></p>',
  '<pre class="astro-code github-light" style="background-color:#fff;color:#24292e; overflow-x: auto;" tabindex="0" data-language="text"><code><span class="line"><span>第一行</span></span>\n<span class="line"><span>第二行</span></span></code></pre>',
  '<blockquote>\n<p>引用<br>第二行<br/>第三行</p>\n</blockquote><hr><hr/>',
  '<dl><dt>术语</dt><dd>解释 <em>强调</em> <code>代码</code></dd></dl>',
  '<details open><summary>展开</summary><p>内容</p></details>',
  '<P CLASS="Lead" data-X="1">大写的标签和属性</P>',
  '<p>&copy 2026 &notanentity; &#128; &#0; &#x1F600; &NotEqualTilde; a&b &</p>',
  '<p title="&copy=x &amp;copy &copy">属性里的实体</p>',
  '<p>没有结束的文字</p> 尾部文字 &gt; 结束',
  '<section class="article"><p class="facts">时间：2026年<br>地点：示例县</p><p class="lead">摘要</p></section>',
  '<pre><code>代码\n第二行</code></pre>',
  '<div><p>a</p><div><p>b</p></div></div>',
  '<p><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></p>',
  '<p><span><b><b><b><b>四层</b></b></b></b></span></p>',
  '',
  '纯文字',
];

/** Markup where parse5 would build a different tree than the tags say: the reader must refuse it. */
const REFUSED = [
  '<p>段落<div>块</div></p>',
  '<p>未闭合',
  '<p>a<p>b',
  '<ul><li>一<li>二</ul>',
  '<li>没有列表</li>',
  '<table><tr><td>少了 tbody</td></tr></table>',
  '<table>文字<tbody></tbody></table>',
  '<a href="/a">外<a href="/b">内</a></a>',
  '<b><i>交错</b></i>',
  '<pre>\n开头的换行</pre>',
  '<p>注释<!-- x --></p>',
  '<!DOCTYPE html><p>x</p>',
  '<p>a < b</p>',
  '<p>行\r\n尾</p>',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<svg><path d="M0"/></svg>',
  '<template><p>x</p></template>',
  '<custom-element>自定义</custom-element>',
  '<p class=unquoted>值没有引号</p>',
  '<p class="a" class="b">属性重复</p>',
  '<div/>',
  '</p>',
  '<br></br>',
  '<h2>标题<h3>里的标题</h3></h2>',
  '<span><p>行内里的块</p></span>',
  '<textarea>\nx</textarea>',
];

describe('parseSimpleFragment and serializeFragment', () => {
  it.each(TAKEN.map((html) => [html]))('read and write %j exactly as cheerio does', (html) => {
    const nodes = parseSimpleFragment(html);
    expect(nodes).toBeDefined();
    expect(serializeFragment(nodes ?? [])).toBe(viaCheerio(html));
    expect(fragmentText(nodes ?? [])).toBe(cheerio.load(html, null, false).root().text());
  });

  it.each(REFUSED.map((html) => [html]))('refuse %j', (html) => {
    expect(parseSimpleFragment(html)).toBeUndefined();
  });
});

describe('the channel transforms on the fast reader match their cheerio versions', () => {
  const base = 'https://shuangyong.example.gov.cn/reports/2026-07-29-bayi-weiwen/';
  it.each([...TAKEN, ...REFUSED].map((html) => [html]))('absolutizeHtml(%j)', (html) => {
    expect(absolutizeHtml(html, base)).toBe(absolutizeWithCheerio(html, base));
  });

  it('absolutizeHtml makes addresses absolute and drops srcset and sizes', () => {
    const html = absolutizeHtml(
      '<p><a href="../x/">x</a> <a href="#top">t</a> <a href="tel:0999-6212345">电话</a><img src="/a.jpg" srcset="/a.jpg 1x" sizes="1px" alt=""></p>',
      base,
    );
    expect(html).toBe(
      '<p><a href="https://shuangyong.example.gov.cn/reports/x/">x</a> <a href="#top">t</a> <a href="tel:0999-6212345">电话</a><img src="https://shuangyong.example.gov.cn/a.jpg" alt=""></p>',
    );
  });

  const article = sampleArticle();
  const bodies = [
    article.body,
    article.body.replace(/<script>.*$/, ''),
    absolutizeHtml(TAKEN.join('\n'), base),
    '<p>同一地址两次：<a href="https://a.example/">甲</a>、<a href="https://a.example/">乙</a>、<a href="mailto:x@example.gov.cn">邮件</a>、<a href="https://b.example/">https://b.example/</a></p>',
    '<blockquote><p>引<strong>重</strong></p><ul><li><a href="https://c.example/"><img src="https://c.example/p.png" alt="链接里的图"></a></li></ul></blockquote>',
    '<p><picture><source srcset="a.avif"></picture>没有图的 picture</p><figure><img src="https://x.example/a.JPEG" alt="重复"><img src="https://x.example/a.JPEG" alt="重复"></figure>',
    // The fast reader refuses these: the cheerio path gives the result.
    '<p>段落<div>块</div></p><script>alert(1)</script><svg><a href="https://svg.example/">s</a></svg>',
    '<video src="v.mp4"></video><iframe src="https://x.example/"></iframe><p style="color: red; font-size: 99px" class="lead" id="x" onclick="y()">自带样式</p>',
  ];
  it.each(bodies.map((body, index) => [index, body]))('wechatArticle for body %i', (_, body) => {
    const withBody = { ...article, body };
    const expected = wechatBodyWithCheerio(`<section class="article">${articleHtml(withBody, { withTitle: false })}</section>`);
    const result = wechatArticle(withBody);
    expect(result.html).toBe(expected.html);
    expect(result.notes).toEqual(expected.notes);
    expect(result.images).toEqual(expected.images);
  });

  it('the fast path is taken for the sample article once its <script> and <style> are gone', () => {
    const plain = { ...article, body: article.body.replace(/<script>.*$/, '') };
    expect(parseSimpleFragment(`<section class="article">${articleHtml(plain, { withTitle: false })}</section>`)).toBeDefined();
    expect(parseSimpleFragment(`<section class="article">${articleHtml(article, { withTitle: false })}</section>`)).toBeUndefined();
  });
});
