import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/model/index.ts';
import { MAX_SLUG_LENGTH, reportFileSlug, slugify, slugWords, uniqueSlug } from '../../src/lib/slug.ts';
import { isIsoDate } from '../../src/model/dates.ts';

describe('slugify', () => {
  it('turns a Chinese title into toneless, hyphen-joined pinyin words', () => {
    expect(slugify('八一走访慰问')).toBe('bayi-zoufang-weiwen');
    expect(slugify('县双拥办开展“八一”走访慰问活动')).toBe('xian-shuangyongban-kaizhan-bayi-zoufang-weiwen');
    expect(slugify('重阳节军民联谊')).toBe('chongyangjie-junmin-lianyi');
  });
  it('keeps ASCII words and digits, lowercased, and drops 年 after a number', () => {
    expect(slugify('2026年双拥工作计划')).toBe('2026-shuangyong-gongzuo-jihua');
    expect(slugify('ABC 测试 V2')).toBe('abc-ceshi-v2');
    expect(slugify('Hello World')).toBe('hello-world');
  });
  it('writes ü as v so the result stays ASCII', () => {
    expect(slugify('女兵绿色军营')).toBe('nvbing-lvse-junying');
  });
  it('limits words and length and always matches the id pattern', () => {
    const long = '关于进一步做好新时代退役军人和其他优抚对象优待工作的实施意见及配套措施说明';
    expect(slugWords(long).length).toBeGreaterThan(6);
    expect(slugify(long).split('-')).toHaveLength(6);
    expect(slugify(long, 3).split('-')).toHaveLength(3);
    expect(slugify(long, 100).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    for (const title of [long, '八一', '《军人抚恤优待条例》解读（2024版）', '“最美退役军人”——韩立新', 'Ａｂｃ１２３']) {
      const slug = slugify(title);
      expect(slug, title).toMatch(ID_PATTERN);
      expect(slug, title).toMatch(/^[\x20-\x7e]+$/);
      expect(slug).not.toMatch(/--|-$/);
    }
  });
  it('cuts a single very long ASCII word to the maximum length', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(MAX_SLUG_LENGTH);
  });
  it('returns an empty string when there is nothing to spell', () => {
    expect(slugify('！！？？——')).toBe('');
    expect(slugify('')).toBe('');
  });
});

describe('reportFileSlug', () => {
  it('puts the activity date first', () => {
    expect(reportFileSlug('2026-08-01', '八一走访慰问驻地部队官兵')).toBe('2026-08-01-bayi-zoufang-weiwen-zhudi-budui-guanbing');
    expect(reportFileSlug('2026-08-01', '！！')).toBe('2026-08-01');
  });
  it('refuses a date that is not YYYY-MM-DD or does not exist, in Chinese', () => {
    expect(() => reportFileSlug('2026-8-1', '标题')).toThrow(/年-月-日/);
    expect(() => reportFileSlug('2026-02-30', '标题')).toThrow(/年-月-日/);
  });
  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3 … and remembers what it handed out', () => {
    const taken = new Set(['bayi-weiwen']);
    expect(uniqueSlug('chongyang', taken)).toBe('chongyang');
    expect(uniqueSlug('bayi-weiwen', taken)).toBe('bayi-weiwen-2');
    expect(uniqueSlug('bayi-weiwen', taken)).toBe('bayi-weiwen-3');
    expect(taken.has('bayi-weiwen-3')).toBe(true);
  });
  it('never returns an empty slug', () => {
    expect(uniqueSlug('', new Set())).toMatch(ID_PATTERN);
  });
});
