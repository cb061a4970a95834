/** The demo site (content/, built with today = 2026-11-23) as residents and staff see it. */
import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/html.ts';
import { must } from '../helpers/must.ts';

const SITE = 'demo';

describe('the 2026 plan tracks its own progress', () => {
  const plan = page(SITE, '/plans/2026-shuangyong-gongzuo-jihua/');
  const rows = plan.querySelectorAll('tr[id^="task-"]');

  it('shows a believable mix of statuses for 2026-11-23', () => {
    const statuses = rows.map((row) => row.getAttribute('data-status'));
    const count = (status: string) => statuses.filter((s) => s === status).length;
    expect(rows).toHaveLength(12);
    expect({ done: count('done'), overdue: count('overdue'), inProgress: count('in-progress'), notStarted: count('not-started') }).toEqual({
      done: 8,
      overdue: 2,
      inProgress: 1,
      notStarted: 1,
    });
    expect(text(plan.querySelector('#progress-title + p'))).toContain('共 12 项任务，已完成 8 项，完成率 67%');
  });

  it('links every done task to the reports that did it, and no other task', () => {
    for (const row of rows) {
      const links = row.querySelectorAll('a[href^="/reports/"]');
      if (row.getAttribute('data-status') === 'done') expect(links.length, row.id).toBeGreaterThan(0);
      else expect(links, row.id).toHaveLength(0);
    }
    expect(plan.querySelector('#task-t07')!.querySelectorAll('a[href^="/reports/"]')).toHaveLength(2);
  });

  it('places the reports on a month timeline with the current month marked', () => {
    const months = plan.querySelectorAll('ol.timeline > li');
    expect(months).toHaveLength(12);
    expect(must(months[10]).getAttribute('aria-current')).toBe('date');
    expect(must(months[6]).querySelector('a[href="/reports/2026-07-29-bayi-zoufang-weiwen/"]')).not.toBeNull();
  });

  it("the home page shows this year's plan with its completion figure", () => {
    const home = page(SITE, '/');
    const plans = home.querySelector('section[aria-labelledby="plans-title"]')!;
    expect(text(plans)).toContain('已完成 8/12 项任务（67%）');
  });
});

describe('observances on the demo calendar', () => {
  const calendar = page(SITE, '/calendar/');
  const dates = (year: number) =>
    Object.fromEntries(
      calendar
        .querySelectorAll('main section')
        .find((s) => text(s.querySelector('h2')) === `${year}年`)!
        .querySelectorAll('ol.timeline > li')
        .map((li) => [text(li.querySelector('strong')), li.querySelector('time')!.getAttribute('datetime')]),
    );

  it('has the right dates for 2026 and 2027', () => {
    expect(dates(2026)).toMatchObject({
      春节: '2026-02-17',
      清明节: '2026-04-05',
      八一建军节: '2026-08-01',
      全民国防教育日: '2026-09-19',
      中秋节: '2026-09-25',
      烈士纪念日: '2026-09-30',
      重阳节: '2026-10-18',
      南京大屠杀死难者国家公祭日: '2026-12-13',
    });
    expect(dates(2027)).toMatchObject({ 元旦: '2027-01-01', 春节: '2027-02-06', 清明节: '2027-04-05', 全民国防教育日: '2027-09-18' });
  });

  it('home shows the next three observances from 2026-11-23', () => {
    const upcoming = page(SITE, '/').querySelectorAll('section[aria-labelledby="upcoming-title"] li:not([hidden])');
    expect(upcoming.map((li) => [text(li.querySelector('h3')), li.querySelector('time')!.getAttribute('datetime')])).toEqual([
      ['南京大屠杀死难者国家公祭日', '2026-12-13'],
      ['元旦', '2027-01-01'],
      ['春节', '2027-02-06'],
    ]);
  });
});

describe('demo content is complete enough to recognise', () => {
  it('has the collections the foundation asks for', () => {
    const count = (route: string, selector: string) => page(SITE, route).querySelectorAll(selector).length;
    expect(count('/plans/', 'main .list > li')).toBeGreaterThanOrEqual(2);
    expect(count('/reports/year/2025/', 'main .card') + count('/reports/year/2026/', 'main .card')).toBeGreaterThanOrEqual(12);
    expect(count('/policies/', 'main .list > li')).toBeGreaterThanOrEqual(6);
    expect(count('/units/', 'section:first-of-type tbody tr')).toBeGreaterThanOrEqual(10);
  });

  it('the superseded 优待金 policy says 已失效 and links the current one', () => {
    const old = page(SITE, '/policies/xian-yiwubing-youdaijin-biaozhun-2024/');
    expect(text(old.querySelector('.notice'))).toContain('本政策已失效');
    expect(old.querySelector('.notice a')!.getAttribute('href')).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
  });
});
