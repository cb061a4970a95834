import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { previewHtml, wechatArticle, wechatProblems, wechatWarnings, countChars, WECHAT_LIMITS } from '../../../src/lib/channels/wechat.ts';
import { articleHtml } from '../../../src/lib/channels/article.ts';
import { sampleArticle } from './fixtures.ts';

describe('wechatArticle', () => {
  const result = wechatArticle(sampleArticle(), { sourceFile: 'content/reports/x/index.mdx' });
  const $ = cheerio.load(result.html, null, false);

  it('carries inline styles only: no class, id, <style>, <script>, <link>', () => {
    expect(wechatProblems(result.html)).toEqual([]);
    expect($('[class]').length).toBe(0);
    expect($('h2').first().attr('style')).toContain('border-left: 4px solid #b3121b');
    expect($('strong').attr('style')).toContain('color: #8c0e15');
    expect($('td').first().attr('style')).toContain('border: 1px solid #dcdcdc');
    expect($('img').first().attr('style')).toContain('width: 100%');
    expect(result.html).not.toContain('alert(1)');
  });

  it('turns links into numbered notes, one number per address, listed at the end', () => {
    expect($('a').length).toBe(0);
    expect(result.notes).toEqual([
      { n: 1, text: '退役军人事务部网站', url: 'https://www.mva.gov.cn/' },
      { n: 2, text: '本站政策', url: 'https://shuangyong.example.gov.cn/policies/x/' },
    ]);
    expect(
      $('sup')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['[1]', '[2]', '[1]']);
    const text = $.root().text();
    expect(text).toContain('注释');
    expect(text).toContain('[1] 退役军人事务部网站：https://www.mva.gov.cn/');
    // The source line names the page as text, not as a link.
    expect(text).toContain('原文：https://shuangyong.example.gov.cn/reports/2026-07-29-bayi-weiwen/');
  });

  it('leaves the title to the editor and lists the photos as an upload set in reading order', () => {
    expect($('h1').length).toBe(0);
    expect(result.title).toBe('县双拥办八一前夕走访慰问驻县官兵');
    expect(result.images.map((image) => [image.file, image.alt])).toEqual([
      ['01.jpg', '慰问组与官兵合影'],
      ['02.jpg', '官兵座谈'],
    ]);
    expect(
      $('img')
        .map((_, el) => $(el).attr('src'))
        .get(),
    ).toEqual(result.images.map((image) => image.url));
  });

  it('has no warnings for a title and digest within the limits', () => {
    expect(result.warnings).toEqual([]);
  });
});

describe('wechatWarnings', () => {
  it('warns in Chinese, naming the field, the file and the fix, when title or digest is too long', () => {
    const warnings = wechatWarnings({
      title: '长'.repeat(65),
      digest: '字'.repeat(121),
      html: '<p>x</p>',
      sourceFile: 'content/reports/a.mdx',
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('标题有 65 个字，超过公众号标题上限 64 字');
    expect(warnings[0]).toContain('content/reports/a.mdx');
    expect(warnings[0]).toContain('title');
    expect(warnings[1]).toContain('摘要有 121 个字，超过公众号摘要上限 120 字');
    expect(warnings[1]).toContain('summary');
  });

  it('accepts exactly the limits and counts characters, not UTF-16 units', () => {
    expect(wechatWarnings({ title: '长'.repeat(WECHAT_LIMITS.title), digest: '字'.repeat(WECHAT_LIMITS.digest), html: '' })).toEqual([]);
    expect(countChars('𠀀双拥')).toBe(3);
    // A lone surrogate (half of a pair) counts as one, as [...text] counts it.
    for (const text of ['', '😀😀', '\uD83D', '\uDE00\uD83D', 'a\uD83D\uDE00\uDE00b', '\uD83D\uD83D\uDE00', '双拥'.repeat(50)]) {
      expect(countChars(text), JSON.stringify(text)).toBe([...text].length);
    }
  });

  it('warns when the body reaches 20,000 characters', () => {
    const [warning] = wechatWarnings({ title: 't', digest: 'd', html: 'x'.repeat(20_000) });
    expect(warning).toContain('须少于 20,000 字符');
  });
});

describe('wechatProblems', () => {
  it('finds what the editor would drop', () => {
    const problems = wechatProblems(
      '<style>@font-face{src:url(a.woff2)}</style><p class="x" id="y"><a href="https://a">a</a></p><script></script><link rel="stylesheet" href="a.css">',
    );
    expect(problems.join('；')).toMatch(/class.*style.*script.*link.*id.*链接/);
    expect(wechatProblems('<p style="font-family: x; src: url(f.woff2)">x</p>')).toContain('引用了网络字体或外部资源');
  });
});

describe('articleHtml', () => {
  it('escapes every field and keeps the body as the site rendered it', () => {
    const html = articleHtml(sampleArticle({ title: '<b>标题</b>', facts: [{ label: '地点', value: 'A&B' }] }));
    expect(html).toContain('<h1>&lt;b&gt;标题&lt;/b&gt;</h1>');
    expect(html).toContain('地点：A&amp;B');
    expect(html).toContain('<h2 id="anpai">慰问安排</h2>');
  });
});

describe('previewHtml', () => {
  const base = 'https://shuangyong.example.gov.cn/';
  /** What the preview was before issue 18: a parse of the article, its photos' src rewritten. */
  const parsed = (html: string) => {
    const $ = cheerio.load(html, null, false);
    $('img[src]').each((_, element) => {
      const src = $(element).attr('src') ?? '';
      if (src.startsWith('https://shuangyong.example.gov.cn/'))
        $(element).attr('src', src.slice('https://shuangyong.example.gov.cn'.length));
    });
    return $.html();
  };

  it("addresses this site's photos from its root and leaves the rest of the article as it is", () => {
    const { html } = wechatArticle(sampleArticle(), { sourceFile: 'content/reports/x/index.mdx' });
    expect(html).toContain('src="https://shuangyong.example.gov.cn/');
    const preview = previewHtml(html, base);
    expect(preview).not.toContain('src="https://shuangyong.example.gov.cn/');
    expect(preview).toContain('src="/');
    expect(preview).toBe(parsed(html));
  });

  it('changes only src, only of images, only of this site, whatever the alt text or the prose says', () => {
    const article = {
      ...sampleArticle(),
      body: [
        '<p>文中写着 &lt;img src="https://shuangyong.example.gov.cn/x.jpg"&gt; 和 src="https://shuangyong.example.gov.cn/y.jpg"</p>',
        '<figure><img src="https://shuangyong.example.gov.cn/_astro/a.jpg?v=1&amp;w=2" alt="箭头 > 与 &quot; src=&quot;https://shuangyong.example.gov.cn/z.jpg&quot;" width="1080" height="720"></figure>',
        '<p><img alt="外站" src="https://www.mva.gov.cn/b.jpg"></p>',
        '<p><img src="https://shuangyong.example.gov.cn.evil.example/c.jpg" alt="相似的域名"></p>',
      ].join(''),
    };
    const { html } = wechatArticle(article);
    const preview = previewHtml(html, base);
    expect(preview).toBe(parsed(html));
    expect(preview).toContain('src="/_astro/a.jpg?v=1&amp;w=2"');
    expect(preview).toContain('src="https://www.mva.gov.cn/b.jpg"');
    expect(preview).toContain('src="https://shuangyong.example.gov.cn.evil.example/c.jpg"');
    expect(preview).toContain('src="https://shuangyong.example.gov.cn/y.jpg"');
  });
});
