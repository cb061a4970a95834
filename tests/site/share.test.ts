/**
 * Sharing: every built page (demo, basic fixture, photos fixture) has Open Graph and Twitter card
 * tags, a canonical URL from site.yaml and a share image that exists, has the stated size and no
 * metadata; entry pages without a photo get their own card, list pages their section's card;
 * articles carry JSON-LD that agrees with the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { buildPhotosSite } from '../fixtures/photos/build.ts';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/share-card.ts';

interface SharedPage {
  route: string;
  file: string;
  meta: Map<string, string>;
  canonical?: string;
  title: string;
  jsonLd: Record<string, unknown>[];
}

function sharedPages(dist: string): SharedPage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !join(entry.parentPath, entry.name).includes(`${dist}/pagefind`))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const doc = parse(readFileSync(file, 'utf8'));
      const meta = new Map<string, string>();
      for (const tag of doc.querySelectorAll('head meta')) {
        const key = tag.getAttribute('property') ?? tag.getAttribute('name');
        if (key) meta.set(key, tag.getAttribute('content') ?? '');
      }
      const route = `/${relative(dist, file)}`.replace(/index\.html$/, '');
      return {
        route,
        file,
        meta,
        canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        title: doc.querySelector('title')?.text ?? '',
        jsonLd: doc.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text)),
      };
    });
}

function shareChecks(label: string, dist: () => string, contentDir: string) {
  describe(`sharing on ${label}`, () => {
    let pages: SharedPage[];
    let baseUrl: string;
    beforeAll(() => {
      pages = sharedPages(dist());
      baseUrl = parseYaml(readFileSync(join(contentDir, 'site.yaml'), 'utf8')).baseUrl;
    });

    it('has its share cards written by the build (buildShareCards in the astro:build:done hook)', () => {
      expect(existsSync(join(dist(), 'og/site.png')), 'dist/og/site.png: src/integration/index.ts must call buildShareCards after the build').toBe(true);
    });

    it('gives every page a canonical URL from site.yaml and the Open Graph and Twitter card tags', () => {
      expect(pages.length).toBeGreaterThan(5);
      for (const { route, meta, canonical } of pages) {
        if (route === '/404.html') continue;
        expect(canonical, route).toBe(new URL(route, baseUrl).href);
        expect(meta.get('og:url'), route).toBe(canonical);
        for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image']) {
          expect(meta.get(key)?.trim(), `${route} ${key}`).toBeTruthy();
        }
        expect(meta.get('og:locale'), route).toBe('zh_CN');
        expect(meta.get('twitter:card'), route).toBe('summary_large_image');
        expect(meta.get('twitter:image'), route).toBe(meta.get('og:image'));
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
          checked.set(file, { width: info.width!, height: info.height! });
        }
        const size = checked.get(file)!;
        expect([String(size.width), String(size.height)], route).toEqual([meta.get('og:image:width'), meta.get('og:image:height')]);
        expect(size.width / size.height, route).toBeCloseTo(CARD_WIDTH / CARD_HEIGHT, 1);
      }
    });

    it('shares a photo where the page has one and a generated card where it has none', () => {
      for (const { route, meta } of pages) {
        const image = new URL(meta.get('og:image')!).pathname;
        const entry = /^\/(plans|reports|cases|policies|education)\/([^/]+)\/$/.exec(route);
        if (image.startsWith('/og/')) {
          expect(meta.get('og:image:type'), route).toBe('image/png');
          if (entry && !['page', 'type', 'year', 'for', 'category', 'kind', 'stage'].includes(entry[2]!)) {
            expect(image, route).toBe(`/og/${entry[1]}/${entry[2]}.png`);
          }
        } else {
          expect(image, route).toMatch(/^\/_astro\/.+\.jpg$/);
          expect(entry, `${route}: only entries share photos`).not.toBeNull();
        }
      }
    });

    it('draws cards at 1200×630 on 双拥 red', async () => {
      const cards = [...new Set(pages.map((p) => new URL(p.meta.get('og:image')!).pathname).filter((path) => path.startsWith('/og/')))];
      expect(cards).toContain('/og/site.png');
      for (const card of cards.slice(0, 12)) {
        const { data, info } = await sharp(join(dist(), card)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        expect([info.width, info.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
        expect([...data.subarray(0, 3)], card).toEqual([0xb3, 0x12, 0x1b]);
      }
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
