/**
 * Scoring of the search evaluation (scripts/dev/eval-search.ts): graded queries, the result URLs a
 * search showed, and the usual measures. Pure functions.
 */

export interface EvalQuery {
  q: string;
  who: '居民' | '教师' | '工作人员';
  kind: string;
  /** The right answers (grade 2): hit@k counts only these. Empty: the site cannot answer it. */
  answers: string[];
  /** Also useful pages (grade 1), for nDCG. */
  related?: string[];
}

export interface EvalRun {
  query: EvalQuery;
  /** Result URLs in display order. */
  urls: string[];
  /** Whether the results page presented them as found (ours: data-mode="all"; plain Pagefind: any result). */
  found: boolean;
}

export interface EvalScores {
  queries: number;
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit3: number;
  mrr: number;
  ndcg5: number;
  /** Answerable queries with no result at all. */
  zeroResults: number;
  /** Unanswerable queries presented as found. */
  unanswerableFound: number;
}

export function grade(query: EvalQuery, url: string): 0 | 1 | 2 {
  if (query.answers.includes(url)) return 2;
  if (query.related?.includes(url)) return 1;
  return 0;
}

/** Position (0-based) of the first right answer, or -1. */
export function firstAnswer(run: EvalRun): number {
  return run.urls.findIndex((url) => run.query.answers.includes(url));
}

/** nDCG@k with gains 2^grade − 1, against the ideal order of the query's graded pages. */
export function ndcg(run: EvalRun, k = 5): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const seen = new Set<string>();
  const got = run.urls.map((url) => {
    if (seen.has(url)) return 0;
    seen.add(url);
    return grade(run.query, url);
  });
  const ideal = [...run.query.answers.map(() => 2), ...(run.query.related ?? []).map(() => 1)];
  const best = dcg(ideal);
  return best > 0 ? dcg(got) / best : 0;
}

export function scoreRuns(runs: EvalRun[]): EvalScores {
  const answerable = runs.filter((run) => run.query.answers.length > 0);
  const unanswerable = runs.filter((run) => run.query.answers.length === 0);
  const share = (list: EvalRun[], test: (run: EvalRun) => boolean) => (list.length ? list.filter(test).length / list.length : 0);
  const mean = (list: EvalRun[], value: (run: EvalRun) => number) =>
    list.length ? list.reduce((sum, run) => sum + value(run), 0) / list.length : 0;
  return {
    queries: runs.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hit1: share(answerable, (run) => firstAnswer(run) === 0),
    hit3: share(answerable, (run) => firstAnswer(run) >= 0 && firstAnswer(run) < 3),
    mrr: mean(answerable, (run) => (firstAnswer(run) >= 0 ? 1 / (firstAnswer(run) + 1) : 0)),
    ndcg5: mean(answerable, (run) => ndcg(run, 5)),
    zeroResults: answerable.filter((run) => run.urls.length === 0).length,
    unanswerableFound: unanswerable.filter((run) => run.found && run.urls.length > 0).length,
  };
}

/** Median and 90th percentile (nearest rank) of a list of numbers. */
export function percentiles(values: number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 };
}
