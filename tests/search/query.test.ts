import { describe, expect, it } from 'vitest';
import {
  MAX_PAIRS,
  MAX_QUERY_LENGTH,
  compact,
  coveringPairs,
  hanRuns,
  normalizeQuery,
  pagefindTerms,
  queryParts,
  queryWords,
  relaxQuery,
  type Segmenter,
} from '../../src/search/query.ts';

/** A fixed segmenter, so the tests do not depend on the ICU data of the machine. */
const words =
  (dictionary: string[]): Segmenter =>
  (text) => {
    const out: string[] = [];
    let i = 0;
    const chars = [...text];
    for (let char = chars[i]; char !== undefined; char = chars[i]) {
      if (!/[\p{L}\p{N}]/u.test(char)) {
        i++;
        continue;
      }
      const hit = dictionary.filter((w) => chars.slice(i, i + [...w].length).join('') === w).sort((a, b) => b.length - a.length)[0];
      if (hit) {
        out.push(hit);
        i += [...hit].length;
        continue;
      }
      const latin = /^[a-z0-9]+/i.exec(chars.slice(i).join(''))?.[0];
      if (latin) {
        out.push(latin);
        i += latin.length;
        continue;
      }
      out.push(char);
      i++;
    }
    return out;
  };

describe('normalizeQuery', () => {
  it('turns full-width letters, digits and spaces half-width and collapses whitespace', () => {
    expect(normalizeQuery('  优待金\u3000２０２６  ')).toBe('优待金 2026');
    expect(normalizeQuery('退役\t\n士兵')).toBe('退役 士兵');
  });
  it('cuts a pasted paragraph', () => {
    expect([...normalizeQuery('拥'.repeat(200))].length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('compact and queryParts', () => {
  it('keeps letters and digits only, lower case, no zero-width spaces', () => {
    expect(compact('《军人抚恤优待条例》 第\u200B四十五条')).toBe('军人抚恤优待条例第四十五条');
    expect(compact('ABC-12')).toBe('abc12');
  });
  it('splits on spaces and drops empty parts', () => {
    expect(queryParts('优待金  “标准”')).toEqual(['优待金', '标准']);
    expect(queryParts('，。')).toEqual([]);
  });
});

describe('coveringPairs', () => {
  it('covers a run with character pairs, the last pair closing an odd length', () => {
    expect(coveringPairs('优待金')).toEqual(['优待', '待金']);
    expect(coveringPairs('清明祭扫')).toEqual(['清明', '祭扫']);
    expect(coveringPairs('三等功奖励')).toEqual(['三等', '功奖', '奖励']);
    expect(coveringPairs('退役士兵安置')).toEqual(['退役', '士兵', '安置']);
  });
  it('keeps one character and two characters as they are', () => {
    expect(coveringPairs('军')).toEqual(['军']);
    expect(coveringPairs('双拥')).toEqual(['双拥']);
  });
  it('keeps at most MAX_PAIRS pairs for a long run, from its start to its end', () => {
    const pairs = coveringPairs('中华人民共和国兵役法');
    expect(pairs).toHaveLength(MAX_PAIRS);
    expect(pairs[0]).toBe('中华');
    expect(pairs.at(-1)).toBe('役法');
  });
});

describe('pagefindTerms', () => {
  it('sends Chinese as covering pairs and keeps letters and digits as words', () => {
    expect(pagefindTerms('优待金')).toBe('优待 待金');
    expect(pagefindTerms('2026年 优待金')).toBe('2026 年 优待 待金');
    expect(pagefindTerms('ICP备案')).toBe('icp 备案');
  });
  it('drops punctuation and repeated terms', () => {
    expect(pagefindTerms('“双拥”、双拥')).toBe('双拥');
  });
});

describe('queryWords', () => {
  const segment = words(['三等', '奖励', '退役', '士兵', '安置', '怎么']);
  it('joins what the segmenter left as single characters back into the word the reader meant', () => {
    expect(queryWords('优待金', segment)).toEqual(['优待金']);
    expect(queryWords('段简', segment)).toEqual(['段简']);
    expect(queryWords('三等功奖励', segment)).toEqual(['三等', '功', '奖励']);
  });
});

describe('relaxQuery', () => {
  const segment = words(['退役', '士兵', '安置', '怎么', '存在']);
  it('searches each word of two or more characters on its own', () => {
    expect(relaxQuery('退役士兵怎么安置', segment)).toEqual(['退役', '士兵', '怎么', '安置']);
  });
  it('does nothing when the words are single characters or the query itself', () => {
    expect(relaxQuery('段简', segment)).toEqual([]);
    expect(relaxQuery('退役', segment)).toEqual([]);
  });
  it('works with the browser segmenter too', () => {
    expect(relaxQuery('退役士兵怎么安置').length).toBeGreaterThan(1);
  });
});

describe('hanRuns', () => {
  it('finds runs of Chinese characters', () => {
    expect(hanRuns('2026年优待金：24000元/年')).toEqual(['年优待金', '元', '年']);
  });
});

describe('intlSegmenter without Intl.Segmenter', () => {
  it('falls back to single Chinese characters and whole Latin words', async () => {
    const { intlSegmenter } = await import('../../src/search/query.ts');
    const intl = Intl as unknown as Record<string, unknown>;
    const saved = intl.Segmenter;
    try {
      delete intl.Segmenter; // an old browser
      expect(intlSegmenter('优待ICP2026')).toEqual(['优', '待', 'ICP2026']);
      expect(queryWords('优待金 ICP')).toEqual(['优待金', 'icp']);
    } finally {
      intl.Segmenter = saved;
    }
  });
});
