/**
 * Search indexing after Astro has exited (`npm run build` = scripts/build.ts).
 *
 * Pagefind's process peaks at about 0.55 MB per page while it writes the index; run inside
 * `astro:build:done`, the Astro process (1.1–1.3 GB at 2,000 pages) is alive beside it and the
 * build's peak is the sum of the two. So `npm run build` runs `astro build` as a child with
 * SHUANGYONG_SEARCH_HANDOFF naming a file: the integration then draws the cards and scans the
 * staging folder as before, but leaves the index and the swap into dist/ to the parent, and writes
 * where the staging folder is into that file. The parent indexes it once Astro's memory is gone and
 * swaps it in. Built any other way (Astro's build() in tests, `astro build` by hand) nothing changes:
 * the hook indexes and swaps itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const HANDOFF_ENV = 'SHUANGYONG_SEARCH_HANDOFF';

export interface Handoff {
  /** The finished, scanned staging folder, without a search index yet. */
  staging: string;
  /** Where it is to be swapped in. */
  outDir: string;
  /** The 网站自查 summary, printed at the very end of the build. */
  inspection?: string | undefined;
  /** Where the previous build's search index is kept (search-index-reuse.ts). */
  keptIndex?: string | undefined;
}

/** The handoff file when the build's parent indexes the site (scripts/build.ts), else undefined. */
export function handoffFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env[HANDOFF_ENV];
  return file === undefined || file === '' ? undefined : file;
}

export function writeHandoff(file: string, handoff: Handoff): void {
  writeFileSync(file, JSON.stringify(handoff));
}

/** What the build handed over, or undefined when it did not get that far. */
export function readHandoff(file: string): Handoff | undefined {
  if (!existsSync(file)) return undefined;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof value !== 'object' || value === null) return undefined;
  const { staging, outDir, inspection, keptIndex } = value as Record<string, unknown>;
  if (typeof staging !== 'string' || typeof outDir !== 'string') return undefined;
  return {
    staging,
    outDir,
    inspection: typeof inspection === 'string' ? inspection : undefined,
    keptIndex: typeof keptIndex === 'string' ? keptIndex : undefined,
  };
}
