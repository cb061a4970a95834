/** RSS dates in China time with atom:link self and lastBuildDate; the calendar file asks to be refreshed daily and is offered as webcal://. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, routeFile } from '../helpers/html.ts';

const SITE = 'basic';

describe('RSS', () => {
  const rss = () => readFileSync(routeFile(SITE, '/rss.xml'), 'utf8');
  it('dates an item on its own day, 00:00 in China', () => {
    const item = rss()
      .split('<item>')
      .find((chunk) => chunk.includes('/reports/2026-08-01-bayi-zuotan/'))!;
    expect(item).toContain('<pubDate>Sat, 01 Aug 2026 00:00:00 +0800</pubDate>');
    expect(rss()).not.toMatch(/GMT/);
  });
  it('names itself (atom:link rel=self) and says when its content last changed', () => {
    expect(rss()).toMatch(/xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(rss()).toContain('<atom:link href="https://test.example.gov.cn/rss.xml" rel="self" type="application/rss+xml"/>');
    const dates = [...rss().matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => new Date(match[1]!).getTime());
    const last = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(rss())?.[1];
    expect(last).toMatch(/\+0800$/);
    expect(new Date(last!).getTime()).toBe(Math.max(...dates));
  });
});

describe('calendar subscription', () => {
  it('the .ics asks subscribers to refresh daily', () => {
    const ics = readFileSync(routeFile(SITE, '/calendar.ics'), 'utf8');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:P1D\r\n');
  });
  it('the calendar page offers a webcal:// subscription and the file', () => {
    const links = page(SITE, '/calendar/')
      .querySelectorAll('main a')
      .map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).toContainEqual(['订阅纪念日历', 'webcal://test.example.gov.cn/calendar.ics']);
    expect(links).toContainEqual(['下载日历文件（.ics）', '/calendar.ics']);
  });
});
