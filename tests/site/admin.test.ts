/** /admin/ on the built demo: the editor's bundle from its npm package, its generated config, out of search, sitemap and feeds. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { tmpRoot } from '../helpers/build-site.ts';

const dist = join(tmpRoot, 'demo', 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('/admin/ on the built site', () => {
  it('is a noindex page that loads the editor and the site stylesheet from this origin only', () => {
    const html = parseHtml(read('admin/index.html'));
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    const scripts = html.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? '');
    expect(scripts).toContain('/admin/decap-cms.js');
    for (const src of scripts) expect(src, 'same-origin script').toMatch(/^\/(admin|_astro)\//);
    const style = html.querySelector('meta[name="editor-preview-style"]')?.getAttribute('content') ?? '';
    expect(existsSync(join(dist, style))).toBe(true);
    expect(statSync(join(dist, 'admin/index.html')).size).toBeLessThan(2 * 1024);
  });

  it('ships the Decap CMS bundle (about 6 MB, the only exemption from the page budget) and no source maps', () => {
    const files = readdirSync(join(dist, 'admin'));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const bytes = files.reduce((sum, file) => sum + statSync(join(dist, 'admin', file)).size, 0);
    expect(bytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(bytes).toBeLessThan(8 * 1024 * 1024);
    expect(read('admin/decap-cms.js')).not.toMatch(/https:\/\/unpkg\.com\/[^"']*\.css/);
  });

  it('serves a config generated from the model: Chinese, five collections, real ids', () => {
    const config = parseYaml(read('admin/config.yml')) as {
      locale: string;
      collections: { name: string; label: string; fields: { name: string; options?: unknown[] }[] }[];
    };
    expect(config.locale).toBe('zh_Hans');
    expect(config.collections.map((collection) => collection.label)).toEqual(['工作计划', '活动报道', '双拥典型', '政策解读', '国防教育']);
    const unit = config.collections.find((collection) => collection.name === 'reports')?.fields.find((field) => field.name === 'unit');
    expect(unit?.options).toContainEqual({ value: 'xian-shuangyongban', label: '示例县双拥工作领导小组办公室（xian-shuangyongban）' });
  });

  it('is left out of the sitemap, the search index and the feeds', () => {
    const sitemaps = readdirSync(dist).filter((file) => /^sitemap.*\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(read(file)).not.toContain('/admin/');
    expect(read('rss.xml')).not.toContain('/admin/');
    expect(read('admin/index.html')).not.toContain('data-pagefind-body');
  });
});
