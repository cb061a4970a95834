/**
 * npm run export:portal — the package for a county portal that imports files into its 双拥 专栏:
 *
 *   门户导出/manifest.json                        every entry's metadata, 政务公开 fields and photos
 *   门户导出/entries/<栏目>/<id>.html              one HTML fragment per entry (the full article)
 *   门户导出/images/<栏目>/<id>/01.jpg …           its photos, which the fragment points to
 *   门户导出/说明.txt                              what is where, in Chinese
 *
 * Made from the built site (dist/staff/export/), so it holds exactly what the site publishes.
 *
 *   npm run export:portal
 *   npm run export:portal -- --out /path/to/文件夹
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fail, parseCommandLine, runCli, shown } from './cli.ts';
import { openBuiltSite } from './export/built-site.ts';
import { portalEntry, PORTAL_FORMAT, type PortalManifest } from '../src/lib/channels/export.ts';
import { formatFeedDate } from '../src/lib/feed-dates.ts';

const USAGE = `用法：npm run export:portal [-- --out 文件夹] [--dist 网站文件夹]
  默认导出到 门户导出/；先运行 npm run build。`;

const README = `双拥宣传站 门户专栏导出包

manifest.json  全部内容的清单：标题、摘要、栏目、发布和更新时间（北京时间）、发布单位、标签、
               政务公开信息（索引号、发文机关、发布日期、有效性等，有的才写）、正文文件和图片。
entries/       每篇内容一个 HTML 片段（不含标题，标题在清单里），按栏目分文件夹。
images/        正文用到的图片，片段里的图片地址指向这里（相对地址）。

门户网站导入时：按 manifest.json 的 entries 逐条建立文章，标题、摘要、时间取清单里的字段，
正文取 html 指向的文件，图片按 images 里的 file 一并上传。每条的 url 是本站原文地址，可作来源链接。
`;

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
  if (positionals.length) fail(`这条命令不需要写内容 id，它导出全部已发布内容。\n\n${USAGE}`);
  const site = openBuiltSite(values.dist);
  const out = resolve(values.out ?? '门户导出');
  if (existsSync(out) && readdirSync(out).length > 0) {
    const manifest = join(out, 'manifest.json');
    const ours = existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { format?: string }).format === PORTAL_FORMAT;
    if (!ours) fail(`文件夹 ${shown(out)} 里已经有别的文件。请换一个空文件夹（--out 文件夹），或先把它清空。`);
    for (const name of ['entries', 'images', 'manifest.json', '说明.txt']) rmSync(join(out, name), { recursive: true, force: true });
  }
  const manifest: PortalManifest = {
    format: PORTAL_FORMAT,
    site: site.index.site,
    baseUrl: site.index.baseUrl,
    generated: formatFeedDate(new Date(), 'iso8601'),
    entries: [],
  };
  let photos = 0;
  for (const listed of site.index.entries) {
    const { entry, fragment } = portalEntry(site.record(listed.collection, listed.id).article);
    mkdirSync(dirname(join(out, entry.html)), { recursive: true });
    writeFileSync(join(out, entry.html), `${fragment}\n`);
    for (const image of entry.images) {
      mkdirSync(dirname(join(out, image.file)), { recursive: true });
      copyFileSync(site.fileOf(image.url), join(out, image.file));
      photos += 1;
    }
    manifest.entries.push(entry);
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, '说明.txt'), README);
  if (site.stale) console.error(site.stale);
  console.error(`门户导出包已生成：${manifest.entries.length} 篇内容、${photos} 张图片，在文件夹 ${shown(out)}`);
});
