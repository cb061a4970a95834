/**
 * Sharing: every built page (demo, basic fixture, photos fixture) has Open Graph, Twitter card and
 * microdata tags (what WeChat and QQ read without their JS-SDKs), a canonical URL from site.yaml
 * and a share image that exists, has the stated size and no metadata. Every entry page gets its
 * own card, over its photo when it has one; list pages their section's card. Everything a card
 * says is inside the centre square chat thumbnails keep. The build writes exactly the cards the
 * pages name. Articles carry JSON-LD that agrees with the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { buildPhotosSite } from '../fixtures/photos/build.ts';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { CARD_HEIGHT, CARD_WIDTH, SAFE_SQUARE, shareCardLayout } from '../../src/share-cards/layout.ts';

interface SharedPage {
  route: string;
  file: string;
  meta: Map<string, string>;
  /** <meta itemprop> in the head, and whether <html> is the WebPage item they belong to. */
  microdata: Map<string, string>;
  itemscope: boolean;
  canonical?: string | undefined;
  title: string;
  jsonLd: Record<string, unknown>[];
}

function sharedPages(dist: string): SharedPage[] {
  return (
    readdirSync(dist, { recursive: true, withFileTypes: true })
      // /admin/ is the staff editor (noindex, never shared): no card, no Open Graph tags.
      .filter(
        (entry) =>
          entry.isFile() &&
          entry.name.endsWith('.html') &&
          !join(entry.parentPath, entry.name).includes(`${dist}/pagefind`) &&
          !join(entry.parentPath, entry.name).startsWith(`${dist}/admin/`),
      )
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        const doc = parse(readFileSync(file, 'utf8'));
        const meta = new Map<string, string>();
        const microdata = new Map<string, string>();
        for (const tag of doc.querySelectorAll('head meta')) {
          const key = tag.getAttribute('property') ?? tag.getAttribute('name');
          if (key) meta.set(key, tag.getAttribute('content') ?? '');
          const prop = tag.getAttribute('itemprop');
          if (prop) microdata.set(prop, tag.getAttribute('content') ?? '');
        }
        const html = doc.querySelector('html');
        const route = `/${relative(dist, file)}`.replace(/index\.html$/, '');
        return {
          route,
          file,
          meta,
          microdata,
          itemscope: html?.hasAttribute('itemscope') === true && html.getAttribute('itemtype') === 'https://schema.org/WebPage',
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          title: doc.querySelector('title')?.text ?? '',
          jsonLd: doc
            .querySelectorAll('script[type="application/ld+json"]')
            .map((script) => JSON.parse(script.text) as Record<string, unknown>),
        };
      })
  );
}

/** Whether an entry has a cover or gallery photo, read from its frontmatter. */
function hasPhoto(contentDir: string, collection: string, id: string): boolean {
  const file = [join(contentDir, collection, `${id}.mdx`), join(contentDir, collection, id, 'index.mdx')].find((path) => existsSync(path));
  expect(file, `${collection}/${id}: no content file`).toBeDefined();
  const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file!, 'utf8'))![1]!) as { cover?: string; gallery?: unknown[] };
  return Boolean(data.cover) || (data.gallery?.length ?? 0) > 0;
}

function shareChecks(label: string, dist: () => string, contentDir: string) {
  describe(`sharing on ${label}`, () => {
    let pages: SharedPage[];
    let baseUrl: string;
    beforeAll(() => {
      pages = sharedPages(dist());
      baseUrl = (parseYaml(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl;
    });

    it('has its share cards written by the build (writeShareCards in the astro:build:done hook)', () => {
      expect(
        existsSync(join(dist(), 'og/site.png')),
        'dist/og/site.png: src/integration/index.ts must call writeShareCards after the build',
      ).toBe(true);
    });

    it('writes exactly the cards the pages name: none missing, none for a draft or a page that does not exist', () => {
      const named = new Set(pages.map(({ meta }) => decodeURIComponent(new URL(meta.get('og:image')!).pathname)));
      const written = new Set(
        readdirSync(join(dist(), 'og'), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `/${relative(dist(), join(entry.parentPath, entry.name))}`),
      );
      expect([...written].sort()).toEqual([...named].filter((path) => path.startsWith('/og/')).sort());
    });

    it('gives every page the microdata QQ reads, the same as its Open Graph tags, on a WebPage item', () => {
      for (const { route, meta, microdata, itemscope } of pages) {
        expect(itemscope, route).toBe(true);
        expect(microdata.get('name'), route).toBe(meta.get('og:title'));
        expect(microdata.get('description'), route).toBe(meta.get('og:description'));
        expect(microdata.get('image'), route).toBe(meta.get('og:image'));
      }
    });

    it('gives every page a canonical URL from site.yaml and the Open Graph tags, and no Twitter card tags', () => {
      expect(pages.length).toBeGreaterThan(5);
      for (const { route, meta, canonical } of pages) {
        if (route === '/404.html') continue;
        expect(canonical, route).toBe(new URL(route, baseUrl).href);
        expect(meta.get('og:url'), route).toBe(canonical);
        for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image', 'og:image:alt']) {
          expect(meta.get(key)?.trim(), `${route} ${key}`).toBeTruthy();
        }
        expect(meta.get('og:locale'), route).toBe('zh_CN');
        // No twitter:* tags: no platform our readers use reads them (WeChat, QQ, 钉钉 and 微博 read og:* and microdata), and each page's HTML budget is tight.
        expect(
          [...meta.keys()].filter((key) => key.startsWith('twitter:')),
          route,
        ).toEqual([]);
      }
    });

    it('gives every page a share image that is published, as big as it says, and carries no metadata', async () => {
      const checked = new Map<string, { width: number; height: number }>();
      for (const { route, meta } of pages) {
        const url = meta.get('og:image')!;
        expect(url.startsWith(baseUrl), `${route}: ${url}`).toBe(true);
        const file = join(dist(), decodeURIComponent(new URL(url).pathname));
        expect(existsSync(file), `${route}: ${url} is missing`).toBe(true);
        if (!checked.has(file)) {
          const info = await sharp(file).metadata();
          expect(info.exif, file).toBeUndefined();
          checked.set(file, { width: info.width, height: info.height });
        }
        const size = checked.get(file)!;
        expect([String(size.width), String(size.height)], route).toEqual([meta.get('og:image:width'), meta.get('og:image:height')]);
        expect(size.width / size.height, route).toBeCloseTo(CARD_WIDTH / CARD_HEIGHT, 1);
      }
    });

    it('gives every entry its own card, a JPEG over its photo when it has one, and list pages their section card', () => {
      let entries = 0;
      for (const { route, meta } of pages) {
        const image = new URL(meta.get('og:image')!).pathname;
        expect(image, route).toMatch(/^\/og\//);
        const entry = /^\/(plans|reports|cases|policies|education)\/([^/]+)\/$/.exec(route);
        if (entry && !['page', 'type', 'year', 'for', 'category', 'kind', 'stage'].includes(entry[2]!)) {
          entries++;
          const photo = hasPhoto(contentDir, entry[1]!, entry[2]!);
          expect(image, route).toBe(`/og/${entry[1]}/${entry[2]}.${photo ? 'jpg' : 'png'}`);
          expect(meta.get('og:image:type'), route).toBe(photo ? 'image/jpeg' : 'image/png');
          expect(meta.get('og:image:alt'), route).toContain(meta.get('og:title'));
        } else {
          expect(image, route).toMatch(/^\/og\/[a-z]+\.png$/);
          expect(meta.get('og:image:type'), route).toBe('image/png');
        }
      }
      expect(entries).toBeGreaterThan(0);
    });

    it('draws cards at 1200×630 on 双拥 red that differ only inside the centre square', async () => {
      const cards = [...new Set(pages.map((p) => new URL(p.meta.get('og:image')!).pathname))];
      expect(cards).toContain('/og/site.png');
      const sides = new Map<string, Buffer>();
      for (const card of cards) {
        const { data, info } = await sharp(join(dist(), card)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        expect([info.width, info.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
        const exact = card.endsWith('.png');
        expect(
          [...data.subarray(0, 3)].every((c, i) => Math.abs(c - [0xb3, 0x12, 0x1b][i]!) <= (exact ? 0 : 6)),
          card,
        ).toBe(true);
        // Outside the square, cards of one kind (the sections; one 栏目's entries, with or without a photo) are the same picture.
        const parts = card.split('/');
        const kind = parts.length === 3 ? 'section' : `${parts[2]} ${card.endsWith('.jpg') ? 'photo' : 'text'}`;
        const side = Buffer.alloc(CARD_HEIGHT * (CARD_WIDTH - SAFE_SQUARE.size) * 3);
        for (let y = 0, q = 0; y < CARD_HEIGHT; y++) {
          for (const [from, to] of [
            [0, SAFE_SQUARE.x],
            [SAFE_SQUARE.x + SAFE_SQUARE.size, CARD_WIDTH],
          ] as const) {
            data.copy(side, q, (y * CARD_WIDTH + from) * 3, (y * CARD_WIDTH + to) * 3);
            q += (to - from) * 3;
          }
        }
        const first = sides.get(kind);
        if (!first) sides.set(kind, side);
        else {
          let diff = 0;
          for (let i = 0; i < side.length; i++) diff += Math.abs(side[i]! - first[i]!);
          expect(diff / side.length, `${card}: outside the centre square`).toBeLessThanOrEqual(exact ? 0 : 2);
        }
      }
      expect(sides.size).toBeGreaterThan(1);
    });

    it('describes articles with JSON-LD that matches the page', () => {
      const articles = pages.filter((p) => p.meta.get('og:type') === 'article');
      expect(articles.length).toBeGreaterThan(0);
      for (const { route, meta, jsonLd } of articles) {
        expect(jsonLd, route).toHaveLength(1);
        const [data] = jsonLd as [Record<string, unknown>];
        expect(data['@context']).toBe('https://schema.org');
        expect(['Article', 'NewsArticle'], route).toContain(data['@type']);
        expect(data.headline, route).toBe(meta.get('og:title'));
        expect(data.url, route).toBe(meta.get('og:url'));
        expect(data.image, route).toEqual([meta.get('og:image')]);
        expect(String(data.datePublished), route).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((data.publisher as { name?: string }).name, route).toBeTruthy();
        if (route.startsWith('/reports/')) expect(data['@type']).toBe('NewsArticle');
        if (route.startsWith('/cases/')) expect((data.about as { name?: string }).name, route).toBeTruthy();
      }
      for (const { route, jsonLd, meta } of pages) if (meta.get('og:type') !== 'article') expect(jsonLd, route).toHaveLength(0);
    });
  });
}

const demoDist = join(tmpRoot, 'demo', 'dist');
if (existsSync(demoDist)) shareChecks('the demo', () => demoDist, join(repoRoot, 'content'));
const basicDist = join(tmpRoot, 'basic', 'dist');
if (existsSync(basicDist)) shareChecks('the basic fixture', () => basicDist, join(repoRoot, 'tests/fixtures/basic/content'));

let photosDist = '';
beforeAll(async () => {
  photosDist = await buildPhotosSite();
});
shareChecks('the photos fixture', () => photosDist, join(repoRoot, 'tests/fixtures/photos/content'));

describe('photo cards on the photos fixture', () => {
  it('show the entry’s own photo in the centre square, its subject whole, between the site name and the title', async () => {
    // cases/ceshi-junsao's cover is a #3a6ea5 portrait with its subject, a gold block, in the upper
    // middle (tests/fixtures/photos/make-photos.ts): the card must show all of it, top and bottom.
    const { data } = await sharp(join(photosDist, 'og/cases/ceshi-junsao.jpg')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * CARD_WIDTH + x) * 3, (y * CARD_WIDTH + x) * 3 + 3)];
    const near = (pixel: number[], colour: number[]) => pixel.every((c, i) => Math.abs(c - colour[i]!) <= 10);
    const blue = [0x3a, 0x6e, 0xa5];
    const gold = [0xf5, 0xc5, 0x42];
    expect(near(at(SAFE_SQUARE.x + 30, 250), blue), at(SAFE_SQUARE.x + 30, 250).join(',')).toBe(true);
    // Down the middle, from the top to above the title (the gradients darken the photo, so tell
    // blue from gold by hue): photo, the whole subject, photo again.
    const layout = shareCardLayout(
      { title: '好军嫂李测试：守好一个家', header: '测试县双拥宣传站', kicker: '双拥典型', footer: 'test.example.gov.cn' },
      { photo: true },
    );
    const column: string[] = [];
    for (let y = 0; y < layout.title.placed[0]!.y - layout.title.fontSize; y++) {
      const [r, , b] = at(CARD_WIDTH / 2, y) as [number, number, number];
      column.push(b > r + 30 ? 'b' : r > b + 30 ? 'g' : '?');
    }
    // '?': the white site name and the edges.
    expect(
      column
        .join('')
        .replaceAll('?', '')
        .replace(/(.)\1+/g, '$1'),
      'photo above the subject, the subject, photo below it',
    ).toBe('bgb');
    expect(near(at(CARD_WIDTH / 2, 250), gold)).toBe(true);
  });
});
