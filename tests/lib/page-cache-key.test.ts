import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageCacheKey } from '../../src/data/page-cache-key.ts';

const saved = { content: process.env.SITE_CONTENT_DIR, today: process.env.SITE_TODAY };
const roots: string[] = [];

/**
 * A content folder of its own: within one build the files are read once (the digests are kept per
 * folder and per photo), so each version of the content is written to a new folder.
 */
function site(options: { cover?: string; units?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'page-key-'));
  roots.push(root);
  mkdirSync(join(root, 'reports', 'visit'), { recursive: true });
  writeFileSync(join(root, 'site.yaml'), 'name: 示例县\n');
  if (options.units) writeFileSync(join(root, 'units.yaml'), options.units);
  writeFileSync(join(root, 'reports', 'visit', 'index.mdx'), '---\ntitle: 走访\n---\n');
  writeFileSync(join(root, 'reports', 'visit', 'cover.jpg'), options.cover ?? 'photo one');
  process.env.SITE_CONTENT_DIR = root;
  return root;
}

beforeEach(() => {
  process.env.SITE_TODAY = '2026-11-23';
});
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  for (const [key, value] of [
    ['SITE_CONTENT_DIR', saved.content],
    ['SITE_TODAY', saved.today],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const entry = (root: string, digest: string, title = '走访') => ({
  id: 'visit',
  collection: 'reports',
  digest,
  filePath: join(root, 'reports', 'visit', 'index.mdx'),
  data: { title, date: new Date('2026-11-20') },
});

describe('pageCacheKey', () => {
  it('is the same for the same content in any folder, and changes with an entry, a photo beside it or a file every page reads', () => {
    const root = site();
    const first = pageCacheKey({ report: entry(root, 'a') });
    expect(pageCacheKey({ report: entry(root, 'a') })).toBe(first);
    expect(pageCacheKey({ report: entry(root, 'b') })).not.toBe(first);
    expect(pageCacheKey({ report: entry(root, 'a', '走访（更正）') })).not.toBe(first);
    const copy = site();
    expect(pageCacheKey({ report: entry(copy, 'a') })).toBe(first);
    const photoChanged = site({ cover: 'photo blurred' });
    expect(pageCacheKey({ report: entry(photoChanged, 'a') })).not.toBe(first);
    const unitsAdded = site({ units: '- id: ban\n  name: 双拥办\n' });
    expect(pageCacheKey({ report: entry(unitsAdded, 'a') })).not.toBe(first);
  });

  it('names the date only for pages that show what is in force today', () => {
    const root = site();
    const policy = pageCacheKey({ policy: entry(root, 'a') }, { today: true });
    const report = pageCacheKey({ report: entry(root, 'a') });
    process.env.SITE_TODAY = '2026-11-24';
    expect(pageCacheKey({ policy: entry(root, 'a') }, { today: true })).not.toBe(policy);
    expect(pageCacheKey({ report: entry(root, 'a') })).toBe(report);
  });

  it('keys a photo by its bytes through fsPath alone, so Astro never marks the original as published', () => {
    const read: string[] = [];
    const photo = (path: string) =>
      new Proxy(
        { src: '/_astro/cover.abc.jpg', width: 800, height: 600, format: 'jpg' },
        {
          get(target, name) {
            if (name === 'fsPath') return path;
            read.push(String(name));
            return Reflect.get(target, name) as unknown;
          },
        },
      );
    const first = pageCacheKey({ cover: photo(join(site(), 'reports', 'visit', 'cover.jpg')) });
    expect(read.filter((name) => name !== 'toJSON')).toEqual([]);
    const blurred = pageCacheKey({ cover: photo(join(site({ cover: 'photo blurred' }), 'reports', 'visit', 'cover.jpg')) });
    expect(blurred).not.toBe(first);
  });

  it('refuses what it cannot key', () => {
    site();
    expect(() => pageCacheKey({ render: () => '' })).toThrow();
  });
});
