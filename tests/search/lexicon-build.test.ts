import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  dictionaryWords,
  frequentPhrases,
  lexiconFile,
  wordCuts,
  type LexiconDoc,
} from '../../src/search/lexicon-build.ts';
import { planQuery, readLexicon } from '../../src/search/understand.ts';

const doc = (body: string, title = '示例'): LexiconDoc => ({ title, texts: [], terms: [], body });

describe('the phrases the site repeats', () => {
  // 学生参观 and 学生参加 on every page: 学生参 is as frequent as either, and no longer phrase
  // accounts for most of it, but it cuts 参观 and 参加 in two: not a phrase of the site.
  const docs = [
    doc('组织学生参观烈士陵园，学生参加祭扫，学生参观后写下感想。'),
    doc('学校安排学生参观国防教育馆，学生参加讲解，学生参观时认真听讲。'),
    doc('暑假里学生参观军营，学生参加军训，学生参观了内务。'),
  ];

  it('are cut where the dictionary segmenter cuts words, not across two words', () => {
    const phrases = frequentPhrases(docs);
    expect(phrases).toEqual(expect.arrayContaining(['学生参观', '学生参加']));
    expect(phrases).not.toContain('学生参');
    expect(phrases).not.toContain('生参观');
  });

  it('word cuts are character positions, the end of the run included', () => {
    const cuts = wordCuts([...'学生参观军营']);
    expect(cuts.has(0)).toBe(true);
    expect(cuts.has(2)).toBe(true);
    expect(cuts.has(3)).toBe(false);
    expect(cuts.has(6)).toBe(true);
  });

  it('so a query is not cut across its words by such a string (学生参|加 …)', () => {
    const lexicon = readLexicon(lexiconFile(buildVocabulary(docs), {}));
    const words = planQuery('学生参加军训', lexicon, 2026).words.map((word) => word.text);
    expect(words).not.toContain('学生参');
    expect(words[0]).toBe('学生参加');
  });
});

describe('everyday words the site uses once', () => {
  // 演练 is on one page only: not a frequent phrase, but a word all the same.
  const docs = [doc('九月全县开展防空疏散演练，学生有序撤离。'), doc('县人武部组织民兵训练。', '民兵训练')];

  it('come from the dictionary segmenter, with the page count of the same sample', () => {
    expect(dictionaryWords(docs)).toEqual(expect.arrayContaining(['演练', '学生', '民兵']));
    expect(dictionaryWords(docs, { minPages: 2 })).not.toContain('演练');
    expect(frequentPhrases(docs)).not.toContain('演练');
  });

  it('keep a query from gluing the characters around a known word into a non-word', () => {
    const lexicon = readLexicon(lexiconFile(buildVocabulary(docs), {}));
    const words = planQuery('防空演练用了多长时间', lexicon, 2026).words.map((word) => word.text);
    expect(words).toContain('演练');
    expect(words.some((word) => word.includes('演练') && word !== '演练')).toBe(false);
  });

  it('but a relative year stays a year, not a word to search (今年双拥计划)', () => {
    const vocabulary = buildVocabulary([doc('今年双拥工作计划已经印发。今年还要开展走访。')]);
    expect(vocabulary).not.toContain('今年');
    const plan = planQuery('今年双拥计划', readLexicon(lexiconFile(vocabulary, {})), 2026);
    expect(plan.hints).toContain('2026年');
  });
});

describe('filler words', () => {
  it('到底 and 究竟 are dropped from a question, like 是啥意思', () => {
    const lexicon = readLexicon(lexiconFile(['双拥'], {}));
    const plan = planQuery('双拥到底是啥意思', lexicon, 2026);
    expect(plan.words.map((word) => word.text)).toEqual(['双拥']);
    expect(plan.dropped).toEqual(expect.arrayContaining(['到底']));
    expect(planQuery('双拥究竟是什么', lexicon, 2026).words.map((word) => word.text)).toEqual(['双拥']);
  });

  it('什么地方 asks where, like 在哪: dropped, and pages with an address come first', () => {
    const lexicon = readLexicon(lexiconFile(['国防教育馆', '地方'], {}));
    const plan = planQuery('国防教育馆在什么地方', lexicon, 2026);
    expect(plan.words.map((word) => word.text)).toEqual(['国防教育馆']);
    expect(plan.hints).toEqual(['地址']);
  });
});
