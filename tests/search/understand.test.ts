import { describe, expect, it } from 'vitest';
import {
  addToLexicon,
  abbreviated,
  alsoSearched,
  amountDigits,
  chineseNumeral,
  chineseNumberValue,
  correctTypos,
  LEXICON_SHARDS,
  needsTypoCheck,
  planQuery,
  readLexicon,
  segmentRun,
  shardLexicon,
  shardsFor,
  lookupPlan,
  lookupShare,
  chunkWeight,
  lookupBudget,
  weighedTerms,
  lookupTerms,
  typoTexts,
  unsearchedWords,
  wordShare,
  type LexiconFile,
} from '../../src/search/understand.ts';
import { buildPinyinTable, commonTerms } from '../../src/search/lexicon-build.ts';
import { checkPage, inForceIn, onDate } from '../../src/search/order.ts';
import { soundIndex, type PinyinTable } from '../../src/search/pinyin.ts';

const file: LexiconFile = {
  version: 1,
  words: '优待|优待金|义务兵|家庭|烈士|烈士遗属|遗属|安置|安置补助|退役|士兵|退役士兵|双拥|陵园|烈士陵园|开放时间|计划',
  synonyms: { 退伍: ['退役'], 看病: ['就医', '医疗'], 安置费: ['安置补助'], etc: ['不停车收费'] },
};
const lexicon = readLexicon(file);

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
      ['烈士陵园坐几路车', ['烈士陵园'], ['坐几路车']],
    ] as const) {
      const plan = planQuery(query, lexicon);
      expect(
        plan.words.map((w) => w.text),
        query,
      ).toEqual(words);
      expect(plan.dropped, query).toEqual(dropped);
    }
    expect(planQuery('烈士陵园在哪', lexicon).hints).toContain('地址');
    expect(planQuery('烈士陵园坐几路车', lexicon).hints).toContain('公交');
    expect(planQuery('想做点生意', lexicon).dropped).toContain('想做点');
    expect(planQuery('理想信念教育', lexicon).dropped).toEqual([]); // 想 alone is not a filler
    // A yes-or-no question about a rule (还要交吗, 要不要) is answered by a policy.
    expect(planQuery('挂号还要交吗', lexicon).sections).toEqual(['政策解读']);
    expect(planQuery('双拥是什么意思', lexicon).hints).toContain('含义');
  });

  it('reads a lunar day (九月初九, 正月初一) as the festival’s, not as a month of the site’s calendar', () => {
    const festival = planQuery('九月初九重阳节慰问', lexicon);
    expect(festival.when.month).toBeUndefined();
    expect(festival.dropped).toContain('九月初九');
    expect(festival.words.map((w) => w.text).join('')).toBe('重阳节慰问');
    expect(planQuery('正月初一双拥', lexicon).dropped).toContain('正月初一');
    // 九月初 without a day is early September.
    expect(planQuery('九月初双拥', lexicon).when.month).toBe(9);
  });

  it('drops a word naming the kind of page wanted (教案, 班会用的课) and asks for lessons', () => {
    for (const query of ['双拥教案', '双拥 班会用的课', '有没有现成的双拥课件']) {
      const plan = planQuery(query, lexicon);
      expect(
        plan.words.map((w) => w.text).filter((text) => text !== '用'),
        query,
      ).toEqual(['双拥']);
      expect(plan.wants, query).toEqual(['国防教育']);
      expect(plan.wantedKinds, query).toEqual(['课程']);
      // A question word's section (有没有 → 政策解读) gives way to the section asked for.
      expect(plan.sections, query).toEqual(['国防教育']);
    }
    expect(planQuery('双拥计划', lexicon).wants).toEqual([]);
  });

  it('turns 上个月 into the month before today’s, with its year (December of last year in January)', () => {
    const plan = planQuery('上个月送棉被的稿子', lexicon, 2026, 12);
    expect(plan.when).toEqual({ year: 2026, month: 11 });
    expect(plan.dropped).toContain('上个月');
    expect(planQuery('上个月送棉被的稿子', lexicon, 2027, 1).when).toEqual({ year: 2026, month: 12 });
    // A month typed says more than a relative one.
    expect(planQuery('上个月 9月 送棉被', lexicon, 2026, 12).when.month).toBe(9);
  });

  it('turns 今年 into the year, as a hint', () => {
    const plan = planQuery('今年双拥计划', lexicon, 2026);
    expect(plan.words.map((w) => w.text)).toEqual(['双拥', '计划']);
    expect(plan.hints).toEqual(['2026年']);
  });

  it('words saying who asks (儿子, 家里, 孩子) rank pages but need not be on them; 多少钱 prefers policies', () => {
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
    // 孩子 says whose schooling is asked about; the page says 子女 or names the school stage, or neither.
    const child = planQuery(
      '孩子上学有优待吗',
      readLexicon({ version: 1, words: '优待|入学', synonyms: { 孩子: ['子女'], 上学: ['入学'] } }),
    );
    expect(child.words.map((w) => [w.text, w.required])).toEqual([
      ['孩子', false],
      ['上学', true],
      ['优待', true],
    ]);
    // Every page is the county's own: 县里 says where, not what about.
    expect(planQuery('县里烈士陵园', lexicon).words.map((w) => [w.text, w.required])).toEqual([
      ['县里', false],
      ['烈士陵园', true],
    ]);
    expect(planQuery('优待金多少钱', lexicon).sections).toEqual(['政策解读']);
  });

  it('reads a document named by its number (12号文) as the number the site writes (〔2025〕12号)', () => {
    for (const query of ['12号文冬季慰问', '12号文件 冬季慰问']) {
      expect(
        planQuery(query, readLexicon({ version: 1, words: '冬季慰问', synonyms: {} })).words.map((w) => [w.text, w.required]),
        query,
      ).toEqual([
        ['12号', true],
        ['冬季慰问', true],
      ]);
    }
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
    const sounds = soundIndex(table, lexicon.words);
    expect(typoTexts(plan)).toEqual(['经', '优待经']);
    const fixed = correctTypos(plan, sounds);
    expect(fixed.words.map((w) => [w.text, w.alternatives.map((a) => a.text)])).toEqual([['优待经', ['优待经', '优待金']]]);
    const place = correctTypos(planQuery('烈士林园', lexicon), sounds);
    expect(place.words.map((w) => w.alternatives.map((a) => a.text))).toEqual([['烈士'], ['林园', '陵园']]);
    expect(needsTypoCheck(planQuery('优待金', lexicon))).toBe(false);
  });

  it('leaves a word the site holds as typed, and fetches no sounds for it (半价 on a page is not 办结)', () => {
    const table: PinyinTable = { readings: { lie: '烈', shi: '士', lin: '林陵', yuan: '园' } };
    const sounds = soundIndex(table, lexicon.words);
    const plan = planQuery('烈士林园', lexicon);
    const onSite = (word: { text: string }) => word.text === '林园';
    expect(typoTexts(plan, onSite)).toEqual([]);
    expect(correctTypos(plan, sounds, onSite).words.map((w) => w.alternatives.map((a) => a.text))).toEqual([['烈士'], ['林园']]);
    expect(correctTypos(plan, sounds).words.map((w) => w.alternatives.map((a) => a.text))).toEqual([['烈士'], ['林园', '陵园']]);
  });
});

describe('digits and short names', () => {
  it('writes a number the way the site’s legal texts do (满18岁 → 年满十八周岁), and says so', () => {
    expect(['1', '10', '18', '20', '22', '99', '0', '100', '07'].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十八',
      '二十',
      '二十二',
      '九十九',
      undefined,
      undefined,
      undefined,
    ]);
    const plan = planQuery('满18岁当兵 18周岁', readLexicon({ version: 1, words: '当兵', synonyms: {} }));
    const digits = plan.words.find((w) => w.text === '18');
    expect(digits?.alternatives.map((a) => a.text)).toEqual(['18', '十八']);
    expect(alsoSearched(plan)).toContain('十八');
  });

  it('finds the site word a short name stands for: first and last character kept, the rest in order', () => {
    const words = ['国防教育馆', '示例县国防教育馆', '国防教育', '国防馆长', '烈士陵园', '国防科技展览馆'];
    expect(abbreviated('国防馆', words)).toEqual(['国防教育馆', '国防科技展览馆']);
    expect(abbreviated('国防教育馆', words)).toEqual([]); // 示例县国防教育馆 does not start with it
    expect(abbreviated('烈陵', words)).toEqual([]); // two characters are too few to tell
    expect(abbreviated('防教馆', words)).toEqual([]); // the first character is kept in a short name
  });

  it('corrects a short name after a known word, like a typo (国防|馆 → 国防教育馆)', () => {
    const lexicon = readLexicon({ version: 1, words: '国防|国防教育馆|预约', synonyms: {} });
    const plan = planQuery('国防馆预约', lexicon);
    expect(plan.words.map((w) => [w.text, w.required])).toEqual([
      ['国防', true],
      ['馆', false],
      ['预约', true],
    ]);
    const fixed = correctTypos(plan, soundIndex({ readings: {} }, lexicon.words), () => false, lexicon.words);
    expect(fixed.words.map((w) => [w.text, w.alternatives.map((a) => a.text), w.required])).toEqual([
      ['国防馆', ['国防馆', '国防教育馆'], true],
      ['预约', ['预约'], true],
    ]);
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

describe('the vocabulary in shards by first character', () => {
  const shards = shardLexicon(file);
  /** Only the shards a query names, as the search page fetches them. */
  const partial = (query: string) => {
    const into = readLexicon({ version: 1, words: '', synonyms: {} });
    for (const shard of shardsFor(query)) addToLexicon(into, shards[shard] ?? { version: 1, words: '', synonyms: {} });
    return into;
  };

  it('keeps every word and synonym, each in exactly one shard', () => {
    expect(shards).toHaveLength(LEXICON_SHARDS);
    const words = shards.flatMap((shard) => shard.words.split('|').filter(Boolean));
    expect(words.sort()).toEqual(file.words.split('|').sort());
    expect(Object.assign({}, ...shards.map((shard) => shard.synonyms))).toEqual(file.synonyms);
    expect(shards.filter((shard) => shard.words).length).toBeGreaterThan(3);
  });

  it('a query cut with only its shards is cut as with the whole vocabulary', () => {
    for (const query of ['烈士遗属优待', '退伍安置费', '义务兵家庭优待金多少钱', '烈士陵园开放时间', '看病', 'ETC 优待', '双拥计划']) {
      expect(planQuery(query, partial(query)), query).toEqual(planQuery(query, lexicon));
    }
  });

  it('a query’s lookup with only its shards is the lookup with the whole vocabulary, synonyms’ shares included', () => {
    const site: LexiconFile = {
      version: 1,
      words: '军人|子女|入学|孩子|当兵|退役|安置补助|教育优待',
      synonyms: { 当兵: ['军人'], 孩子: ['子女'], 上学: ['入学', '教育优待'], 退伍: ['退役'] },
      common: { 军人: 99, 子女: 42, 入学: 21, 退役: 95, 安置补助: 22, 优待: 73 },
    };
    const whole = readLexicon(site);
    const parts = shardLexicon(site);
    for (const query of ['当兵的孩子上学', '城镇户口退伍能领安置补助吗', '退伍 安置补助']) {
      const some = readLexicon({ version: 1, words: '', synonyms: {} });
      for (const shard of shardsFor(query)) addToLexicon(some, parts[shard] ?? { version: 1, words: '', synonyms: {} });
      const plan = planQuery(query, whole);
      expect(planQuery(query, some), query).toEqual(plan);
      const skip = unsearchedWords(plan, whole);
      expect(unsearchedWords(plan, some), query).toEqual(skip);
      expect(lookupPlan(plan, some, skip), query).toEqual(lookupPlan(plan, whole, skip));
    }
    // 军人 is on 99% of pages: 当兵 is not looked up, though no shard of 当兵的孩子上学 starts with 军.
    const plan = planQuery('当兵的孩子上学', whole);
    expect([...unsearchedWords(plan, whole)].map((w) => plan.words[w]?.text)).toContain('当兵');
  });

  it('a query needs only the shards of its characters', () => {
    expect(shardsFor('优待金').length).toBeLessThanOrEqual(3);
    expect(shardsFor('优待 优待')).toEqual(shardsFor('优待'));
    expect(shardsFor('')).toEqual([]);
  });
});

describe('long questions are looked up by their most distinctive words', () => {
  const docs = Array.from({ length: 40 }, (_, i) => ({
    title: `军人优待第${i}篇`,
    texts: [i % 2 ? '政策解读' : '活动报道'],
    terms: [],
    body: i === 3 ? '义务兵家庭优待金按年发放，退回的优待金' : '军人和军人家属的优待',
  }));
  const words = ['军人', '优待', '优待金', '义务兵', '家庭', '发放', '退回', '政策'];
  const common = commonTerms(docs, words);
  const withShares = readLexicon({ version: 1, words: words.join('|'), synonyms: {}, common });

  it('counts the share of pages of words and character pairs on a sample of the pages', () => {
    expect(common['军人']).toBe(100);
    expect(common['政策']).toBe(50);
    expect(common['优待金']).toBeUndefined(); // on one page of 40
    expect(wordShare('军人', withShares)).toBe(100);
    expect(wordShare('义务兵', withShares)).toBe(0);
  });

  it('leaves the commonest words out of the lookup when the question has too many terms, never the last one', () => {
    const plan = planQuery('军人义务兵家庭优待金退回政策', withShares);
    const skip = unsearchedWords(plan, withShares);
    const skipped = [...skip].map((w) => plan.words[w]?.text);
    expect(skipped).toContain('军人');
    expect(skipped).not.toContain('义务兵');
    expect(skipped).not.toContain('退回');
    // Short questions are looked up whole…
    expect(unsearchedWords(planQuery('义务兵退回', withShares), withShares).size).toBe(0);
    // One word is always looked up, however common.
    expect(unsearchedWords(planQuery('军人', withShares), withShares, 0).size).toBe(0);
  });

  it('never looks up a word on nearly every page while another word is looked up, by itself or by a synonym', () => {
    const skipped = (query: string, site = withShares) => {
      const plan = planQuery(query, site);
      return [...unsearchedWords(plan, site)].map((w) => plan.words[w]?.text);
    };
    expect(skipped('军人义务兵')).toEqual(['军人']); // 军人 is on every page: 2 terms, within the budget
    expect(skipped('义务兵政策')).toEqual([]); // 政策 is on half the pages: it still tells them apart
    const withSynonym = readLexicon({ version: 1, words: words.join('|'), synonyms: { 当兵: ['军人'] }, common });
    const plan = planQuery('当兵 义务兵', withSynonym);
    expect(lookupShare(plan.words[0]!, withSynonym)).toBe(100); // 当兵 is on no page, its synonym on all
    expect(skipped('当兵 义务兵', withSynonym)).toEqual(['当兵']);
    // Both on every page: one of them is still looked up.
    expect(skipped('军人优待')).toHaveLength(1);
  });

  it('looks a word up by its rarer pairs, or by its rarest when all are common', () => {
    expect(lookupTerms('优待金', withShares)).toBe('待金'); // 优待 is on every page
    expect(lookupTerms('军人政策', withShares)).toBe('政策'); // both common: 军人 100%, 政策 50%
    expect(lookupTerms('义务兵', withShares)).toBe('义务 务兵');
    expect(lookupTerms('优待金', lexicon)).toBe('优待 待金'); // no shares known: every pair
    // A word on many pages has no rare pair, even when its pairs' own shares are not known.
    const commonWord = readLexicon({ version: 1, words: '义务兵', synonyms: {}, common: { 义务兵: 68 } });
    expect(lookupTerms('义务兵', commonWord)).toBe('义务');
  });
});

describe('the lookup budget counts index chunks, and a term on most pages of a large site weighs several', () => {
  const large = (pages: number) =>
    readLexicon({ version: 1, words: '军人|入学|补助|补贴', synonyms: { 补贴: ['补助'] }, common: { 军人: 99, 补助: 42 }, pages });

  it('weighs a term by the pages holding it', () => {
    expect(chunkWeight(99, 49)).toBe(1); // the demo: every term is one chunk
    expect(chunkWeight(99, 2000)).toBeCloseTo(3.6, 1);
    expect(chunkWeight(5, 2000)).toBe(1);
    expect(weighedTerms('军人', large(2000)).get('军人')).toBeCloseTo(3.6, 1);
    expect(shardLexicon({ version: 1, words: '军人', synonyms: {}, pages: 2000 }).every((shard) => shard.pages === 2000)).toBe(true);
  });

  it('gives a small site a larger budget: its index metadata is smaller', () => {
    expect(lookupBudget(large(2000))).toBe(3);
    expect(lookupBudget(large(5000))).toBe(3);
    expect(lookupBudget(large(1500))).toBe(4);
    expect(lookupBudget(large(1000))).toBe(7);
    expect(lookupBudget(large(49))).toBe(8);
    expect(lookupBudget(readLexicon({ version: 1, words: '', synonyms: {} }))).toBe(3); // page count unknown
  });

  it('fits fewer alternatives on a large site than on a small one', () => {
    const looked = (pages: number) => {
      const site = large(pages);
      const plan = planQuery('入学补贴', site);
      return lookupPlan(plan, site, new Set()).flat().filter(Boolean);
    };
    expect(looked(49)).toEqual(['入学', '补贴', '补助']);
    // 补助 is on 42% of 6,000 pages: 4.6 chunks by itself, over the budget beside the two words.
    expect(looked(6000)).toEqual(['入学', '补贴']);
  });
});

describe('synonyms count against the lookup budget', () => {
  const site = readLexicon({
    version: 1,
    words: '入伍|义务兵|补助|入学|优待|退役|安置补助|士兵',
    synonyms: { 当兵: ['入伍', '参军', '义务兵'], 补贴: ['补助'], 上学: ['入学'], 退伍: ['退役'] },
  });

  it('looks each word up once first, by the site’s word when residents’ words are not on the site (当兵 → 入伍)', () => {
    const plan = planQuery('当兵上学的补贴', site);
    const chosen = lookupPlan(plan, site, new Set());
    const looked = plan.words.map((word, w) => word.alternatives.filter((_, a) => chosen[w]?.[a]).map((a) => a.text));
    expect(plan.words.map((word) => word.text)).toEqual(['当兵', '上学', '补贴']);
    // Three site words, one pair each: the budget of three terms (a site of unknown size counts as a large one) is full.
    expect(looked).toEqual([['入伍'], ['入学'], ['补助']]);
    const terms = new Set(chosen.flat().flatMap((t) => (t ? t.split(' ') : [])));
    expect(terms.size).toBeLessThanOrEqual(3);
  });

  it('looks each word up by one term only when the words alone are over the budget (a long question of words the site lacks)', () => {
    const large = readLexicon({ version: 1, words: '防寒服', synonyms: {}, common: { 部队: 30 }, pages: 2000 });
    const looked = (query: string) => lookupPlan(planQuery(query, large), large, new Set()).map((row) => row[0]);
    // One unknown word: both its pairs, within the budget of three chunks.
    expect(looked('送棉被')).toEqual(['送棉 棉被']);
    // Three of them, six pairs: one term each, the site's word 防寒服 by a pair the vocabulary holds or its first.
    const terms = looked('送棉被 防寒服 发大衣');
    expect(
      terms.every((term) => term !== undefined && !term.includes(' ')),
      terms.join('|'),
    ).toBe(true);
    expect(terms).toHaveLength(3);
  });

  it('keeps the typed word first when the site uses it, and every word is looked up even over the budget', () => {
    const plan = planQuery('退役士兵安置补助', site);
    const chosen = lookupPlan(plan, site, new Set(), 1);
    plan.words.forEach((word, w) => expect(chosen[w]?.[0], word.text).toBeTruthy());
    // 退伍 is not a site word: 退役 is looked up for it, 退伍 only while the budget lasts.
    const veteran = planQuery('退伍', site);
    expect(lookupPlan(veteran, site, new Set())[0]).toEqual(['退伍', '退役']);
    expect(lookupPlan(veteran, site, new Set(), 1)[0]).toEqual([undefined, '退役']);
  });

  it('looks nothing up for a word left out of the lookup', () => {
    const plan = planQuery('退伍 优待', site);
    expect(lookupPlan(plan, site, new Set([0]))[0]).toEqual([undefined, undefined]);
    expect(lookupPlan(plan, site, new Set([0]))[1]).toEqual(['优待']);
  });
});

describe('amounts, months and typos glued to a stray character', () => {
  const words = '退伍|退役|安置|安置补助|现役|征兵|表彰|优待金|标准|国防教育|国防教育馆|开门|创业|随军家属';
  const site = readLexicon({ version: 1, words, synonyms: {} });
  const sounds = soundIndex(buildPinyinTable(words.split('|')), site.words);

  it('searches an amount typed with 万 or 千 as the digits the site writes (1万 → 10000, 五千块 → 5000)', () => {
    expect([amountDigits('1', '万'), amountDigits('2.4', '万'), amountDigits('五', '千'), amountDigits('两', '万')]).toEqual([
      '10000',
      '24000',
      '5000',
      '20000',
    ]);
    // Said the short way: 一万五 is 15000, 两千四 2400; 一万五千 is two amounts, not 一万五 and a stray 千.
    expect(
      planQuery('安置补助一万五', site, 2026)
        .words.at(-1)
        ?.alternatives.map((a) => a.text),
    ).toEqual(['一万五', '15000']);
    expect(planQuery('补两千四百', site, 2026).words.map((w) => w.text)).not.toContain('两千四');
    expect(
      planQuery('补助1万5', site, 2026)
        .words.at(-1)
        ?.alternatives.map((a) => a.text),
    ).toEqual(['1万5', '15000']);
    const plan = planQuery('随军家属创业补五千块', site, 2026);
    const amount = plan.words.find((w) => w.text === '五千');
    expect(amount?.alternatives.map((a) => a.text)).toEqual(['五千', '5000']);
    expect(amount?.required).toBe(true);
    // Digits are words of the index as they stand: the amount is looked up by them first.
    const lookups = lookupPlan(planQuery('安置补助1万', site, 2026), site, new Set());
    expect(lookups[1]?.[1]).toBe('10000');
    // 五千年 is a span of time, not an amount.
    expect(planQuery('五千年', site, 2026).words.map((w) => w.alternatives.map((a) => a.text))).not.toContainEqual(['五千', '5000']);
  });

  it('takes a month (and day) as when, not as words to search; a year typed in digits stays a word', () => {
    const december = planQuery('去年12月表彰', site, 2026);
    expect(december.words.map((w) => w.text)).toEqual(['表彰']);
    expect(december.when).toEqual({ year: 2025, month: 12 });
    expect(planQuery('表彰 9月30', site, 2026).when).toEqual({ month: 9, day: 30 });
    const year = planQuery('2024年优待金标准', site, 2026);
    expect(year.words.map((w) => w.text)).toContain('2024');
    expect(year.when).toEqual({ year: 2024 }); // no month: it ranks policies by the year, not pages by their date
  });

  it('reads dates said in Chinese numerals (八月一号, 十二月二十六日, 七月底), but not 八一 or a month without 月', () => {
    const bayi = planQuery('八月一号建军节 小学班会', site, 2026);
    expect(bayi.when).toEqual({ month: 8, day: 1 });
    expect(bayi.dropped).toContain('八月一号');
    expect(bayi.words.map((w) => w.text).join('')).not.toMatch(/[月号]/);
    expect(planQuery('去年十二月二十六日表彰', site, 2026).when).toEqual({ year: 2025, month: 12, day: 26 });
    expect(planQuery('七月底发大水', site, 2026).when).toEqual({ month: 7 });
    expect(planQuery('十月三十一日', site, 2026).when).toEqual({ month: 10, day: 31 });
    expect(planQuery('八一建军节', site, 2026).when).toEqual({});
    expect(['一', '九', '十', '十一', '二十', '二十三', '三十一'].map(chineseNumberValue)).toEqual([1, 9, 10, 11, 20, 23, 31]);
  });

  it('takes one character against a number as its unit, ranked but not looked up (2026年12号, 满18岁)', () => {
    const plan = planQuery('2026年12号', site, 2026);
    expect(plan.words.filter((w) => w.required).map((w) => w.text)).toEqual(['2026', '12']);
    expect(plan.words.filter((w) => !w.required).map((w) => w.text)).toEqual(['年', '号']);
    // Alone, the character is what is searched.
    expect(
      planQuery('号', site, 2026)
        .words.filter((w) => w.required)
        .map((w) => w.text),
    ).toEqual(['号']);
  });

  it('ranks the page of the month named first, and a page that neither is of it nor names it never matches every word', () => {
    const plan = planQuery('去年12月表彰', site, 2026);
    const page = (date: string, content: string) => checkPage({ content, meta: { title: '表彰会', date } }, plan);
    const ofDecember = page('2025-12-26', '全县表彰先进。');
    const ofAugust = page('2025-08-20', '全县表彰先进。');
    const namesDecember = page('2025-08-20', '12月将召开表彰会。');
    expect(ofDecember.held).toBeGreaterThan(ofAugust.held);
    expect(ofAugust.tier).toBe(6);
    expect(namesDecember.tier).toBeLessThan(6);
    // 2月 is not named by a page that says 12月.
    const february = planQuery('表彰 2月', site, 2026);
    expect(checkPage({ content: '12月将召开表彰会。', meta: { title: '表彰会', date: '2025-08-20' } }, february).tier).toBe(6);
    expect(checkPage({ content: '2月将召开表彰会。', meta: { title: '表彰会', date: '2025-08-20' } }, february).tier).toBeLessThan(6);
    expect(onDate('2025-12-26', { year: 2024, month: 12 })).toBe(false);
    expect(onDate('2025-12-26', { year: 2025 })).toBe(false); // a year alone says what a page is about
  });

  it('corrects a typo glued to a stray character (安至费 → 安至 → 安置), but only to a word sharing a character with it', () => {
    const plan = planQuery('退伍安至费', site, 2026);
    expect(plan.words.map((w) => w.text)).toEqual(['退伍', '安至费']);
    expect(typoTexts(plan)).toContain('安至');
    const fixed = correctTypos(plan, sounds, () => false, site.words);
    expect(fixed.words.map((w) => [w.text, w.alternatives.map((a) => a.text), w.required])).toEqual([
      ['退伍', ['退伍'], true],
      ['安至', ['安至', '安置'], true],
      ['费', ['费'], false],
    ]);
    // 县一 sounds like 现役 but shares no character with it: 县一中 is not a typo of 现役.
    const school = correctTypos(planQuery('县一中征兵', site, 2026), sounds, () => false, site.words);
    expect(alsoSearched(school)).not.toContain('现役');
  });

  it('tries a stray character glued to its neighbour even though some page holds it (官 of 官兵)', () => {
    const plan = planQuery('国防教育官开门', site, 2026);
    expect(plan.words.map((w) => [w.text, w.required])).toEqual([
      ['国防教育', true],
      ['官', false],
      ['开门', true],
    ]);
    const onEveryPage = () => true;
    expect(needsTypoCheck(plan, onEveryPage)).toBe(true);
    const fixed = correctTypos(plan, sounds, onEveryPage, site.words);
    expect(alsoSearched(fixed)).toContain('国防教育馆');
  });

  it('drops 那篇 from a staff member’s query (春节慰问那篇)', () => {
    expect(planQuery('春节慰问那篇', site, 2026).dropped).toContain('那篇');
  });
});

describe('a question about a past year', () => {
  const site = readLexicon({ version: 1, words: '优待金|标准', synonyms: {} });

  it('knows the year it asks about, relative or typed (去年, 2025年), and still searches a typed year', () => {
    expect(planQuery('去年的优待金按多少算', site, 2026).when.year).toBe(2025);
    const typed = planQuery('2025年的优待金标准', site, 2026);
    expect(typed.when.year).toBe(2025);
    expect(typed.words.map((w) => w.text)).toContain('2025');
    expect(planQuery('优待金 2025', site, 2026).when.year).toBeUndefined(); // a number, not said to be a year
  });

  it('ranks the policy in force that year as current, and today’s policy, not yet in force then, after it', () => {
    expect(inForceIn('2024-01-01/2025-12-31', 2025)).toBe(true);
    expect(inForceIn('2026-01-01/', 2025)).toBe(false);
    expect(inForceIn('/2023-06-30', 2025)).toBe(false);
    expect(inForceIn('2024-01-01/2025-12-31', undefined)).toBeUndefined();
    const plan = planQuery('去年的优待金标准', site, 2026);
    const page = (inForce: string) => checkPage({ content: '优待金标准', meta: { title: '优待金标准', in_force: inForce } }, plan);
    expect(page('2024-01-01/2025-12-31').current).toBe(true);
    expect(page('2026-01-01/').current).toBe(false);
    expect(checkPage({ content: '优待金标准', meta: { title: '优待金标准' } }, plan).current).toBeUndefined();
  });
});

describe('a page’s year and section count as its metadata', () => {
  it('2025清明祭扫报道 holds every word in the title and metadata of the April 2025 report, whose title names neither', () => {
    const site = readLexicon({ version: 1, words: '清明祭扫|报道', synonyms: {} });
    const plan = planQuery('2025清明祭扫报道', site, 2026);
    const report = { content: '清明节前夕，各界群众到烈士陵园祭扫。', meta: { title: '清明祭扫英烈', date: '2025-04-03' } };
    expect(checkPage({ ...report, filters: { 栏目: ['活动报道'] } }, plan).tier).toBe(2);
    expect(checkPage({ ...report, meta: { ...report.meta, date: '2026-04-03' }, filters: { 栏目: ['活动报道'] } }, plan).tier).toBe(6);
    expect(checkPage({ ...report, filters: { 栏目: ['工作计划'] } }, plan).tier).toBe(6);
  });

  it('a title holding the query as typed, optional words too, is the best match (2025年双拥工作总结)', () => {
    const site = readLexicon({ version: 1, words: '双拥工作|总结', synonyms: {} });
    const plan = planQuery('2025年双拥工作总结', site, 2026);
    expect(plan.words.find((w) => w.text === '年')?.required).toBe(false);
    const summary = checkPage({ content: '一年来……', meta: { title: '示例县2025年双拥工作总结', date: '2026-01-06' } }, plan);
    const meeting = checkPage({ content: '会上……', meta: { title: '示例县召开2025年双拥工作总结表彰会', date: '2025-12-26' } }, plan);
    expect(summary.tier).toBe(0);
    expect(summary.fit).toBeGreaterThan(meeting.fit);
  });

  it('a policy is of the years it is in force, not of the day it was issued', () => {
    const site = readLexicon({ version: 1, words: '优待金|标准', synonyms: {} });
    // The 2024 standard, issued in December 2023 and in force 2024–2025.
    const policy = {
      content: '义务兵家庭优待金按年发放。',
      meta: { title: '优待金标准', date: '2023-12-20', in_force: '2024-01-01/2025-12-31' },
    };
    const asked = (query: string) => checkPage(policy, planQuery(query, site, 2026));
    expect(asked('2023年优待金标准').found).toBe(false);
    expect(asked('2025年优待金标准').tier).toBe(2);
    expect(asked('2024年优待金标准').tier).toBe(2);
    // Without a validity, the page's date says its year.
    expect(checkPage({ ...policy, meta: { ...policy.meta, in_force: '' } }, planQuery('2023年优待金标准', site, 2026)).tier).toBe(2);
  });
});
