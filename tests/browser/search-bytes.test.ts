/**
 * The first search's downloads on the built demo site stay within the budget of issue #20
 * (≤ 150 KB gzip, everything the search fetches: its script, Pagefind, WebAssembly, index metadata
 * and chunks, result fragments, vocabulary and typo shards), for the hardest queries of the search
 * evaluation: every typo (they fetch the sound shards and search again) and the longest questions
 * (the most words, synonyms and index chunks). The 2,000-page site is measured by
 * scripts/dev/bench-search.ts (BENCHMARKS.md).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpRoot } from '../helpers/build-site.ts';
import { FIRST_QUERY_BUDGET, measureFirstQueries } from '../../scripts/dev/bench-search.ts';
import { loadQueries } from '../../scripts/dev/eval-search.ts';

const dist = join(tmpRoot, 'demo', 'dist');
const skip = Boolean(process.env.TEST_SKIP_DEMO);

/** Every typo of the evaluation, and its 16 longest other queries. */
function hardQueries(): string[] {
  const queries = loadQueries();
  const typos = queries.filter((query) => query.kind === '错别字').map((query) => String(query.q));
  const longest = queries
    .filter((query) => query.kind !== '错别字')
    .map((query) => String(query.q)) // YAML reads 21600 as a number
    .sort((a, b) => [...b].length - [...a].length || a.localeCompare(b))
    .slice(0, 16);
  return [...typos, ...longest];
}

describe.skipIf(skip)('first-search downloads on the demo site', () => {
  it('every typo and the longest questions of the evaluation fetch ≤ 150 KB gzip, results included', async () => {
    const queries = hardQueries();
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const measured = await measureFirstQueries(dist, queries);
    expect(measured.map((q) => q.query)).toEqual(queries);
    for (const q of measured) {
      // What is counted is what a search needs: it cannot pass by measuring nothing.
      expect(q.byKind['WebAssembly']?.count, q.query).toBe(1);
      expect(q.byKind['索引元数据 meta']?.count, q.query).toBeGreaterThanOrEqual(1);
      expect(q.byKind['搜索词表 lexicon']?.count, q.query).toBeGreaterThanOrEqual(1);
      if (q.results > 0) expect(q.byKind['结果片段 fragment']?.count, q.query).toBeGreaterThanOrEqual(1);
    }
    const over = measured.filter((q) => q.gzip > FIRST_QUERY_BUDGET).map((q) => `${q.query} ${(q.gzip / 1024).toFixed(1)} KB`);
    expect(over, '超出 150 KB 的查询').toEqual([]);
    // The typo shards are fetched only where a word is unknown, not for every query.
    expect(measured.filter((q) => q.byKind['拼音纠错 sounds']).length).toBeLessThan(measured.length);
  }, 300_000);
});
