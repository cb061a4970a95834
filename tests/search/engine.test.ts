import { describe, expect, it } from 'vitest';
import { createSearchEngine, LAPSED, STATUS_FILTER, type PagefindApi, type PagefindHit } from '../../src/search/engine.ts';
import { readLexicon } from '../../src/search/understand.ts';
import { soundIndex, type PinyinTable } from '../../src/search/pinyin.ts';

interface FakePage {
  url: string;
  title: string;
  text: string;
  date?: string;
  section?: string;
  lapsed?: boolean;
  summary?: string;
  terms?: string;
  /** A unit's page without its own address and phone. */
  directory?: boolean;
}

/**
 * A stand-in for Pagefind: a term matches a page whose text contains it (as the pair index does),
 * every term is required, the score counts occurrences, `words` are character offsets, and the
 * 有效性 filter picks repealed pages.
 */
function fakePagefind(pages: FakePage[]): PagefindApi & { calls: string[]; loaded: Set<string> } {
  const calls: string[] = [];
  const loaded = new Set<string>();
  return {
    calls,
    loaded,
    search(term, options = {}) {
      calls.push(term ?? '(null)');
      const filters = (options as { filters?: Record<string, string> }).filters ?? {};
      const terms = (term ?? '').split(' ').filter(Boolean);
      const results: PagefindHit[] = pages
        .filter((page) => !filters['栏目'] || page.section === filters['栏目'])
        .filter((page) => !filters[STATUS_FILTER] || (page.lapsed && filters[STATUS_FILTER] === LAPSED))
        .filter((page) => terms.every((t) => (page.title + page.text).includes(t)))
        .map((page) => {
          const body = page.title + page.text;
          const words = terms.flatMap((t) => [...body.matchAll(new RegExp(t, 'g'))].map((m) => m.index));
          return {
            id: page.url,
            score: words.length || 1,
            words,
            data: () => {
              loaded.add(page.url);
              return Promise.resolve({
                url: page.url,
                content: `${page.title}. ${page.text}`,
                excerpt: page.text.slice(0, 20),
                filters: { 栏目: [page.section ?? '政策解读'] },
                meta: {
                  title: page.title,
                  date: page.date ?? '2026-01-01',
                  ...(page.lapsed ? { status: LAPSED } : {}),
                  ...(page.summary ? { summary: page.summary } : {}),
                  ...(page.terms ? { terms: page.terms } : {}),
                  ...(page.directory ? { directory: '1' } : {}),
                },
              });
            },
          };
        })
        .sort((a, b) => b.score - a.score);
      return Promise.resolve({ results, filters: {} });
    },
  };
}

const state = (q: string, more: object = {}) => ({ q, filters: {}, sort: 'relevance' as const, ...more });
const lexicon = readLexicon({
  version: 1,
  words:
    '优待|优待金|义务兵|家庭|标准|退役|退役士兵|安置|补助|安置补助|士兵|慰问|走访慰问|立功受奖|奖励|三等功|双拥|抚恤|烈士陵园|烈士|陵园',
  synonyms: { 退伍: ['退役'], 安置费: ['安置补助'] },
  // A small site, like the demo: its budget has room for every alternative.
  pages: 49,
});
// 经 and 金 both read jin (fuzzy: jing → jin); 林 lin, 陵 ling → lin.
const pinyin: PinyinTable = {
  readings: { you: '优', dai: '待', jin: '金经', lie: '烈', shi: '士', lin: '林陵', yuan: '园' },
};
const engineFor = (pages: FakePage[], pagefind = fakePagefind(pages)) => ({
  pagefind,
  engine: createSearchEngine(pagefind, {
    lexicon: () => Promise.resolve(lexicon),
    sounds: () => Promise.resolve(soundIndex(pinyin, lexicon.words)),
  }),
});

describe('search engine', () => {
  const pages: FakePage[] = [
    {
      url: '/policies/2024/',
      title: '义务兵家庭优待金发放标准（2024年版）',
      text: '优待金 优待金 优待金 旧标准',
      date: '2023-12-20',
      lapsed: true,
    },
    { url: '/policies/2026/', title: '义务兵家庭优待金发放标准（2026年起执行）', text: '家庭优待金每年24000元', date: '2025-12-18' },
    { url: '/reports/a/', title: '走访慰问', text: '送去慰问金，落实优待政策，发放优待金和各类抚恤补助', section: '活动报道' },
    { url: '/policies/ligong/', title: '立功受奖奖励标准', text: '荣立三等功的，奖励500元' },
    { url: '/policies/anzhi/', title: '退役士兵接收安置和补助标准', text: '退役士兵安置补助10000元' },
    { url: '/education/lingyuan/', title: '示例县烈士陵园', text: '开放时间 周二至周日', section: '国防教育' },
    { url: '/reports/qingming/', title: '清明到县烈士陵园集中祭扫', text: '群众到烈士陵园祭扫', section: '活动报道' },
  ];

  it('drops question words, asks Pagefind for the pairs of the words left, and puts the current policy before the repealed one, marked', async () => {
    const { engine, pagefind } = engineFor(pages);
    const outcome = await engine.search(state('优待金多少钱'));
    expect(pagefind.calls).toContain('优待 待金');
    expect(pagefind.calls.some((call) => call.includes('多少'))).toBe(false);
    expect(outcome.dropped).toEqual(['多少钱']);
    expect(outcome.mode).toBe('all');
    const first = await outcome.page(0);
    expect(first.map((view) => view.url).slice(0, 2)).toEqual(['/policies/2026/', '/policies/2024/']);
    expect(first[0]?.lapsed).toBe(false);
    expect(first[1]?.lapsed).toBe(true);
    expect(first[0]?.excerpt).toContain('<mark>优待金</mark>');
  });

  it('searches the site’s word for a resident’s word, and says so (也搜索了：退役)', async () => {
    const { engine } = engineFor(pages);
    const outcome = await engine.search(state('退伍安置费'));
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/policies/anzhi/');
    expect(outcome.also).toEqual(expect.arrayContaining(['退役', '安置补助']));
  });

  it('corrects a typo through pinyin: 优待经 finds 优待金, 烈士林园 finds the 烈士陵园 itself first', async () => {
    const { engine } = engineFor(pages);
    const typo = await engine.search(state('优待经'));
    expect(typo.mode).toBe('all');
    expect(typo.ids[0]).toBe('/policies/2026/');
    expect(typo.also).toContain('优待金');
    const place = await engine.search(state('烈士林园在哪'));
    expect(place.ids[0]).toBe('/education/lingyuan/');
  });

  it('still corrects a typo whose pairs Pagefind finds apart on some page (优代 … 代金), once no page holds it whole', async () => {
    const apart: FakePage = { url: '/reports/daibiao/', title: '评选最优代表', text: '为困难家庭发放购物代金券', section: '活动报道' };
    const withApart = [...pages, apart];
    const pagefind = fakePagefind(withApart);
    const engine = createSearchEngine(pagefind, {
      lexicon: () => Promise.resolve(lexicon),
      sounds: () => Promise.resolve(soundIndex({ readings: { ...pinyin.readings, dai: '待代' } }, lexicon.words)),
    });
    const outcome = await engine.search(state('优代金'));
    expect(pagefind.calls).toContain('优代 代金'); // as typed first: it finds the page with both pairs apart
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/policies/2026/');
    expect(outcome.also).toContain('优待金');
    // The page with the pairs apart is not what was meant: after the pages that hold 优待金.
    expect(outcome.ids.indexOf('/reports/daibiao/')).toBeGreaterThan(outcome.ids.indexOf('/policies/2024/'));
  });

  it('takes a word of one pair that Pagefind finds as meant, even when no page holds every word (no sounds fetched)', async () => {
    // Four pages about 烈士 come first, so the page with 半价 is not among those checked.
    const martyrs = [1, 2, 3, 4].map((n) => ({ url: `/reports/lieshi-${n}/`, title: `缅怀烈士（${n}）`, text: '烈士 烈士 烈士' }));
    const withHalf = [...pages, ...martyrs, { url: '/policies/huoche/', title: '乘坐火车优待', text: '残疾军人购票半价' }];
    const asked: string[][] = [];
    const engine = createSearchEngine(fakePagefind(withHalf), {
      lexicon: () => Promise.resolve(lexicon),
      sounds: (texts) => (asked.push(texts), Promise.resolve(soundIndex(pinyin, lexicon.words))),
    });
    const outcome = await engine.search(state('烈士 半价'));
    expect(outcome.mode).toBe('partial');
    expect(asked).toEqual([]);
  });

  it('never announces a partial match as found: 优待补助 on a page saying 优待金和各类抚恤补助', async () => {
    const { engine } = engineFor(pages);
    const outcome = await engine.search(state('优待补助'));
    expect(outcome.mode).toBe('partial');
    expect(outcome.total).toBeGreaterThan(0);
  });

  it('puts pages holding every word before pages holding some', async () => {
    const { engine } = engineFor(pages);
    const outcome = await engine.search(state('三等功奖励'));
    expect(outcome.mode).toBe('all');
    expect(outcome.ids).toEqual(['/policies/ligong/']);
  });

  it('says so when nothing holds the query or any of its words', async () => {
    const { engine } = engineFor(pages);
    const outcome = await engine.search(state('火星探测'));
    expect(outcome.mode).toBe('none');
    expect(outcome.total).toBe(0);
    expect(await outcome.page(0)).toEqual([]);
  });

  it('keeps date order when sorting by date, and passes filters through', async () => {
    const { engine, pagefind } = engineFor(pages);
    const outcome = await engine.search(state('优待', { sort: 'oldest', filters: { section: '活动报道' } }));
    expect(outcome.ids).toEqual(['/reports/a/']);
    expect(pagefind.loaded.size).toBe(0); // nothing checked before it is shown
  });

  it('lists filter matches without a query, newest first', async () => {
    const { engine, pagefind } = engineFor(pages);
    const outcome = await engine.search(state('', { filters: { section: '活动报道' } }));
    expect(outcome.mode).toBe('browse');
    expect(pagefind.calls).toEqual(['(null)']);
  });

  it('checks at most two results pages of text when the first does not hold the query together', async () => {
    const many: FakePage[] = Array.from({ length: 30 }, (_, i) => ({
      url: `/r/${i}/`,
      title: `报道${i}`,
      text: '退役军人座谈。另有士兵。',
    }));
    const { engine, pagefind } = engineFor(many);
    const outcome = await engine.search(state('退役士兵'));
    expect(outcome.mode).toBe('partial');
    expect(pagefind.loaded.size).toBeLessThanOrEqual(16);
  });

  it('works without a vocabulary (taking the query as typed)', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await createSearchEngine(pagefind).search(state('优待金'));
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/policies/2026/');
  });

  it('gives filter counts only for a query that found something', async () => {
    const { engine } = engineFor(pages);
    expect(await engine.counts(state('优待金'))).toEqual({});
    expect(await engine.counts(state('火星探测'))).toBeUndefined();
  });

  it('pages through results eight at a time', async () => {
    const many: FakePage[] = Array.from({ length: 20 }, (_, i) => ({ url: `/r/${i}/`, title: `双拥报道${i}`, text: '双拥工作' }));
    const { engine } = engineFor(many);
    const outcome = await engine.search(state('双拥'));
    expect(outcome.total).toBe(20);
    expect((await outcome.page(0)).length).toBe(8);
    expect((await outcome.page(2)).length).toBe(4);
  });

  it('looks a long question up by its distinctive words, and still announces only pages holding every word', async () => {
    const shared = readLexicon({
      version: 1,
      words: '军人|义务兵|家庭|优待金|退回|发放',
      synonyms: {},
      common: { 军人: 90, 家庭: 40 },
    });
    const site: FakePage[] = [
      { url: '/a/', title: '义务兵家庭优待金退回怎么办', text: '军人家庭的义务兵优待金被退回后重新发放' },
      { url: '/b/', title: '义务兵优待金退回', text: '家庭优待金退回后发放' },
    ];
    const pagefind = fakePagefind(site);
    const engine = createSearchEngine(pagefind, { lexicon: () => Promise.resolve(shared) });
    const outcome = await engine.search(state('军人义务兵家庭优待金退回'));
    expect(pagefind.calls.some((call) => call.includes('军人'))).toBe(false);
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/a/');
    const views = await outcome.slice(0, 2);
    expect(views.map((view) => view.tier <= 4)).toEqual([true, false]);
    // Without the page that holds 军人, nothing is announced as found.
    const without = createSearchEngine(fakePagefind(site.slice(1)), { lexicon: () => Promise.resolve(shared) });
    expect((await without.search(state('军人义务兵家庭优待金退回'))).mode).toBe('partial');
  });

  it('fetches only the first four results’ data before it answers; the rest when asked for', async () => {
    const many: FakePage[] = Array.from({ length: 20 }, (_, i) => ({ url: `/r/${i}/`, title: `双拥报道${i}`, text: '双拥工作' }));
    const { engine, pagefind } = engineFor(many);
    const outcome = await engine.search(state('双拥'));
    expect(outcome.firstShown).toBe(4);
    expect(pagefind.loaded.size).toBe(4);
    expect((await outcome.slice(0, 4)).map((view) => view.url)).toEqual(outcome.ids.slice(0, 4));
    expect(pagefind.loaded.size).toBe(4);
    expect((await outcome.slice(4, 8)).map((view) => view.url)).toEqual(outcome.ids.slice(4, 8));
    expect(pagefind.loaded.size).toBe(8);
  });
  it('puts a lesson first when the query asks for one (教案), and announces only a lesson as found', async () => {
    const words = readLexicon({ version: 1, words: '小学|国防教育|国家公祭日|知识竞赛', synonyms: {} });
    const site: FakePage[] = [
      { url: '/reports/school/', title: '国防教育进小学', text: '小学 国防教育 国防教育 国防教育', section: '活动报道' },
      { url: '/education/quiz/', title: '国防知识竞赛题', text: '小学 国防教育 国家公祭日', section: '国防教育', terms: '全民 知识竞赛' },
      { url: '/education/lesson/', title: '我身边的最可爱的人（小学）', text: '国防教育课', section: '国防教育', terms: '小学 课程' },
    ];
    const engine = createSearchEngine(fakePagefind(site), { lexicon: () => Promise.resolve(words) });
    const lesson = await engine.search(state('小学国防教育 有现成的教案吗'));
    expect(lesson.mode).toBe('all');
    expect(lesson.ids[0]).toBe('/education/lesson/');
    expect(lesson.ids).toContain('/reports/school/');
    // Only the quiz holds 国家公祭日: it is offered, but it is not the lesson asked for.
    const quizOnly = await engine.search(state('国家公祭日班会教案'));
    expect(quizOnly.ids[0]).toBe('/education/quiz/');
    expect(quizOnly.mode).toBe('partial');
  });

  it('gives a name’s 典型 first, then its unit page, then the stories that mention it', async () => {
    const words = readLexicon({ version: 1, words: '和平社区|绿源农业|征兵|拥军|企业', synonyms: {} });
    const site: FakePage[] = [
      { url: '/reports/zhengbing/', title: '征兵宣传进和平社区', text: '和平社区 和平社区 和平社区 征兵', section: '活动报道' },
      { url: '/units/heping/', title: '城关街道和平社区', text: '和平社区', section: '信息报送', directory: true },
      { url: '/reports/lvyuan/', title: '绿源农业招聘会', text: '绿源农业 绿源农业 绿源农业', section: '活动报道' },
      { url: '/units/lvyuan/', title: '示例县绿源农业发展有限公司', text: '绿源农业', section: '信息报送', directory: true },
      { url: '/cases/lvyuan/', title: '绿源农业：优先录用退役军人的拥军企业', text: '绿源农业', section: '双拥典型' },
    ];
    const engine = createSearchEngine(fakePagefind(site), { lexicon: () => Promise.resolve(words) });
    expect((await engine.search(state('和平社区'))).ids.slice(0, 2)).toEqual(['/units/heping/', '/reports/zhengbing/']);
    expect((await engine.search(state('绿源农业'))).ids).toEqual(['/cases/lvyuan/', '/units/lvyuan/', '/reports/lvyuan/']);
    // A directory page that holds the name but not the rest of the query comes after the others.
    expect((await engine.search(state('绿源农业 拥军企业'))).ids[0]).toBe('/cases/lvyuan/');
  });
});
