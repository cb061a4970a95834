/**
 * `npm run new` — create a new content entry, interactively or from flags.
 *
 *   npm run new                                   (asks questions)
 *   npm run new -- report --title "县双拥办开展八一走访慰问活动" --date 2026-08-01 --unit xian-shuangyongban
 *
 * The text comes from src/lib/scaffold.ts; this file only reads units/plans, asks, and writes.
 * The content root is SITE_CONTENT_DIR or ./content.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as p from '@clack/prompts';
import {
  AUDIENCES,
  CASE_CATEGORIES,
  COLLECTION_LABELS,
  COLLECTIONS,
  EDUCATION_KINDS,
  PLAN_KINDS,
  POLICY_CATEGORIES,
  REPORT_TYPES,
  STAGES,
  type CollectionName,
} from '../src/model/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import {
  nextSteps,
  resolveCollection,
  scaffoldEntry,
  unitError,
  validateScaffoldOptions,
  type ScaffoldOptions,
  unitRefs,
  type UnitRef,
} from '../src/lib/scaffold.ts';
import { listEntries, readContentFile, readDataFile } from '../src/content-layer/read-content.ts';
import { isIsoDate, todayIso } from '../src/model/dates.ts';
import { fail, parseCommandLine, runCli, shown } from './cli.ts';

const USAGE = `用法：
  npm run new                      一步一步提问，适合第一次使用
  npm run new -- <栏目> --title "标题" --unit <单位id> [其他选项]

栏目（英文或中文都可以）：
  report  / 报道        活动报道（会建一个文件夹，照片放在里面）
  plan    / 计划        工作计划、实施方案、工作总结
  case    / 典型        双拥典型（也是文件夹）
  policy  / 政策        政策解读
  lesson  / 国防教育    国防教育课程、活动、竞赛、教育基地

选项：
  --title "……"        标题（必填）
  --date 2026-08-01    日期（报道写活动日期），默认今天
  --unit <id>          发布单位，content/units.yaml 里的 id（必填）
  --type 走访慰问       报道的活动类型：${REPORT_TYPES.join('、')}
  --location "……"     报道的活动地点
  --units a,b          报道的其他参与单位、典型涉及的单位 id（多个用逗号隔开）
  --plan <计划文件名> --task <任务id>   报道完成的是哪个计划里的哪项任务
  --observance <id>    报道对应的纪念日（content/observances.yaml 里的 id）
  --category 类别       典型：${CASE_CATEGORIES.join('、')}
                       政策：${POLICY_CATEGORIES.join('、')}
  --kind 类别           计划：${PLAN_KINDS.join('、')}；国防教育：${EDUCATION_KINDS.join('、')}
  --audience a,b       政策的适用对象：${AUDIENCES.join('、')}
  --stages a,b         国防教育的学段：${STAGES.join('、')}
  --name "……"         典型的人物姓名或单位全称
  --year 2026          计划的年度，默认取日期的年份
  --author "……"       作者
  --slug <文件名>       自己指定文件名（只用小写字母、数字和连字符）
  --dry-run            只显示将要生成的内容，不创建文件
  --help               显示这段说明`;

function splitList(values: string[] | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  const items = values.flatMap((value) => value.split(/[,，、\s]+/)).filter(Boolean);
  return items.length ? items : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the content folder

function readUnits(root: string): UnitRef[] {
  const units = readDataFile(root, 'units', process.cwd());
  if (units.problems[0]?.code === 'missing-file') fail(`找不到单位名单 ${units.file}。请先在这个文件里登记发布单位，再新建内容。`);
  return unitRefs(units.data);
}

interface PlanTaskRef {
  id: string;
  title: string;
}

/** The plans of the content folder with their tasks, read through the content reader. */
function readPlans(root: string): Map<string, PlanTaskRef[]> {
  const plans = new Map<string, PlanTaskRef[]>();
  for (const { id, path } of listEntries(root, 'plans')) {
    const data = readContentFile('plans', id, path, process.cwd()).data as { tasks?: unknown } | undefined;
    const tasks = Array.isArray(data?.tasks) ? (data.tasks as unknown[]) : [];
    plans.set(
      id,
      tasks.flatMap((task) =>
        task && typeof task === 'object' && 'id' in task && typeof task.id === 'string'
          ? [{ id: task.id, title: 'title' in task && typeof task.title === 'string' ? task.title : '' }]
          : [],
      ),
    );
  }
  return plans;
}

function observanceIds(root: string): string[] | undefined {
  const observances = readDataFile(root, 'observances', process.cwd());
  if (observances.problems[0]?.code === 'missing-file') return undefined;
  return unitRefs(observances.data).map((entry) => entry.id);
}

/** Check the references in the options against the content folder. */
function checkReferences(root: string, options: ScaffoldOptions, units: UnitRef[]): void {
  const problems: string[] = [];
  const unit = unitError(options.unit, units, '发布单位');
  if (unit) problems.push(unit);
  for (const other of options.units ?? []) {
    const error = unitError(other, units, '参与单位');
    if (error) problems.push(error);
  }
  if (options.plan) {
    const plans = readPlans(root);
    const tasks = plans.get(options.plan);
    if (!tasks) {
      problems.push(
        `计划“${options.plan}”不存在。content/plans/ 里现有的计划：\n${[...plans.keys()].map((plan) => `  ${plan}`).join('\n') || '  （还没有计划）'}`,
      );
    } else if (options.task) {
      if (!tasks.some((task) => task.id === options.task)) {
        problems.push(
          `计划“${options.plan}”里没有任务“${options.task}”。这个计划的任务有：\n${tasks.map((task) => `  ${task.id}  ${task.title}`).join('\n') || '  （这个计划还没有任务）'}`,
        );
      }
    }
  }
  if (options.observance) {
    const ids = observanceIds(root);
    if (ids && !ids.includes(options.observance)) {
      problems.push(`纪念日“${options.observance}”不在 content/observances.yaml 里。可以用的有：${ids.join('、')}`);
    }
  }
  if (problems.length) fail(problems.join('\n\n'));
}

// ---------------------------------------------------------------------------------------------
// Interactive questions

function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('已取消，没有创建任何文件。');
    process.exit(0);
  }
  return value as Exclude<T, symbol>;
}

async function ask(root: string, preset: Partial<ScaffoldOptions>, units: UnitRef[]): Promise<ScaffoldOptions> {
  p.intro('新建内容');
  const collection =
    preset.collection ??
    answered(
      await p.select<CollectionName>({
        message: '要新建哪一类内容？',
        options: COLLECTIONS.map((value) => ({ value, label: COLLECTION_LABELS[value], hint: value })),
      }),
    );
  const title =
    preset.title ??
    answered(
      await p.text({
        message: '标题',
        placeholder: '例如：县双拥办开展“八一”走访慰问活动',
        validate: (value) => (value?.trim() ? undefined : '标题不能为空'),
      }),
    ).trim();
  const date =
    preset.date ??
    answered(
      await p.text({
        message: collection === 'reports' ? '活动日期（年-月-日）' : '发布日期（年-月-日）',
        initialValue: todayIso(),
        validate: (value) => (value && isIsoDate(value.trim()) ? undefined : '请按“年-月-日”写，例如 2026-08-01'),
      }),
    ).trim();
  if (!units.length) fail('content/units.yaml 里还没有单位，请先登记发布单位。');
  const unit =
    preset.unit ??
    answered(
      await p.select<string>({
        message: '发布单位',
        options: units.map((entry) => ({ value: entry.id, label: entry.name || entry.id, hint: entry.id })),
      }),
    );
  const options: ScaffoldOptions = { ...preset, collection, title, date, unit };
  const pick = async (message: string, values: readonly string[]) =>
    answered(await p.select<string>({ message, options: values.map((value) => ({ value, label: value })) }));
  const pickMany = async (message: string, values: readonly string[]) =>
    answered(
      await p.multiselect<string>({
        message: `${message}（空格键选择，回车确认）`,
        options: values.map((value) => ({ value, label: value })),
        required: true,
      }),
    );

  if (collection === 'reports') {
    options.type ??= await pick('活动类型', REPORT_TYPES);
    if (!options.location) {
      const location = answered(await p.text({ message: '活动地点（可以以后再填）', placeholder: '例如：县人武部' })).trim();
      if (location) options.location = location;
    }
    const planTasks = readPlans(root);
    const plans = [...planTasks.keys()];
    if (!options.plan && plans.length) {
      const plan = answered(
        await p.select<string>({
          message: '这次活动是哪个计划里的任务？',
          options: [{ value: '', label: '不属于任何计划' }, ...plans.map((value) => ({ value, label: value }))],
        }),
      );
      if (plan) {
        options.plan = plan;
        const tasks = planTasks.get(plan) ?? [];
        if (tasks.length) {
          const task = answered(
            await p.select<string>({
              message: '是其中哪一项任务？',
              options: [
                { value: '', label: '不确定，先不填' },
                ...tasks.map((entry) => ({ value: entry.id, label: `${entry.id} ${entry.title}` })),
              ],
            }),
          );
          if (task) options.task = task;
        }
      }
    }
  } else if (collection === 'cases') {
    options.category ??= await pick('典型类别', CASE_CATEGORIES);
    if (!options.name) {
      const name = answered(await p.text({ message: '人物姓名或单位全称（可以以后再填）' })).trim();
      if (name) options.name = name;
    }
  } else if (collection === 'policies') {
    options.category ??= await pick('政策类别', POLICY_CATEGORIES);
    options.audience ??= await pickMany('适用对象', AUDIENCES);
  } else if (collection === 'plans') {
    options.kind ??= await pick('计划类别', PLAN_KINDS);
  } else if (collection === 'education') {
    options.kind ??= await pick('国防教育类别', EDUCATION_KINDS);
    options.stages ??= await pickMany('学段', STAGES);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      title: { type: 'string' },
      date: { type: 'string' },
      unit: { type: 'string' },
      type: { type: 'string' },
      category: { type: 'string' },
      kind: { type: 'string' },
      audience: { type: 'string', multiple: true },
      stages: { type: 'string', multiple: true },
      plan: { type: 'string' },
      task: { type: 'string' },
      observance: { type: 'string' },
      location: { type: 'string' },
      units: { type: 'string', multiple: true },
      name: { type: 'string' },
      year: { type: 'string' },
      author: { type: 'string' },
      slug: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 1) fail(`只能写一个栏目，收到了：${positionals.join(' ')}。标题里有空格时请用引号把标题包起来。\n\n${USAGE}`);
  let collection: CollectionName | undefined;
  if (positionals[0]) {
    collection = resolveCollection(positionals[0]);
    if (!collection)
      fail(`不认识的栏目“${positionals[0]}”。可以写：report（报道）、plan（计划）、case（典型）、policy（政策）、lesson（国防教育）。`);
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year)) fail(`年度“${values.year}”不对，请写四位数字年份，例如 2026`);
  }
  const given: { [K in keyof ScaffoldOptions]?: ScaffoldOptions[K] | undefined } = {
    collection,
    title: values.title?.trim(),
    date: values.date?.trim(),
    unit: values.unit?.trim(),
    type: values.type,
    category: values.category,
    kind: values.kind,
    audience: splitList(values.audience),
    stages: splitList(values.stages),
    plan: values.plan,
    task: values.task,
    observance: values.observance,
    location: values.location?.trim() || undefined,
    units: splitList(values.units),
    name: values.name?.trim() || undefined,
    year,
    author: values.author?.trim() || undefined,
    slug: values.slug,
  };
  // Only the options given: a key present but undefined would hide ask()'s questions and defaults.
  const preset = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<ScaffoldOptions>;

  const root = contentRoot();
  const units = readUnits(root);
  let options: ScaffoldOptions;
  const interactive = preset.title === undefined && process.stdin.isTTY && process.stdout.isTTY;
  if (interactive) {
    options = await ask(root, preset, units);
  } else {
    const missing: string[] = [];
    if (!preset.collection) missing.push('栏目（例如 report）');
    if (!preset.title) missing.push('标题 --title "……"');
    if (!preset.unit) missing.push(`发布单位 --unit（可以用：${units.map((unit) => unit.id).join('、') || 'units.yaml 里还没有单位'}）`);
    if (missing.length) fail(`缺少：${missing.join('；')}。\n\n${USAGE}`);
    options = { date: todayIso(), ...preset } as ScaffoldOptions;
  }

  const problems = validateScaffoldOptions(options);
  if (problems.length) fail(problems.join('\n'));
  checkReferences(root, options, units);

  const result = scaffoldEntry({ published: todayIso(), ...options });
  const file = join(root, ...result.relativePath.split('/'));
  const contentDir = shown(root);
  if (values['dry-run']) {
    console.log(`（试运行，没有创建文件）将会创建：${shown(file)}\n`);
    console.log(result.text);
    return;
  }
  if (existsSync(file)) {
    fail(`${shown(file)} 已经存在，不会覆盖它。\n如果这是另一篇内容，请换一个标题，或者用 --slug 指定别的文件名。`);
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, result.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') fail(`${shown(file)} 已经存在，不会覆盖它。`);
    throw error;
  }
  const steps = nextSteps(result, contentDir).map((step, index) => `  ${index + 1}. ${step}`);
  const message = [
    `已创建：${shown(file)}`,
    ...(result.photoFolder ? [`照片文件夹：${contentDir}/${result.photoFolder}/`] : []),
    '',
    '接下来：',
    ...steps,
  ].join('\n');
  if (interactive) p.outro(message);
  else console.log(message);
}

runCli(main);
