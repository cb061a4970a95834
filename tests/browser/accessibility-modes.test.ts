/**
 * 适老化 and 无障碍 beyond font size (《互联网网站适老化通用设计规范》, GB/T 37668-2019), in Chromium
 * against the built demo: tap targets ≥ 44 px and ≥ 60 px with the large font, line height and
 * paragraph spacing in 适老 mode, and a 高对比度 switch that is remembered and really changes colours.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { openDisplaySettings } from '../helpers/display-settings.ts';

const demo = useDemoSite();
const ROUTES = ['/', '/reports/', '/policies/', '/education/zhongxue-guofang-zhishi-jingsai/', '/search/?q=优待金', '/accessibility/'];

/** Every visible control a finger has to hit, with its size. */
async function tapTargets(page: Page): Promise<{ what: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const selector =
      'button, summary, input:not([type="radio"]):not([type="checkbox"]), select, .site-nav a, .chips a, .pagination a, .quick a';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()}「${(el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 12)}」`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      });
  });
}

async function open(font: string, contrast = '') {
  const context = await demo.browser().newContext({ viewport: PHONE, isMobile: true, locale: 'zh-CN' });
  await context.addInitScript(
    ([f, c]) => {
      if (f) localStorage.setItem('font-size', f);
      if (c) localStorage.setItem('contrast', c);
    },
    [font, contrast],
  );
  return { context, page: await context.newPage() };
}

describe.each([
  ['standard font', '', 44],
  ['large font (适老)', 'large', 60],
  ['largest font (适老)', 'xlarge', 60],
])('tap targets with the %s', (_name, font, minimum) => {
  it(`are at least ${minimum}×${minimum} px`, async () => {
    const { context, page } = await open(font);
    const small: string[] = [];
    let checked = 0;
    for (const route of ROUTES) {
      await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
      // On a phone the 字号 and 高对比度 buttons are behind 显示设置: open it so they are measured too.
      await openDisplaySettings(page);
      const targets = await tapTargets(page);
      checked += targets.length;
      for (const t of targets) if (t.width < minimum || t.height < minimum) small.push(`${route} ${t.what}: ${t.width}×${t.height}`);
    }
    await context.close();
    // The 显示设置 button, the 字号 buttons, the 高对比度 switch, search, navigation, chips and quiz buttons were all measured.
    expect(checked).toBeGreaterThan(60);
    expect(small).toEqual([]);
  }, 120_000);
});

describe('适老 mode text', () => {
  it('has line height ≥ 1.5 and space between paragraphs', async () => {
    const { context, page } = await open('xlarge');
    await page.goto(`${demo.url()}/policies/xian-youfu-dongji-weiwen-jiedu/`, { waitUntil: 'networkidle' });
    const metrics = await page.evaluate(() =>
      ['h1', '.prose h2', '.prose p', '.faq dd'].map((selector) => {
        const el = document.querySelector(selector)!;
        const style = getComputedStyle(el);
        return {
          selector,
          ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          gap: parseFloat(style.marginBottom) / parseFloat(style.fontSize),
          fontSize: parseFloat(style.fontSize),
        };
      }),
    );
    await context.close();
    for (const m of metrics) expect(m.ratio, m.selector).toBeGreaterThanOrEqual(1.5);
    const paragraph = metrics.find((m) => m.selector === '.prose p')!;
    expect(paragraph.gap).toBeGreaterThanOrEqual(0.9);
    expect(paragraph.fontSize).toBeGreaterThanOrEqual(24);
  });
});

describe('高对比度', () => {
  it('switches to black on white with a black header, is remembered across pages, and switches back', async () => {
    const context = await demo.browser().newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${demo.url()}/reports/`);
    const colours = () =>
      page.evaluate(() => ({
        mode: document.documentElement.dataset.contrast ?? '',
        header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        text: getComputedStyle(document.querySelector('main .list p, main p')!).color,
      }));
    const before = await colours();
    expect(before).toMatchObject({ mode: '', header: 'rgb(179, 18, 27)' });
    const button = page.getByRole('button', { name: '高对比度' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await colours()).toEqual({ mode: 'high', header: 'rgb(0, 0, 0)', text: 'rgb(0, 0, 0)' });
    await page.goto(`${demo.url()}/policies/`);
    expect((await colours()).mode).toBe('high');
    expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '高对比度' }).click();
    expect((await colours()).header).toBe('rgb(179, 18, 27)');
    await page.reload();
    expect((await colours()).mode).toBe('');
    await context.close();
  });

  it('the 无障碍说明 page explains both switches and how to report a barrier', async () => {
    const context = await demo.browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${demo.url()}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: '无障碍说明' }).click();
    await page.waitForURL(/\/accessibility\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('无障碍说明');
    const body = await page.locator('main').innerText();
    for (const words of ['字号', '高对比度', 'GB/T 37668-2019', '60×60', '写信咨询建言']) expect(body).toContain(words);
    await context.close();
  });
});
