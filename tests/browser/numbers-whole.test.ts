/**
 * No number, amount, date or phone number on any built page is split across two lines: every
 * HTML page of the demo site, at phone and desktop size, at 字号 标准 and 特大 (the setting the
 * font switch stores), measured with DOM Range client rects in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PHONE, DESKTOP } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { tmpRoot } from '../helpers/build-site.ts';
import { splitRuns } from '../helpers/split-numbers.ts';

const demo = useDemoSite();
const distDir = join(tmpRoot, 'demo', 'dist');

/** Every page the build wrote: /path/ for path/index.html, /404.html for the 404 page. */
function allRoutes(): string[] {
  const routes: string[] = [];
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`) || file.startsWith(`_astro${sep}`)) continue;
    const path = relative('.', file).split(sep).join('/');
    // A 公众号 preview shows the article exactly as it is copied into the 公众号 editor (src/middleware.ts
    // leaves it alone): how it wraps is the 公众号's. Staff pages around it are checked like any page.
    if (path.startsWith('staff/wechat/')) continue;
    // The browser editor is Decap CMS's own app for staff, not a page of the site.
    if (path.startsWith('admin/')) continue;
    routes.push(path.endsWith('index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`);
  }
  return routes.sort();
}

describe('numbers never wrap inside themselves', () => {
  it('finds the built pages', () => {
    const routes = allRoutes();
    expect(routes.length).toBeGreaterThan(100);
    expect(routes).toContain('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(routes).toContain('/404.html');
  });

  it.each([
    ['phone, 标准', PHONE, ''],
    ['phone, 特大', PHONE, 'xlarge'],
    ['desktop, 标准', DESKTOP, ''],
    ['desktop, 特大', DESKTOP, 'xlarge'],
  ])(
    'on every page (%s)',
    async (_name, viewport, font) => {
      const context = await demo.browser().newContext({ viewport, locale: 'zh-CN', isMobile: viewport === PHONE });
      if (font) await context.addInitScript((size) => localStorage.setItem('font-size', size), font);
      const page = await context.newPage();
      const problems: string[] = [];
      let checked = 0;
      for (const route of allRoutes()) {
        await page.goto(demo.url() + route, { waitUntil: 'load' });
        if (font) expect(await page.evaluate(() => document.documentElement.dataset.font), route).toBe(font);
        for (const run of await splitRuns(page)) problems.push(`${route}: “${run.text}” in “${run.context}”`);
        checked += 1;
      }
      await context.close();
      expect(checked).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    },
    600_000,
  );

  it('the measurement sees a split when the keep-whole rule is taken away', async () => {
    const context = await demo.browser().newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true });
    await context.addInitScript(() => localStorage.setItem('font-size', 'xlarge'));
    const page = await context.newPage();
    await page.goto(`${demo.url()}/policies/xian-yiwubing-youdaijin-biaozhun/`);
    expect(await splitRuns(page)).toEqual([]);
    // A narrow column and no nowrap: what the 标准 table looked like before the rule (a table, not the
    // phone's cards, and the amount with its unit breakable again).
    await page.addStyleTag({
      content:
        '.nw, n-w, time, .amount { white-space: normal !important } .data-table :is(thead, tbody, tr, th, td) { display: revert !important } td, th { width: 1px }',
    });
    const split = await splitRuns(page);
    // The amounts' own cell keeps 24,000 from being the narrowest thing now; the phone number and the
    // date beside it still break without the rule, which is what the measurement must see.
    expect(split.map((run) => run.text)).toEqual(expect.arrayContaining(['0999-6212351', '2025年12月31日']));
    await context.close();
  });
});
