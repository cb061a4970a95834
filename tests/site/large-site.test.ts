/**
 * At 2,000 entries (the large site, tests/helpers/large-site.ts) every HTML page stays within 50 KB,
 * the lists that grow with the site are paged, and every entry is still reachable from each list
 * that held it before: the reports lists, its year and type, 大事记 and its units' pages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { filesUnder } from '../../tools/files.ts';
import { largeDist, LARGE_ENTRIES } from '../helpers/large-site.ts';
import { text } from '../helpers/html.ts';

const files = filesUnder(largeDist).filter((file) => file.endsWith('.html'));
const route = (file: string) => `/${relative(largeDist, file).replace(/index\.html$/, '')}`;
const routes = files.map(route);
const ENTRY = /^\/(reports|cases|policies|education|plans)\/[^/]+\/$/;
const entryRoutes = routes.filter((path) => ENTRY.test(path) && !/^\/\w+\/page\/$/.test(path));
const htmlOf = (path: string) => parse(readFileSync(join(largeDist, path, 'index.html'), 'utf8'));
/** Entry links in a page's main content (header, footer and breadcrumbs left out). */
const entryLinks = (path: string) =>
  htmlOf(path)
    .querySelectorAll('main a[href]')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => ENTRY.test(href));
/** A list's pages: its first page and every /page/N/ after it. */
const listPages = (first: string) => routes.filter((path) => path === first || new RegExp(`^${first}page/\\d+/$`).test(path));
const linkedFrom = (pages: string[]) => new Set(pages.flatMap(entryLinks));

describe('the large site (2,000 entries)', () => {
  it('was built with all its entries', () => {
    expect(entryRoutes.length).toBeGreaterThanOrEqual(LARGE_ENTRIES);
  });

  it('has no HTML page larger than 50 KB', () => {
    const over = files
      .map((file) => [route(file), statSync(file).size] as const)
      .filter(([, size]) => size > 50 * 1024)
      .map(([path, size]) => `${path} ${(size / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('pages its lists: reports, years, types, 大事记, units, the tally, cases, policies and education', () => {
    for (const pattern of [
      /^\/reports\/page\/2\/$/,
      /^\/reports\/year\/\d{4}\/page\/2\/$/,
      /^\/reports\/type\/[a-z-]+\/page\/2\/$/,
      /^\/timeline\/\d{4}\/page\/2\/$/,
      /^\/units\/[a-z0-9-]+\/page\/2\/$/,
      /^\/units\/tally\/\d{4}\/$/,
      /^\/cases\/page\/2\/$/,
      /^\/policies\/page\/2\/$/,
      /^\/policies\/for\/[a-z-]+\/page\/2\/$/,
      /^\/education\/kind\/[a-z-]+\/page\/2\/$/,
      /^\/education\/stage\/[a-z-]+\/page\/2\/$/,
    ]) {
      expect(
        routes.some((path) => pattern.test(path)),
        String(pattern),
      ).toBe(true);
    }
  });

  it('reaches every report from the reports list, from its year, from its type and from 大事记', () => {
    const reports = entryRoutes.filter((path) => path.startsWith('/reports/'));
    const years = routes.filter((path) => /^\/reports\/year\/\d{4}\/$/.test(path));
    const types = routes.filter((path) => /^\/reports\/type\/[a-z-]+\/$/.test(path));
    const timelineYears = routes.filter((path) => /^\/timeline\/\d{4}\/$/.test(path));
    expect(years.length).toBeGreaterThan(1);
    expect(types.length).toBeGreaterThan(1);
    expect(timelineYears.length).toBeGreaterThan(1);
    const sorted = (set: Set<string>) => [...set].filter((href) => href.startsWith('/reports/')).sort();
    expect(sorted(linkedFrom(listPages('/reports/')))).toEqual(reports.sort());
    expect(sorted(linkedFrom(years.flatMap(listPages)))).toEqual(reports);
    expect(sorted(linkedFrom(types.flatMap(listPages)))).toEqual(reports);
    expect(sorted(linkedFrom(timelineYears.flatMap(listPages)))).toEqual(reports);
  });

  it('reaches every entry from the pages of the units that published it', () => {
    const units = routes.filter((path) => /^\/units\/[a-z0-9-]+\/$/.test(path) && path !== '/units/tally/');
    expect(units.length).toBeGreaterThan(1);
    expect([...linkedFrom(units.flatMap(listPages))].sort()).toEqual([...entryRoutes].sort());
  });

  it("reaches every case, policy and lesson from its section's pages", () => {
    for (const collection of ['cases', 'policies', 'education'] as const) {
      const entries = entryRoutes.filter((path) => path.startsWith(`/${collection}/`)).sort();
      const lists = routes.filter((path) => path.startsWith(`/${collection}/`) && !entries.includes(path));
      expect([...linkedFrom(lists)].filter((href) => href.startsWith(`/${collection}/`)).sort(), collection).toEqual(entries);
    }
  });

  it('shows the latest year on /timeline/ with the index of years, and each year on its own pages', () => {
    const front = htmlOf('/timeline/');
    const years = front.querySelectorAll('nav[aria-label="按年份浏览大事记"] a').map((a) => a.getAttribute('href'));
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((href) => /^\/timeline\/\d{4}\/$/.test(href ?? ''))).toBe(true);
    const latest = years[0] ?? '';
    expect(text(front.querySelector('main h2'))).toBe(text(htmlOf(latest).querySelector('main h2')));
    expect(entryLinks('/timeline/')).toEqual(entryLinks(latest));
    expect(text(front.querySelector('main h2'))).toMatch(/^\d{4}年（第 1 页，共 \d+ 页）$/);
  });

  it('navigates a page of a list with 上一页, 下一页, page numbers and the current page marked', () => {
    const nav = htmlOf('/timeline/2025/page/3/').querySelector('nav[aria-label="分页"]');
    expect(nav).not.toBeNull();
    const links = nav?.querySelectorAll('a') ?? [];
    const previous = links.find((a) => text(a) === '上一页');
    const next = links.find((a) => text(a) === '下一页');
    expect(previous?.getAttribute('href')).toBe('/timeline/2025/page/2/');
    expect(next?.getAttribute('href')).toBe('/timeline/2025/page/4/');
    expect(links.find((a) => text(a) === '1')?.getAttribute('href')).toBe('/timeline/2025/');
    expect(text(nav?.querySelector('[aria-current="page"]'))).toMatch(/^第 3 页，共 \d+ 页$/);
    // The navigation does not grow with the list: a handful of numbers, not one per page.
    expect(links.length).toBeLessThanOrEqual(9);
  });

  it('lists every page in the XML sitemap', () => {
    const sitemap = filesUnder(largeDist)
      .filter((file) => /sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
    const missing = routes.filter((path) => !/^\/(search|staff|admin)\//.test(path) && !/^\/404/.test(path) && !listed.has(path));
    expect(missing).toEqual([]);
    expect(listed.has('/timeline/2025/page/2/')).toBe(true);
  });

  it('indexes only the entry pages, the about page, the first page of each unit and the yearly tallies for search', () => {
    const entry = JSON.parse(readFileSync(join(largeDist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // A unit is found by its name on its first page; the later pages of its list are not.
    const units = routes.filter((path) => /^\/units\/(?!tally\/)[^/]+\/$/.test(path));
    const tallies = routes.filter((path) => /^\/units\/tally\/\d{4}\/$/.test(path));
    expect(tallies.length).toBeGreaterThan(1);
    expect(entry.languages['zh-cn']?.page_count).toBe(entryRoutes.length + 1 + units.length + tallies.length);
  });
});
