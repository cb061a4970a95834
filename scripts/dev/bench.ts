/**
 * npm run bench — builds a synthetic Chinese site with this project's full production build
 * (`npm run build`: content check, Astro, images, share cards, then Pagefind after Astro exits) and
 * with the floor of the stack (bench/floor: Astro 7 + one collection + a bare layout + the Pagefind
 * CLI) over the same generated content, alternating, and prints medians and ratios ours/floor.
 *
 *   npm run bench                                  # 2,000 entries, 3 alternating rounds, then search bytes
 *   npm run bench -- --entries 5000 --runs 1 --no-search
 *   npm run bench -- --curve                       # 1,000 / 2,000 / 5,000 / 10,000 (3 rounds at 2,000, else --curve-runs, 1)
 *   npm run bench -- --rebuild                     # also: change one entry, rebuild with the cache kept
 *   npm run bench -- --compare inhook              # also: `astro build` alone (Pagefind inside astro:build:done)
 *   npm run bench -- --compare full                # also: every page rendered (SITE_INCREMENTAL=0: no page cache written)
 *   npm run bench -- --dir bench/.tmp-10k          # another work folder (default bench/.tmp)
 *
 * Every build starts cold (a fresh cache folder); a rebuild reuses its round's cold cache. Peak
 * memory is the whole process tree, from /proc every 200 ms. The load average at each start is
 * printed: the machine may be shared, and alternating spreads its noise over both sides.
 */
import { readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { measure, median, phasesOf, type Measured } from './bench/measure.ts';
import { benchSearch, corpusSentences, formatBenchSearch } from './bench-search.ts';
import { filesUnder } from '../../tools/files.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const text = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? '') : '';
};
const runs = option('runs', 3);
const sizes = args.includes('--curve') ? [1000, 2000, 5000, 10000] : [option('entries', option('pages', 2000))];
const runsAt = (entries: number) => (args.includes('--curve') && entries !== 2000 ? option('curve-runs', 1) : runs);
const rebuild = args.includes('--rebuild');
const compare = text('compare')
  .split(',')
  .filter((name): name is 'inhook' | 'full' => name === 'inhook' || name === 'full');
// --dir: another work folder, so that two benches can run side by side.
const base = resolve(text('dir') || 'bench/.tmp');
const content = join(base, 'content');
const repo = resolve('.');
const env = { SITE_CONTENT_DIR: content, SITE_TODAY: '2026-11-23', FLOOR_CONTENT_DIR: content };

type Variant = 'ours' | 'floor' | 'inhook' | 'full' | 'rebuild' | 'floor-rebuild' | 'full-rebuild';
const LABELS: Record<Variant, string> = {
  ours: '本站（npm run build）',
  floor: '底线（bench/floor）',
  inhook: '本站，Pagefind 在 astro:build:done 里',
  full: '本站，不用增量构建（SITE_INCREMENTAL=0）',
  rebuild: '本站，改一篇后重建（缓存保留）',
  'floor-rebuild': '底线，改一篇后重建（缓存保留）',
  'full-rebuild': '本站不用增量构建，改一篇后重建（缓存保留）',
};
/** The rebuild of each side, measured with the cache its cold build left. */
const REBUILD_OF: Partial<Record<Variant, 'rebuild' | 'floor-rebuild' | 'full-rebuild'>> = {
  ours: 'rebuild',
  floor: 'floor-rebuild',
  full: 'full-rebuild',
};

function buildOnce(variant: 'ours' | 'floor' | 'inhook' | 'full', cacheDir: string): Promise<Measured> {
  const dist = join(base, `dist-${variant}`);
  if (variant === 'floor') {
    const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
    const pagefind = join(repo, 'node_modules/.bin/pagefind');
    const script = `"${process.execPath}" "${astro}" build --root bench/floor --outDir "${dist}" && "${pagefind}" --site "${dist}" --quiet`;
    return measure('sh', ['-c', script], { ...env, SITE_CACHE_DIR: cacheDir });
  }
  if (variant === 'inhook')
    return measure(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
      ...env,
      SITE_CACHE_DIR: cacheDir,
    });
  const incremental = variant === 'full' ? { SITE_INCREMENTAL: '0' } : {};
  return measure(process.execPath, ['scripts/build.ts', '--outDir', dist], { ...env, ...incremental, SITE_CACHE_DIR: cacheDir });
}

/** Changes one report (title and a sentence of its body), as staff correcting a story would; returns the undo. */
function changeOneEntry(): () => void {
  const file = join(content, 'reports', 'r-7', 'index.mdx');
  const original = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    original.replace(/^title: (.*)$/m, 'title: $1（更正）').replace(/\n\n([^\n]+)\n$/, '\n\n$1更正：活动时间为上午九时。\n'),
  );
  return () => writeFileSync(file, original);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

console.log(`机器：${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GB，Node ${process.version}`);
const summary: string[] = [];
for (const entries of sizes) {
  console.log(`\n合成 ${entries} 个条目 → ${content}`);
  await writeSyntheticContent({ pages: entries, root: content, sentences: corpusSentences(resolve('content')) });
  const results = new Map<Variant, Measured[]>();
  const rounds = runsAt(entries);
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so a burst of load on the shared machine hits both sides.
    const order: ('ours' | 'floor' | 'inhook' | 'full')[] = round % 2 === 0 ? ['ours', 'floor', ...compare] : ['floor', ...compare, 'ours'];
    for (const variant of order) {
      const cacheDir = join(base, `cache-${variant}-${Date.now()}`);
      const run = await buildOnce(variant, cacheDir);
      results.set(variant, [...(results.get(variant) ?? []), run]);
      console.log(
        `  ${entries} 第 ${round + 1} 轮 ${LABELS[variant]}：${s(run.seconds)}，峰值 ${mb(run.peakBytes)}（Pagefind ${mb(run.peakPagefindBytes)}，其余 ${mb(run.peakOtherBytes)}），负载 ${run.load.toFixed(1)}`,
      );
      const rebuilt = REBUILD_OF[variant];
      if (rebuilt && rebuild) {
        const undo = changeOneEntry();
        try {
          const again = await buildOnce(variant, cacheDir);
          results.set(rebuilt, [...(results.get(rebuilt) ?? []), again]);
          console.log(
            `  ${entries} 第 ${round + 1} 轮 ${LABELS[rebuilt]}：${s(again.seconds)}（冷构建的 ${((100 * again.seconds) / run.seconds).toFixed(0)}%），峰值 ${mb(again.peakBytes)}，负载 ${again.load.toFixed(1)}`,
          );
        } finally {
          undo();
        }
      }
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  const time = (variant: Variant) => median((results.get(variant) ?? []).map((r) => r.seconds));
  const peak = (variant: Variant) => median((results.get(variant) ?? []).map((r) => r.peakBytes));
  console.log(`\n${entries} 个条目，${rounds} 轮中位数：\n`);
  console.log(
    '| 构建 | 时间 | 峰值内存（进程树） | 其中 Pagefind | 其余进程 | 与底线之比（时间 / 内存） |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const variant of results.keys()) {
    const list = results.get(variant) ?? [];
    const ratio =
      variant === 'floor' ? '' : `${(time(variant) / time('floor')).toFixed(2)}× / ${(peak(variant) / peak('floor')).toFixed(2)}×`;
    console.log(
      `| ${LABELS[variant]} | ${s(time(variant))} | ${mb(peak(variant))} | ${mb(median(list.map((r) => r.peakPagefindBytes)))} | ${mb(median(list.map((r) => r.peakOtherBytes)))} | ${ratio} |`,
    );
  }
  for (const variant of ['ours', 'rebuild'] as const) {
    const list = results.get(variant) ?? [];
    const phases = [...new Set(list.flatMap((r) => Object.keys(phasesOf(r.output))))];
    if (phases.length)
      console.log(
        `\n${LABELS[variant]}各阶段（中位数）：${phases.map((name) => `${name} ${s(median(list.map((r) => phasesOf(r.output)[name] ?? 0)))}`).join('；')}`,
      );
  }
  for (const [cold, again] of [
    ['ours', 'rebuild'],
    ['floor', 'floor-rebuild'],
    ['full', 'full-rebuild'],
  ] as const) {
    const rebuilt = results.get(again);
    const colds = results.get(cold) ?? [];
    if (rebuilt)
      console.log(
        `${LABELS[again]}：${s(time(again))}，冷构建的 ${((100 * time(again)) / time(cold)).toFixed(0)}%（逐轮：${rebuilt.map((r, i) => `${((100 * r.seconds) / (colds[i]?.seconds ?? Number.NaN)).toFixed(0)}%`).join(' / ')}）`,
      );
  }
  const loads = [...results.values()].flat().map((r) => r.load);
  const dist = join(base, 'dist-ours');
  const html = filesUnder(dist).filter((f) => /\/(reports|policies|cases|education|plans)\/[^/]+\/index\.html$/.test(f));
  console.log(
    `负载均值 ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}；内容页 HTML 中位数 ${(median(html.map((f) => statSync(f).size)) / 1024).toFixed(1)} KB`,
  );
  summary.push(
    `| ${entries} | ${s(time('ours'))} | ${mb(peak('ours'))} | ${s(time('floor'))} | ${mb(peak('floor'))} | ${(time('ours') / time('floor')).toFixed(2)}× | ${(peak('ours') / peak('floor')).toFixed(2)}× | ${rounds} |`,
  );
}
console.log(
  '\n| 条目 | 本站时间 | 本站峰值 | 底线时间 | 底线峰值 | 时间之比 | 内存之比 | 轮数 |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const row of summary) console.log(row);

if (sizes.length === 1 && !args.includes('--no-search')) {
  console.log('\n首次搜索下载量（Chromium，空缓存，见 BENCHMARKS.md「搜索」）：\n');
  console.log(formatBenchSearch(await benchSearch({ dist: join(base, 'dist-ours') })));
}
