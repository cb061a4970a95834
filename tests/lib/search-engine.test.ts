import { describe, expect, it } from 'vitest';
import { createSearchEngine, type PagefindApi, type PagefindHit } from '../../src/scripts/search-engine.ts';

interface FakePage { url: string; title: string; text: string; date?: string; section?: string }

/**
 * A stand-in for Pagefind: a term matches a page whose text contains it (as the pair index does),
 * every term is required, the score counts occurrences, and `words` are the character offsets.
 */
function fakePagefind(pages: FakePage[]): PagefindApi & { calls: string[]; loaded: Set<string> } {
  const calls: string[] = [];
  const loaded = new Set<string>();
  return {
    calls,
    loaded,
    async search(term, options = {}) {
      calls.push(term ?? '(null)');
      const filters = (options as { filters?: Record<string, string> }).filters ?? {};
      const terms = (term ?? '').split(' ').filter(Boolean);
      const results: PagefindHit[] = pages
        .filter((page) => !filters['栏目'] || page.section === filters['栏目'])
        .filter((page) => terms.every((t) => (page.title + page.text).includes(t)))
        .map((page) => {
          const body = page.title + page.text;
          const words = terms.flatMap((t) => [...body.matchAll(new RegExp(t, 'g'))].map((m) => m.index));
          return {
            id: page.url,
            score: words.length,
            words,
            data: async () => {
              loaded.add(page.url);
              return { url: page.url, content: `${page.title}. ${page.text}`, excerpt: page.text.slice(0, 20), filters: { 栏目: [page.section ?? '政策解读'] }, meta: { title: page.title, date: page.date ?? '2026-01-01' } };
            },
          };
        })
        .sort((a, b) => b.score - a.score);
      return { results, filters: {} };
    },
  };
}

const state = (q: string, more: object = {}) => ({ q, filters: {}, sort: 'relevance' as const, ...more });

describe('search engine', () => {
  const pages: FakePage[] = [
    { url: '/policies/2024/', title: '义务兵家庭优待金发放标准（2024年版）', text: '优待金 优待金 优待金 旧标准', date: '2023-12-20' },
    { url: '/policies/2026/', title: '义务兵家庭优待金发放标准（2026年起执行）', text: '家庭优待金每年24000元', date: '2025-12-18' },
    { url: '/reports/a/', title: '走访慰问', text: '送去慰问金，落实优待政策，发放待金', section: '活动报道' },
    { url: '/policies/ligong/', title: '立功受奖奖励标准', text: '荣立三等功的，奖励500元' },
  ];

  it('asks Pagefind for character pairs and puts verbatim title matches first, newest first', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await createSearchEngine(pagefind).search(state('优待金'));
    expect(pagefind.calls).toEqual(['优待 待金']);
    expect(outcome.mode).toBe('all');
    const first = await outcome.page(0);
    expect(first.map((view) => view.url)).toEqual(['/policies/2026/', '/policies/2024/', '/reports/a/']);
    expect(first[0].excerpt).toContain('<mark>优待金</mark>');
    expect(first[0].tier).toBe(0);
    expect(first[2].tier).toBe(3);
  });

  it('counts a page holding every word as a match (三等功 … 奖励)', async () => {
    const outcome = await createSearchEngine(fakePagefind(pages)).search(state('三等功奖励'));
    // No page has the pair 功奖, so the words are searched one by one; the page with all of them counts.
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/policies/ligong/');
  });

  it('keeps date order when sorting by date, and passes filters through', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await createSearchEngine(pagefind).search(state('优待', { sort: 'oldest', filters: { section: '活动报道' } }));
    expect(outcome.ids).toEqual(['/reports/a/']);
    expect(pagefind.loaded.size).toBe(0); // nothing checked before it is shown
  });

  it('says so when nothing holds the query or any of its words', async () => {
    const outcome = await createSearchEngine(fakePagefind(pages)).search(state('段简'));
    expect(outcome.mode).toBe('none');
    expect(outcome.total).toBe(0);
    expect(await outcome.page(0)).toEqual([]);
  });

  it('lists filter matches without a query, newest first', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await createSearchEngine(pagefind).search(state('', { filters: { section: '活动报道' } }));
    expect(outcome.mode).toBe('browse');
    expect(pagefind.calls).toEqual(['(null)']);
  });

  it('checks further pages in batches when the first ones do not hold the query', async () => {
    const many: FakePage[] = Array.from({ length: 30 }, (_, i) => ({ url: `/r/${i}/`, title: `报道${i}`, text: '部队在营区。县第一中学。部队在营区。' }));
    many.push({ url: '/r/target/', title: '报道', text: '驻县部队在县第一中学举行活动' });
    const pagefind = fakePagefind(many);
    const outcome = await createSearchEngine(pagefind, { pageSize: 8 }).search(state('队在县第'));
    expect(outcome.mode).toBe('all');
    expect(outcome.ids[0]).toBe('/r/target/');
    expect(pagefind.loaded.size).toBeLessThanOrEqual(32);
  });

  it('lists pages holding some of the words, as partial, when none holds them all', async () => {
    const outcome = await createSearchEngine(fakePagefind(pages)).search(state('退役士兵怎么安置'));
    expect(outcome.mode).toBe('none'); // the fake pages hold none of these words
    const withWords = fakePagefind([...pages, { url: '/p/anzhi/', title: '退役士兵接收安置', text: '退役士兵安置' }]);
    const relaxed = await createSearchEngine(withWords).search(state('退役士兵怎么安置'));
    expect(relaxed.mode).toBe('partial');
    expect(relaxed.ids[0]).toBe('/p/anzhi/');
  });

  it('gives filter counts only for a query that found something', async () => {
    const engine = createSearchEngine(fakePagefind(pages));
    expect(await engine.counts(state('优待金'))).toEqual({});
    expect(await engine.counts(state('火星探测'))).toBeUndefined();
  });

  it('pages through results eight at a time', async () => {
    const many: FakePage[] = Array.from({ length: 20 }, (_, i) => ({ url: `/r/${i}/`, title: `双拥报道${i}`, text: '双拥工作' }));
    const outcome = await createSearchEngine(fakePagefind(many)).search(state('双拥'));
    expect(outcome.total).toBe(20);
    expect((await outcome.page(0)).length).toBe(8);
    expect((await outcome.page(2)).length).toBe(4);
  });
});
