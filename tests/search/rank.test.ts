import { describe, expect, it } from 'vitest';
import {
  containsAll,
  escapeHtml,
  findAll,
  matchTier,
  mergeAnyOf,
  orderByTier,
  proximity,
  verbatimExcerpt,
  wordsExcerpt,
} from '../../src/search/rank.ts';

const page = (title: string, content: string) => ({ title, content });

describe('findAll and containsAll', () => {
  it('finds a query across spaces, zero-width spaces and punctuation, in code points of the text', () => {
    const text = '义务兵家庭\u200B优待\u200B金，优待金';
    expect(findAll(text, '优待金')).toEqual([
      [6, 10],
      [11, 14],
    ]);
    expect(containsAll('退役士兵 接收安置', ['退役士兵', '安置'])).toBe(true);
    expect(containsAll('退役士兵', ['安置'])).toBe(false);
  });
  it('compares full-width and half-width forms alike', () => {
    expect(containsAll('标准为２４０００元', ['24000'])).toBe(true);
  });
});

describe('matchTier', () => {
  it('ranks title, then text, then every word, then the rest', () => {
    expect(matchTier(page('义务兵家庭优待金发放标准', ''), '优待金')).toBe(0);
    expect(matchTier(page('政策', '家庭优待金每年发放'), '优待金')).toBe(1);
    expect(matchTier(page('立功奖励', '荣立三等功的，奖励500元'), '三等功奖励')).toBe(2);
    expect(matchTier(page('其他', '段落简单'), '段简')).toBe(3);
  });
});

describe('orderByTier', () => {
  it('keeps Pagefind order within a tier, newest first among title matches', () => {
    const items = [
      { id: 'a', tier: 1, rank: 0, date: '2026-01-01' },
      { id: 'old', tier: 0, rank: 1, date: '2023-12-20' },
      { id: 'b', tier: 3, rank: 2 },
      { id: 'new', tier: 0, rank: 3, date: '2025-12-18' },
      { id: 'c', tier: 1, rank: 4, date: '2020-01-01' },
    ];
    expect(orderByTier(items).map((i) => i.id)).toEqual(['new', 'old', 'a', 'c', 'b']);
  });
});

describe('proximity', () => {
  it('counts the most match positions within a window', () => {
    expect(proximity([3, 40, 41, 42, 90], 3)).toBe(3);
    expect(proximity([1, 10, 20], 3)).toBe(1);
    expect(proximity([], 3)).toBe(0);
    expect(proximity([5, 5, 6], 1)).toBe(2);
  });
});

describe('mergeAnyOf', () => {
  it('puts pages found by more searches first, then by summed score', () => {
    const merged = mergeAnyOf([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 5 },
      ],
      [
        { id: 'b', score: 1 },
        { id: 'c', score: 9 },
      ],
      [{ id: 'a', score: 1 }],
    ]);
    expect(merged.map((hit) => hit.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('verbatimExcerpt', () => {
  const text =
    '示例县义务兵家庭优待金发放标准\u200B. 自2026年1月1日起，义务兵家庭优待金基本标准提高到每人每年24000元，大学生义务兵另有加发。';
  it('cuts around the first occurrence after the title and marks every occurrence', () => {
    const excerpt = verbatimExcerpt(text, '优待金', { radius: 10, skip: '示例县义务兵家庭优待金发放标准' })!;
    expect(excerpt).toBe('…月1日起，义务兵家庭<mark>优待金</mark>基本标准提高到每人每…');
  });
  it('skips the title also when a short line opens the page above it (the site and section name)', () => {
    const page = `示例县双拥宣传站 · 政策解读. ${text}`;
    const excerpt = verbatimExcerpt(page, '优待金', { radius: 10, skip: '示例县义务兵家庭优待金发放标准' })!;
    expect(excerpt).toBe('…月1日起，义务兵家庭<mark>优待金</mark>基本标准提高到每人每…');
  });
  it('starts at the beginning of the sentence or block when it is within reach', () => {
    const blocks = '发布单位：示例县退役军人事务局. 自2026年1月1日起，家庭优待金基本标准提高到每人每年24000元。';
    expect(verbatimExcerpt(blocks, '优待金', { radius: 20 })).toBe(
      '自2026年1月1日起，家庭<mark>优待金</mark>基本标准提高到每人每年24000元。',
    );
  });
  it('keeps the page punctuation as written (no NFKC in the output)', () => {
    expect(verbatimExcerpt('标准（2026年起执行）：优待金', '优待金', { radius: 20 })).toBe('标准（2026年起执行）：<mark>优待金</mark>');
  });
  it('escapes HTML in the page text', () => {
    expect(verbatimExcerpt('<b>优待金</b> & 标准', '优待金')).toBe('&lt;b&gt;<mark>优待金</mark>&lt;/b&gt; &amp; 标准');
  });
  it('returns undefined when the text does not hold every part', () => {
    expect(verbatimExcerpt(text, '优待金 三等功')).toBeUndefined();
  });
  it('for a partial match, cuts around the first word the text holds and marks each', () => {
    expect(wordsExcerpt('介绍退役士兵的接收安置办法。', ['退役', '怎么', '安置'])).toBe(
      '介绍<mark>退役</mark>士兵的接收<mark>安置</mark>办法。',
    );
    expect(wordsExcerpt('无关内容', ['退役'])).toBeUndefined();
  });
  it('escapeHtml covers quotes', () => {
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});
