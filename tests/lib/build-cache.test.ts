import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheDir, cacheCodeHash } from '../../src/integration/build-cache.ts';

function repo() {
  const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
  mkdirSync(join(root, 'src/model/schemas'), { recursive: true });
  writeFileSync(join(root, 'src/model/schemas/reports.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/content.config.ts'), 'export {};\n');
  return root;
}

describe('the build cache follows the code that shapes it', () => {
  it('a schema change gives a new cache folder; the same code keeps it', () => {
    const root = repo();
    const before = cacheCodeHash(root);
    expect(cacheCodeHash(root)).toBe(before);
    writeFileSync(join(root, 'src/model/schemas/reports.ts'), 'export const a = 2;\n');
    expect(cacheCodeHash(root)).not.toBe(before);
  });

  it('a change outside the listed code (a page, content) keeps the cache', () => {
    const root = repo();
    const before = cacheCodeHash(root);
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>x</p>\n');
    expect(cacheCodeHash(root)).toBe(before);
  });

  it('lives under SITE_CACHE_DIR (else node_modules/.astro) and removes the folders of older code', () => {
    const root = repo();
    const base = join(root, '.cache/astro');
    mkdirSync(join(base, 'code-000000000000'), { recursive: true });
    mkdirSync(join(base, 'unrelated'), { recursive: true });
    const dir = buildCacheDir(root, base);
    expect(dir).toBe(join(base, `code-${cacheCodeHash(root)}`));
    expect(existsSync(join(base, 'code-000000000000'))).toBe(false);
    expect(existsSync(join(base, 'unrelated'))).toBe(true);
    expect(buildCacheDir(root, undefined)).toBe(join(root, 'node_modules/.astro', `code-${cacheCodeHash(root)}`));
  });
});
