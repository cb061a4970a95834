/**
 * Builds a site from a content folder with Astro's own build(), into tests/.tmp/<name>/, so tests
 * assert on real output without touching dist/ or the demo content.
 */
import { build } from 'astro';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { repoRoot, tmpRoot } from './paths.ts';
import { withBuildLock } from './build-lock.ts';
export { repoRoot, tmpRoot };

export interface BuiltSite {
  outDir: string;
}

/** Builds sequentially: content root and "today" are process-wide settings. */
let queue: Promise<unknown> = Promise.resolve();

export interface BuildOptions {
  today?: string;
  /** Reuse another build's cache (its optimized images), e.g. to rebuild the same content quickly. */
  cacheOf?: string;
}

export function buildSite(name: string, contentDir: string, options: BuildOptions = {}): Promise<BuiltSite> {
  const run = async () => {
    const base = join(tmpRoot, name);
    const outDir = join(base, 'dist');
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
    const saved = { content: process.env.SITE_CONTENT_DIR, today: process.env.SITE_TODAY, nodeEnv: process.env.NODE_ENV };
    // Vitest sets NODE_ENV=test, which Vite would turn into import.meta.env.PROD === false (and drafts shown).
    process.env.NODE_ENV = 'production';
    process.env.SITE_CONTENT_DIR = resolve(repoRoot, contentDir);
    if (options.today) process.env.SITE_TODAY = options.today;
    else delete process.env.SITE_TODAY;
    try {
      await build({
        root: repoRoot,
        mode: 'production',
        outDir,
        cacheDir: join(options.cacheOf ? join(tmpRoot, options.cacheOf) : base, 'cache'),
        logLevel: 'error',
        vite: { logLevel: 'error' },
      });
    } finally {
      restore('SITE_CONTENT_DIR', saved.content);
      restore('SITE_TODAY', saved.today);
      restore('NODE_ENV', saved.nodeEnv);
    }
    return { outDir };
  };
  const locked = () => withBuildLock(run);
  const result = queue.then(locked, locked);
  queue = result.catch(() => undefined);
  return result;
}

function restore(key: string, value: string | undefined) {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
