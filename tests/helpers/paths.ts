import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** ../shared/seeds next to the repository, or next to the folder of worktrees (/work/wt/17 → /work/shared/seeds). */
export const seedsDir =
  [resolve(repoRoot, '../shared/seeds'), resolve(repoRoot, '../../shared/seeds')].find((dir) => existsSync(dir)) ??
  resolve(repoRoot, '../shared/seeds');
