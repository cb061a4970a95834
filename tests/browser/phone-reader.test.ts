/**
 * What residents meet on a phone (issue 14): tap-to-call numbers, who to call near the top of a
 * policy, where you are in the section bar, the header at 特大, the hero buttons, the 信息报送
 * table, the empty search, 网站地图, the 404 page and the focus ring. Runs against the built demo.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE, DESKTOP } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';
import { displaySettingsOpen, displaySettingsToggle } from '../helpers/display-settings.ts';

const demo = useDemoSite();

async function open(route: string, { font, ...options }: BrowserContextOptions & { font?: string } = {}): Promise<Page> {
  const context = await demo.browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN', ...options });
  if (font) await context.addInitScript((size) => localStorage.setItem('font-size', size), font);
  const page = await context.newPage();
  await page.goto(demo.url() + route, { waitUntil: 'networkidle' });
  return page;
}
const close = (page: Page) => page.context().close();
const POLICY = '/policies/xian-yiwubing-youdaijin-biaozhun/';

describe('phone numbers are tap-to-call links', () => {
  it('in the footer of every page and on 关于本站', async () => {
    const page = await open('/about/');
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: '0999-6212345' });
    expect(await footerLink.getAttribute('href')).toBe('tel:09996212345');
    expect(await page.getByRole('main').getByRole('link', { name: '0999-6212345' }).getAttribute('href')).toBe('tel:09996212345');
    await close(page);
  });

  it('in a policy’s 咨询办理 and body text', async () => {
    const page = await open(POLICY);
    const section = page.getByRole('region', { name: '咨询办理' });
    expect(await section.getByRole('link', { name: '0999-6212351' }).getAttribute('href')).toBe('tel:09996212351');
    await close(page);
  });
});

describe('who to call is near the top of every policy', () => {
  it.each([
    ['标准', ''],
    ['特大', 'xlarge'],
  ])('on the 优待金 page at %s, 咨询电话 is on the first screen', async (_name, font) => {
    const page = await open(POLICY, { font });
    const call = page.getByRole('main').getByRole('link', { name: '0999-6212351' }).first();
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height * (font ? 1.5 : 1));
    expect(await page.getByRole('main').getByRole('definition').first().innerText()).toContain('示例县退役军人事务局优抚股');
    await close(page);
  });
});

describe('the section bar shows where you are', () => {
  it.each(['/about/', '/calendar/', '/units/', '/timeline/'])('%s: the current section is in view on a phone', async (route) => {
    const page = await open(route, { font: 'xlarge' });
    const current = page.getByRole('navigation', { name: '栏目导航' }).locator('a[aria-current="page"]');
    const box = (await current.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await close(page);
  });
});

describe('header at 特大', () => {
  it('takes at most a third of a phone screen and shows the whole search hint', async () => {
    const page = await open('/', { font: 'xlarge' });
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(PHONE.height / 3);
    const input = page.getByRole('searchbox', { name: '搜索全站' });
    const fits = await input.evaluate((el: HTMLInputElement) => {
      const probe = document.createElement('span');
      const style = getComputedStyle(el);
      probe.style.font = style.font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = el.placeholder;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 0.5;
    });
    expect(fits).toBe(true);
    await close(page);
  });

  it('folds 字号 and 高对比度 behind one 显示设置 button that opens, switches and closes again', async () => {
    const page = await open('/', { font: 'xlarge' });
    const banner = page.getByRole('banner');
    const toggle = displaySettingsToggle(page);
    const largest = banner.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' });
    const contrast = banner.getByRole('button', { name: '高对比度' });
    expect(await displaySettingsOpen(page)).toBe(false);
    expect(await largest.isVisible()).toBe(false);
    await toggle.click();
    expect(await displaySettingsOpen(page)).toBe(true);
    expect(await largest.getAttribute('aria-pressed')).toBe('true');
    // Open, each switch is a 60 px target in 适老 mode and the panel is on the phone screen.
    for (const button of [toggle, largest, contrast]) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(60);
      expect(box.height).toBeGreaterThanOrEqual(60);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await contrast.click();
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await banner.getByRole('button', { name: '标准' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.font)).toBeUndefined();
    await toggle.click();
    expect(await displaySettingsOpen(page)).toBe(false);
    expect(await contrast.isVisible()).toBe(false);
    // Still in high contrast, at 标准 the closed header is smaller than at 特大.
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(PHONE.height / 3);
    await close(page);
  });

  it('the hero buttons keep each label on one line', async () => {
    for (const font of ['', 'large', 'xlarge']) {
      const page = await open('/', { font });
      const links = page.getByRole('region', { name: '示例县双拥宣传站' }).getByRole('link');
      expect(await links.count()).toBe(4);
      for (const link of await links.all()) {
        const lines = await link.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        });
        expect(lines, `${await link.innerText()} at ${font || '标准'}`).toBe(1);
      }
      await close(page);
    }
  });
});

describe('the 标准 table on a phone', () => {
  it.each([
    ['标准', ''],
    ['特大', 'xlarge'],
  ])('at %s every amount and its unit read on one line (24,000 元/人·年)', async (_name, font) => {
    const page = await open(POLICY, { font });
    const cells = page.getByRole('main').getByRole('table').first().getByRole('cell');
    const amounts = (await cells.allInnerTexts()).filter((cell) => /^\d/.test(cell));
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts[0]).toMatch(/^24,000\s*元\/人·年$/);
    const unitLines = await page
      .getByRole('main')
      .getByRole('table')
      .first()
      .evaluate((table) =>
        [...table.querySelectorAll('td')].flatMap((cell) => {
          if (!/^\s*\d/.test(cell.textContent ?? '')) return [];
          const range = document.createRange();
          range.selectNodeContents(cell);
          return [new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size];
        }),
      );
    expect(unitLines.length).toBeGreaterThan(0);
    expect(unitLines.every((lines) => lines === 1)).toBe(true);
    await close(page);
  });
});

describe('信息报送 on a phone', () => {
  it('the unit column leaves most of the width to the counts, and its header stays when scrolled', async () => {
    const page = await open('/units/');
    const region = page.getByRole('region', { name: /年/ }).first();
    const regionBox = (await region.boundingBox())!;
    const header = region.getByRole('columnheader', { name: '单位' });
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.width).toBeLessThanOrEqual(regionBox.width * 0.45);
    await region.evaluate((el) => {
      el.scrollLeft = 400;
    });
    const after = (await header.boundingBox())!;
    expect(Math.abs(after.x - regionBox.x)).toBeLessThanOrEqual(2);
    const rowHeader = region.getByRole('rowheader').first();
    expect(Math.abs((await rowHeader.boundingBox())!.x - regionBox.x)).toBeLessThanOrEqual(2);
    await close(page);
  });
});

describe('search with no results', () => {
  it('shows the tips and section links on the first screen', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('qxzvwkj'));
    const tips = page.getByText('可以试试：');
    await tips.waitFor();
    const box = (await tips.boundingBox())!;
    expect(box.y).toBeLessThan(PHONE.height);
    // One search box on the page, not the header's as well.
    expect(await page.getByRole('searchbox').count()).toBe(1);
    await close(page);
  });

  it('does not offer 筛选和排序 without JavaScript', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    expect(await page.getByText('筛选和排序').first().isVisible()).toBe(false);
    await close(page);
  });
});

describe('我是军人家属', () => {
  it('counts only policies in force and lists the repealed one apart', async () => {
    const page = await open('/policies/for/junren-jiashu/');
    const lead = await page.getByRole('main').locator('.lead').innerText();
    const lapsed = page.getByRole('region', { name: /已失效的政策/ });
    const lapsedTitles = await lapsed.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(lapsedTitles).toEqual([expect.stringContaining('2024')]);
    const all = await page.getByRole('main').getByRole('heading', { level: 3 }).allInnerTexts();
    const current = all.filter((title) => !lapsedTitles.includes(title));
    expect(current.length).toBeGreaterThan(0);
    expect(lead).toBe(`以下 ${current.length} 项现行政策适用于军人家属。`);
    expect(current.join('\n')).not.toContain('2024');
    await close(page);
  });
});

describe('网站地图', () => {
  it('the footer link opens a readable page listing every section', async () => {
    const page = await open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: '网站地图' }).click();
    await page.waitForURL('**/sitemap/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('网站地图');
    for (const name of ['工作计划', '活动报道', '双拥典型', '政策解读', '国防教育', '纪念日历', '大事记', '信息报送统计', '关于本站']) {
      expect(await page.getByRole('main').getByRole('heading', { name, level: 2 }).count(), name).toBe(1);
    }
    expect(await page.getByRole('main').getByRole('link', { name: '我是退役军人' }).count()).toBe(1);
    expect(await page.getByRole('main').getByRole('link', { name: '2026年', exact: true }).first().getAttribute('href')).toBe(
      '/reports/year/2026/',
    );
    await close(page);
  });
});

describe('404 page', () => {
  it('has a real search box and button, and no address of its own', async () => {
    const page = await open('/no-such-page/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('抱歉，页面不存在');
    const button = page.getByRole('main').getByRole('button', { name: '搜索' });
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    const colors = await button.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colors).toEqual(['rgb(179, 18, 27)', 'rgb(255, 255, 255)']);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('本页地址').count()).toBe(0);
    await close(page);
  });
});

/** WCAG relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('keyboard focus in the header', () => {
  it('the focus ring stands out on red and is not clipped in the section bar', async () => {
    const page = await open('/policies/', { viewport: DESKTOP, isMobile: false, hasTouch: false });
    const nav = page.getByRole('navigation', { name: '栏目导航' });
    const link = nav.getByRole('link', { name: '政策解读' });
    // Tab until the nav link has focus.
    for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    const ring = await link.evaluate((el) => {
      const style = getComputedStyle(el);
      const list = el.closest('ul')!.getBoundingClientRect();
      const rect = el.getBoundingClientRect();
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const nav = getComputedStyle(el.closest('nav')!).backgroundColor;
      return {
        color: style.outlineColor,
        style: style.outlineStyle,
        nav,
        inside: rect.top - reach >= list.top - 0.5 && rect.bottom + reach <= list.bottom + 0.5,
      };
    });
    expect(ring.style).not.toBe('none');
    expect(contrast(ring.color, ring.nav)).toBeGreaterThanOrEqual(3);
    expect(ring.inside).toBe(true);
    const brand = page.getByRole('banner').getByRole('link').first();
    await brand.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const brandRing = await brand.evaluate((el) => getComputedStyle(el).outlineColor);
    expect(contrast(brandRing, 'rgb(179, 18, 27)')).toBeGreaterThanOrEqual(3);
    await close(page);
  });
});

describe('long pages and reports', () => {
  it('返回顶部 at the end of a long page brings the reader back to the top', async () => {
    const page = await open('/timeline/');
    const link = page.getByRole('link', { name: '返回顶部' });
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await link.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await close(page);
  });

  it('a report links the one before and after it, and related reports are nearest in subject', async () => {
    const page = await open('/reports/2026-07-29-bayi-zoufang-weiwen/');
    const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
    expect(await nav.getByText(/^上一篇：/).count()).toBe(1);
    expect(await nav.getByText(/^下一篇：/).count()).toBe(1);
    expect(await nav.getByRole('link').first().getAttribute('href')).toBe('/reports/2026-06-05-guanbing-zhuli-xiashou/');
    const related = page.getByRole('complementary', { name: '相关报道' });
    const titles = await related.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(titles.length).toBe(3);
    // Last year's 八一 visit is closer in subject than anything newer from the same plan.
    expect(await related.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(
      '/reports/2025-07-31-bayi-zoufang-weiwen/',
    );
    await close(page);
  });

  it('plan and lesson pages put the title first, the tags under it', async () => {
    for (const route of [
      '/plans/2026-shuangyong-gongzuo-jihua/',
      '/education/chuzhong-renshi-guofang/',
      '/education/zhongxue-guofang-zhishi-jingsai/',
      '/education/xian-lieshi-lingyuan/',
    ]) {
      const page = await open(route);
      const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      const tag = (await page.getByRole('main').locator('article .meta').first().boundingBox())!;
      expect(h1.y, route).toBeLessThan(tag.y);
      await close(page);
    }
  });
});

describe('print', () => {
  it('a policy has 打印本页, and prints with the site name on top', async () => {
    const page = await open(POLICY);
    expect(await page.getByRole('button', { name: '打印本页' }).isVisible()).toBe(true);
    expect(await page.getByText('示例县双拥宣传站 · 政策解读').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('示例县双拥宣传站 · 政策解读').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '打印本页' }).isVisible()).toBe(false);
    await close(page);
  });

  it('a printed quiz has a 班级 / 姓名 / 得分 line', async () => {
    const page = await open('/education/zhongxue-guofang-zhishi-jingsai/');
    const line = page.getByText(/班级：.*姓名：.*得分：/);
    expect(await line.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await line.isVisible()).toBe(true);
    await close(page);
  });

  it('quiz answers stay out of search snippets', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('正确答案'));
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
    const excerpts = await page.getByRole('list', { name: '搜索结果' }).innerText();
    expect(excerpts).not.toContain('正确答案：');
    await close(page);
  });
});

describe('polish', () => {
  it('the timeline filter is kept in the address and restored from it', async () => {
    const page = await open('/timeline/2025/');
    await page.getByLabel('类别').selectOption({ label: '荣誉表彰' });
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('honour');
    const shown = await page.locator('li[data-event]:visible').count();
    const again = await open(`/timeline/2025/?kind=honour`);
    expect(await again.getByLabel('类别').inputValue()).toBe('honour');
    expect(await again.locator('li[data-event]:visible').count()).toBe(shown);
    expect(shown).toBeGreaterThan(0);
    expect(await again.getByRole('status').innerText()).toBe(`本页显示 ${shown} 条`);
    await close(page);
    await close(again);
  });

  it('延伸学习 links the lessons it names', async () => {
    const page = await open('/education/zhongxue-guofang-zhishi-jingsai/');
    const further = page.getByRole('heading', { name: '延伸学习' }).locator('xpath=following-sibling::p[1]');
    expect(await further.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/education/chuzhong-renshi-guofang/',
      '/education/gaozhong-bingyifa-yu-qingnian-dandang/',
    ]);
    await close(page);
  });

  it('a unit page gives a contact to call', async () => {
    const page = await open('/units/xian-tuiyijunrenju/');
    expect(await page.getByRole('main').getByRole('link', { name: '0999-6212351' }).getAttribute('href')).toBe('tel:09996212351');
    const other = await open('/units/wujing-zhongdui/');
    expect(
      await other
        .getByRole('main')
        .getByText(/^联系方式：/)
        .innerText(),
    ).toContain('0999-6212345');
    await close(page);
    await close(other);
  });

  it('search filters offer no value that would leave no result', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('优待金'));
    await page.locator('[data-search-status]').filter({ hasText: /找到/ }).waitFor();
    await page.getByText('筛选和排序').click();
    await expect.poll(() => page.locator('select[name="section"] option[value="政策解读"]').textContent()).toMatch(/（\d+）$/);
    const offered = await page
      .locator('select option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).filter((o) => !o.hidden && !o.disabled).map((o) => o.textContent ?? ''));
    expect(offered.length).toBeGreaterThan(2);
    expect(offered.filter((text) => text.endsWith('（0）'))).toEqual([]);
    await close(page);
  });
});
