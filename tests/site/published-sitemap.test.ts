/**
 * On the built demo: 发布时间 beside 活动日期 on a report, in its feeds; a <lastmod> on every sitemap
 * URL (an entry page its own newest day, a list page the newest of the entries it links to); every
 * date on a list says what it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, routeFile, text } from '../helpers/html.ts';

const SITE = 'demo';
const REPORT = '/reports/2026-07-31-bayi-jundi-zuotanhui/';

describe('发布时间 (published)', () => {
  it('a report shows 发布时间 beside its 活动日期', () => {
    const meta = page(SITE, REPORT).querySelector('main .meta');
    const items = (meta?.querySelectorAll('li') ?? []).map((li) => text(li));
    expect(items).toContain('活动日期：2026年7月31日');
    expect(items).toContain('发布时间：2026年8月1日');
  });
  it('a report without one shows only its 活动日期', () => {
    const items = (
      page(SITE, '/reports/2026-10-22-songyi-songyao-jin-junying/').querySelector('main .meta')?.querySelectorAll('li') ?? []
    ).map((li) => text(li));
    expect(items).toContain('活动日期：2026年10月22日');
    expect(items.some((item) => item.startsWith('发布时间'))).toBe(false);
  });
  it('RSS and the section feed date the report on the day it was posted, in China time', () => {
    const rss = readFileSync(routeFile(SITE, '/rss.xml'), 'utf8');
    const item = rss.split('<item>').find((chunk) => chunk.includes(REPORT));
    expect(item).toContain('<pubDate>Sat, 01 Aug 2026 00:00:00 +0800</pubDate>');
    const json = JSON.parse(readFileSync(routeFile(SITE, '/feeds/reports.json'), 'utf8')) as {
      items: { url: string; date_published: string }[];
    };
    expect(json.items.find((entry) => entry.url.endsWith(REPORT))?.date_published).toBe('2026-08-01T00:00:00+08:00');
  });
});

describe('sitemap lastmod', () => {
  const urls = () =>
    [...readFileSync(routeFile(SITE, '/sitemap-0.xml'), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => ({
      path: new URL(/<loc>([^<]+)<\/loc>/.exec(match[1] ?? '')?.[1] ?? '').pathname,
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(match[1] ?? '')?.[1],
    }));

  it('every URL has a date-only lastmod, none later than the build day', () => {
    const all = urls();
    expect(all.length).toBeGreaterThan(40);
    for (const url of all) expect(url.lastmod, url.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const index = readFileSync(routeFile(SITE, '/sitemap-index.xml'), 'utf8');
    expect(index).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
  });

  it('an entry page: the newest of updated / published / date', () => {
    const lastmod = new Map(urls().map((url) => [url.path, url.lastmod]));
    expect(lastmod.get(REPORT)).toBe('2026-08-01'); // published the day after the activity
    expect(lastmod.get('/reports/2026-10-22-songyi-songyao-jin-junying/')).toBe('2026-10-22');
  });

  it('a list page: the newest of the entries it links to', () => {
    const lastmod = new Map(urls().map((url) => [url.path, url.lastmod]));
    const entryPage = /^\/(reports|plans|policies|cases|education)\/[a-z0-9-]+\/$/;
    const lists = [...lastmod.keys()].filter(
      (path) =>
        /^\/(reports\/(year|type)|policies\/for|education\/(stage|kind)|cases\/category|units)\/[^/]+\/$/.test(path) ||
        /^\/(reports|policies|cases|education|plans)\/$/.test(path),
    );
    expect(lists.length).toBeGreaterThan(15);
    for (const list of lists) {
      const linked = page(SITE, list)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => entryPage.test(href) && !/\/(page|year|type|for|stage|kind|category)\//.test(href));
      const days = linked
        .map((href) => lastmod.get(href))
        .filter((day): day is string => day !== undefined)
        .sort();
      if (days.length === 0) continue;
      expect(lastmod.get(list), list).toBe(days.at(-1));
    }
  });
});

describe('dates on lists say what they are', () => {
  const dated = (route: string) =>
    page(SITE, route)
      .querySelectorAll('main time')
      .map((time) => text(time.parentNode))
      .filter((line) => line.length > 0);

  it('report cards: 活动日期; policies: 发布日期; a unit page: by section', () => {
    for (const route of ['/reports/', '/reports/year/2026/', '/']) {
      const cards = page(SITE, route).querySelectorAll('main .card time');
      expect(cards.length, route).toBeGreaterThan(0);
      for (const time of cards) expect(text(time.parentNode), route).toMatch(/^活动日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    }
    const policies = dated('/policies/');
    expect(policies.length).toBeGreaterThan(3);
    for (const line of policies) expect(line).toMatch(/^发布日期：/);
    const unit = dated('/units/xian-shuangyongban/');
    expect(unit.length).toBeGreaterThan(3);
    for (const line of unit) expect(line).toMatch(/^(活动日期|发布日期)：/);
  });

  it('大事记: each date is introduced for screen readers by what it is', () => {
    const items = page(SITE, '/timeline/').querySelectorAll('main [data-event]');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(text(item.querySelector('.visually-hidden'))).toMatch(/^(活动日期|发布日期|表彰年份)$/);
  });
});
