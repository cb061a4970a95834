import { describe, expect, it } from 'vitest';
import { alsoSearched, correctTypos, needsTypoCheck, planQuery, readLexicon, segmentRun } from '../../src/search/understand.ts';
import type { PinyinTable } from '../../src/search/pinyin.ts';

const lexicon = readLexicon({
  version: 1,
  words: '优待|优待金|义务兵|家庭|烈士|烈士遗属|遗属|安置|安置补助|退役|士兵|退役士兵|双拥|陵园|烈士陵园|开放时间|计划',
  synonyms: { 退伍: ['退役'], 看病: ['就医', '医疗'], 安置费: ['安置补助'] },
});

describe('query understanding', () => {
  it('cuts a query with the site’s words, not into single characters (优待金, 烈士遗属)', () => {
    expect(segmentRun('优待金', lexicon).map((p) => p.text)).toEqual(['优待金']);
    expect(segmentRun('烈士遗属优待', lexicon).map((p) => p.text)).toEqual(['烈士遗属', '优待']);
  });

  it('joins characters it does not know into one word (段简), and keeps them searchable', () => {
    const plan = planQuery('段简', lexicon);
    expect(plan.words.map((w) => [w.text, w.required, w.known])).toEqual([['段简', true, false]]);
  });

  it('drops question and filler words, and keeps them as hints for ranking', () => {
    for (const [query, words, dropped] of [
      ['优待金多少钱', ['优待金'], ['多少钱']],
      ['烈士陵园在哪', ['烈士陵园'], ['在哪']],
      ['双拥是什么意思', ['双拥'], ['是什么意思']],
      ['退役士兵怎么安置', ['退役士兵', '安置'], ['怎么']],
    ] as const) {
      const plan = planQuery(query, lexicon);
      expect(
        plan.words.map((w) => w.text),
        query,
      ).toEqual(words);
      expect(plan.dropped, query).toEqual(dropped);
    }
    expect(planQuery('烈士陵园在哪', lexicon).hints).toContain('地址');
    expect(planQuery('双拥是什么意思', lexicon).hints).toContain('含义');
  });

  it('turns 今年 into the year, as a hint', () => {
    const plan = planQuery('今年双拥计划', lexicon, 2026);
    expect(plan.words.map((w) => w.text)).toEqual(['双拥', '计划']);
    expect(plan.hints).toEqual(['2026年']);
  });

  it('words saying who asks (儿子, 家里) rank pages but need not be on them; 多少钱 prefers policies', () => {
    const plan = planQuery(
      '儿子当兵家里有补贴吗',
      readLexicon({ version: 1, words: '优待金', synonyms: { 当兵: ['义务兵'], 补贴: ['优待金'] } }),
    );
    expect(plan.words.map((w) => [w.text, w.required])).toEqual([
      ['儿子', false],
      ['当兵', true],
      ['家里', false],
      ['补贴', true],
    ]);
    expect(planQuery('优待金多少钱', lexicon).sections).toEqual(['政策解读']);
  });

  it('a query of filler words only is searched as typed', () => {
    expect(planQuery('什么', lexicon).words.map((w) => w.text)).toEqual(['什么']);
  });

  it('adds the site’s words for residents’ words, and reports them', () => {
    const plan = planQuery('退伍安置费', lexicon);
    expect(plan.words.map((w) => [w.text, w.alternatives.map((a) => a.text)])).toEqual([
      ['退伍', ['退伍', '退役']],
      ['安置费', ['安置费', '安置补助']],
    ]);
    expect(alsoSearched(plan)).toEqual(['退役', '安置补助']);
  });

  it('a stray unknown character beside known words does not have to be on the page', () => {
    expect(planQuery('安置用途', lexicon).words.map((w) => [w.text, w.required])).toEqual([
      ['安置', true],
      ['用途', true],
    ]);
    const stray = planQuery('安置费', readLexicon({ version: 1, words: '安置', synonyms: {} }));
    expect(stray.words.map((w) => [w.text, w.required])).toEqual([
      ['安置', true],
      ['费', false],
    ]);
  });

  it('corrects typos through pinyin, gluing a stray character to its neighbour (优待|经 → 优待金)', () => {
    const table: PinyinTable = {
      readings: { you: '优', dai: '待', jin: '金经', lie: '烈', shi: '士', lin: '林陵', yuan: '园' },
    };
    const plan = planQuery('优待经', lexicon);
    expect(needsTypoCheck(plan)).toBe(true);
    const fixed = correctTypos(plan, table, lexicon);
    expect(fixed.words.map((w) => [w.text, w.alternatives.map((a) => a.text)])).toEqual([['优待经', ['优待经', '优待金']]]);
    const place = correctTypos(planQuery('烈士林园', lexicon), table, lexicon);
    expect(place.words.map((w) => w.alternatives.map((a) => a.text))).toEqual([['烈士'], ['林园', '陵园']]);
    expect(needsTypoCheck(planQuery('优待金', lexicon))).toBe(false);
  });
});

describe('a query with nothing required', () => {
  it('is searched as typed when only stray characters and fillers are left (没有生: 没 有 生)', () => {
    const plan = planQuery('没有生', lexicon);
    expect(plan.words.filter((w) => w.required).map((w) => w.text)).toEqual(['没有生']);
  });
  it('a query with a site word keeps its required words as they were', () => {
    expect(
      planQuery('优待金多少钱', lexicon)
        .words.filter((w) => w.required)
        .map((w) => w.text),
    ).toEqual(['优待金']);
  });
});
