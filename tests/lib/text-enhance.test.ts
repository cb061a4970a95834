import { describe, expect, it } from 'vitest';
import { enhanceHtml, enhanceText, findPhones, telHref } from '../../src/lib/text-enhance.ts';
import { whoToCall } from '../../src/lib/contact.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>2026年12月13日</title><meta name="description" content="电话 0999-6212345"></head><body>${body}</body></html>`;
const bodyOf = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));

describe('enhanceText: numbers stay whole', () => {
  it.each([
    ['24,000', '<n-w>24,000</n-w>'],
    ['100', '<n-w>100</n-w>'],
    ['2026年12月13日', '<n-w>2026年12月13日</n-w>'],
    ['12月13日', '<n-w>12月13日</n-w>'],
    ['24,000元', '<n-w>24,000元</n-w>'],
    ['还有 12 天', '还有 <n-w>12 天</n-w>'],
    ['8:30—12:00', '<n-w>8:30—12:00</n-w>'],
    ['2026-04~2026-06', '<n-w>2026-04~2026-06</n-w>'],
    ['完成率 75%', '完成率 <n-w>75%</n-w>'],
    ['1.5万元', '<n-w>1.5万元</n-w>'],
  ])('%s', (text, expected) => {
    expect(enhanceText(text, { inLink: false })).toBe(expected);
  });

  it('leaves single digits, ids and entities alone', () => {
    expect(enhanceText('第3章 t01 A4 &#39;x&#39; &amp;', { inLink: false })).toBe('第3章 t01 A4 &#39;x&#39; &amp;');
  });
});

describe('phone numbers', () => {
  it('become tel: links with digits only', () => {
    expect(enhanceText('电话 0999-6212351（工作日）', { inLink: false })).toBe(
      '电话 <a class=nw href="tel:09996212351">0999-6212351</a>（工作日）',
    );
    expect(telHref('(0999)6212345转12')).toBe('tel:09996212345,12');
    expect(telHref('0999-6212345')).toBe('tel:09996212345');
  });

  it('inside a link stay whole but make no nested link', () => {
    expect(enhanceText('0999-6212345', { inLink: true })).toBe('<n-w>0999-6212345</n-w>');
  });

  it('are found in free text, record numbers are not', () => {
    expect(findPhones('电话 0999-6212351，或 0999-6212352转8；示ICP备00000000号-1 网站标识码 9999000001')).toEqual([
      '0999-6212351',
      '0999-6212352转8',
    ]);
  });
});

describe('enhanceHtml', () => {
  it('changes only body text, never head, attributes, scripts or svg', () => {
    const html = page(
      '<p title="24,000">优待金 24,000 元</p><script>var d="2026-01-01"</script><svg><title>2026年</title></svg><select><option>2026年</option></select>',
    );
    const out = enhanceHtml(html);
    expect(out.slice(0, out.indexOf('<body>'))).toBe(html.slice(0, html.indexOf('<body>')));
    expect(bodyOf(out)).toBe(
      '<p title="24,000">优待金 <n-w>24,000 元</n-w></p><script>var d="2026-01-01"</script><svg><title>2026年</title></svg><select><option>2026年</option></select>',
    );
  });

  it('links a phone number in the footer but not one inside an existing link', () => {
    const out = bodyOf(enhanceHtml(page('<footer><p>联系电话：0999-6212345</p><a href="/about/">0999-6212345</a></footer>')));
    expect(out).toBe(
      '<footer><p>联系电话：<a class=nw href="tel:09996212345">0999-6212345</a></p><a href="/about/"><n-w>0999-6212345</n-w></a></footer>',
    );
  });

  it('returns a page without digits unchanged', () => {
    const html = page('<p>拥军优属</p>');
    expect(enhanceHtml(html)).toBe(html);
  });
});

describe('whoToCall', () => {
  const site = { host: '示例县双拥工作领导小组办公室', contact: { phone: '0999-6212345' } };
  it('takes the office and phones from a policy contact', () => {
    expect(whoToCall('示例县退役军人事务局优抚股，示例县城关街道人民路88号，电话 0999-6212351（工作日 8:30—12:00）', site)).toEqual({
      office: '示例县退役军人事务局优抚股',
      phones: ['0999-6212351'],
    });
  });
  it('falls back to the site office when the policy names no phone', () => {
    expect(whoToCall(undefined, site)).toEqual({ office: '示例县双拥工作领导小组办公室', phones: ['0999-6212345'] });
    expect(whoToCall('到县政务服务中心三楼办理', site)).toEqual({ office: '示例县双拥工作领导小组办公室', phones: ['0999-6212345'] });
  });
});

describe('enhanceHtml and <time>', () => {
  it('leaves a <time> to CSS (it is nowrap as a whole) and never wraps twice', () => {
    const html = page('<p><time datetime="2026-12-13">2026年12月13日</time>（还有 <n-w>20 天</n-w>）</p>');
    expect(enhanceHtml(html)).toBe(html);
  });
});
