/**
 * `npm run eval:import`: the plan importer measured on an annotated set — the shared seeds
 * (../shared/seeds, when present) and the plans in tests/fixtures/import-eval/, each with a
 * `.expected.yaml` of its tasks (words of the title and the period) and goals. Prints task
 * precision and recall and goal recall; exits 1 below the targets (≥ 90% each) or with `--json`
 * prints the figures for tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { importPlan, importPlans, type PlanImport, type PlanImportOptions } from '../../src/lib/plan-import.ts';
import { EVAL_TARGETS, scoreDocument, totals, type DocumentScore, type ExpectedTask } from '../../src/lib/import-eval.ts';
import { decodeText, isDecodeProblem } from '../../src/content-layer/text-decoding.ts';
import { readObservances } from '../import-common.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const evalDir = join(repoRoot, 'tests/fixtures/import-eval');
const seedDirs = [resolve(repoRoot, '../shared/seeds'), resolve(repoRoot, '../../shared/seeds')];

interface Expected {
  file?: string;
  seed?: string;
  split?: boolean;
  year: number;
  tasks?: ExpectedTask[];
  goals?: string[];
  parts?: { part: number; tasks?: ExpectedTask[]; goals?: string[] }[];
}

export function runEval(): { scores: DocumentScore[]; skipped: string[] } {
  const observances = readObservances(join(repoRoot, 'content'));
  const scores: DocumentScore[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(evalDir)
    .filter((file) => file.endsWith('.expected.yaml'))
    .sort()) {
    const expected = parseYaml(readFileSync(join(evalDir, name), 'utf8')) as Expected;
    const path = expected.seed
      ? seedDirs.map((dir) => join(dir, expected.seed!)).find((file) => existsSync(file))
      : join(evalDir, expected.file!);
    if (!path || !existsSync(path)) {
      skipped.push(expected.seed ?? expected.file ?? name);
      continue;
    }
    const decoded = decodeText(readFileSync(path), path);
    if (isDecodeProblem(decoded)) throw new Error(decoded.problem);
    const options: PlanImportOptions = {
      date: `${expected.year}-01-15`,
      unit: 'eval',
      fallbackYear: expected.year,
      year: expected.year,
      observances,
      ownNames: ['示例县'],
    };
    const label = expected.seed ?? expected.file!;
    const view = (plan: PlanImport) => ({ tasks: plan.frontmatter.tasks, goals: plan.frontmatter.goals });
    if (expected.split) {
      const { plans } = importPlans(decoded.text, options);
      for (const part of expected.parts ?? []) {
        const plan = plans[part.part - 1];
        scores.push(
          scoreDocument(`${label} 篇${part.part}`, plan ? view(plan) : { tasks: [], goals: [] }, {
            tasks: part.tasks ?? [],
            goals: part.goals ?? [],
          }),
        );
      }
    } else {
      scores.push(
        scoreDocument(label, view(importPlan(decoded.text, options)), { tasks: expected.tasks ?? [], goals: expected.goals ?? [] }),
      );
    }
  }
  return { scores, skipped };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function main(): void {
  const { scores, skipped } = runEval();
  const total = totals(scores);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...total, skipped }));
    return;
  }
  console.log('计划导入评测（npm run eval:import）\n');
  for (const score of scores) {
    console.log(
      `${score.name}：任务 ${score.pairedTasks}/${score.expectedTasks} 找到，导入 ${score.importedTasks} 项；目标 ${score.foundGoals}/${score.expectedGoals}`,
    );
    for (const task of score.missed) console.log(`    漏掉：${task.when} ${task.match}`);
    for (const task of score.extra) console.log(`    多出：${task.when} ${task.title}`);
    for (const goal of score.missedGoals) console.log(`    漏掉目标：${goal}`);
  }
  if (skipped.length) console.log(`\n跳过（找不到文件）：${skipped.join('、')}`);
  console.log(
    `\n${total.documents} 份计划：任务准确率 ${percent(total.precision)}（${total.pairedTasks}/${total.importedTasks}），` +
      `召回率 ${percent(total.recall)}（${total.pairedTasks}/${total.expectedTasks}）；目标召回率 ${percent(total.goalRecall)}（${total.foundGoals}/${total.expectedGoals}）`,
  );
  const ok = total.precision >= EVAL_TARGETS.precision && total.recall >= EVAL_TARGETS.recall;
  console.log(ok ? '达到目标（准确率、召回率都不低于 90%）。' : '没有达到目标（准确率、召回率都要不低于 90%）。');
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
