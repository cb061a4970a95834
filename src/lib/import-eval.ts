/**
 * Scoring the plan importer against an annotated set (`npm run eval:import`).
 *
 * Each expected task is `{ match, when }`: `match` is a few words (separated by spaces) that the
 * imported task's title must all contain, `when` its period. An imported task and an expected one
 * pair up when the title matches and the period is the same; each is used at most once.
 *   precision = paired / imported tasks,  recall = paired / expected tasks,
 *   goal recall = expected goals whose words all appear in one imported goal / expected goals.
 * Pure: the caller imports the documents.
 */

export interface ExpectedTask {
  match: string;
  when: string;
}

export interface ScoredTask {
  title: string;
  when: string;
}

export interface DocumentScore {
  name: string;
  expectedTasks: number;
  importedTasks: number;
  pairedTasks: number;
  expectedGoals: number;
  foundGoals: number;
  /** Expected tasks not found, and imported tasks not expected, for the report. */
  missed: ExpectedTask[];
  extra: ScoredTask[];
  missedGoals: string[];
}

export interface EvalTotals {
  documents: number;
  expectedTasks: number;
  importedTasks: number;
  pairedTasks: number;
  precision: number;
  recall: number;
  expectedGoals: number;
  foundGoals: number;
  goalRecall: number;
}

const norm = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
const words = (match: string) => match.split(/\s+/).map(norm).filter(Boolean);
const titleMatches = (title: string, match: string) => words(match).every((word) => norm(title).includes(word));

export function scoreDocument(
  name: string,
  imported: { tasks: ScoredTask[]; goals: string[] },
  expected: { tasks: ExpectedTask[]; goals: string[] },
): DocumentScore {
  const used = new Set<number>();
  const missed: ExpectedTask[] = [];
  for (const task of expected.tasks) {
    const index = imported.tasks.findIndex(
      (candidate, i) => !used.has(i) && candidate.when === task.when && titleMatches(candidate.title, task.match),
    );
    if (index < 0) missed.push(task);
    else used.add(index);
  }
  const missedGoals = expected.goals.filter((goal) => !imported.goals.some((found) => titleMatches(found, goal)));
  return {
    name,
    expectedTasks: expected.tasks.length,
    importedTasks: imported.tasks.length,
    pairedTasks: used.size,
    expectedGoals: expected.goals.length,
    foundGoals: expected.goals.length - missedGoals.length,
    missed,
    extra: imported.tasks.filter((_, i) => !used.has(i)),
    missedGoals,
  };
}

/** Totals over documents (micro-averaged); an empty denominator counts as 1. */
export function totals(scores: readonly DocumentScore[]): EvalTotals {
  const sum = (key: keyof DocumentScore) => scores.reduce((total, score) => total + (score[key] as number), 0);
  const expectedTasks = sum('expectedTasks');
  const importedTasks = sum('importedTasks');
  const pairedTasks = sum('pairedTasks');
  const expectedGoals = sum('expectedGoals');
  const foundGoals = sum('foundGoals');
  return {
    documents: scores.length,
    expectedTasks,
    importedTasks,
    pairedTasks,
    precision: importedTasks ? pairedTasks / importedTasks : 1,
    recall: expectedTasks ? pairedTasks / expectedTasks : 1,
    expectedGoals,
    foundGoals,
    goalRecall: expectedGoals ? foundGoals / expectedGoals : 1,
  };
}

export const EVAL_TARGETS = { precision: 0.9, recall: 0.9 } as const;
