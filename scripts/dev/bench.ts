/**
 * npm run bench — builds a synthetic Chinese site (default 2,000 pages) with the full production
 * build (content check, Astro render, images, Pagefind) several times and reports medians.
 *
 *   npm run bench -- --pages 2000 --runs 3
 *
 * Prints build time (median), peak memory of the whole process tree, where the time goes, dist
 * size, median HTML bytes per content page and the search index size.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { benchSearch, corpusSentences, formatBenchSearch } from './bench-search.ts';
import { filesUnder } from '../../tools/files.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const pages = option('pages', 2000);
const runs = option('runs', 3);
const base = resolve('bench/.tmp');
const content = join(base, 'content');
const dist = join(base, 'dist');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN; // no values: NaN, as before
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

interface TreeMemory { total: number; root: number; pagefind: number }

/** Resident memory of a process and all its descendants, from /proc (Linux); Pagefind's process apart. */
function treeRss(root: number): TreeMemory {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      commands.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // the process ended while we looked
    }
  }
  const memory: TreeMemory = { total: 0, root: rss.get(root) ?? 0, pagefind: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    memory.total += rss.get(pid) ?? 0;
    if (commands.get(pid)?.startsWith('pagefind')) memory.pagefind += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return memory;
}

interface Run { seconds: number; peakBytes: number; peakAstroBytes: number; peakPagefindBytes: number; phases: Record<string, number> }

function build(): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(join('node_modules/.bin/astro'), ['build', '--outDir', dist], {
      env: { ...process.env, SITE_CONTENT_DIR: content, SITE_CACHE_DIR: join(base, `cache-${Date.now()}`), ASTRO_TELEMETRY_DISABLED: '1', SITE_TODAY: '2026-11-23' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const peak = { total: 0, root: 0, pagefind: 0 };
    const timer = setInterval(() => {
      const now = treeRss(child.pid!);
      peak.total = Math.max(peak.total, now.total);
      peak.root = Math.max(peak.root, now.root);
      peak.pagefind = Math.max(peak.pagefind, now.pagefind);
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
      // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes (ESC [ … m) from the build log
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const seconds = (pattern: RegExp) => {
        const match = pattern.exec(plain);
        return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : undefined;
      };
      const phases: Record<string, number> = {};
      const record = (name: string, value: number | undefined) => value !== undefined && (phases[name] = value);
      // Astro's own log lines: content sync and types, the Vite build, the pages, the images.
      record('内容同步（含正文渲染）与类型生成', seconds(/\[types\] Generated ([\d.]+)(ms|s)/));
      record('Vite 打包', seconds(/\[vite\] ✓ built in ([\d.]+)(ms|s)/));
      record('Astro 渲染页面', seconds(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/));
      record('图片处理', seconds(/generating optimized images[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/));
      // Ours (src/integration): the two steps after the pages, which run side by side.
      record('分享卡片收尾（与 Pagefind 并行；预测到的卡片已在生成页面时由工作线程画好）', seconds(/分享卡片：.*?收尾用时 (\d+) (ms)/));
      record('Pagefind 索引（与分享卡片并行）', seconds(/搜索索引：\d+ 个页面，用时 (\d+) (ms)/));
      done({ seconds: (performance.now() - started) / 1000, peakBytes: peak.total, peakAstroBytes: peak.root, peakPagefindBytes: peak.pagefind, phases });
    });
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`合成 ${pages} 个页面的内容 → ${content}`);
await writeSyntheticContent({ pages, root: content, sentences: corpusSentences(resolve('content')) });
const results: Run[] = [];
for (let i = 0; i < runs; i++) {
  const run = await build();
  results.push(run);
  console.log(`第 ${i + 1} 次：${run.seconds.toFixed(1)} s，峰值内存 ${mb(run.peakBytes)}（Astro 进程 ${mb(run.peakAstroBytes)}，Pagefind 进程 ${mb(run.peakPagefindBytes)}）`);
}
const files = filesUnder(dist);
const html = files.filter((f) => f.endsWith('.html') && /\/(reports|policies|cases|education|plans)\/[^/]+\/index\.html$/.test(f));
const pagefindDir = join(dist, 'pagefind');
const indexBytes = existsSync(pagefindDir) ? filesUnder(pagefindDir).reduce((sum, f) => sum + statSync(f).size, 0) : 0;
const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.phases)))];

const rows = [
  ['页面数（内容页）', String(html.length)],
  [`完整构建时间（${runs} 次中位数）`, `${median(results.map((r) => r.seconds)).toFixed(1)} s`],
  ...phaseNames.map((name) => [`\u3000${name}`, `${median(results.map((r) => r.phases[name] ?? 0)).toFixed(1)} s`]),
  ['峰值内存（进程树，中位数）', mb(median(results.map((r) => r.peakBytes)))],
  ['　其中 Astro 构建进程峰值', mb(median(results.map((r) => r.peakAstroBytes)))],
  ['　其中 Pagefind 进程峰值', mb(median(results.map((r) => r.peakPagefindBytes)))],
  ['dist 总大小', mb(files.reduce((sum, f) => sum + statSync(f).size, 0))],
  ['内容页 HTML 中位数', kb(median(html.map((f) => statSync(f).size)))],
  ['搜索索引大小', mb(indexBytes)],
];
console.log(`\n机器：${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GB，Node ${process.version}\n`);
console.log('| 指标 | 数值 |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);

if (!args.includes('--no-search')) {
  console.log('\n首次搜索下载量（Chromium，空缓存，见 BENCHMARKS.md「搜索」）：\n');
  console.log(formatBenchSearch(await benchSearch({ dist })));
}
