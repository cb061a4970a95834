/**
 * Accessibility (axe-core, WCAG 2.1 AA rules) on one page of every template at phone and desktop
 * sizes with the 适老化 large font on and off; no request ever leaves the site; keyboard use of
 * the header. Runs Debian's Chromium against the built demo site on loopback.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { PHONE, DESKTOP } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { openDisplaySettings } from '../helpers/display-settings.ts';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** One page per template. */
export const TEMPLATES = [
  '/',
  '/plans/',
  '/plans/2026-shuangyong-gongzuo-jihua/',
  '/reports/',
  '/reports/page/2/',
  '/reports/year/2026/',
  '/reports/type/zoufang-weiwen/',
  '/reports/2026-07-29-bayi-zoufang-weiwen/',
  '/cases/',
  '/cases/haojunsao-zhou-xiaomei/',
  '/policies/',
  '/policies/for/tuiyi-junren/',
  '/policies/xian-yiwubing-youdaijin-biaozhun/',
  '/policies/xian-yiwubing-youdaijin-biaozhun-2024/',
  '/education/',
  '/education/chuzhong-renshi-guofang/',
  '/education/zhongxue-guofang-zhishi-jingsai/',
  '/education/xian-lieshi-lingyuan/',
  '/units/',
  '/units/xian-shuangyongban/',
  '/calendar/',
  '/timeline/',
  '/search/?q=优待金',
  '/about/',
  '/this-page-does-not-exist/',
  '/staff/',
  '/staff/wechat/reports/2026-07-29-bayi-zoufang-weiwen/',
  '/staff/wechat/policies/xian-yiwubing-youdaijin-biaozhun/',
  '/policies/xian-youfu-dongji-weiwen-banfa/',
  '/policies/xian-youfu-dongji-weiwen-jiedu/',
  '/accessibility/',
];

const demo = useDemoSite();

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

describe.each([
  ['phone', PHONE, ''],
  ['phone, large font', PHONE, 'xlarge'],
  ['desktop', DESKTOP, ''],
  ['desktop, large font', DESKTOP, 'large'],
  ['phone, high contrast, largest font', PHONE, 'xlarge', 'high'],
  ['desktop, high contrast', DESKTOP, '', 'high'],
])('axe on every template (%s)', (_name, viewport, font, contrast = '') => {
  it('finds no WCAG 2.1 AA violation', async () => {
    const context = await demo.browser().newContext({ viewport, locale: 'zh-CN', isMobile: viewport === PHONE });
    if (font) await context.addInitScript((size) => localStorage.setItem('font-size', size), font);
    if (contrast) await context.addInitScript((mode) => localStorage.setItem('contrast', mode), contrast);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const route of TEMPLATES) {
      await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
      if (font) expect(await page.evaluate(() => document.documentElement.dataset.font), route).toBe(font);
      if (contrast) expect(await page.evaluate(() => document.documentElement.dataset.contrast), route).toBe(contrast);
      // Axe sees the 字号 and 高对比度 switches too, which a phone keeps behind 显示设置.
      await openDisplaySettings(page);
      for (const violation of await axeViolations(page)) problems.push(`${route}: ${violation}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 240_000);
});

describe('no third-party requests', () => {
  it('every template loads only from the site itself', async () => {
    const context = await demo.browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(demo.url()) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(`${page.url()} → ${url}`);
    });
    for (const route of TEMPLATES) await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
    await context.close();
    expect(offsite).toEqual([]);
  }, 120_000);

  it('pages declare a Content-Security-Policy that allows only the site itself', async () => {
    const context = await demo.browser().newContext();
    const page = await context.newPage();
    await page.goto(`${demo.url()}/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    // The browser enforces it: a script from elsewhere is refused.
    const violations: string[] = [];
    page.on('console', (message) => violations.push(message.text()));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://cdn.example.com/tracker.js';
      document.head.append(script);
    });
    await page.waitForTimeout(200);
    expect(violations.join('\n')).toContain('Content Security Policy');
    await context.close();
  });
});

describe('keyboard only', () => {
  it('the header: skip link first, then site name, font size, contrast, search; Enter searches', async () => {
    const context = await demo.browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${demo.url()}/reports/`);
    const focused = async () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.tagName.toLowerCase()}:${el.textContent?.trim() || (el as HTMLInputElement).name || ''}`;
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:跳到正文');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goto(`${demo.url()}/reports/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toContain('a:示例县双拥宣传站');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:标准');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('large');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:高对比度');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('input:q');
    await page.keyboard.type('优待金');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=优待金');
    // The setting was remembered across pages.
    expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('large');
    await context.close();
  });

  it('focus is always visible on header links', async () => {
    const context = await demo.browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${demo.url()}/`);
    await page.locator('.site-nav a').first().focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});
