/**
 * npm run export:wechat -- <内容 id> — one entry's 公众号 version from the built site.
 *
 * Prints the article's HTML (inline styles only, ready to paste or to send through the 公众号 API)
 * on standard output, and saves its photos (01.jpg, 02.jpg … in reading order) with a text file of
 * the title, digest and warnings in a folder it names on standard error.
 *
 *   npm run export:wechat -- 2026-07-29-bayi-zoufang-weiwen > 正文.html
 *   npm run export:wechat -- reports/2026-07-29-bayi-zoufang-weiwen --out 公众号/八一
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, parseCommandLine, runCli } from './cli.ts';
import { openBuiltSite } from './export/built-site.ts';

const USAGE = `用法：npm run export:wechat -- <内容 id> [--out 图片文件夹] [--dist 网站文件夹]
  内容 id 是内容的文件名（不带 .mdx），例如 2026-07-29-bayi-zoufang-weiwen；
  不同栏目有同名内容时写成 栏目/id，例如 reports/2026-07-29-bayi-zoufang-weiwen。
  正文 HTML 打印到屏幕（可用 > 正文.html 保存），图片保存到 公众号导出/<内容 id>/。`;

/** Collections with a 公众号 version (see src/data/channel-articles.ts). */
const WECHAT = new Set(['reports', 'cases', 'policies', 'education']);

// eslint-disable-next-line @typescript-eslint/require-await -- async, so runCli's catch reports a synchronous throw too
runCli(async (argv) => {
  const { values, positionals } = parseCommandLine(
    argv,
    { out: { type: 'string' }, dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    console.error(USAGE);
    return;
  }
  if (positionals.length !== 1) fail(`请写一个内容 id。\n\n${USAGE}`);
  const wanted = positionals[0]!.replace(/\/+$/, '').replace(/\.mdx$/, '');
  const site = openBuiltSite(values.dist);
  const [collection, id] = wanted.includes('/') ? wanted.split('/', 2) : [undefined, wanted];
  const matches = site.index.entries.filter((entry) => entry.id === id && (!collection || entry.collection === collection));
  if (matches.length === 0) fail(`没有找到 id 为「${wanted}」的已发布内容。id 是内容的文件名（不带 .mdx）；草稿不会导出。\n\n${USAGE}`);
  const withWechat = matches.filter((entry) => WECHAT.has(entry.collection));
  if (withWechat.length === 0) fail(`「${wanted}」是工作计划，工作计划没有公众号版本（只有活动报道、双拥典型、政策解读和国防教育有）。`);
  if (withWechat.length > 1)
    fail(
      `有 ${withWechat.length} 篇内容的 id 都是「${id}」，请写成 栏目/id：${withWechat.map((e) => `${e.collection}/${e.id}`).join('、')}`,
    );
  const entry = withWechat[0]!;
  const record = site.record(entry.collection, entry.id);
  const { wechat, article } = record;

  const folder = resolve(values.out ?? join('公众号导出', entry.id));
  mkdirSync(folder, { recursive: true });
  for (const image of wechat.images) copyFileSync(site.fileOf(image.url), join(folder, image.file));
  const info = [
    `标题：${wechat.title}`,
    `摘要：${wechat.digest}`,
    `原文链接：${article.url}`,
    ...(article.author ? [`作者：${article.author}`] : []),
    '',
    ...(wechat.images.length
      ? ['图片（按文中顺序）：', ...wechat.images.map((image) => `${image.file}\u3000${image.alt}`)]
      : ['这篇没有图片；公众号需要一张封面图，请另选。']),
    ...(wechat.warnings.length ? ['', '发布前请处理：', ...wechat.warnings] : []),
  ].join('\n');
  writeFileSync(join(folder, '标题和摘要.txt'), `${info}\n`);
  writeFileSync(join(folder, '正文.html'), wechat.html);

  process.stdout.write(`${wechat.html}\n`);
  if (site.stale) console.error(site.stale);
  for (const warning of wechat.warnings) console.error(`提醒：${warning}`);
  console.error(`图片 ${wechat.images.length} 张、标题和摘要、正文已保存到文件夹：${folder}`);
});
