/**
 * Where the build keeps its cache (Astro's content-layer data store, optimised images, share
 * cards): SITE_CACHE_DIR or node_modules/.astro, in a subfolder named by a hash of the code that
 * decides what the cache holds.
 *
 * Why: Astro keeps a parsed entry in its data store until the entry's file changes, and it notices a
 * changed content config only through src/content.config.ts itself. Our schemas live in src/model/
 * and plain bodies are rendered in src/content-layer/, so after a pull that adds a field (or changes
 * the Markdown pipeline) a kept cache would serve entries parsed by the old schema — a build that
 * breaks, or worse, a page built from stale data. A new hash is a fresh cache; unchanged code keeps it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What decides the content of the cache, relative to the repository root. */
export const CACHE_CODE_PATHS = ['src/model', 'src/content-layer', 'src/content.config.ts', 'astro.config.mjs', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A short hash of the files in `paths` (names and contents). */
export function cacheCodeHash(root: string, paths: readonly string[] = CACHE_CODE_PATHS): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(join(root, path)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The cache folder for this code: `<base>/code-<hash>/`. The folders of other versions of the code
 * are removed, so a cache a CI keeps does not grow with every change.
 */
export function buildCacheDir(root: string, base: string | undefined): string {
  const parent = base !== undefined && base !== '' ? base : join(root, 'node_modules/.astro');
  const name = `code-${cacheCodeHash(root)}`;
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name.startsWith('code-') && entry.name !== name)
        rmSync(join(parent, entry.name), { recursive: true, force: true });
    }
  }
  return join(parent, name);
}
