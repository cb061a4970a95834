/**
 * npm run lighthouse — Lighthouse (mobile) against Debian's Chromium on loopback, for the built
 * site in dist/ (run `npm run build` first). Prints the median of several runs per page.
 *
 *   npm run lighthouse -- [--dist dist] [--runs 3]
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDir } from '../../tools/serve.ts';
import { CHROMIUM } from '../../tools/browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return (index >= 0 ? args[index + 1] : undefined) ?? fallback;
};
const dist = option('dist', 'dist');
const runs = Number(option('runs', '3'));
const pages = [
  ['首页', '/'],
  ['报道', '/reports/2026-07-29-bayi-zoufang-weiwen/'],
  ['典型', '/cases/haojunsao-zhou-xiaomei/'],
  ['搜索', '/search/?q=优待金'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const server = await serveDir(dist, 4327);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  console.log(`| 页面 | 性能 | 无障碍 | 最佳实践 | SEO |\n| --- | --- | --- | --- | --- |`);
  for (const [name, path] of pages) {
    const scores = Object.fromEntries(categories.map((c) => [c, [] as number[]])) as Record<(typeof categories)[number], number[]>;
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      for (const category of categories) scores[category].push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    }
    console.log(`| ${name} ${path} | ${categories.map((c) => median(scores[c])).join(' | ')} |`);
  }
} finally {
  chrome.kill();
  await server.close();
}
