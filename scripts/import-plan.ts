/**
 * `npm run import:plan -- 计划.txt [--year 2026] [--unit id] [--out content/plans/x.mdx] [--split]`
 *
 * Turns a plan saved as plain text into an MDX plan in content/plans/. The conversion is in
 * src/lib/plan-import.ts; this file reads the text (src/lib/text-decoding.ts), checks the unit, writes the
 * files (never over an existing one) and prints, in Chinese, everything that needs a human look.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import {
  formatWarning,
  importPlan,
  importPlans,
  type ImportWarning,
  type PlanImport,
  type PlanImportOptions,
} from '../src/lib/plan-import.ts';
import { uniqueSlug } from '../src/lib/slug.ts';
import { isIsoDate, isYearInRange, todayIso } from '../src/model/index.ts';
import { fail, importSource, parseCommandLine, runCli, shown } from './cli.ts';
import { publishingUnit, readObservances, readSource, savePhoto, siteOwnNames, type SourcePhoto } from './import-common.ts';

const USAGE = `用法：
  npm run import:plan -- <计划.docx 或 计划.txt> [选项]

可以直接导入 Word/WPS 的 .docx 文档（自动编号、表格、加粗和照片都会保留），也可以导入纯文本 .txt
（UTF-8、GBK 或 UTF-16 编码都行）。旧版的 .doc、.wps 请先“另存为” .docx。

选项：
  --year 2026        计划的年度。原文写的是“20xx”或没写年份时，最好加上
  --unit <id>        发布单位，content/units.yaml 里的 id（不写就先用名单里的第一个，并标“待确认”）
  --title "……"      用这个标题代替原文第一行（和 --split 一起用时，各篇是“标题（篇一）”……）
  --date 2026-03-01  发布日期，默认今天
  --out <路径>       写到哪里，默认 content/plans/<年度-标题拼音>.mdx；和 --split 一起用时是文件夹
  --split            文件里有“篇一、篇二……”好几篇时，每篇导入成一份计划
  --dry-run          只显示结果，不写文件
  --help             显示这段说明`;

/** The photos of the source that fall inside a plan's lines. */
let photosOf: (plan: PlanImport) => SourcePhoto[] = () => [];

function printWarnings(warnings: ImportWarning[], indent = '  '): void {
  warnings.forEach((warning, index) => console.log(`${indent}${index + 1}. ${formatWarning(warning).replace(/\n/g, `\n${indent}`)}`));
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      year: { type: 'string' },
      unit: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      split: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const input = importSource(positionals, '文本文件', USAGE);

  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year) || !isYearInRange(Number(values.year)))
      fail(`年度“${values.year}”不对，请写四位数字年份，例如 2026。`);
    year = Number(values.year);
  }
  const date = values.date ?? todayIso();
  if (!isIsoDate(date)) fail(`日期“${date}”不对，请按“年-月-日”写，例如 2026-03-01。`);

  const root = contentRoot();
  const { units, unit, unitGuessed } = publishingUnit(root, values.unit);

  const source = positionals[0]!.replace(/^.*[\\/]/, '');
  const { text, note, rich, photos, images } = await readSource(input, positionals[0]!);
  photosOf = (plan) => photos.filter((photo) => photo.line >= plan.startLine && photo.line <= plan.endLine);
  const options: PlanImportOptions = {
    date,
    published: todayIso(),
    unit,
    unitGuessed,
    year,
    fallbackYear: Number(date.slice(0, 4)),
    title: values.title?.trim() || undefined,
    source,
    observances: readObservances(root),
    ownNames: siteOwnNames(root, units),
    ...(rich ? { rich, keepLines: true } : {}),
  };

  let plans: PlanImport[];
  const fileWarnings: ImportWarning[] = [];
  if (values.split) {
    const result = importPlans(text, options);
    plans = result.plans;
    fileWarnings.push(...result.warnings);
  } else {
    plans = [importPlan(text, options)];
  }

  // Where each plan goes. Nothing is written if any target exists.
  const taken = new Set<string>();
  const targets: string[] = [];
  if (values.out && !values.split) {
    if (extname(values.out) !== '.mdx') fail(`--out 要写一个以 .mdx 结尾的文件名，例如 content/plans/2026-shuangyong-jihua.mdx。`);
    targets.push(resolve(values.out));
  } else {
    if (values.out && extname(values.out) === '.mdx') fail('和 --split 一起用时，--out 要写一个文件夹（每篇一个文件），不是 .mdx 文件。');
    const dir = values.out ? resolve(values.out) : join(root, 'plans');
    // A plan with photos is a folder: index.mdx and its photos.
    for (const plan of plans) {
      const slug = uniqueSlug(plan.slug, taken);
      targets.push(photosOf(plan).length ? join(dir, slug, 'index.mdx') : join(dir, `${slug}.mdx`));
    }
  }
  const existing = targets.filter((target) => existsSync(target));
  if (existing.length && !values['dry-run']) {
    fail(
      `这些文件已经存在，不会覆盖它们（一个文件都没有写）：\n${existing.map((target) => `  ${shown(target)}`).join('\n')}\n` +
        '如果要重新导入，请先删掉旧文件，或者用 --out 指定别的文件名。',
    );
  }

  if (note) console.log(`${note}\n`);
  console.log(`从 ${source} 导入了 ${plans.length} 份计划${values['dry-run'] ? '（试运行，没有写文件）' : ''}：`);
  for (const [index, plan] of plans.entries()) {
    const target = targets[index]!;
    const mdx = plan.mdx;
    if (values['dry-run']) {
      console.log(`\n=== 将会创建：${shown(target)} ===\n${mdx}`);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, mdx, { encoding: 'utf8', flag: 'wx' });
      for (const photo of photosOf(plan)) await savePhoto(images[photo.image]!.data, join(dirname(target), photo.file));
    }
    const fm = plan.frontmatter;
    console.log(
      `\n${values['dry-run'] ? '将创建' : '已创建'}：${shown(target)}\n` +
        `  标题：${fm.title}；类别：${fm.kind}；年度：${fm.year}${plan.yearConfirmed ? '' : '（待确认）'}；` +
        `${fm.tasks.length} 项任务；${fm.goals.length} 个目标（原文第 ${plan.startLine}—${plan.endLine} 行）`,
    );
    for (const photo of photosOf(plan)) {
      plan.warnings.push({
        kind: 'photo',
        line: photo.line,
        message: `Word 里的第 ${photos.indexOf(photo) + 1} 张照片已保存为 ${photo.file}（重新压缩，去掉了拍摄地点、相机等元数据）。照片说明还是“【请填写：照片说明】”，请写一句话说明照片里有什么；填好之前 npm run check:content 不会通过。${photo.altText ? `Word 里这张照片的说明是“${photo.altText}”，可以参考。` : ''}`,
      });
    }
    if (plan.warnings.length) {
      console.log('  需要注意：');
      printWarnings(plan.warnings, '    ');
    }
  }
  if (fileWarnings.length) {
    console.log('\n整个文件需要注意：');
    printWarnings(fileWarnings);
  }
  console.log(
    [
      '',
      '接下来：',
      '  1. 打开新文件，对照原文核对标题、年度、目标和任务时间；把“20xx”“xx县”“___”这样的模板文字改成实际内容。',
      '  2. 核对标着“待确认”的项目，确认后删掉那条 # 待确认 注释。',
      '  3. 运行 npm run check:content，按提示改到没有错误为止（在那之前不能发布）。',
      '  4. 运行 npm run dev 预览，没问题后 git add、git commit、git push。',
    ].join('\n'),
  );
}

runCli(main);
