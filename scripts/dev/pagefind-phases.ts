/**
 * How Pagefind's time on a built site splits between reading the pages and writing the index
 * (issue 18: what feeding Pagefind while Astro renders could save at most is the reading).
 *
 *   node scripts/dev/pagefind-phases.ts bench/.tmp/dist-ours              the 2,000-entry bench site
 *   node scripts/dev/pagefind-phases.ts bench/.tmp/dist-ours --chunk-size 20000 --runs 3
 *
 * Indexes the same pages as the build (INDEXED_PAGES_GLOB) into a temporary folder; the site is
 * left as it is.
 */
import * as pagefind from 'pagefind';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INDEX_CHUNK_SIZE, INDEXED_PAGES_GLOB } from '../../src/integration/search-index.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const site = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!site) throw new Error('用法：node scripts/dev/pagefind-phases.ts <已构建的站点目录> [--chunk-size N] [--runs N]');

process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(option('chunk-size', INDEX_CHUNK_SIZE));
for (let run = 0; run < option('runs', 2); run++) {
  const out = mkdtempSync(join(tmpdir(), 'pagefind-phases-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error('Pagefind 无法启动');
  const created = performance.now();
  const added = await index.addDirectory({ path: resolve(site), glob: INDEXED_PAGES_GLOB });
  const read = performance.now();
  await index.writeFiles({ outputPath: out });
  const written = performance.now();
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
  const ms = (from: number, to: number) => `${Math.round(to - from)} ms`;
  console.log(
    `第 ${run + 1} 次：启动 ${ms(started, created)}，读取 ${added.page_count} 个页面 ${ms(created, read)}，写索引 ${ms(read, written)}（词分块 ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}）`,
  );
}
