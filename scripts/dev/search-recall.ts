/**
 * Substring recall of site search: samples 2-, 3- and 4-character runs of Chinese from the visible
 * main text of every indexed page, searches each in Chromium against the built Pagefind index, and
 * counts how often the page it came from is among the results.
 *
 *   node scripts/dev/search-recall.ts                         builds the demo (content/) and measures it
 *   node scripts/dev/search-recall.ts --dist tests/.tmp/demo/dist
 *   node scripts/dev/search-recall.ts --dist bench/.tmp/search/dist --pages 300   (a sample of pages)
 *
 * Two pipelines are measured on the same index:
 * - Pagefind as shipped: pagefind.search(query) on a page whose language is zh-CN (the browser's
 *   word segmenter splits the query, each word must prefix-match an indexed word);
 * - ours: the search page's engine (src/search/engine.ts): character-pair terms, verbatim
 *   reordering, relaxed fallback — the same modules the island is bundled from, served to the page
 *   as they are (TypeScript transpiled on the fly), so nothing is re-implemented here.
 * Also reported: how often the page is on the first results page (8) and in the top 3.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import ts from 'typescript';
import { parse } from 'node-html-parser';
import { sampleSubstrings, seededRandom, type Sample } from '../../src/search/sample.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { argValue, siteToEvaluate } from './bench-search.ts';
import { filesUnder } from '../../tools/files.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface RecallOptions {
  dist: string;
  /** Measure only this many pages (chosen at random, reproducibly); default all. */
  pages?: number | undefined;
  perLength?: number | undefined;
  seed?: number;
}

export interface RecallCase extends Sample {
  baselineRank: number;
  oursRank: number;
  oursMode: string;
}

export interface RecallResult {
  pages: number;
  samples: number;
  baseline: { recall: number; firstPage: number; top3: number };
  ours: { recall: number; firstPage: number; top3: number };
  misses: RecallCase[];
  cases: RecallCase[];
}

/** Text blocks a reader sees in an entry page's main content (what Pagefind indexes, minus hidden bits). */
export function visibleBlocks(html: string): string[] | undefined {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  body
    .querySelectorAll('[hidden], [data-pagefind-ignore], script, style, template, noscript, .visually-hidden')
    .forEach((node) => node.remove());
  return body.structuredText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Pagefind's page id (fragment hash) for each URL, read from the fragment files. */
export function pageIds(dist: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(dist, 'pagefind/fragment');
  for (const file of readdirSync(dir)) {
    const data = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .subarray(12)
        .toString('utf8'),
    ) as { url: string };
    ids.set(data.url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

export function collectSamples(
  dist: string,
  options: Pick<RecallOptions, 'pages' | 'perLength' | 'seed'> = {},
): { pages: number; samples: Sample[] } {
  const seed = options.seed ?? 987;
  const random = seededRandom(seed);
  const files = filesUnder(dist)
    .filter((file) => file.endsWith('.html') && !file.includes(`${join(dist, 'pagefind')}`))
    .sort();
  const pages: { url: string; blocks: string[] }[] = [];
  for (const file of files) {
    const blocks = visibleBlocks(readFileSync(file, 'utf8'));
    if (blocks) pages.push({ url: `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`, blocks });
  }
  let chosen = pages;
  if (options.pages && options.pages < pages.length) {
    chosen = [...pages].sort(() => random() - 0.5).slice(0, options.pages);
  }
  const samples = chosen.flatMap((page) => sampleSubstrings(page.url, page.blocks, { perLength: options.perLength ?? 4 }, random));
  return { pages: chosen.length, samples };
}

/** Serves the built site, plus /__src/… : this repository's src/ TypeScript, transpiled for the browser. */
async function serveWithSources(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const site = await serveDir(dist);
  const srcRoot = join(repoRoot, 'src');
  const server: Server = createServer(
    (request, response) =>
      void (async () => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (path.startsWith('/__src/')) {
          const file = normalize(join(srcRoot, path.slice('/__src/'.length)));
          if (!file.startsWith(srcRoot) || !file.endsWith('.ts') || !existsSync(file)) {
            response.writeHead(404).end();
            return;
          }
          const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
          });
          response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(outputText);
          return;
        }
        const upstream = await fetch(site.url + (request.url ?? '/'));
        response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })(),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((done) => server.close(() => done(undefined)));
      await site.close();
    },
  };
}

/**
 * Runs in the search page as a module (a string, so that no bundler or test runner rewrites its
 * imports). Both pipelines use the same Pagefind module and index.
 */
const IN_PAGE = `
const { lexiconLoader, soundLoader } = await import('/__src/search/pagefind.ts');
const { startPagefind } = await import('/__src/search/pagefind-start.ts');
const { createSearchEngine } = await import('/__src/search/engine.ts');
const pagefind = await import('/pagefind/pagefind.js');
// Pagefind as shipped, on this zh-CN page (created before ours changes anything).
const baseline = pagefind.createInstance({ noWorker: true });
await baseline.init();
const engine = createSearchEngine(await startPagefind(pagefind), { lexicon: lexiconLoader(), sounds: soundLoader() });
window.measureRecall = async (targets) => {
  const out = [];
  for (const target of targets) {
    const plain = await baseline.search(target.query);
    const baselineIds = (plain?.results ?? []).map((hit) => hit.id);
    const outcome = await engine.search({ q: target.query, filters: {}, sort: 'relevance' });
    out.push({
      query: target.query,
      url: target.url,
      baselineRank: baselineIds.indexOf(target.id),
      oursRank: outcome.mode === 'all' ? outcome.ids.indexOf(target.id) : -1,
      oursMode: outcome.mode,
    });
  }
  return out;
};
`;

export async function measureRecall(options: RecallOptions): Promise<RecallResult> {
  const dist = resolve(options.dist);
  const { pages, samples } = collectSamples(dist, options);
  const ids = pageIds(dist);
  const server = await serveWithSources(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    const targets = samples.map((sample) => ({ ...sample, id: ids.get(sample.url) ?? '' }));
    await page.addScriptTag({ type: 'module', content: IN_PAGE });
    await page.waitForFunction(() => 'measureRecall' in window);
    const cases = (await page.evaluate(
      (targets) => (window as unknown as { measureRecall: (t: unknown) => Promise<unknown> }).measureRecall(targets),
      targets,
    )) as RecallCase[];
    const share = (test: (c: RecallCase) => boolean) => cases.filter(test).length / Math.max(1, cases.length);
    const stats = (rank: (c: RecallCase) => number) => ({
      recall: share((c) => rank(c) >= 0),
      firstPage: share((c) => rank(c) >= 0 && rank(c) < 8),
      top3: share((c) => rank(c) >= 0 && rank(c) < 3),
    });
    return {
      pages,
      samples: cases.length,
      baseline: stats((c) => c.baselineRank),
      ours: stats((c) => c.oursRank),
      misses: cases.filter((c) => c.oursRank < 0),
      cases,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatRecall(result: RecallResult): string {
  return [
    `${result.pages} 个页面，${result.samples} 个抽样子串（2、3、4 字各约三分之一）`,
    '',
    '| 查询方式 | 子串召回率（页面在结果中） | 在第一页（前 8 条） | 在前 3 条 |',
    '| --- | --- | --- | --- |',
    `| Pagefind 原样（zh-CN 页面上 pagefind.search(原词)） | ${percent(result.baseline.recall)} | ${percent(result.baseline.firstPage)} | ${percent(result.baseline.top3)} |`,
    `| 本站搜索（字对检索词 + 原文核对排序 + 放宽重试） | ${percent(result.ours.recall)} | ${percent(result.ours.firstPage)} | ${percent(result.ours.top3)} |`,
  ].join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (name: string) => argValue(args, name);
  const dist = await siteToEvaluate(args, 'recall');
  const result = await measureRecall({
    dist,
    pages: value('pages') ? Number(value('pages')) : undefined,
    perLength: value('per-length') ? Number(value('per-length')) : undefined,
  });
  console.log(formatRecall(result));
  if (result.misses.length) {
    console.log(`\n未召回（本站搜索）：`);
    for (const miss of result.misses.slice(0, 30))
      console.log(`  ${miss.query}  ${miss.url}  （Pagefind 原样排名 ${miss.baselineRank}，${miss.oursMode}）`);
  }
  const baselineMisses = result.cases.filter((c) => c.baselineRank < 0);
  if (baselineMisses.length && args.includes('--verbose')) {
    console.log(`\n未召回（Pagefind 原样）：`);
    for (const miss of baselineMisses.slice(0, 40)) console.log(`  ${miss.query}  ${miss.url}`);
  }
}
