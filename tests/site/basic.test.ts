/** Integration tests on the basic fixture site, built once by tests/global-setup.ts (today = 2026-08-15). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { page, routeExists, routeFile, text } from '../helpers/html.ts';

const SITE = 'basic';

describe('routes', () => {
  const routes = [
    '/',
    '/plans/',
    '/plans/2026-ceshi-jihua/',
    '/reports/',
    '/reports/page/2/',
    '/reports/year/2025/',
    '/reports/year/2026/',
    '/reports/type/zoufang-weiwen/',
    '/reports/2026-02-10-chunjie-weiwen/',
    '/cases/',
    '/cases/ceshi-laobing/',
    '/policies/',
    '/policies/youdaijin-2026/',
    '/policies/youdaijin-2024/',
    '/policies/for/junren-jiashu/',
    '/policies/for/xianyi-junren/',
    '/education/',
    '/education/chuzhong-guofang/',
    '/units/',
    '/units/ceshi-zhen/',
    '/about/',
    '/404.html',
    '/timeline/',
    '/calendar/',
    '/calendar.ics',
    '/rss.xml',
    '/sitemap-index.xml',
    '/robots.txt',
  ];
  it.each(routes)('%s is built', (route) => {
    expect(routeExists(SITE, route)).toBe(true);
  });

  it('every page is Chinese, has a skip link, the header navigation and the footer records', () => {
    const home = page(SITE, '/');
    expect(home.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(home.querySelector('a.skip-link')!.getAttribute('href')).toBe('#main');
    const nav = home.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'));
    expect(nav).toEqual(expect.arrayContaining(['/plans/', '/reports/', '/cases/', '/policies/', '/education/', '/units/', '/about/']));
    const footer = text(home.querySelector('footer'));
    expect(footer).toContain('主办单位：测试县双拥工作领导小组办公室');
    expect(footer).toContain('网站标识码：9999000001');
    expect(footer).toContain('测ICP备00000001号-1');
    expect(footer).toContain('测公网安备 00000000000001号');
    expect(footer).toContain('0999-7654321');
  });

  it('detail pages have breadcrumbs back to their section', () => {
    const crumbs = page(SITE, '/reports/2026-02-10-chunjie-weiwen/')
      .querySelectorAll('.breadcrumbs a')
      .map((a) => a.getAttribute('href'));
    expect(crumbs).toEqual(['/', '/reports/']);
  });
});

describe('drafts', () => {
  it('never reach a production build: no page, no list entry, no feed item', () => {
    expect(routeExists(SITE, '/reports/2026-03-05-caogao/')).toBe(false);
    expect(readFileSync(routeFile(SITE, '/rss.xml'), 'utf8')).not.toContain('尚未审核的草稿报道');
    expect(text(page(SITE, '/timeline/').querySelector('main'))).not.toContain('尚未审核的草稿报道');
    expect(text(page(SITE, '/units/ceshi-shuangyongban/').querySelector('main'))).not.toContain('尚未审核的草稿报道');
  });
});

describe('reports', () => {
  it('are paginated (2 per page in this fixture) and grouped by year', () => {
    const first = page(SITE, '/reports/');
    expect(first.querySelectorAll('main .card')).toHaveLength(2);
    expect(first.querySelectorAll('main section h2').map(text)).toEqual(['2026年']);
    const second = page(SITE, '/reports/page/2/');
    expect(second.querySelectorAll('main section h2').map(text)).toEqual(['2025年']);
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/reports/page/2/');
  });

  it('render GFM tables from the MDX body', () => {
    const report = page(SITE, '/reports/2026-02-10-chunjie-weiwen/');
    const table = report.querySelector('article table');
    expect(table).not.toBeNull();
    expect(text(table!.querySelector('th'))).toBe('项目');
    expect(text(table!.querySelector('tbody td'))).toBe('走访户数');
  });

  it('link their plan task, units and observance', () => {
    const report = page(SITE, '/reports/2026-02-10-chunjie-weiwen/');
    const links = report.querySelectorAll('article a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/plans/2026-ceshi-jihua/#task-t01', '/units/ceshi-budui/', '/calendar/#chunjie']));
  });
});

describe('policies', () => {
  it('render standards as a table with headers', () => {
    const policy = page(SITE, '/policies/youdaijin-2026/');
    const rows = policy.querySelectorAll('.data-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(text(rows[0]?.querySelector('th'))).toBe('义务兵家庭优待金');
    // The unit is part of the amount's cell: 30,000 元/年.
    expect(text(rows[0]?.querySelectorAll('td')[0])).toMatch(/^30,000\s*元\/年$/);
    expect(text(rows[1]?.querySelectorAll('td')[0])).toMatch(/^500\s*元$/);
    expect(policy.querySelectorAll('.data-table thead th').map(text)).toEqual(['项目', '标准', '备注']);
  });

  it('render the FAQ as a definition list', () => {
    const faq = page(SITE, '/policies/youdaijin-2026/').querySelector('dl.faq')!;
    expect(text(faq.querySelector('dt'))).toBe('优待金什么时候发？');
    expect(text(faq.querySelector('dd'))).toBe('每年年底前发放。');
  });

  it('a superseded policy says 已失效 and links its successor', () => {
    const old = page(SITE, '/policies/youdaijin-2024/');
    const notice = old.querySelector('.notice')!;
    expect(text(notice)).toContain('本政策已失效');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/policies/youdaijin-2026/');
    expect(text(page(SITE, '/policies/youdaijin-2026/').querySelector('.meta .tag'))).toBe('现行有效');
  });

  it('can be entered by audience', () => {
    const family = page(SITE, '/policies/for/junren-jiashu/');
    expect(text(family.querySelector('h1'))).toBe('我是军人家属');
    expect(
      family
        .querySelectorAll('main .list h3 a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(['/policies/youdaijin-2024/', '/policies/youdaijin-2026/']);
    const soldiers = page(SITE, '/policies/for/xianyi-junren/');
    expect(soldiers.querySelectorAll('main .list h3 a').map((a) => a.getAttribute('href'))).toEqual(['/policies/youdaijin-2026/']);
  });
});

describe('plans', () => {
  it('show each task with its status for the build date', () => {
    const plan = page(SITE, '/plans/2026-ceshi-jihua/');
    const status = Object.fromEntries(plan.querySelectorAll('tr[id^="task-"]').map((row) => [row.id, row.getAttribute('data-status')]));
    expect(status).toEqual({
      'task-t01': 'done',
      'task-t02': 'overdue',
      'task-t03': 'done',
      'task-t04': 'in-progress',
      'task-t05': 'not-started',
    });
    expect(text(plan.querySelector('#task-t02 .tag'))).toBe('逾期');
    expect(plan.querySelector('#task-t01 a[href="/reports/2026-02-10-chunjie-weiwen/"]')).not.toBeNull();
    expect(text(plan.querySelector('#progress-title + p'))).toContain('已完成 2 项，完成率 40%');
  });
});

describe('units', () => {
  it('/units/ tallies entries per unit per month', () => {
    const units = page(SITE, '/units/');
    const office = units
      .querySelectorAll('section')
      .find((s) => text(s.querySelector('h2')) === '2026年')!
      .querySelectorAll('tbody tr')
      .find((tr) => text(tr.querySelector('th')) === '测试县双拥办')!;
    const cells = office.querySelectorAll('td').map(text);
    expect(cells[0]).toBe('2'); // the plan and the 2026 policy, both January
    expect(cells[1]).toBe('1'); // the February report
    expect(cells[8]).toBe('1'); // the September lesson
    expect(cells[12]).toBe('4');
  });

  it('a unit page lists what it published', () => {
    const zhen = page(SITE, '/units/ceshi-zhen/');
    expect(zhen.querySelectorAll('main .list h3 a').map((a) => a.getAttribute('href'))).toEqual(['/reports/2026-08-01-bayi-zuotan/']);
    expect(text(zhen.querySelector('main'))).toContain('下属单位：测试村');
  });
});

describe('feeds', () => {
  it('RSS lists entries with absolute links', () => {
    const rss = readFileSync(routeFile(SITE, '/rss.xml'), 'utf8');
    expect(rss).toContain('<title>测试县双拥宣传站</title>');
    expect(rss).toContain('<link>https://test.example.gov.cn/reports/2026-08-01-bayi-zuotan/</link>');
  });

  it('the sitemap lists pages under the base URL', () => {
    const sitemap = readFileSync(routeFile(SITE, '/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://test.example.gov.cn/policies/youdaijin-2026/</loc>');
  });
});
