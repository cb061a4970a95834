/**
 * `npm run import:report -- 报道.docx [--unit id] [--title "……"] [--date 2026-08-01] [--out <folder>] [--dry-run]`
 *
 * Turns a 活动报道 written in Word (.docx, also saved by WPS) or saved as text into a report entry
 * in content/reports/<日期-标题拼音>/index.mdx, with the document's photos saved next to it
 * (re-encoded, metadata stripped) and listed in its gallery. The conversion is src/lib/report-import.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { todayIso } from '../src/model/dates.ts';
import { formatWarning } from '../src/lib/plan-import.ts';
import { importReport } from '../src/lib/report-import.ts';
import { isIsoDate } from '../src/model/dates.ts';
import { fail, importSource, parseCommandLine, runCli, shown } from './cli.ts';
import { publishingUnit, readSource, savePhoto, siteOwnNames } from './import-common.ts';

const USAGE = `用法：
  npm run import:report -- <报道.docx 或 报道.txt> [选项]

把用 Word/WPS 写好的活动报道导入成网站上的一篇报道；文档里的照片会存进报道的文件夹，放进 gallery。
旧版的 .doc、.wps 请先“另存为” .docx。

选项：
  --unit <id>        发布单位，content/units.yaml 里的 id（不写就先用名单里的第一个，并标“待确认”）
  --title "……"      用这个标题代替原文第一行
  --date 2026-08-01  正文没写日期时用的日期（默认今天，会标“待确认”）
  --out <文件夹>     写到哪个文件夹，默认 content/reports/<日期-标题拼音>/
  --dry-run          只显示结果，不写文件
  --help             显示这段说明`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      unit: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const input = importSource(positionals, '报道文件', USAGE);
  const date = values.date ?? todayIso();
  if (!isIsoDate(date)) fail(`日期“${date}”不对，请按“年-月-日”写，例如 2026-08-01。`);

  const root = contentRoot();
  const { units, unit, unitGuessed } = publishingUnit(root, values.unit);

  const source = positionals[0]!.replace(/^.*[\\/]/, '');
  const { text, note, rich, photos, images } = await readSource(input, positionals[0]!);
  const report = importReport(text, {
    date,
    published: todayIso(),
    unit,
    unitGuessed,
    title: values.title?.trim() || undefined,
    source,
    ownNames: siteOwnNames(root, units),
    photos,
    ...(rich ? { rich, keepLines: true } : {}),
  });
  const folder = values.out ? resolve(values.out) : join(root, 'reports', report.slug);
  const target = join(folder, 'index.mdx');
  if (existsSync(target) && !values['dry-run']) {
    fail(`${shown(target)} 已经存在，不会覆盖它（一个文件都没有写）。如果要重新导入，请先删掉旧文件夹，或者用 --out 指定别的文件夹。`);
  }
  if (note) console.log(`${note}\n`);
  if (values['dry-run']) {
    console.log(`=== 将会创建：${shown(target)} ===\n${report.mdx}`);
  } else {
    mkdirSync(folder, { recursive: true });
    writeFileSync(target, report.mdx, { encoding: 'utf8', flag: 'wx' });
    for (const photo of photos) await savePhoto(images[photo.image]!.data, join(folder, photo.file));
  }
  console.log(
    `${values['dry-run'] ? '将创建' : '已创建'}：${shown(target)}\n` +
      `  标题：${report.title}；活动日期：${report.date}；类型：${report.type}；${photos.length} 张照片${photos.length ? `（${photos.map((photo) => photo.file).join('、')}，已去掉拍摄地点等元数据）` : ''}`,
  );
  console.log('  需要注意：');
  report.warnings.forEach((warning, index) => console.log(`    ${index + 1}. ${formatWarning(warning).replace(/\n/g, '\n    ')}`));
  console.log(
    [
      '',
      '接下来：',
      '  1. 打开新文件，核对标题、日期、类型和地点，把【请填写：…】换成实际内容。',
      '  2. 在 gallery 里给每张照片写一句话的说明（alt），替换“【请填写：照片说明】”。',
      '  3. 运行 npm run check:content，按提示改到没有错误为止（在那之前不能发布）。',
      '  4. 运行 npm run dev 预览，没问题后 git add、git commit、git push。',
    ].join('\n'),
  );
}

runCli(main);
