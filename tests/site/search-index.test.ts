/**
 * The search index of the built demo site (tests/global-setup.ts) and the basic fixture: built by
 * `npm run build` itself, with Chinese segmentation, only main content, useful titles, excerpts,
 * images and filters, and search JavaScript on /search/ only.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { chunkWords, decodePagefindFile, filterValues, metaPages } from '../../src/search/pagefind-files.ts';
import { must } from '../helpers/must.ts';

const ENTRY = /^\/(plans|reports|cases|policies|education)\/[^/]+\/$/;
/** Besides entries: the about page, each unit's first page (by name; with its address and phone when it has its own), each year's 信息报送 tally. */
const CONTACT = /^\/(about|units\/[^/]+|units\/tally\/\d{4})\/$/;

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function readIndex(site: string) {
  const dist = join(tmpRoot, site, 'dist');
  const dir = join(dist, 'pagefind');
  const read = (file: string) => decodePagefindFile(gunzipSync(readFileSync(file)));
  const fragments = new Map<string, Fragment>();
  for (const file of readdirSync(join(dir, 'fragment'))) {
    fragments.set(
      file.replace(/\.pf_fragment$/, ''),
      JSON.parse(new TextDecoder().decode(gunzipSync(readFileSync(join(dir, 'fragment', file))).subarray(12))) as Fragment,
    );
  }
  const pages = metaPages(
    read(
      join(
        dir,
        readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!,
      ),
    ),
  );
  const words = new Map<string, Set<string>>(); // word → page URLs
  for (const file of readdirSync(join(dir, 'index'))) {
    for (const [word, pageNumbers] of chunkWords(read(join(dir, 'index', file)))) {
      words.set(word, new Set(pageNumbers.map((n) => fragments.get(must(pages[n]))!.url)));
    }
  }
  const filters = new Map<string, Set<string>>();
  for (const file of readdirSync(join(dir, 'filter'))) {
    const { name, values } = filterValues(read(join(dir, 'filter', file)));
    filters.set(name, new Set(values.keys()));
  }
  const byUrl = new Map([...fragments.values()].map((f) => [f.url, f]));
  return { dist, dir, byUrl, words, filters };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

const demo = process.env.TEST_SKIP_DEMO ? undefined : readIndex('demo');
const describeDemo = demo ? describe : describe.skip;

describe('the index is part of every build (basic fixture)', () => {
  const basic = readIndex('basic');
  it('npm run build writes pagefind.js, its WebAssembly and a zh-cn index into dist/pagefind', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'])
      expect(existsSync(join(basic.dir, file)), file).toBe(true);
    const entry = JSON.parse(readFileSync(join(basic.dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });
  it("leaves out Pagefind's ready-made UIs, which the site does not use", () => {
    expect(readdirSync(basic.dir).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });
  it('indexes exactly the published entry pages, the about page, the units and the tallies', () => {
    const entries = htmlFiles(basic.dist)
      .filter((file) => parse(readFileSync(file, 'utf8')).querySelector('[data-pagefind-body]'))
      .map((file) => `/${file.slice(basic.dist.length + 1).replace(/index\.html$/, '')}`);
    expect([...basic.byUrl.keys()].sort()).toEqual(entries.sort());
    expect(entries.filter((url) => !ENTRY.test(url) && !CONTACT.test(url))).toEqual([]);
    expect(entries).toContain('/about/');
    expect(basic.byUrl.has('/reports/2026-03-05-caogao/')).toBe(false); // a draft
  });
});

describeDemo('the demo index', () => {
  const { byUrl, words, filters, dist } = demo!;
  const policy = () => byUrl.get('/policies/xian-yiwubing-youdaijin-biaozhun/')!;

  it('segments Chinese into words and indexes every character pair (fails if segmentation is lost)', () => {
    // Without the extended binary a whole run between punctuation is one "word": neither words nor pairs exist.
    for (const word of ['优待', '安置', '退役', '烈士', '国防']) expect(words.has(word), word).toBe(true);
    for (const pair of ['待金', '兵家', '庭优']) expect(words.get(pair)?.has(policy().url), pair).toBe(true);
    const contentWords = [...words.keys()].filter((w) => /^\p{Script=Han}+$/u.test(w));
    const short = contentWords.filter((w) => [...w].length <= 4).length;
    expect(short / contentWords.length).toBeGreaterThan(0.95);
  });

  it('every Chinese character pair of a page is in the index for that page', () => {
    const text = policy().content.replace(/\u200B/g, '');
    const pairs = new Set((text.match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) => [...run].slice(1).map((c, i) => [...run][i] + c)));
    const missing = [...pairs].filter((pair) => !words.get(pair)?.has(policy().url));
    expect(missing).toEqual([]);
  });

  it('indexes only main content: no header, navigation, footer, or hidden filter text', () => {
    for (const fragment of byUrl.values()) {
      expect(fragment.content, fragment.url).not.toMatch(/跳到正文|ICP备|公网安备|栏目导航|网站标识码/);
      // SearchMeta's hidden spans would read "政策解读2025示例县…2025-12-182025-12-18".
      const plain = fragment.content.replace(/[\u200B\s]/g, '');
      expect(
        plain.startsWith(
          `${fragment.filters['栏目']?.[0]}${fragment.filters['年份']?.[0]}${fragment.filters['单位']?.[0] ?? fragment.filters['学段']?.[0]}`,
        ),
        fragment.url,
      ).toBe(false);
      expect(plain, fragment.url).not.toContain(`${fragment.meta.date}${fragment.meta.date}`);
    }
    expect(words.get('跳到正文')).toBeUndefined();
  });

  it('ranks a policy’s attachments by title as its metadata (申请表下载 finds the page with the form)', () => {
    const banfa = must(byUrl.get('/policies/xian-youfu-dongji-weiwen-banfa/'));
    expect(banfa.meta.terms).toContain('附件1：重点优抚对象临时帮扶申请表');
    expect(banfa.meta.in_force, 'validity, for questions about a past year').toMatch(/^\d{4}-\d\d-\d\d\//);
  });

  it('does not index the 相关法规与政策 list as a page’s own words (the cemetery is not about 子女)', () => {
    const pages = [...byUrl.values()].filter((fragment) => {
      const html = readFileSync(join(dist, fragment.url, 'index.html'), 'utf8');
      return parse(html).querySelector('main section[aria-labelledby="edu-laws-title"]');
    });
    expect(pages.length).toBeGreaterThan(0);
    for (const fragment of pages) {
      const html = parse(readFileSync(join(dist, fragment.url, 'index.html'), 'utf8'));
      const listed = must(html.querySelector('main section[aria-labelledby="edu-laws-title"]'))
        .querySelectorAll('a')
        .map((a) => a.text.trim());
      const plain = fragment.content.replace(/[\u200B\s]/g, '');
      expect(plain, fragment.url).not.toContain('相关法规与政策');
      for (const title of listed) {
        if (!fragment.meta.title?.includes(title)) expect(plain, `${fragment.url}: ${title}`).not.toContain(title.replace(/\s/g, ''));
      }
    }
  });

  it('indexes the about page and each unit by its name (and its own address and phone), not its list of entries', () => {
    const about = must(byUrl.get('/about/'));
    expect(about.meta.title).toBe('关于本站');
    expect(about.meta.summary).toMatch(/示例县双拥工作领导小组办公室.*电话 0999-6212345.*办公时间/);
    expect(about.filters['栏目']).toBeUndefined();
    const units = [...byUrl.keys()].filter((url) => url.startsWith('/units/') && !url.startsWith('/units/tally/')).sort();
    // Every unit of units.yaml, each on its first page only.
    const ids = [...readFileSync(join(repoRoot, 'content', 'units.yaml'), 'utf8').matchAll(/^- id: (\S+)$/gm)].map(
      (m) => `/units/${m[1]}/`,
    );
    expect(units).toEqual(ids.sort());
    const office = must(byUrl.get('/units/xian-shuangyongban/')).content.replace(/[\u200B\s]/g, '');
    expect(office).toContain('0999-6212345');
    // A unit without its own phone is found by its name, not by the 双拥办's phone its page points to, and ranks after stories.
    const brigade = must(byUrl.get('/units/lujun-moulv/'));
    expect(brigade.meta.title).toContain('陆军某旅');
    expect(brigade.content).not.toContain('0999-6212345');
    expect(brigade.meta.directory).toBe('1');
    expect(must(byUrl.get('/units/xian-shuangyongban/')).meta.directory).toBeUndefined();
    // Not the titles of what the unit published: those are their own pages' words.
    expect(office).not.toContain('走访慰问');
    expect(office).not.toContain('共发布或参与');
    // Each year's 信息报送 tally by its title and lead (各单位今年发稿数量), not by its table.
    const tally = must(byUrl.get('/units/tally/2026/'));
    expect(tally.meta.title).toBe('2026年信息报送统计');
    expect(tally.content.replace(/[\u200B\s]/g, '')).not.toContain('示例县人民武装部');
    expect(byUrl.has('/units/')).toBe(false); // the front page shows the latest year again
  });

  it('gives each entry page its heading as title, a date, and the image of a report or case that has one', () => {
    for (const [url, fragment] of byUrl) {
      if (!ENTRY.test(url)) continue;
      const html = parse(readFileSync(join(dist, url, 'index.html'), 'utf8'));
      expect(fragment.meta.title, url).toBe(html.querySelector('article h1')!.textContent.trim());
      expect(fragment.meta.date, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (fragment.meta.image) {
        expect(existsSync(join(dist, fragment.meta.image)), `${url} ${fragment.meta.image}`).toBe(true);
        expect(fragment.meta.image_alt, url).toBeTruthy();
      }
    }
    const withImages = [...byUrl.values()].filter((f) => f.meta.image).map((f) => f.url);
    expect(withImages.some((url) => url.startsWith('/reports/'))).toBe(true);
    expect(withImages.some((url) => url.startsWith('/cases/'))).toBe(true);
  });

  it('has the filters 栏目, 年份, 单位, 学段 and 对象 with the right values', () => {
    expect(filters.get('栏目')).toEqual(new Set(['活动报道', '双拥典型', '政策解读', '国防教育', '工作计划']));
    expect(filters.get('学段')).toEqual(new Set(['小学', '初中', '高中', '全民']));
    expect([...filters.get('年份')!].every((year) => /^20\d\d$/.test(year))).toBe(true);
    expect(filters.get('对象')).toContain('退役军人');
    expect(filters.get('单位')).toContain('示例县退役军人事务局');
    expect(policy().filters['对象']).toEqual(expect.arrayContaining(['现役军人', '军人家属']));
    expect(byUrl.get('/education/chuzhong-renshi-guofang/')!.filters['学段']).toEqual(['初中']);
  });

  it('offers on /search/ exactly the filter values the index has', () => {
    const search = parse(readFileSync(join(dist, 'search/index.html'), 'utf8'));
    const names: Record<string, string> = { section: '栏目', year: '年份', unit: '单位', stage: '学段', audience: '对象' };
    for (const [param, name] of Object.entries(names)) {
      const select = search.querySelector(`select[name="${param}"]`)!;
      expect(select.getAttribute('data-filter')).toBe(name);
      const offered = new Set(
        select
          .querySelectorAll('option')
          .map((o) => o.getAttribute('value'))
          .filter(Boolean),
      );
      expect(offered, name).toEqual(filters.get(name));
    }
  });
});

describeDemo('search JavaScript only on /search/', () => {
  const { dist } = demo!;
  const scripts = (route: string) => parse(readFileSync(join(dist, route, 'index.html'), 'utf8')).querySelectorAll('script');

  it('/search/ is a GET form on q with a module script, and says plainly what to do without JavaScript', () => {
    const search = parse(readFileSync(join(dist, 'search/index.html'), 'utf8'));
    const form = search.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('input[name="q"]')).toBeTruthy();
    expect(scripts('search').some((s) => s.getAttribute('type') === 'module' && s.getAttribute('src')?.startsWith('/_astro/'))).toBe(true);
    const noscript = search.querySelector('noscript')!.innerHTML;
    expect(noscript).toContain('搜索需要浏览器运行 JavaScript');
    for (const href of ['/policies/', '/reports/', '/cases/', '/education/', '/plans/']) expect(noscript).toContain(`href="${href}"`);
  });

  it('no other page loads search code, though every page has the header search box', () => {
    for (const file of htmlFiles(dist)) {
      const route = `/${file.slice(dist.length + 1)}`;
      const html = readFileSync(file, 'utf8');
      if (route === '/search/index.html') continue;
      expect(html, route).not.toContain('pagefind.js');
      expect(html, route).not.toMatch(/_astro\/search[^"]*\.js/);
      // The browser editor (/admin/) is Decap CMS's own app for staff: no site header.
      if (!route.endsWith('404.html') && !route.startsWith('/admin/'))
        expect(parse(html).querySelector('header form[role="search"][action="/search/"] input[name="q"]'), route).toBeTruthy();
    }
  });
});
