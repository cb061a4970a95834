/**
 * The search evaluation (npm run eval:search) on the built demo site, in Chromium: 130 graded
 * queries written as residents, teachers and staff type them. Fails when search falls below the
 * targets of issue #20: hit@1 ≥ 90%, hit@3 ≥ 97%, every answerable query has results, no
 * unanswerable query is presented as found. Plain Pagefind on the same index is measured beside it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpRoot } from '../helpers/build-site.ts';
import { evaluateSearch, formatMisses, loadQueries, TARGETS } from '../../scripts/dev/eval-search.ts';

const dist = join(tmpRoot, 'demo', 'dist');
const skip = Boolean(process.env.TEST_SKIP_DEMO);

describe.skipIf(skip)('search evaluation on the demo site', () => {
  it('the query set is what the issue asks for: ≥ 100 queries, 15 or more unanswerable, three kinds of users', () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(100);
    expect(queries.filter((q) => q.answers.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(new Set(queries.map((q) => q.who))).toEqual(new Set(['居民', '教师', '工作人员']));
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });

  it('meets the targets, and beats plain Pagefind on the same index', async () => {
    const result = await evaluateSearch({ dist });
    const misses = formatMisses(result);
    expect(result.ours.hit1, misses).toBeGreaterThanOrEqual(TARGETS.hit1);
    expect(result.ours.hit3, misses).toBeGreaterThanOrEqual(TARGETS.hit3);
    expect(result.ours.zeroResults, misses).toBe(TARGETS.zeroResults);
    expect(result.ours.unanswerableFound, misses).toBe(TARGETS.unanswerableFound);
    expect(result.ours.mrr).toBeGreaterThan(result.baseline.mrr);
    expect(result.ours.ndcg5).toBeGreaterThan(result.baseline.ndcg5);
  }, 600_000);
});
