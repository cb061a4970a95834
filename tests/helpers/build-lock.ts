/**
 * Builds in different test workers take turns: Astro writes .astro/content-assets.mjs in the
 * repository root, so two builds at once break each other's images (LocalImageUsedWrongly), whether
 * they run through Astro's build() (build-site.ts), `npm run build` or `astro sync` (gate.ts). A
 * folder made with mkdir is the lock (atomic across processes); one older than 15 minutes is stale.
 * Re-entrant within a process, so a test holding it may run a build helper that takes it too.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpRoot } from './paths.ts';

const LOCK = join(tmpRoot, '.build-lock');
let held = 0;

export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  if (held > 0) {
    held++;
    try {
      return await work();
    } finally {
      held--;
    }
  }
  mkdirSync(tmpRoot, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The lock went away between the two calls: try again.
      }
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  held++;
  try {
    return await work();
  } finally {
    held--;
    rmSync(LOCK, { recursive: true, force: true });
  }
}
