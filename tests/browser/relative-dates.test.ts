/**
 * Dates are right on the day a page is read, not frozen on the build day. The demo is built on
 * 2026-11-23 (tests/global-setup.ts); Chromium's clock is set to later days. Without JavaScript the
 * built text stays.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { DEMO_TODAY } from '../global-setup.ts';

const demo = useDemoSite();

async function open(route: string, readOn: string | undefined, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await demo.browser().newContext({ viewport: PHONE, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  // 09:00 in China on the reading day.
  if (readOn) await page.clock.setFixedTime(new Date(`${readOn}T09:00:00+08:00`));
  await page.goto(demo.url() + route);
  return page;
}

const upcoming = (page: Page) => page.getByRole('region', { name: '近期纪念日' }).getByRole('listitem').allInnerTexts();

describe('home page 近期纪念日', () => {
  it('without JavaScript shows the build day’s count', async () => {
    expect(DEMO_TODAY).toBe('2026-11-23');
    const page = await open('/', undefined, { javaScriptEnabled: false });
    const items = await upcoming(page);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('国家公祭日');
    expect(items[0]).toContain('2026年12月13日（还有 20 天）');
    await page.context().close();
  });

  it('on the build day, the script writes exactly what the build wrote', async () => {
    const built = await open('/', undefined, { javaScriptEnabled: false });
    const live = await open('/', DEMO_TODAY);
    expect(await upcoming(live)).toEqual(await upcoming(built));
    await built.context().close();
    await live.context().close();
  });

  it('read on 12月20日, 国家公祭日 has passed and the count is from that day', async () => {
    const page = await open('/', '2026-12-20');
    const items = await upcoming(page);
    expect(items).toHaveLength(3);
    expect(items.join('\n')).not.toContain('国家公祭日');
    expect(items[0]).toContain('元旦');
    expect(items[0]).toContain('2027年1月1日（还有 12 天）');
    await page.context().close();
  });

  it('read on 2027年1月1日 it says 今天', async () => {
    const page = await open('/', '2027-01-01');
    expect((await upcoming(page))[0]).toContain('2027年1月1日（今天）');
    await page.context().close();
  });
});

describe('calendar', () => {
  it('read on 12月20日: 国家公祭日 is 已过 and the next one is 元旦', async () => {
    const page = await open('/calendar/', '2026-12-20');
    await expect
      .poll(() => page.getByRole('note').or(page.locator('[data-next-observance]')).first().innerText())
      .toBe('下一个纪念日：元旦，2027年1月1日（星期五），还有 12 天。');
    const year2026 = page.getByRole('region', { name: '2026年' });
    const gongji = year2026.getByRole('listitem').filter({ hasText: '国家公祭日' });
    await expect.poll(() => gongji.getByText('已过', { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, the build day: 国家公祭日 is not yet 已过', async () => {
    const page = await open('/calendar/', undefined, { javaScriptEnabled: false });
    const gongji = page.getByRole('region', { name: '2026年' }).getByRole('listitem').filter({ hasText: '国家公祭日' });
    expect(await gongji.getByText('已过', { exact: true }).isVisible()).toBe(false);
    expect(await page.locator('[data-next-observance]').innerText()).toContain('国家公祭日，2026年12月13日（星期日），还有 20 天');
    await page.context().close();
  });
});

describe('plan page', () => {
  const route = '/plans/2026-shuangyong-gongzuo-jihua/';
  const task = (page: Page) => page.getByRole('row').filter({ hasText: '开展年度双拥工作考评' });
  const month = (page: Page, label: string) =>
    page
      .getByRole('list')
      .filter({ has: page.getByText('1月', { exact: true }) })
      .getByRole('listitem')
      .filter({ has: page.getByText(label, { exact: true }) });

  it('without JavaScript: the 12月 task has not started and 本月 is 11月', async () => {
    const page = await open(route, undefined, { javaScriptEnabled: false });
    expect(await task(page).innerText()).toContain('未开始');
    expect(await month(page, '11月').innerText()).toContain('本月');
    expect(await month(page, '12月').innerText()).not.toContain('本月');
    await page.context().close();
  });

  it('read on 12月20日: the task is 进行中, 本月 is 12月, and the counts follow', async () => {
    const built = await open(route, undefined, { javaScriptEnabled: false });
    const counts = (page: Page) => page.getByRole('list', { name: '任务状态统计' }).innerText();
    const before = await counts(built);
    const page = await open(route, '2026-12-20');
    await expect.poll(() => task(page).innerText()).toContain('进行中');
    expect(await month(page, '12月').innerText()).toContain('本月');
    expect(await month(page, '11月').innerText()).not.toContain('本月');
    const count = (text: string, label: string) => Number(new RegExp(`${label}\\s*(\\d+)`).exec(text)?.[1]);
    const after = await counts(page);
    expect(count(after, '进行中')).toBeGreaterThan(count(before, '进行中'));
    expect(count(after, '未开始')).toBe(count(before, '未开始') - 1);
    await built.context().close();
    await page.context().close();
  });

  it('read on 2027年1月5日: an open 2026 task is 逾期', async () => {
    const page = await open(route, '2027-01-05');
    await expect.poll(() => task(page).innerText()).toContain('逾期');
    await page.context().close();
  });
});
