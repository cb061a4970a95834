/**
 * aria-current="page" tells a screen-reader user "this link is the page you are on". On every page
 * of the demo site, a link so marked leads to that very page; a selection link that leads elsewhere
 * (the section in the site's bar on a page within it, 全部 on page 2 of the reports, the latest year
 * on the 大事记 front page) is marked "true" instead.
 */
import { describe, expect, it } from 'vitest';
import { join, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { filesUnder } from '../../tools/files.ts';
import { tmpRoot } from '../helpers/build-site.ts';
import { page, text } from '../helpers/html.ts';

const dist = join(tmpRoot, 'demo', 'dist');

describe('aria-current on the demo site', () => {
  it('every link marked as the current page leads to the page it is on', () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('index.html') && !file.includes(`${sep}admin${sep}`));
    expect(pages.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    let marked = 0;
    let selections = 0;
    for (const file of pages) {
      const route = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}${file === join(dist, 'index.html') ? '' : '/'}`;
      const html = parse(readFileSync(file, 'utf8'));
      selections += html.querySelectorAll('a[aria-current="true"]').length;
      for (const link of html.querySelectorAll('a[aria-current="page"]')) {
        marked++;
        const href = new URL(link.getAttribute('href') ?? '', 'https://site.invalid' + route).pathname;
        if (href !== route) wrong.push(`${route}: “${text(link)}” → ${href}`);
      }
    }
    expect(marked).toBeGreaterThan(40);
    // Pages inside a section (a report within 活动报道) name the section as the current selection.
    expect(selections).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('on page 2 of the reports, 全部 is the current selection, not the current page', () => {
    const all = (route: string) =>
      page('demo', route)
        .querySelectorAll('nav[aria-label="按年份浏览"] a')
        .find((link) => text(link) === '全部');
    expect(all('/reports/')?.getAttribute('aria-current')).toBe('page');
    expect(all('/reports/page/2/')?.getAttribute('aria-current')).toBe('true');
  });
});
