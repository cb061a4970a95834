/**
 * The plan importer's evaluation (`npm run eval:import`) stays at or above its targets, and the
 * scoring itself counts what it says it counts.
 */
import { describe, expect, it } from 'vitest';
import { EVAL_TARGETS, scoreDocument, totals } from '../../src/lib/import-eval.ts';
import { runEval } from '../../scripts/dev/eval-import.ts';

describe('scoring', () => {
  it('pairs a task only when every word of the title is there and the period is the same, each once', () => {
    const score = scoreDocument(
      'x',
      {
        tasks: [
          { title: '春节前走访慰问驻县部队', when: '2026-02' },
          { title: '春节前走访慰问驻县部队', when: '2026-01' },
          { title: '召开座谈会', when: '2026-08' },
        ],
        goals: ['建成三级服务网络'],
      },
      {
        tasks: [
          { match: '走访慰问 驻县部队', when: '2026-02' },
          { match: '走访慰问 驻县部队', when: '2026-02' },
          { match: '座谈会', when: '2026-07~2026-08' },
        ],
        goals: ['三级服务网络', '典型'],
      },
    );
    expect(score).toMatchObject({ pairedTasks: 1, importedTasks: 3, expectedTasks: 3, foundGoals: 1, expectedGoals: 2 });
    const total = totals([score]);
    expect(total.precision).toBeCloseTo(1 / 3);
    expect(total.recall).toBeCloseTo(1 / 3);
    expect(total.goalRecall).toBeCloseTo(1 / 2);
  });
});

describe('npm run eval:import', () => {
  const { scores, skipped } = runEval();
  const total = totals(scores);
  it('covers the shared seeds and at least six plans of our own', () => {
    expect(skipped).toEqual([]);
    expect(scores.filter((score) => score.name.startsWith('ev-')).length).toBeGreaterThanOrEqual(6);
    expect(scores.some((score) => score.name.startsWith('county-implementation-plans.txt'))).toBe(true);
    expect(scores.some((score) => score.name.startsWith('county-experience-and-suggestions.txt'))).toBe(true);
    expect(total.expectedTasks).toBeGreaterThan(60);
  });
  it(`reaches ≥ ${EVAL_TARGETS.precision * 100}% task precision and ≥ ${EVAL_TARGETS.recall * 100}% recall, and ≥ 90% goal recall`, () => {
    expect(
      total.precision,
      JSON.stringify(scores.filter((score) => score.extra.length).map((score) => [score.name, score.extra])),
    ).toBeGreaterThanOrEqual(EVAL_TARGETS.precision);
    expect(
      total.recall,
      JSON.stringify(scores.filter((score) => score.missed.length).map((score) => [score.name, score.missed])),
    ).toBeGreaterThanOrEqual(EVAL_TARGETS.recall);
    expect(total.goalRecall).toBeGreaterThanOrEqual(0.9);
  });
});
