/**
 * Site search in Debian's Chromium on the built demo site: residents' Chinese queries find the right
 * page, filters narrow, nothing-found says so, the address holds the query (share, back button),
 * it works from the header box on a phone, by keyboard, without JavaScript (plainly), and only
 * /search/ loads search code; questions, residents' words and typos are understood, repealed
 * policies are marked, partial matches are not called found. Also: substring recall of the demo
 * content stays at or above 95%.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, DESKTOP } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { tmpRoot } from '../helpers/build-site.ts';
import { measureRecall } from '../../scripts/dev/search-recall.ts';

const dist = join(tmpRoot, 'demo', 'dist');
const skip = Boolean(process.env.TEST_SKIP_DEMO);
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  if (skip) return;
  server = await serveDir(dist);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''),
  );
  expect(await page.getAttribute('[data-search-page]', 'data-state')).toBe('done');
}

async function results(page: Page): Promise<string[]> {
  return page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function search(page: Page, query: string, params = ''): Promise<string[]> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}${params}`);
  await settled(page);
  return results(page);
}

const status = (page: Page) => page.textContent('[data-search-status]').then((text) => text ?? '');

describe.skipIf(skip)('search on the demo site', () => {
  it('typing 优待金 into the header box on a phone lands on results led by the 优待金 policy', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('header input[name="q"]', '优待金');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('优待金');
    await settled(page);
    const first = page.locator('.search-result h2 a').first();
    expect(await first.getAttribute('href')).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(await first.textContent()).toContain('优待金');
    await expect.poll(() => first.isVisible()).toBe(true);
    expect(await page.locator('.search-result').first().locator('mark').first().textContent()).toBe('优待金');
    expect(await status(page)).toMatch(/找到 \d+ 条与“优待金”有关的内容/);
    // Fits the phone: nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  const QUERIES: [string, string][] = [
    ['优待金', '/policies/xian-yiwubing-youdaijin-biaozhun/'],
    ['三等功奖励', '/policies/xian-ligong-shoujiang-jiangli/'],
    ['清明祭扫', '/reports/2026-04-03-qingming-jisao-yinglie/'],
    ['退役士兵安置', '/policies/tuiyi-shibing-anzhi-buzhu/'],
    ['随军家属就业', '/policies/suijun-jiashu-jiuye-anzhi/'],
    ['军人子女入学', '/policies/junren-zinv-jiaoyu-youdai/'],
    ['交通出行', '/policies/junren-jiaotong-youdai/'],
    ['就医优待', '/policies/youfu-duixiang-yiliao-youdai/'],
    ['好军嫂', '/cases/haojunsao-zhou-xiaomei/'],
    ['抗洪', '/cases/wujing-zhongdui-kanghong-qiangxian/'],
    ['双拥模范县', '/cases/shili-xian-shengji-shuangyong-mofanxian/'],
    ['烈士陵园', '/education/xian-lieshi-lingyuan/'],
    ['国防教育馆', '/education/xian-guofang-jiaoyu-guan/'],
    ['英雄烈士保护法', '/education/gaozhong-yingxiong-lieshi-baohu/'],
    ['征兵宣传', '/reports/2026-05-27-zhengbing-xuanchuan-jin-gaozhong/'],
    ['八一建军节的由来', '/education/xiaoxue-bayi-jianjunjie-de-laili/'],
    ['重阳', '/reports/2025-10-29-chongyang-junmin-lianyi/'],
    ['送医送药', '/reports/2026-10-22-songyi-songyao-jin-junying/'],
    ['工作总结', '/plans/2025-shuangyong-gongzuo-zongjie/'],
    ['公祭', '/reports/2026-09-30-lieshi-jinianri-gongji/'],
  ];

  it.each(QUERIES)('“%s” finds %s in the first three results', async (query, url) => {
    const page = await context.newPage();
    const found = await search(page, query);
    expect(found.slice(0, 3), `${query}: ${found.slice(0, 5).join(' ')}`).toContain(url);
    await page.close();
  });

  it('finds text inside a longer word, Ctrl+F style, and marks it (待金 in 优待金, 民共 in 人民共和国)', async () => {
    const page = await context.newPage();
    for (const [query, url] of [
      ['待金', '/policies/xian-yiwubing-youdaijin-biaozhun/'],
      ['庭优', '/policies/xian-yiwubing-youdaijin-biaozhun/'],
      ['民共', undefined],
    ] as const) {
      const found = await search(page, query);
      if (url) expect(found.slice(0, 3)).toContain(url);
      const marks = await page.$$eval('.search-result', (items) =>
        items.map((item) => [...item.querySelectorAll('mark')].map((m) => m.textContent).join('')),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark, query).toContain(query);
    }
    await page.close();
  });

  it('two-character and single-word queries work, and a single character still finds pages', async () => {
    const page = await context.newPage();
    const twoChars = await search(page, '双拥');
    expect(twoChars.length).toBe(4); // the first four; the rest of the page when the reader scrolls to 更多
    expect(await status(page)).toMatch(/找到 (\d{2,}) 条/);
    expect(await page.locator('.search-result h2').first().textContent()).toContain('双拥');
    expect((await search(page, '慰问')).length).toBeGreaterThan(3);
    expect((await search(page, '军')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('a question is understood without its question words: 退役士兵怎么安置 and 优待金多少钱 are found', async () => {
    const page = await context.newPage();
    expect((await search(page, '退役士兵怎么安置'))[0]).toBe('/policies/tuiyi-shibing-anzhi-buzhu/');
    expect(await status(page)).toMatch(/^找到 \d+ 条与“退役士兵怎么安置”有关的内容/);
    expect(await page.getAttribute('[data-search-page]', 'data-mode')).toBe('all');
    expect((await search(page, '优待金多少钱'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    await page.close();
  });

  it('residents’ words find the site’s words, and the page says what else it searched (退伍 → 退役)', async () => {
    const page = await context.newPage();
    expect((await search(page, '退伍安置费'))[0]).toBe('/policies/tuiyi-shibing-anzhi-buzhu/');
    expect(await status(page)).toContain('也搜索了：');
    expect(await page.textContent('[data-search-status] .search-note')).toMatch(/也搜索了：.*退役/);
    expect((await search(page, '当兵的孩子上学'))[0]).toBe('/policies/junren-zinv-jiaoyu-youdai/');
    await page.close();
  });

  it('a typo is forgiven through pinyin (优待经, 烈士林园), and the page says what it searched instead', async () => {
    const page = await context.newPage();
    expect((await search(page, '优待经'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(await status(page)).toContain('也搜索了：优待金');
    expect((await search(page, '烈士林园在哪'))[0]).toBe('/education/xian-lieshi-lingyuan/');
    // A base is known by its name without the county (示例县国防教育馆), so its typo is corrected too;
    // 在什么地方 asks where and is not searched for.
    expect((await search(page, '国防教育管在什么地方'))[0]).toBe('/education/xian-guofang-jiaoyu-guan/');
    expect(await status(page)).toContain('也搜索了：国防教育馆');
    expect(await status(page)).toMatch(/^找到/);
    await page.close();
  });

  it('the repealed 2024 standard is marked 已失效 in results; the current one is not, and comes first for 优待金', async () => {
    const page = await context.newPage();
    const tags = (index: number) => page.locator('[data-search-results] > li').nth(index).locator('.meta .tag').allTextContents();
    expect((await search(page, '优待金'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(await tags(0)).not.toContain('已失效');
    expect((await search(page, '2024年优待金标准'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun-2024/');
    expect(await tags(0)).toContain('已失效');
    await page.close();
  });

  it('a question about a past year puts the standard in force that year first, marked 已失效; today’s comes after', async () => {
    const page = await context.newPage();
    // The demo's 2024 standard was in force until 2025-12-31; the current one from 2026-01-01.
    await page.clock.setFixedTime(new Date('2026-11-25T09:00:00+08:00'));
    const tags = (index: number) => page.locator('[data-search-results] > li').nth(index).locator('.meta .tag').allTextContents();
    for (const query of ['去年的优待金按多少算', '2025年的优待金标准']) {
      const found = await search(page, query);
      expect(found[0], query).toBe('/policies/xian-yiwubing-youdaijin-biaozhun-2024/');
      expect(await tags(0), query).toContain('已失效');
      expect(found.indexOf('/policies/xian-yiwubing-youdaijin-biaozhun/'), query).toBeGreaterThan(0);
    }
    // Asked about this year, today's standard leads.
    expect((await search(page, '今年的优待金标准'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    await page.close();
  });

  it('申请表下载 leads with the policy that has the form attached, before its 解读 that only names it', async () => {
    const page = await context.newPage();
    expect((await search(page, '帮扶申请表下载'))[0]).toBe('/policies/xian-youfu-dongji-weiwen-banfa/');
    await page.close();
  });

  it('where the 双拥办 is and when it is open: the about page first, with its address and hours; a unit’s own phone on its page', async () => {
    const page = await context.newPage();
    expect((await search(page, '双拥办在哪办公 几点上班'))[0]).toBe('/about/');
    const first = page.locator('[data-search-results]').getByRole('listitem').first();
    expect(await first.getByRole('link').first().textContent()).toContain('关于本站');
    expect(await first.textContent()).toMatch(/办公时间|人民路/);
    expect((await search(page, '退役军人事务局电话多少'))[0]).toBe('/units/xian-tuiyijunrenju/');
    await page.close();
  });

  it('a partial match is never announced as found (优待补助: the words are on pages, but apart)', async () => {
    const page = await context.newPage();
    const found = await search(page, '优待补助');
    expect(found.length).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-search-page]', 'data-mode')).toBe('partial');
    expect(await status(page)).toContain('没有找到包含“优待补助”的内容');
    expect(await status(page)).toContain('只含有其中一部分文字');
    expect(await status(page)).not.toContain('找到 ');
    await page.close();
  });

  it('a query with no matches says so plainly and offers the sections', async () => {
    const page = await context.newPage();
    expect(await search(page, '火星探测')).toEqual([]);
    expect(await status(page)).toBe('没有找到包含“火星探测”的内容。');
    expect(await page.isVisible('[data-search-empty]')).toBe(true);
    expect(await page.isVisible('[data-search-empty] a[href="/policies/"]')).toBe(true);
    await page.close();
  });

  it('a result shows its page’s own photo, and no picture when the page has none (never the footer’s QR code)', async () => {
    const page = await context.newPage();
    expect((await search(page, '退伍安置费'))[0]).toBe('/policies/tuiyi-shibing-anzhi-buzhu/');
    const sources = await page.$$eval('.search-result img', (images) => images.map((img) => img.getAttribute('src') ?? ''));
    expect(sources.filter((src) => src.includes('/site-files/'))).toEqual([]);
    expect(await page.locator('.search-result').first().locator('img').count()).toBe(0);
    await search(page, '清明祭扫');
    const photos = await page.$$eval('.search-result img', (images) => images.map((img) => img.getAttribute('src') ?? ''));
    expect(photos.length).toBeGreaterThan(0);
    expect(photos.every((src) => src.startsWith('/_astro/'))).toBe(true);
    await page.close();
  });

  it('a filter narrows the results, shows counts and goes into the address', async () => {
    const page = await context.newPage();
    await search(page, '优待金');
    const all = Number(/找到 (\d+) 条/.exec(await status(page))![1]);
    // The filters' own disclosure (the header has a 显示设置 one too).
    await page.getByRole('main').locator('summary', { hasText: '筛选和排序' }).click();
    const option = () => page.$eval('select[name="section"] option[value="政策解读"]', (o) => o.textContent);
    await expect.poll(option).toMatch(/^政策解读（\d+）$/);
    await page.selectOption('select[name="section"]', '政策解读');
    await page.waitForURL(/section=/);
    await settled(page);
    const narrowed = Number(/找到 (\d+) 条/.exec(await status(page))![1]);
    expect(narrowed).toBeLessThan(all);
    expect(narrowed).toBeGreaterThan(0);
    const tags = await page.$$eval('.search-result .tag', (tags) => tags.map((t) => t.textContent));
    // Besides the section, a repealed policy carries 已失效.
    expect(new Set(tags.filter((tag) => tag !== '已失效'))).toEqual(new Set(['政策解读']));
    expect(new URL(page.url()).searchParams.get('section')).toBe('政策解读');
    await page.close();
  });

  it('filters work from the address alone: 学段 for lessons, 对象 for policies', async () => {
    const page = await context.newPage();
    await search(page, '国防', '&stage=初中');
    const lessons = await results(page);
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.every((url) => url.startsWith('/education/'))).toBe(true);
    expect(await page.$eval('select[name="stage"]', (s) => (s as HTMLSelectElement).value)).toBe('初中');
    const policies = await search(page, '优待', '&audience=退役军人');
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.every((url) => url.startsWith('/policies/'))).toBe(true);
    await page.close();
  });

  it('sorts by date, newest first', async () => {
    const page = await context.newPage();
    await search(page, '慰问', '&sort=newest');
    const dates = await page.$$eval('.search-result time', (times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('the address holds the query: the back button brings the earlier results back', async () => {
    const page = await context.newPage();
    await search(page, '优待金');
    await page.fill('main input[name="q"]', '清明祭扫');
    await page.press('main input[name="q"]', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '清明祭扫');
    await settled(page);
    expect((await results(page))[0]).toMatch(/qingming/);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === '优待金');
    await settled(page);
    expect((await results(page))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(await page.inputValue('main input[name="q"]')).toBe('优待金');
    expect(await page.title()).toContain('优待金');
    await page.close();
  });

  it('is keyboard usable and announces results: more results by keyboard moves focus to the first new one', async () => {
    const page = await context.newPage();
    await search(page, '双拥');
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    // Four results first (fewer downloads); the rest of the first page once the reader reaches 更多.
    expect(await page.locator('.search-result').count()).toBe(4);
    await page.focus('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 8);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 8);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[8],
    );
    expect(focused).toBe(true);
    // Tab order from the query box reaches the search button next.
    await page.focus('main input[name="q"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('搜索');
    await page.close();
  });

  it('works under the site CSP with no console errors, on desktop too', async () => {
    const desktop = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await desktop.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    expect((await search(page, '优待金'))[0]).toBe('/policies/xian-yiwubing-youdaijin-biaozhun/');
    expect(errors).toEqual([]);
    await desktop.close();
  });

  it('without JavaScript, /search/ says so plainly and offers the section indexes', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('优待金')}`);
    const text = await page.textContent('main');
    expect(text).toContain('搜索需要浏览器运行 JavaScript');
    for (const href of ['/policies/', '/reports/', '/cases/', '/education/', '/plans/']) {
      expect(await page.isVisible(`main a[href="${href}"]`), href).toBe(true);
    }
    expect(await page.isVisible('[data-search-output]')).toBe(false);
    await noScript.close();
  });

  it('when the search files cannot load, it says so (as an alert) and offers the sections', async () => {
    const broken = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    await broken.route('**/pagefind/**', (route) => route.abort());
    const page = await broken.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('优待金')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'error');
    expect(await page.getAttribute('[data-search-error]', 'role')).toBe('alert');
    expect(await page.textContent('[data-search-error]')).toContain('搜索暂时用不了');
    expect(await page.isVisible('[data-search-error] a[href="/policies/"]')).toBe(true);
    await broken.close();
  });

  it('only /search/ loads search code', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    for (const route of ['/', '/policies/xian-yiwubing-youdaijin-biaozhun/', '/reports/']) {
      await page.goto(server.url + route, { waitUntil: 'networkidle' });
    }
    // The home page's only script is the relative-dates island (还有 N 天 on the reader's day), with
    // the date module it shares with other islands; none of it is search code.
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const scripts = requests.filter((path) => path.endsWith('.js'));
    expect(scripts.some((path) => path.includes('/RelativeDates.'))).toBe(true);
    for (const path of scripts) {
      const code = await (await fetch(server.url + path)).text();
      expect(code, path).not.toMatch(/pagefind|data-search-page/);
    }
    await search(page, '优待金');
    expect(requests).toContain('/pagefind/pagefind.js');
    await page.close();
  });

  it('a search in the address starts Pagefind and fetches its vocabulary from the page head, before the search script runs; nothing is fetched twice', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Hold the page's bundled scripts (the search island) until Pagefind has read its index metadata.
    let held = 0;
    const metadataRead = page.waitForRequest((request) => request.url().endsWith('.pf_meta'), { timeout: 20_000 });
    await page.route('**/_astro/**', async (route) => {
      if (route.request().resourceType() !== 'script') return route.continue();
      held++;
      await metadataRead.catch(() => undefined);
      await route.continue();
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('退役士兵怎么安置')}`);
    await metadataRead;
    const before = [...requests];
    expect(held).toBeGreaterThan(0);
    expect(before.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(before.filter((path) => path.startsWith('/search-lexicon/')).length).toBeGreaterThan(0);
    await settled(page);
    expect((await results(page))[0]).toBe('/policies/tuiyi-shibing-anzhi-buzhu/');
    // What the head began, the island took over: every file once.
    const counted = requests.filter((path) => /^\/(pagefind|search-lexicon)\//.test(path));
    expect(counted.length).toBeGreaterThan(5);
    expect(new Set(counted).size).toBe(counted.length);
    await page.close();
  });

  it('substring recall of the demo content is at least 95% (2–4 characters sampled from every page)', async () => {
    const recall = await measureRecall({ dist, perLength: 2 });
    expect(recall.samples).toBeGreaterThan(200);
    expect(recall.ours.recall, JSON.stringify(recall.misses.slice(0, 10))).toBeGreaterThanOrEqual(0.95);
    expect(recall.ours.top3).toBeGreaterThanOrEqual(recall.baseline.top3);
  }, 180_000);
});
