/** The 分页 navigation on the large site, on a phone at the largest 字号: it fits, and it leads on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, PHONE } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { largeDist } from '../helpers/large-site.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveDir(largeDist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('分页 on a phone at 特大', () => {
  it.each(['/timeline/2025/page/3/', '/reports/page/3/', '/units/unit-3/page/2/'])(
    '%s: the navigation fits 390 px and leads to the next page',
    async (route) => {
      const context = await browser.newContext({ viewport: PHONE, isMobile: true, locale: 'zh-CN' });
      await context.addInitScript(() => localStorage.setItem('font-size', 'xlarge'));
      const page = await context.newPage();
      await page.goto(server.url + route);
      expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('xlarge');
      const nav = page.getByRole('navigation', { name: '分页' });
      await nav.scrollIntoViewIfNeeded();
      const current = Number(/page\/(\d+)\//.exec(route)?.[1]);
      // Screen readers hear 第 3 页，共 23 页; the screen shows the number.
      expect((await nav.locator('[aria-current="page"]').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
        new RegExp(`^第 ${current} 页，共 \\d+ 页$`),
      );
      // Every link is inside the screen and big enough to tap; the page never scrolls sideways.
      for (const box of await nav
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(PHONE.width);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await nav.getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(new RegExp(`page/${current + 1}/$`));
      expect(await page.getByRole('navigation', { name: '分页' }).locator('[aria-current="page"]').innerText()).toContain(
        String(current + 1),
      );
      await nav.getByRole('link', { name: '上一页' }).click();
      await page.waitForURL(new RegExp(`${route}$`));
      await context.close();
    },
  );
});
