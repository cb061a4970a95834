/** Observance dates on the built calendar pages, for the fixture (today = 2026-08-15). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { page, routeFile, text } from '../helpers/html.ts';
import { must } from '../helpers/must.ts';

const SITE = 'basic';

function datesOn(route: string, year: number): Record<string, string> {
  const calendar = page(SITE, route);
  const section = calendar.querySelectorAll('main section').find((s) => text(s.querySelector('h2')) === `${year}年`)!;
  return Object.fromEntries(
    section
      .querySelectorAll('ol.timeline > li')
      .map((li) => [text(li.querySelector('strong')), li.querySelector('time')!.getAttribute('datetime')!]),
  );
}

describe('/calendar/', () => {
  it('computes this year and next year for every rule kind', () => {
    expect(datesOn('/calendar/', 2026)).toEqual({
      春节: '2026-02-17',
      清明节: '2026-04-05',
      八一建军节: '2026-08-01',
      全民国防教育日: '2026-09-19',
    });
    expect(datesOn('/calendar/', 2027)).toEqual({
      春节: '2027-02-06',
      清明节: '2027-04-05',
      八一建军节: '2027-08-01',
      全民国防教育日: '2027-09-18',
    });
  });

  it('announces the next observance and lists reports filed on past ones', () => {
    const calendar = page(SITE, '/calendar/');
    expect(text(calendar.querySelector('.notice'))).toContain('下一个纪念日：全民国防教育日，2026年9月19日（星期六），还有 35 天');
    const spring = calendar.querySelector('li#chunjie')!;
    expect(spring.querySelector('details a')!.getAttribute('href')).toBe('/reports/2026-02-10-chunjie-weiwen/');
  });

  it('home shows the next three observances', () => {
    const home = page(SITE, '/');
    const items = home.querySelectorAll('section[aria-labelledby="upcoming-title"] li:not([hidden])');
    expect(items.map((li) => text(li.querySelector('h3')))).toEqual(['全民国防教育日', '春节', '清明节']);
    expect(must(items[1]?.querySelector('time')).getAttribute('datetime')).toBe('2027-02-06');
  });
});

describe('/calendar.ics', () => {
  const ics = readFileSync(routeFile(SITE, '/calendar.ics'), 'utf8');
  it('is a valid iCalendar feed with all-day events for three years', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics).toContain('VERSION:2.0');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260919');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270206');
    expect(ics).toContain('UID:guofang-jiaoyu-ri-2026-09-19@test.example.gov.cn');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('/timeline/', () => {
  it('lists reports, plans and honours by year (a page per year) and month as ordered lists with <time>', () => {
    const timeline = page(SITE, '/timeline/');
    const years = timeline.querySelectorAll('nav[aria-label="按年份浏览大事记"] a');
    expect(years.map((a) => a.getAttribute('href'))).toEqual(['/timeline/2026/', '/timeline/2025/']);
    expect(years.map((a) => a.getAttribute('aria-current'))).toEqual(['true', undefined]);
    // /timeline/ shows the latest year, the same list as that year's own page.
    expect(timeline.querySelectorAll('main .wrap > section > h2').map(text)).toEqual(['2026年']);
    const eventsOf = (route: string) => page(SITE, route).querySelectorAll('li[data-event]');
    expect(eventsOf('/timeline/').map(text)).toEqual(eventsOf('/timeline/2026/').map(text));
    expect(
      page(SITE, '/timeline/2025/').querySelector('nav[aria-label="按年份浏览大事记"] a[aria-current="page"]')?.getAttribute('href'),
    ).toBe('/timeline/2025/');
    const all = [...eventsOf('/timeline/2026/'), ...eventsOf('/timeline/2025/')];
    const kinds = all.map((li) => li.getAttribute('data-kind'));
    expect(kinds.filter((k) => k === 'report')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'plan')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'honour')).toHaveLength(1);
    expect(all.flatMap((li) => li.querySelectorAll('time'))).toHaveLength(5);
    // The filter form is hidden until its script runs, so without JavaScript the list is complete.
    expect(timeline.querySelector('#timeline-filter')!.hasAttribute('hidden')).toBe(true);
  });
});
