/**
 * Search benchmark: builds a synthetic Chinese site (default 2,000 entry pages) with the production
 * build (astro build + Pagefind, one command), then opens /search/?q=… in Chromium with an empty
 * cache for a set of residents' queries and counts every byte the first query fetches.
 *
 *   node scripts/bench-search.ts                      2,000 pages, build and measure
 *   node scripts/bench-search.ts --pages 500
 *   node scripts/bench-search.ts --dist tests/.tmp/demo/dist   measure an already built site
 *   node scripts/bench-search.ts --dist bench/.tmp/search/dist --chunk-size 8000
 *                                   the same site indexed again with another chunk size (a hard-linked copy)
 *   --queries a,b,c | --queries scripts/dev/search-eval/queries.yaml   what to search (default BENCH_QUERIES)
 *
 * `npm run bench` calls benchSearch(); it returns the numbers and prints nothing unless asked.
 *
 * Bytes are counted two ways: as served by a plain static server (raw), and as sent by a server
 * that gzips text (JS, JSON, HTML, CSS) the way nginx's `gzip on` does — Pagefind's index files are
 * gzipped already and count the same both ways. The budget (≤ 150 KB) is checked on the gzip figure.
 *
 * The synthetic text is not a handful of repeated phrases: it re-mixes the sentences of the demo
 * content (content/, or SITE_CONTENT_DIR) with generated person, village and unit names, so the
 * index has a realistic spread of words and character pairs, which is what decides chunk sizes
 * (the shared generator's `realistic` mix, scripts/dev/bench/synthetic-content.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { filesUnder } from '../../tools/files.ts';
import { corpusSentences, writeSyntheticContent } from './bench/synthetic-content.ts';
import { indexSite } from '../../src/integration/search-index.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
export const FIRST_QUERY_BUDGET = 150 * 1024;
/** What residents type (issue #8), short everyday words, and one character (the widest index range). */
export const BENCH_QUERIES = ['优待金', '三等功奖励', '清明祭扫', '退役士兵安置', '双拥', '慰问', '军属', '军'];

export interface BenchSearchOptions {
  /** Entry pages to generate (ignored with `dist`). */
  pages?: number | undefined;
  /** Measure this built site instead of generating and building one. */
  dist?: string | undefined;
  /** Work folder for the synthetic content and build (default bench/.tmp/search). */
  workDir?: string | undefined;
  queries?: string[] | undefined;
  /** Demo content whose sentences feed the generator (default SITE_CONTENT_DIR or content/). */
  corpus?: string;
  log?: (line: string) => void;
}

export interface RequestBytes {
  url: string;
  kind: string;
  raw: number;
  gzip: number;
}

export interface QueryBytes {
  query: string;
  results: number;
  firstResult?: string | undefined;
  /** Everything the search needs: island JS, pagefind.js, worker, WebAssembly, index, fragments, filters. */
  raw: number;
  gzip: number;
  /** Result thumbnails the browser loaded, counted apart (they are lazy and vary with the screen). */
  images: number;
  byKind: Record<string, { raw: number; gzip: number; count: number }>;
  requests: RequestBytes[];
}

export interface BenchSearchResult {
  pages: number;
  buildSeconds?: number | undefined;
  /** dist/pagefind: all files, and the index proper (meta, word chunks, filters, fragments). */
  pagefindBytes: number;
  indexBytes: number;
  indexChunks: number;
  fragments: number;
  queries: QueryBytes[];
  worstQuery: QueryBytes;
  budget: number;
  withinBudget: boolean;
}

// ---------------------------------------------------------------------------------------------
// Synthetic content: scripts/dev/bench/synthetic-content.ts (`realistic`), shared with npm run bench

export { corpusSentences };

// ---------------------------------------------------------------------------------------------
// Build

export function buildContent(content: string, outDir: string, cacheDir: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, SITE_CONTENT_DIR: content, SITE_CACHE_DIR: cacheDir, SITE_TODAY: '2026-11-23', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`构建失败（${code}）：\n${output.slice(-3000)}`)),
    );
  });
}

/** The value after `--name` in a dev script's arguments. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The site a dev script evaluates: `--dist`, or else the demo (content/, or SITE_CONTENT_DIR) built into bench/.tmp/<work>/. */
export async function siteToEvaluate(args: readonly string[], work: string): Promise<string> {
  const dist = argValue(args, 'dist');
  if (dist) return dist;
  const dir = join(repoRoot, 'bench/.tmp', work);
  console.log('构建示例站点（content/）…');
  await buildContent(resolve(process.env.SITE_CONTENT_DIR ?? join(repoRoot, 'content')), join(dir, 'dist'), join(dir, 'cache'));
  return join(dir, 'dist');
}

/**
 * A copy of a built site (hard links, so it costs no space) indexed again with another index chunk
 * size (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE): to weigh chunk sizes without building the site again.
 */
export async function reindexCopy(dist: string, chunkSize: number, log: (line: string) => void = () => {}): Promise<string> {
  const copy = `${resolve(dist)}-chunk-${chunkSize}`;
  rmSync(copy, { recursive: true, force: true });
  const copied = spawnSync('cp', ['-al', resolve(dist), copy]);
  if (copied.status !== 0) throw new Error(`无法复制 ${dist}：${String(copied.stderr)}`);
  rmSync(join(copy, 'pagefind'), { recursive: true, force: true });
  const saved = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    await indexSite(copy, { info: log });
  } finally {
    if (saved === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = saved;
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Measure

export function kindOf(url: string, type: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith('/search-lexicon/')) return '搜索词表 lexicon';
  if (path.startsWith('/search-pinyin/')) return '拼音纠错 sounds';
  if (path.startsWith('/pagefind/fragment/')) return '结果片段 fragment';
  if (path.startsWith('/pagefind/index/')) return '索引分块 index';
  if (path.startsWith('/pagefind/filter/')) return '筛选 filter';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return '索引元数据 meta';
  if (path.startsWith('/pagefind/wasm.')) return 'WebAssembly';
  if (path.startsWith('/pagefind/')) return 'pagefind.js + worker';
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return '搜索页脚本 island';
  if (type === 'image') return 'image';
  if (type === 'document') return 'document';
  if (type === 'stylesheet') return 'css';
  return 'other';
}

export const COUNTED = new Set([
  '搜索词表 lexicon',
  '拼音纠错 sounds',
  '结果片段 fragment',
  '索引分块 index',
  '筛选 filter',
  '索引元数据 meta',
  'WebAssembly',
  'pagefind.js + worker',
  '搜索页脚本 island',
]);

/** Opens /search/?q=… with an empty cache and counts what the search fetched. */
export async function measureFirstQueries(dist: string, queries: string[]): Promise<QueryBytes[]> {
  const server = await serveDir(dist);
  const browser = await launchBrowser();
  const out: QueryBytes[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
      const page = await context.newPage();
      const pending: Promise<RequestBytes | undefined>[] = [];
      page.on('response', (response) => {
        pending.push(
          response.body().then(
            (body) => {
              const kind = kindOf(response.url(), response.request().resourceType());
              const binary = /\.(pf_\w+|pagefind|png|jpe?g|webp|avif)$/.test(new URL(response.url()).pathname);
              return { url: response.url(), kind, raw: body.length, gzip: binary ? body.length : gzipSync(body, { level: 6 }).length };
            },
            () => undefined,
          ),
        );
      });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''),
        null,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      const results = await page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      const status = (await page.textContent('[data-search-status]')) ?? '';
      const total = Number(/(\d+) 条/.exec(status)?.[1] ?? 0);
      const requests = (await Promise.all(pending)).filter((r): r is RequestBytes => r !== undefined);
      const counted = requests.filter((r) => COUNTED.has(r.kind));
      const byKind: QueryBytes['byKind'] = {};
      for (const r of counted) {
        const entry = (byKind[r.kind] ??= { raw: 0, gzip: 0, count: 0 });
        entry.raw += r.raw;
        entry.gzip += r.gzip;
        entry.count += 1;
      }
      out.push({
        query,
        results: total,
        firstResult: results[0],
        raw: counted.reduce((sum, r) => sum + r.raw, 0),
        gzip: counted.reduce((sum, r) => sum + r.gzip, 0),
        images: requests.filter((r) => r.kind === 'image').reduce((sum, r) => sum + r.raw, 0),
        byKind,
        requests,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export function indexStats(dist: string) {
  const dir = join(dist, 'pagefind');
  const files = filesUnder(dir);
  const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const index = files.filter((f) => /\.(pf_meta|pf_index|pf_filter|pf_fragment)$/.test(f));
  return {
    pagefindBytes: size(files),
    indexBytes: size(index),
    indexChunks: files.filter((f) => f.endsWith('.pf_index')).length,
    fragments: files.filter((f) => f.endsWith('.pf_fragment')).length,
  };
}

export async function benchSearch(options: BenchSearchOptions = {}): Promise<BenchSearchResult> {
  const log = options.log ?? (() => {});
  const queries = options.queries ?? BENCH_QUERIES;
  let dist = options.dist ? resolve(options.dist) : '';
  let pages = 0;
  let buildSeconds: number | undefined;
  if (!dist) {
    pages = options.pages ?? 2000;
    const work = resolve(options.workDir ?? join(repoRoot, 'bench/.tmp/search'));
    const content = join(work, 'content');
    dist = join(work, 'dist');
    const corpus = corpusSentences(resolve(options.corpus ?? process.env.SITE_CONTENT_DIR ?? join(repoRoot, 'content')));
    log(`合成 ${pages} 个内容页（语料 ${corpus.length} 句）→ ${content}`);
    await writeSyntheticContent({ pages, root: content, sentences: corpus, realistic: true });
    log('构建（astro build + Pagefind）…');
    rmSync(join(work, 'cache'), { recursive: true, force: true }); // the content was rewritten: no stale data store
    buildSeconds = await buildContent(content, dist, join(work, 'cache'));
    log(`构建完成：${buildSeconds.toFixed(1)} s`);
  }
  const stats = indexStats(dist);
  if (!pages)
    pages =
      (
        JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
          languages?: Record<string, { page_count?: number }>;
        }
      ).languages?.['zh-cn']?.page_count ?? 0;
  log(`在 Chromium 里测量首次搜索：${queries.join('、')}`);
  const measured = await measureFirstQueries(dist, queries);
  const first = measured[0];
  if (!first) throw new Error('没有测量到任何一次搜索：请至少给出一个查询词');
  const worstQuery = measured.reduce((worst, q) => (q.gzip > worst.gzip ? q : worst), first);
  return {
    pages,
    buildSeconds,
    ...stats,
    queries: measured,
    worstQuery,
    budget: FIRST_QUERY_BUDGET,
    withinBudget: worstQuery.gzip <= FIRST_QUERY_BUDGET,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The result as a Markdown table, for BENCHMARKS.md. */
export function formatBenchSearch(result: BenchSearchResult): string {
  const lines = [
    `| 指标 | 数值 |`,
    `| --- | --- |`,
    `| 内容页（进入索引的页面） | ${result.pages} |`,
    ...(result.buildSeconds ? [`| 构建时间（astro build + Pagefind） | ${result.buildSeconds.toFixed(1)} s |`] : []),
    `| dist/pagefind 全部文件 | ${kb(result.pagefindBytes)} |`,
    `| 索引数据（meta + ${result.indexChunks} 个词分块 + 筛选 + ${result.fragments} 个结果片段） | ${kb(result.indexBytes)} |`,
    `| 首次搜索最多下载（gzip 传输） | ${kb(result.worstQuery.gzip)}（“${result.worstQuery.query}”），预算 ${kb(result.budget)}：${result.withinBudget ? '达标' : '超出'} |`,
    '',
    `| 查询 | 结果数 | 首次搜索下载（gzip） | 未压缩 | 其中 JS+wasm | 索引分块 | 结果片段 | 第一条结果 |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...result.queries.map((q) => {
      const code = ['搜索页脚本 island', 'pagefind.js + worker', 'WebAssembly'].reduce((sum, k) => sum + (q.byKind[k]?.gzip ?? 0), 0);
      const chunks = q.byKind['索引分块 index'];
      const fragments = q.byKind['结果片段 fragment'];
      return `| ${q.query} | ${q.results} | ${kb(q.gzip)} | ${kb(q.raw)} | ${kb(code)} | ${chunks ? `${chunks.count} 个 ${kb(chunks.gzip)}` : '—'} | ${fragments ? `${fragments.count} 个 ${kb(fragments.gzip)}` : '—'} | ${q.firstResult ?? '—'} |`;
    }),
  ];
  return lines.join('\n');
}

/** `--queries`: a comma-separated list, or a YAML file of graded queries (`- { q: … }`, as eval-search reads). */
export function queryList(arg: string | undefined): string[] | undefined {
  if (arg === undefined) return undefined;
  if (!/\.ya?ml$/.test(arg)) return arg.split(',');
  const parsed: unknown = parseYaml(readFileSync(resolve(arg), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${arg}：应是查询列表`);
  return parsed.map((item: unknown) => (typeof item === 'object' && item !== null && 'q' in item ? String(item.q) : String(item)));
}

/** Median, p90 and max of the first-search bytes (gzip), and the worst queries. */
export function summarizeBytes(queries: readonly QueryBytes[], worst = 8): string {
  const sorted = queries.map((q) => q.gzip).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const over = queries.filter((q) => q.gzip > FIRST_QUERY_BUDGET);
  const top = [...queries].sort((a, b) => b.gzip - a.gzip).slice(0, worst);
  return [
    `查询 ${queries.length} 个；首次搜索下载（gzip）中位数 ${kb(at(0.5))}，p90 ${kb(at(0.9))}，最大 ${kb(at(1))}；超出 150 KB：${over.length} 个`,
    `最大的 ${top.length} 个：${top.map((q) => `${q.query} ${kb(q.gzip)}（分块 ${q.byKind['索引分块 index']?.count ?? 0}，片段 ${q.byKind['结果片段 fragment']?.count ?? 0}）`).join('；')}`,
  ].join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (name: string) => argValue(args, name);
  const chunkSize = value('chunk-size');
  let dist = value('dist');
  if (chunkSize) {
    if (!dist) throw new Error('--chunk-size 需要与 --dist 一起使用：先构建一次，再用另一个分块大小重建索引');
    dist = await reindexCopy(dist, Number(chunkSize), (line) => console.log(line));
  }
  const result = await benchSearch({
    pages: value('pages') ? Number(value('pages')) : undefined,
    dist,
    workDir: value('work'),
    queries: queryList(value('queries')),
    log: (line) => console.log(line),
  });
  console.log(`\n${formatBenchSearch(result)}`);
  console.log(`\n${summarizeBytes(result.queries)}`);
  if (args.includes('--json'))
    console.log(JSON.stringify({ ...result, queries: result.queries.map(({ requests: _requests, ...rest }) => rest) }, null, 2));
  process.exitCode = result.withinBudget ? 0 : 1;
}
