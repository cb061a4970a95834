/**
 * The small islands most pages carry (src/islands/), on the built demo: the 字号 switch and the
 * kept choice applied before first paint, the gallery's lightbox, and that the header's islands
 * start without making the page jump on a phone. (The timeline filter, search, quiz, relative
 * dates, the section bar and the copy button have their own tests.)
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { displaySettingsToggle, openDisplaySettings } from '../helpers/display-settings.ts';

const demo = useDemoSite();
const CASE = '/cases/diyi-zhongxue-junxiao-gongjian/';

async function open(route: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await demo.browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
  return page;
}
const close = (page: Page) => page.context().close();
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const pressed = async (page: Page) => {
  const group = page.getByRole('group', { name: '字号' });
  const names: string[] = [];
  for (const button of await group.getByRole('button').all())
    if ((await button.getAttribute('aria-pressed')) === 'true') names.push(await button.innerText());
  return names;
};

describe('the 字号 switch', () => {
  it('enlarges the text, and the next page is large before its first paint', async () => {
    const page = await open('/about/');
    // On a phone the switch is behind 显示设置 (DisplaySettings.astro).
    await openDisplaySettings(page);
    const group = page.getByRole('group', { name: '字号' });
    expect(await group.isVisible()).toBe(true);
    expect(await group.getByRole('button').allInnerTexts()).toEqual(['标准', '大', '特大']);
    expect(await pressed(page)).toEqual(['标准']);
    const standard = await rootFontSize(page);

    await group.getByRole('button', { name: '特大' }).click();
    expect(await pressed(page)).toEqual(['特大']);
    expect(await rootFontSize(page)).toBeGreaterThan(standard * 1.3);
    expect(await page.evaluate(() => localStorage.getItem('font-size'))).toBe('xlarge');

    // On the next page, <html> is already large when <body> is parsed: before anything can paint.
    const next = await page.context().newPage();
    await next.addInitScript(() => {
      const seen = window as Window & { fontAtBody?: string };
      new MutationObserver((changes, observer) => {
        if (!changes.some((change) => [...change.addedNodes].some((node) => node.nodeName === 'BODY'))) return;
        seen.fontAtBody = document.documentElement.dataset.font ?? '';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await next.goto(`${demo.url()}/policies/`, { waitUntil: 'networkidle' });
    expect(await next.evaluate(() => (window as Window & { fontAtBody?: string }).fontAtBody)).toBe('xlarge');
    await openDisplaySettings(next);
    expect(await pressed(next)).toEqual(['特大']);

    await next.getByRole('group', { name: '字号' }).getByRole('button', { name: '标准' }).click();
    expect(await pressed(next)).toEqual(['标准']);
    expect(await rootFontSize(next)).toBe(standard);
    expect(await next.evaluate(() => [document.documentElement.hasAttribute('data-font'), localStorage.getItem('font-size')])).toEqual([
      false,
      '',
    ]);
    await close(page);
  });

  it('is not offered without JavaScript (the browser’s zoom still works)', async () => {
    const page = await open('/about/', { javaScriptEnabled: false });
    expect(await page.getByRole('group', { name: '字号' }).isVisible()).toBe(false);
    await close(page);
  });
});

describe('the header’s islands start before first paint', () => {
  // A module script runs after the page is parsed and, on a slow phone, after its first paint: the
  // 字号 switch appearing then moves the header. Measured with the CPU slowed 4×, as Lighthouse does.
  it.each([
    ['/', ''],
    [CASE, ''],
    ['/policies/', 'xlarge'],
  ])('%s (字号 %s) does not jump while loading', async (route, font) => {
    const context = await demo.browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await context.addInitScript((size) => {
      if (size) localStorage.setItem('font-size', size);
      const seen = window as Window & { shifts?: number[] };
      seen.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.shifts?.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    }, font);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
    // On a phone the 显示设置 control stands in the header for the switches behind it.
    expect(await displaySettingsToggle(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as Window & { shifts?: number[] }).shifts)).toEqual([]);
    await context.close();
  });
});

describe('the gallery', () => {
  it('opens a photo large with its caption; a tap beside it closes it, focus back on the photo', async () => {
    const page = await open(CASE);
    const photos = page.getByRole('link', { name: /^查看大图：/ });
    expect(await photos.count()).toBeGreaterThan(1);
    const second = photos.nth(1);
    const caption = await page.locator('.gallery figcaption').nth(1).innerText();
    await second.click();
    const dialog = page.getByRole('dialog', { name: '查看大图' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const image = dialog.getByRole('img');
    const path = (src: string | null) => new URL(src ?? '', demo.url()).pathname;
    expect(path(await image.getAttribute('src'))).toBe(await second.getAttribute('href'));
    expect(await image.getAttribute('alt')).toBe((await second.getAttribute('aria-label'))?.replace('查看大图：', ''));
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await dialog.locator('p').innerText()).toBe(caption);
    expect(page.url()).toBe(demo.url() + CASE);

    // The backdrop belongs to the dialog: a tap in the corner of the screen is a tap beside the photo.
    await page.mouse.click(3, 3);
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await second.evaluate((a) => a === document.activeElement)).toBe(true);

    // The close button works too, and the same dialog shows the next photo.
    await photos.first().click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(path(await dialog.getByRole('img').getAttribute('src'))).toBe(await photos.first().getAttribute('href'));
    await dialog.getByRole('button', { name: '关闭大图' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await close(page);
  });
});
