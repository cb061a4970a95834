/**
 * Weight budgets on the built demo site (DESIGN.md): a content page ≤ 25 KB of HTML, the site's
 * CSS ≤ 15 KB, and no JavaScript on pages that need none.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { tmpRoot } from '../helpers/build-site.ts';
import { filesUnder } from '../../tools/files.ts';

const dist = join(tmpRoot, 'demo', 'dist');

const files = filesUnder(dist);
const htmlFiles = files.filter((file) => file.endsWith('.html'));
const route = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
/** Entry pages: reports, cases, policies, education and plans. */
const contentPages = htmlFiles.filter(
  (file) => /^\/(reports|cases|policies|education|plans)\/[^/]+\/$/.test(route(file)) && !route(file).includes('/page/'),
);
/** Pages that are allowed a script island, beyond the tiny inline helpers every page has. */
const ISLANDS = [
  /^\/search\/$/,
  /^\/education\/[^/]+\/$/,
  // Relative dates (还有 N 天, 已过, 本月, task statuses) on the reader's day: src/islands/relative-dates.ts.
  /^\/$/,
  /^\/calendar\/$/,
  /^\/plans\/[^/]+\/$/,
  // The 复制到公众号 button on a staff page (noindex): src/islands/copy-article.ts.
  /^\/staff\/wechat\//,
  // The 大事记 filter: src/islands/timeline-filter.ts.
  /^\/timeline\/(\d{4}\/(page\/\d+\/)?)?$/,
  // The browser editor for staff (noindex): the Decap CMS bundle, exempt from the budgets (tests/site/admin.test.ts).
  /^\/admin\/$/,
];

describe('weight budgets', () => {
  it('found the content pages', () => {
    expect(contentPages.length).toBeGreaterThan(40);
  });

  it('every content page is at most 25 KB of HTML', () => {
    const over = contentPages.map((file) => [route(file), statSync(file).size] as const).filter(([, size]) => size > 25 * 1024);
    expect(over).toEqual([]);
  });

  it('every page loads at most 15 KB of CSS (its stylesheets and inline styles)', () => {
    const over: string[] = [];
    for (const file of htmlFiles) {
      const html = parse(readFileSync(file, 'utf8'));
      const linked = html.querySelectorAll('link[rel="stylesheet"]').map((link) => statSync(join(dist, link.getAttribute('href')!)).size);
      const inline = html.querySelectorAll('style').map((style) => Buffer.byteLength(style.textContent));
      const total = [...linked, ...inline].reduce((sum, size) => sum + size, 0);
      if (total > 15 * 1024) over.push(`${route(file)}: ${(total / 1024).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });

  it('pages that need no script ship none beyond the inline helpers, and nothing render-blocking', () => {
    for (const file of htmlFiles) {
      const html = parse(readFileSync(file, 'utf8'));
      const external = html.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      // The tiny helpers are bundled modules that Astro writes inline (astro.config.mjs): counted below.
      const modules = html.querySelectorAll('script[type="module"][src]');
      const island = ISLANDS.some((pattern) => pattern.test(route(file)));
      if (!island) {
        expect(external, route(file)).toEqual([]);
        expect(modules, route(file)).toHaveLength(0);
      }
      // Nothing in <head> blocks rendering: no external classic scripts there.
      const blocking = html
        .querySelectorAll('head script[src]')
        .filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module');
      expect(blocking, route(file)).toHaveLength(0);
      const inline = html
        .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
        .reduce((sum, s) => sum + Buffer.byteLength(s.textContent), 0);
      if (!island) expect(inline, route(file)).toBeLessThan(2048);
    }
  });

  it('a tiny script is written into its page, never a file of its own to fetch', () => {
    const scripts = files.filter((file) => file.endsWith('.js') && relative(dist, file).startsWith('_astro'));
    expect(scripts.length).toBeGreaterThan(0);
    const tiny = scripts.map((file) => [relative(dist, file), statSync(file).size] as const).filter(([, size]) => size < 2048);
    expect(tiny).toEqual([]);
  });
});
