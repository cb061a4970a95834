import { describe, expect, it } from 'vitest';
import { hanRunsOf, sampleSubstrings, seededRandom } from '../../src/search/sample.ts';

describe('sampleSubstrings', () => {
  const blocks = ['义务兵家庭优待金发放标准', '2026年起执行', '退役士兵接收安置'];
  it('takes substrings of each length from inside one run, never across blocks', () => {
    const samples = sampleSubstrings('/p/', blocks, { perLength: 5, seed: 3 });
    const text = blocks.join('|');
    expect(samples.length).toBeGreaterThan(5);
    for (const sample of samples) {
      expect(sample.url).toBe('/p/');
      expect([2, 3, 4]).toContain([...sample.query].length);
      expect(text.includes(sample.query)).toBe(true);
      expect(/^\p{Script=Han}+$/u.test(sample.query)).toBe(true);
    }
  });
  it('is reproducible', () => {
    expect(sampleSubstrings('/p/', blocks, { seed: 9 })).toEqual(sampleSubstrings('/p/', blocks, { seed: 9 }));
  });
  it('skips lengths that do not fit', () => {
    expect(sampleSubstrings('/p/', ['年起'], { lengths: [2, 3] }).map((s) => s.query)).toEqual(['年起']);
  });
  it('hanRunsOf splits on anything that is not Chinese', () => {
    expect(hanRunsOf(['2026年起执行', 'a优待b'])).toEqual(['年起执行', '优待']);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
});
