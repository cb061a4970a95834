/**
 * Indexes the built site with Pagefind's extended binary (the npm package picks `pagefind_extended`),
 * which segments Chinese into words and also indexes every adjacent pair of Chinese characters —
 * what lets a query found verbatim in a page find it (see src/search/query.ts).
 *
 * Only entry pages, the about page, the pages of units with their own address and phone and the
 * title and lead of each year's 信息报送 tally are indexed: they wrap what is searched in
 * data-pagefind-body, so headers, footers, navigation and list pages stay out. Pagefind is told to read only those pages: list pages (a year of reports,
 * the timeline) are a fifth of the HTML on a large site and would be parsed for nothing.
 */
import * as pagefind from 'pagefind';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { COLLECTIONS } from '../model/index.ts';
import { keepIndex, pruneIndex, seedIndex } from './search-index-reuse.ts';

/** Entry pages (/<collection>/<id>/), unit pages, the 信息报送 tally of each year and the about page: the only pages with data-pagefind-body. */
export const INDEXED_PAGES_GLOB = `{${[...COLLECTIONS.map((collection) => `${collection}/*`), 'units/*', 'units/tally/*', 'about'].join(',')}}/index.html`;

/**
 * Index chunk size, in word locations (Pagefind's default is 20,000, about 33 KB gzipped of Chinese).
 * A query downloads every chunk its terms fall in, so smaller chunks mean fewer wasted bytes per
 * term; but each chunk adds a line to the metadata every search loads first. 4,000 keeps the first
 * query on a 2,000-page site within budget (BENCHMARKS.md, "搜索"). Pagefind reads it from the
 * environment of its indexing process (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).
 */
export const INDEX_CHUNK_SIZE = 4000;

/** Pagefind's ready-made search UIs; our own island uses only pagefind.js and the index. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface IndexResult {
  pages: number;
  milliseconds: number;
}

/**
 * `keptIndex`: a folder in the build cache holding the previous build's index files; Pagefind then
 * writes only the files that changed (search-index-reuse.ts), and this build's files are kept there.
 */
export async function indexSite(distDir: string, logger: Pick<AstroIntegrationLogger, 'info'>, keptIndex?: string): Promise<IndexResult> {
  const started = performance.now();
  const saved = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = saved || String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: INDEXED_PAGES_GLOB });
    if (added.errors.length) throw new Error(`Pagefind 建立索引失败：${added.errors.join('; ')}`);
    const outputPath = join(distDir, 'pagefind');
    const seeded = keptIndex ? seedIndex(keptIndex, outputPath) : 0;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('; ')}`);
    const removed = seeded > 0 ? pruneIndex(outputPath) : 0;
    if (keptIndex) keepIndex(outputPath, keptIndex);
    for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
    // page_count counts every HTML file read; the pages in the index are those with a fragment.
    const pages = readdirSync(join(outputPath, 'fragment')).length;
    const milliseconds = Math.round(performance.now() - started);
    const reused = seeded > 0 ? `；沿用上次的 ${seeded - removed} 个索引文件` : '';
    logger.info(`搜索索引：${pages} 个页面，用时 ${milliseconds} ms（读取 ${added.page_count} 个 HTML 文件${reused}）`);
    return { pages, milliseconds };
  } finally {
    await pagefind.close();
    if (saved === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = saved;
  }
}
