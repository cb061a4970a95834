/**
 * The share image in the page body: the first image of every page is its share card, for link
 * previews that take the first large image (WeChat without its JS-SDK, some crawlers); readers'
 * browsers never see it or fetch it (it is hidden and lazy, and site-relative: the public site's
 * absolute address would be a cross-origin image that the CSP blocks and reports).
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';

const demo = useDemoSite();

const PAGES = [
  '/',
  '/reports/',
  '/reports/2026-07-31-bayi-jundi-zuotanhui/',
  '/cases/haojunsao-zhou-xiaomei/',
  '/policies/xian-yiwubing-youdaijin-biaozhun/',
];

describe('the share image in the page', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`is the first image of every page, hidden and never fetched (${viewport.width}×${viewport.height})`, async () => {
      const page = await demo.browser().newPage({ viewport });
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      for (const path of PAGES) {
        await page.goto(`${demo.url()}${path}`);
        const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
        expect(ogImage, path).toMatch(/\/og\/.+\.(png|jpg)$/);
        const first = page.locator('body img').first();
        // Site-relative, so it is the page's own origin wherever the site is served; the same address on the public site.
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(new URL((await first.getAttribute('src'))!, canonical!).href, path).toBe(ogImage);
        expect(Number(await first.getAttribute('width')), path).toBeGreaterThanOrEqual(300);
        expect(Number(await first.getAttribute('height')), path).toBeGreaterThanOrEqual(300);
        expect(await first.isVisible(), path).toBe(false);
        // Scrolled to the end, the hidden image is still not loaded.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(300);
        expect(await first.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), path).toBe(
          false,
        );
      }
      expect(requested.filter((url) => url.includes('/og/'))).toEqual([]);
      expect(requested.filter((url) => !url.startsWith(demo.url()))).toEqual([]);
      await page.close();
    });
  }
});
