import { describe, expect, it } from 'vitest';
import { ndcg, percentiles, scoreRuns, type EvalQuery, type EvalRun } from '../../src/search/eval.ts';

const q = (text: string, answers: string[], related: string[] = []): EvalQuery => ({
  q: text,
  who: '居民',
  kind: '关键词',
  answers,
  related,
});

describe('search evaluation scores', () => {
  it('hit@1, hit@3, MRR over answerable queries; zero results; unanswerable presented as found', () => {
    const runs: EvalRun[] = [
      { query: q('a', ['/a/']), urls: ['/a/', '/b/'], found: true },
      { query: q('b', ['/b/']), urls: ['/x/', '/y/', '/b/'], found: true },
      { query: q('c', ['/c/']), urls: [], found: false },
      { query: q('d', ['/d/']), urls: ['/x/', '/y/', '/z/', '/d/'], found: false },
      { query: q('none1', []), urls: ['/x/'], found: true },
      { query: q('none2', []), urls: ['/x/'], found: false },
    ];
    const scores = scoreRuns(runs);
    expect(scores).toMatchObject({ queries: 6, answerable: 4, unanswerable: 2, zeroResults: 1, unanswerableFound: 1 });
    expect(scores.hit1).toBe(0.25);
    expect(scores.hit3).toBe(0.5);
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 0 + 1 / 4) / 4);
  });

  it('nDCG@5 is 1 for the ideal order, less when a related page comes first', () => {
    const query = q('x', ['/a/'], ['/b/']);
    expect(ndcg({ query, urls: ['/a/', '/b/'], found: true })).toBe(1);
    const swapped = ndcg({ query, urls: ['/b/', '/a/'], found: true });
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0.5);
    expect(ndcg({ query, urls: ['/z/'], found: true })).toBe(0);
    expect(ndcg({ query, urls: ['/a/', '/a/'], found: true })).toBeLessThanOrEqual(1);
  });

  it('percentiles: median and p90 by nearest rank', () => {
    expect(percentiles([5, 1, 4, 2, 3, 6, 7, 8, 9, 10])).toEqual({ median: 5, p90: 9, max: 10 });
  });
});
