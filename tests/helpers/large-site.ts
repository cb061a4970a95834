/**
 * The large site: 2,000 synthetic entries (the bench generator, composed from the demo's own
 * sentences) built once per run into tests/.tmp/large/dist, so tests can hold every list to the
 * 50 KB budget at the size where lists used to outgrow it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tmpRoot } from './build-site.ts';
import { repoRoot } from './paths.ts';
import { writeSyntheticContent } from '../../scripts/dev/bench/synthetic-content.ts';
import { corpusSentences } from '../../scripts/dev/bench-search.ts';

export const LARGE_SITE = 'large';
export const LARGE_ENTRIES = 2000;
export const LARGE_TODAY = '2026-11-23';
export const largeContent = join(tmpRoot, 'large-content');
export const largeDist = join(tmpRoot, LARGE_SITE, 'dist');

/** Writes the content and builds it; returns the build's wall time in seconds. */
export async function buildLargeSite(): Promise<number> {
  const started = performance.now();
  await writeSyntheticContent({ pages: LARGE_ENTRIES, root: largeContent, sentences: corpusSentences(join(repoRoot, 'content')) });
  await buildSite(LARGE_SITE, largeContent, { today: LARGE_TODAY });
  return (performance.now() - started) / 1000;
}

export const largeSiteBuilt = () => existsSync(join(largeDist, 'index.html'));
