/**
 * The 典型 showcase: the rules (pure functions), the built pages of the demo (checked against its
 * content files, whatever they say) and of the `photos` fixture (exact expectations), and a look
 * at /cases/ on a 390×844 phone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterData } from '../../src/content-layer/source.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildPhotosSite } from '../fixtures/photos/build.ts';
import { tmpRoot, repoRoot } from '../helpers/build-site.ts';
import { launchBrowser, PHONE } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { CASE_CATEGORY_SLUGS } from '../../src/model/taxonomies.ts';
import {
  honourLevel,
  honourTimeline,
  nameVariants,
  oneLine,
  regionParts,
  relatedReports,
  showcaseOrder,
  similarCases,
  topHonour,
  type CaseLike,
  type Honour,
  type ReportLike,
} from '../../src/lib/cases.ts';
import { caseCategoryUrl } from '../../src/model/urls.ts';
import type { CaseCategory } from '../../src/model/taxonomies.ts';

const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const page = (dist: string, route: string) => parse(readFileSync(join(dist, route, 'index.html'), 'utf8'));

describe('showcase rules', () => {
  const honour = (title: string, year: number, by?: string): Honour => ({ title, year, by });

  it('ranks honours by who gave them: 国家 > 省 > 市 > 县', () => {
    expect(honourLevel(honour('全国模范退役军人', 2020))).toBe(4);
    expect(honourLevel(honour('最美退役军人', 2024, '示例省退役军人事务厅'))).toBe(3);
    expect(honourLevel(honour('拥军模范', 2024, '示例市军分区'))).toBe(2);
    expect(honourLevel(honour('示例县“好军嫂”', 2024))).toBe(1);
    expect(honourLevel(honour('好人好事', 2024))).toBe(0);
  });

  it('leads a card with the highest honour, the latest among equals', () => {
    const honours = [honour('示例县好军嫂', 2025), honour('示例市最美家庭', 2023), honour('示例市三八红旗手', 2024)];
    expect(topHonour(honours)?.title).toBe('示例市三八红旗手');
    expect(honourTimeline(honours).map((h) => h.year)).toEqual([2023, 2024, 2025]);
    expect(topHonour([])).toBeUndefined();
  });

  const entry = (id: string, data: Partial<CaseLike['data']>): CaseLike => ({
    id,
    data: { category: '先进个人', name: id, honors: [], featured: false, date: new Date('2026-01-01'), tags: [], unit: 'u', ...data },
  });

  it('puts featured cases first, then the better honoured, then the newest', () => {
    const order = showcaseOrder([
      entry('a', { honors: [honour('示例县先进', 2024)] }),
      entry('b', { featured: true, date: new Date('2025-01-01') }),
      entry('c', { honors: [honour('示例省先进', 2020)] }),
      entry('d', { featured: true }),
    ]);
    expect(order.map((c) => c.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('finds a case by its name, its name without the region, or each part of a joint name', () => {
    const region = regionParts('示例省示例市示例县');
    expect(region).toEqual(['示例省', '示例市', '示例县']);
    expect(nameVariants('示例县人民医院', region)).toEqual(expect.arrayContaining(['示例县人民医院', '县人民医院', '人民医院']));
    expect(nameVariants('示例县第一中学、陆军某旅', region)).toEqual(expect.arrayContaining(['县第一中学', '陆军某旅']));
  });

  it('relates reports that name the case or its honour, not those sharing only a unit or the county name', () => {
    const report = (id: string, title: string, extra: Partial<ReportLike['data']> = {}, body = ''): ReportLike => ({
      id,
      body,
      data: { title, summary: '', date: new Date('2026-01-01'), tags: [], units: ['x'], unit: 'x', ...extra },
    });
    const hospital = entry('yiyuan', {
      name: '示例县人民医院',
      unit: 'weijianju',
      tags: ['医疗优待'],
      honors: [honour('示例市拥军优属示范单位', 2024)],
    });
    const county = entry('county', { name: '示例县', category: '模范城县', honors: [honour('省级双拥模范县', 2025)] });
    const reports = [
      report('named', '县人民医院为官兵义诊'),
      report('body', '表彰大会召开', {}, '会上，县人民医院等单位受到表彰。'),
      report('honour', '示例县召开总结会', {}, '示例县再次被命名为省级双拥模范县。'),
      report('tags', '优待政策宣讲', { tags: ['医疗优待'] }),
      report('unit', '卫健局开会', { units: ['weijianju'] }),
      report('county', '示例县开展八一慰问'),
    ];
    expect(relatedReports(hospital, reports, '示例省示例市示例县').map((r) => r.id)).toEqual(['named', 'body', 'tags']);
    expect(relatedReports(county, reports, '示例省示例市示例县').map((r) => r.id)).toEqual(['honour']);
  });

  it('suggests cases of the same category first, never the case itself', () => {
    const self = entry('self', { category: '好军嫂', tags: ['军属'] });
    const similar = similarCases(
      self,
      [self, entry('other', { category: '先进单位' }), entry('same', { category: '好军嫂' }), entry('tag', { tags: ['军属'] })],
      2,
    );
    expect(similar.map((c) => c.id)).toEqual(['same', 'tag']);
  });

  it('cuts a summary to its first sentence for a card', () => {
    expect(oneLine('第一句。第二句。')).toBe('第一句。');
    expect(oneLine('只有一句')).toBe('只有一句');
    expect([...oneLine('长'.repeat(100), 20)]).toHaveLength(20);
  });
});

interface CaseFile {
  id: string;
  title: string;
  name: string;
  category: CaseCategory;
  featured?: boolean;
  draft?: boolean;
  quote?: string;
  summary: string;
  honors?: Honour[];
}

function caseFiles(contentDir: string): CaseFile[] {
  const dir = join(contentDir, 'cases');
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = entry.isDirectory() ? join(dir, entry.name, 'index.mdx') : entry.name.endsWith('.mdx') ? join(dir, entry.name) : undefined;
    if (!file || !existsSync(file)) return [];
    const data = frontmatterData(readFileSync(file, 'utf8')) as Omit<CaseFile, 'id'>;
    return data.draft ? [] : [{ id: entry.name.replace(/\.mdx$/, ''), ...data }];
  });
}

/** What any content must give: the checks hold for the demo as it is, whatever it says. */
function showcaseChecks(label: string, dist: () => string, contentDir: string) {
  describe(`the showcase of ${label}`, () => {
    const cases = caseFiles(contentDir);

    it('lists every case once, featured ones first and large', () => {
      const list = page(dist(), 'cases');
      const hrefs = list.querySelectorAll('main .case-name a').map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(cases.map((c) => `/cases/${c.id}/`).sort());
      const featured = list.querySelectorAll('.case-features .case-name a').map((a) => a.getAttribute('href'));
      expect(featured.sort()).toEqual(
        cases
          .filter((c) => c.featured)
          .map((c) => `/cases/${c.id}/`)
          .sort(),
      );
      const first = list.querySelector('main .case-name a')!.getAttribute('href');
      if (featured.length > 0) expect(featured).toContain(first);
    });

    it('shows on every card the photo, name, category, top honour and a one-line summary', () => {
      const list = page(dist(), 'cases');
      for (const c of cases) {
        const card = list.querySelector(`main a[href="/cases/${c.id}/"]`)!.closest('article')!;
        expect(text(card.querySelector('.case-name')), c.id).toBe(c.name);
        expect(text(card.querySelector('.case-cat')), c.id).toContain(c.category);
        const top = topHonour(c.honors ?? []);
        if (top) expect(text(card.querySelector('.case-honour')), c.id).toContain(`${top.year}年 ${top.title}`);
        if (!c.featured) expect(text(card.querySelector('.case-summary')), c.id).toBe(oneLine(c.summary));
        expect(card.querySelector('img, .case-plate'), c.id).not.toBeNull();
      }
    });

    it('filters by category and by honour year with plain links to real pages', () => {
      const list = page(dist(), 'cases');
      const categoryLinks = list.querySelectorAll('.case-filters a[href^="/cases/category/"]').map((a) => a.getAttribute('href')!);
      const categories = [...new Set(cases.map((c) => c.category))];
      expect(categoryLinks.sort()).toEqual(categories.map(caseCategoryUrl).sort());
      for (const category of categories) {
        const slug = CASE_CATEGORY_SLUGS[category];
        const filtered = page(dist(), `cases/category/${slug}`);
        const shown = filtered
          .querySelectorAll('main .case-name a')
          .map((a) => a.getAttribute('href'))
          .sort();
        expect(shown, category).toEqual(
          cases
            .filter((c) => c.category === category)
            .map((c) => `/cases/${c.id}/`)
            .sort(),
        );
        expect(filtered.querySelector(`.case-filters a[aria-current="page"]`)!.getAttribute('href')).toBe(`/cases/category/${slug}/`);
      }
      const years = [...new Set(cases.flatMap((c) => (c.honors ?? []).map((h) => h.year)))].sort((a, b) => b - a);
      const yearLinks = list.querySelectorAll('.case-filters a[href^="/cases/year/"]').map((a) => a.getAttribute('href'));
      expect(yearLinks).toEqual(years.map((year) => `/cases/year/${year}/`));
      for (const year of years) {
        const shown = page(dist(), `cases/year/${year}`)
          .querySelectorAll('main .case-name a')
          .map((a) => a.getAttribute('href'))
          .sort();
        expect(shown, String(year)).toEqual(
          cases
            .filter((c) => (c.honors ?? []).some((h) => h.year === year))
            .map((c) => `/cases/${c.id}/`)
            .sort(),
        );
      }
    });

    it('loads no script of its own: the filters are links, the cards are links', () => {
      for (const route of ['cases', ...cases.slice(0, 3).map((c) => `cases/${c.id}`)]) {
        for (const script of page(dist(), route).querySelectorAll('script')) {
          // The gallery's lightbox is a tiny module written into the page (src/islands/gallery.ts): nothing to load.
          expect(script.getAttribute('src'), route).toBeUndefined();
          if (script.getAttribute('type') === 'module') expect(script.textContent, route).toContain('dialog');
        }
      }
    });

    it('gives each case a page: large photo or plate, honours timeline, quote set apart, story, more 典型', () => {
      for (const c of cases) {
        const doc = page(dist(), `cases/${c.id}`);
        expect(text(doc.querySelector('h1')), c.id).toBe(c.title);
        const heroImg = doc.querySelector('.case-hero img');
        if (heroImg) expect(heroImg.getAttribute('loading')).toBe('eager');
        const years = doc.querySelectorAll('.case-timeline time').map((t) => Number(t.getAttribute('datetime')));
        expect(years, c.id).toEqual(honourTimeline(c.honors ?? []).map((h) => h.year));
        if (c.quote) expect(text(doc.querySelector('blockquote.case-quote p')), c.id).toBe(c.quote);
        else expect(doc.querySelector('blockquote.case-quote'), c.id).toBeNull();
        expect(text(doc.querySelector('.case-story')).length, c.id).toBeGreaterThan(5);
        const more = doc.querySelectorAll('[aria-labelledby="similar-title"] .case-name a').map((a) => a.getAttribute('href'));
        expect(more.length, c.id).toBe(Math.min(4, cases.length - 1));
        expect(more, c.id).not.toContain(`/cases/${c.id}/`);
        for (const href of doc.querySelectorAll('[aria-labelledby="related-title"] h3 a').map((a) => a.getAttribute('href')!)) {
          expect(existsSync(join(dist(), href, 'index.html')), href).toBe(true);
        }
      }
    });
  });
}

const demoDist = join(tmpRoot, 'demo', 'dist');
if (existsSync(demoDist)) showcaseChecks('the demo', () => demoDist, join(repoRoot, 'content'));

let photosDist = '';
beforeAll(async () => {
  photosDist = await buildPhotosSite();
});
showcaseChecks('the photos fixture', () => photosDist, join(repoRoot, 'tests/fixtures/photos/content'));

describe('the photos fixture in detail', () => {
  it('leads with the featured case and shows a red name plate for a case without a photo', () => {
    const list = page(photosDist, 'cases');
    expect(text(list.querySelector('.case-features .case-name'))).toBe('张手机');
    expect(text(list.querySelector('.case-features .case-words'))).toBe('“手机里存的都是乡亲们的笑脸。”');
    const hospital = list.querySelector('a[href="/cases/ceshi-yiyuan/"]')!.closest('article')!;
    expect(text(hospital.querySelector('.case-plate'))).toBe('测');
    expect(hospital.querySelector('.case-plate')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('relates the report that names the case, not the one that does not', () => {
    const related = page(photosDist, 'cases/shouji-laobing')
      .querySelectorAll('[aria-labelledby="related-title"] h3 a')
      .map((a) => a.getAttribute('href'));
    expect(related).toEqual(['/reports/2026-03-20-biaozhang-dahui/']);
  });

  it('shows the top honour of the year on a year page', () => {
    const card = page(photosDist, 'cases/year/2024').querySelector('main article')!;
    expect(text(card.querySelector('.case-honour'))).toContain('2024年 测试县优秀退役军人');
    expect(text(page(photosDist, 'cases').querySelector('.case-features .case-honour'))).toContain('2025年 测试省最美退役军人');
  });

  it('looks like a gallery on a 390×844 phone: two columns, nothing wider than the screen, photos loaded', async () => {
    const server = await serveDir(photosDist);
    const browser = await launchBrowser();
    try {
      // JavaScript off: the showcase must work as a plain page.
      const plain = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        javaScriptEnabled: false,
      });
      const tab = await plain.newPage();
      await tab.goto(`${server.url}/cases/`, { waitUntil: 'networkidle' });
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const columns = await tab.evaluate(
        () => getComputedStyle(document.querySelector('.case-grid')!).gridTemplateColumns.split(' ').length,
      );
      expect(columns).toBe(2);
      const hero = tab.locator('.case-features img').first();
      expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.(avif|webp)$/);
      // A filter is a link to a page: it works with JavaScript off too.
      await tab
        .getByRole('link', { name: /好军嫂/ })
        .first()
        .click();
      await tab.waitForURL(/\/cases\/category\/hao-junsao\/$/);
      expect(await tab.locator('main .case-name').allTextContents()).toEqual(['李测试']);
      // Without JavaScript a gallery photo is a link to the large WebP.
      await tab.goto(`${server.url}/cases/shouji-laobing/`, { waitUntil: 'networkidle' });
      await tab.locator('.gallery a[data-w]').first().click();
      await tab.waitForURL(/\.webp$/);
      await plain.close();

      // With JavaScript it opens in a dialog and closes with Escape, focus back on the photo.
      const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
      const js = await context.newPage();
      await js.goto(`${server.url}/cases/shouji-laobing/`, { waitUntil: 'networkidle' });
      const link = js.locator('.gallery a[data-w]').first();
      await link.click();
      const dialog = js.locator('dialog.lightbox');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await dialog.locator('img').getAttribute('src')).toMatch(/\.webp$/);
      expect(js.url()).toMatch(/\/cases\/shouji-laobing\/$/);
      await js.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
