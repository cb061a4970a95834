/**
 * One source, three channels, on the built demo site: every report, case, policy and lesson has a
 * 公众号 version on the staff page (inline styles only); the full-content feeds parse with real
 * parsers; `npm run export:wechat` prints the article and saves its photos; the portal package made
 * by `npm run export:portal` imports back into the entries the site publishes.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { page, routeFile, text } from '../helpers/html.ts';
import { filesUnder } from '../../tools/files.ts';
import { tmpRoot, repoRoot } from '../helpers/build-site.ts';
import { parseRss, jsonFeedErrors } from '../helpers/feeds.ts';
import { wechatProblems, WECHAT_IMAGE_WIDTH } from '../../src/lib/channels/wechat.ts';
import type { ExportRecord, PortalManifest } from '../../src/lib/channels/export.ts';

const DEMO = 'demo';
const dist = join(tmpRoot, DEMO, 'dist');
const BASE = 'https://shuangyong.example.gov.cn/';
const REPORT = '2026-07-29-bayi-zoufang-weiwen';
const WECHAT_COLLECTIONS = ['reports', 'cases', 'policies', 'education'] as const;
const ALL_COLLECTIONS = ['plans', ...WECHAT_COLLECTIONS] as const;

/** Entry ids of a collection, from the entry pages the site built. */
const builtIds = (collection: string) =>
  readdirSync(join(dist, collection), { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        existsSync(join(dist, collection, d.name, 'index.html')) &&
        !['page', 'year', 'type', 'category', 'kind', 'stage', 'for'].includes(d.name),
    )
    .map((d) => d.name);

/** Every link of the staff list, over all its pages. */
function staffLinks(): string[] {
  const links: string[] = [];
  let route: string | undefined = '/staff/';
  while (route) {
    const html = page(DEMO, route);
    links.push(...html.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''));
    route = html.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return links;
}

const node = process.execPath;
const run = (script: string, args: string[]) =>
  spawnSync(node, [join(repoRoot, 'scripts', script), ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('the staff page and the 公众号 versions', () => {
  it('lists every report, case, policy and lesson, newest first, each with its 公众号 version', () => {
    const links = staffLinks();
    for (const collection of WECHAT_COLLECTIONS) {
      const ids = builtIds(collection);
      expect(ids.length, collection).toBeGreaterThan(0);
      for (const id of ids) expect(links, `${collection}/${id}`).toContain(`/staff/wechat/${collection}/${id}/`);
    }
    const dates = page(DEMO, '/staff/')
      .querySelectorAll('tbody time')
      .map((t) => t.getAttribute('datetime') ?? '');
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(links.some((href) => href.startsWith('/staff/wechat/plans/'))).toBe(false);
  });

  it('is for staff only: noindex, not in the search index, the sitemap or any feed', () => {
    for (const route of ['/staff/', `/staff/wechat/reports/${REPORT}/`]) {
      const html = page(DEMO, route);
      expect(html.querySelector('meta[name="robots"]')?.getAttribute('content'), route).toContain('noindex');
      // Pagefind indexes only pages that mark their content with data-pagefind-body.
      expect(html.querySelector('[data-pagefind-body]'), route).toBeNull();
    }
    const sitemap = filesUnder(dist)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    expect(sitemap).toContain(`${BASE}reports/${REPORT}/`);
    expect(sitemap).not.toContain('/staff/');
    for (const feed of filesUnder(join(dist, 'feeds')).concat(routeFile(DEMO, '/rss.xml'))) {
      expect(readFileSync(feed, 'utf8'), feed).not.toContain('/staff/');
    }
  });

  it('every generated article has zero class attributes, <style>, <script>, <link> or web fonts', () => {
    const pages = filesUnder(join(dist, 'staff', 'wechat')).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBe(WECHAT_COLLECTIONS.reduce((sum, c) => sum + builtIds(c).length, 0));
    for (const file of pages) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      const article = $('#wechat-article');
      expect(article.length, file).toBe(1);
      const html = article.html() ?? '';
      expect(html.length, file).toBeGreaterThan(200);
      expect(wechatProblems(html), file).toEqual([]);
      expect(article.find('[class], style, script, link, a').length, file).toBe(0);
      expect(html, file).not.toMatch(/@font-face|\.woff2?\b|fonts\.googleapis/);
      expect(article.find('[style]').length, file).toBeGreaterThan(3);
    }
    for (const file of filesUnder(join(dist, 'staff', 'export')).filter((f) => !f.endsWith('index.json'))) {
      const record = JSON.parse(readFileSync(file, 'utf8')) as ExportRecord;
      if (record.article.collection === 'plans') continue;
      expect(wechatProblems(record.wechat.html), file).toEqual([]);
    }
  });

  it('the report with a list, a table, emphasis and links comes out styled, with links as notes', () => {
    const $ = cheerio.load(readFileSync(routeFile(DEMO, `/staff/wechat/reports/${REPORT}/`), 'utf8'));
    const article = $('#wechat-article');
    expect(
      article
        .find('h2')
        .filter((_, h) => $(h).text() === '慰问安排')
        .attr('style'),
    ).toContain('border-left: 4px solid #b3121b');
    expect(article.find('li').length).toBeGreaterThanOrEqual(3);
    expect(
      article
        .find('td')
        .filter((_, td) => $(td).text() === '212')
        .attr('style'),
    ).toContain('border: 1px solid #dcdcdc');
    expect(article.find('strong').text()).toBe('每组由一名县领导带队');
    expect(article.find('em').text()).toBe('能当场解决的当场解决');
    expect(article.find('img').length).toBe(3);
    const notes = article.text();
    expect(notes).toContain('退役军人事务部网站[1]');
    expect(notes).toContain('[1] 退役军人事务部网站：https://www.mva.gov.cn/');
    expect(notes).toContain(`[2] 义务兵家庭优待金标准：${BASE}policies/xian-yiwubing-youdaijin-biaozhun/`);
    // The page offers the photos for upload and checks title and digest.
    expect(
      $('a[download]')
        .map((_, a) => $(a).attr('download'))
        .get(),
    ).toEqual(['01.jpg', '02.jpg', '03.jpg']);
    expect(
      $('dt')
        .map((_, dt) => $(dt).text())
        .get()
        .join('|'),
    ).toMatch(/标题（\d+\/64 字）\|摘要（\d+\/120 字）/);
    expect($('button').filter((_, b) => $(b).text() === '复制到公众号').length).toBe(1);
  });

  it('says so when title, digest and body are within the limits', () => {
    const html = page(DEMO, `/staff/wechat/reports/${REPORT}/`);
    expect(html.querySelector('[role="note"]')).toBeNull();
    expect(text(html.querySelector('.notice-ok'))).toBe('标题、摘要和正文长度都在公众号的限制以内。');
  });
});

describe('full-content feeds', () => {
  const names = ['all', ...ALL_COLLECTIONS];

  it.each(names)('/feeds/%s.xml is RSS 2.0 where every item has title, link, guid, date and the full article', (name) => {
    const { channel, items } = parseRss(readFileSync(routeFile(DEMO, `/feeds/${name}.xml`), 'utf8'));
    expect(channel.language).toBe('zh-CN');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.title).not.toBe('');
      expect(item.link.startsWith(BASE)).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0800$/);
      expect(item['dcterms:modified']).toMatch(/T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(item['content:encoded'].length).toBeGreaterThan(100);
      if (name !== 'all') expect(new URL(item.link).pathname.startsWith(`/${name}/`)).toBe(true);
      // Every photo is addressed absolutely and is published.
      const $ = cheerio.load(item['content:encoded'], null, false);
      for (const src of $('img')
        .map((_, img) => $(img).attr('src'))
        .get()) {
        expect(src.startsWith(BASE), src).toBe(true);
        expect(existsSync(join(dist, new URL(src).pathname)), src).toBe(true);
      }
    }
  });

  it('carries the full body of the page: the 八一 report arrives with its table and its text', () => {
    const { items } = parseRss(readFileSync(routeFile(DEMO, '/feeds/reports.xml'), 'utf8'));
    const item = items.find((i) => i.link === `${BASE}reports/${REPORT}/`)!;
    const $ = cheerio.load(item['content:encoded'], null, false);
    expect(
      $('table td')
        .map((_, td) => $(td).text())
        .get(),
    ).toContain('在乡老复员军人和现役军人家庭');
    const pageParagraphs = page(DEMO, `/reports/${REPORT}/`).querySelectorAll('article.prose > p:not(.lead)').map(text);
    expect(pageParagraphs.length).toBeGreaterThan(3);
    const body = $.root().text().replace(/\s+/g, ' ');
    for (const paragraph of pageParagraphs) expect(body).toContain(paragraph);
  });

  it.each(names)('/feeds/%s.json passes the JSON Feed 1.1 schema, with the same items as the RSS', (name) => {
    const feed = JSON.parse(readFileSync(routeFile(DEMO, `/feeds/${name}.json`), 'utf8')) as {
      items: { id: string; date_published: string; content_html: string; _shuangyong: { images: { url: string }[] } }[];
    };
    expect(jsonFeedErrors(feed)).toEqual([]);
    const rss = parseRss(readFileSync(routeFile(DEMO, `/feeds/${name}.xml`), 'utf8'));
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(rss.items.map((item) => item.guid));
    for (const item of feed.items) {
      expect(item.date_published).toMatch(/\+08:00$/);
      expect(item.content_html.length).toBeGreaterThan(100);
      for (const image of item._shuangyong.images) expect(image.url.startsWith(BASE)).toBe(true);
    }
  });

  it('policies carry their 政务公开 fields', () => {
    const feed = JSON.parse(readFileSync(routeFile(DEMO, '/feeds/policies.json'), 'utf8')) as { items: { id: string; _zwgk?: unknown }[] };
    const old = feed.items.find((item: { id: string }) => item.id === `${BASE}policies/xian-yiwubing-youdaijin-biaozhun-2024/`);
    expect(old?._zwgk).toMatchObject({ validity: '已失效', validity_label: '有效性', published_label: '发布日期' });
    const { items } = parseRss(readFileSync(routeFile(DEMO, '/feeds/policies.xml'), 'utf8'));
    expect(items.every((item) => typeof item['zwgk:validity'] === 'string' && typeof item['zwgk:issuer'] === 'string')).toBe(true);
  });

  it('keeps the existing /rss.xml working', () => {
    const { items } = parseRss(readFileSync(routeFile(DEMO, '/rss.xml'), 'utf8'));
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((item) => item.title && item.link)).toBe(true);
  });
});

describe('npm run export:wechat', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpRoot, 'wechat-export-'));
  });

  it('prints the article on stdout and saves the photos in a folder it names on stderr', async () => {
    const folder = join(out, 'bayi');
    const result = run('export-wechat.ts', [REPORT, '--dist', dist, '--out', folder]);
    expect(result.status, result.stderr).toBe(0);
    const record = JSON.parse(readFileSync(join(dist, 'staff/export/reports', `${REPORT}.json`), 'utf8')) as ExportRecord;
    expect(result.stdout).toBe(`${record.wechat.html}\n`);
    expect(wechatProblems(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('慰问安排');
    expect(result.stderr).toContain('已保存到文件夹');
    expect(result.stderr).toContain(folder);
    expect(result.stderr).not.toContain('提醒');
    expect(new Set(readdirSync(folder))).toEqual(new Set(['01.jpg', '02.jpg', '03.jpg', '正文.html', '标题和摘要.txt']));
    for (const file of ['01.jpg', '02.jpg', '03.jpg']) {
      const meta = await sharp(join(folder, file)).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBeLessThanOrEqual(WECHAT_IMAGE_WIDTH);
      expect(meta.exif, 'no photo metadata').toBeUndefined();
    }
    expect(readFileSync(join(folder, '标题和摘要.txt'), 'utf8')).toContain('标题：庆祝建军99周年');
  });

  it('explains in Chinese an id that does not exist and a plan that has no 公众号 version', () => {
    const missing = run('export-wechat.ts', ['no-such-entry', '--dist', dist, '--out', join(out, 'x')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('没有找到 id 为「no-such-entry」的已发布内容');
    expect(missing.stdout).toBe('');
    const plan = run('export-wechat.ts', ['2026-shuangyong-gongzuo-jihua', '--dist', dist, '--out', join(out, 'y')]);
    expect(plan.status).toBe(1);
    expect(plan.stderr).toContain('工作计划没有公众号版本');
    const unbuilt = run('export-wechat.ts', [REPORT, '--dist', join(out, 'nothing-here')]);
    expect(unbuilt.stderr).toContain('请先运行 npm run build');
  });
});

describe('npm run export:portal', () => {
  let pkg: string;
  let manifest: PortalManifest;
  beforeAll(() => {
    pkg = join(mkdtempSync(join(tmpRoot, 'portal-export-')), '门户导出');
    execFileSync(node, [join(repoRoot, 'scripts/export-portal.ts'), '--dist', dist, '--out', pkg], { cwd: repoRoot, stdio: 'pipe' });
    manifest = JSON.parse(readFileSync(join(pkg, 'manifest.json'), 'utf8')) as PortalManifest;
  });

  /** What a portal CMS does with the package: one article per manifest entry, photos from the package. */
  function importPackage() {
    return manifest.entries.map((entry) => {
      const $ = cheerio.load(readFileSync(join(pkg, entry.html), 'utf8'), null, false);
      const photos = $('img')
        .map((_, img) => {
          const src = $(img).attr('src') ?? '';
          const file = join(pkg, 'entries', entry.collection, src);
          return { src, alt: $(img).attr('alt'), bytes: existsSync(file) ? readFileSync(file) : undefined };
        })
        .get();
      return { ...entry, text: $.root().text().replace(/\s+/g, ' '), photos };
    });
  }

  it('rebuilds every published entry of the site from the package', () => {
    const imported = importPackage();
    for (const collection of ALL_COLLECTIONS) {
      for (const id of builtIds(collection)) {
        const site = page(DEMO, `/${collection}/${id}/`);
        const entry = imported.find((e) => e.url === `${BASE}${collection}/${id}/`);
        expect(entry, `${collection}/${id}`).toBeDefined();
        expect(entry!.title).toBe(text(site.querySelector('h1')));
        expect(entry!.summary).toBe(site.querySelector('meta[name="description"]')?.getAttribute('content'));
        expect(entry!.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
        // The body the site shows is in the fragment, paragraph by paragraph.
        // What the page itself adds is not part of the article: a plan's progress as of the build
        // day, the quiz island's instructions (the article lists the questions and answers instead).
        const paragraphs = site
          .querySelectorAll('[data-pagefind-body] p:not([class])')
          .filter((p) => !p.closest('.quiz'))
          .map(text)
          .filter((p) => p.length > 20 && !/^共 \d+ 项任务/.test(p));
        if (collection !== 'plans') expect(paragraphs.length, `${collection}/${id}`).toBeGreaterThan(0);
        for (const paragraph of paragraphs) {
          expect(entry!.text, `${collection}/${id}`).toContain(paragraph);
        }
        // Every photo the fragment shows is in the package, byte for byte the published one.
        expect(entry!.photos.length).toBe(entry!.images.length);
        for (const [index, photo] of entry!.photos.entries()) {
          expect(photo.bytes, photo.src).toBeDefined();
          expect(photo.bytes!.equals(readFileSync(join(dist, new URL(entry!.images[index]!.url).pathname)))).toBe(true);
          expect(photo.alt).toBe(entry!.images[index]!.alt);
        }
      }
    }
    expect(imported).toHaveLength(ALL_COLLECTIONS.reduce((sum, c) => sum + builtIds(c).length, 0));
  });

  it('carries metadata and 政务公开 fields, and tells the importer what is where', () => {
    expect(manifest.baseUrl).toBe(BASE);
    const policy = manifest.entries.find((e) => e.id === 'xian-yiwubing-youdaijin-biaozhun-2024')!;
    expect(policy.gov).toEqual(expect.arrayContaining([{ key: 'validity', label: '有效性', value: '已失效' }]));
    const report = manifest.entries.find((e) => e.id === REPORT)!;
    expect(report.unitName).toBe('示例县双拥工作领导小组办公室');
    expect(report.images.map((i) => i.file)).toEqual([1, 2, 3].map((n) => `images/reports/${REPORT}/0${n}.jpg`));
    expect(readFileSync(join(pkg, '说明.txt'), 'utf8')).toContain('manifest.json');
  });

  it('refuses to write into a folder that holds other files', () => {
    const result = run('export-portal.ts', ['--dist', dist, '--out', join(repoRoot, 'src')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('里已经有别的文件');
  });
});
