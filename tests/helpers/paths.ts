import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Where tests build; TEST_TMP_DIR lets two people run the suite side by side without sharing builds. */
export const tmpRoot = process.env.TEST_TMP_DIR ? resolve(process.env.TEST_TMP_DIR) : resolve(repoRoot, 'tests/.tmp');
/** ../shared/seeds next to the repository, or next to the folder of worktrees (/work/wt/17 → /work/shared/seeds). */
export const seedsDir =
  [resolve(repoRoot, '../shared/seeds'), resolve(repoRoot, '../../shared/seeds')].find((dir) => existsSync(dir)) ??
  resolve(repoRoot, '../shared/seeds');
