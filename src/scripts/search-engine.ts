/**
 * The search pipeline over Pagefind's JS API, without any DOM: the search island renders what this
 * returns, and scripts/dev/search-recall.ts measures it in Chromium.
 *
 * 1. Ask Pagefind for the character pairs covering the query (see pagefindTerms): Pagefind 1.6's
 *    extended index holds every adjacent pair of Chinese characters, so every page containing the
 *    query verbatim is found, however the segmenter cut its text — and only a little index is fetched.
 * 2. Relevance order: pages where the pairs sit close together come first; the first `rerankDepth`
 *    are checked against their text (more, in batches, if none holds the query) and reordered
 *    Ctrl+F style — query in the title, query in the text, every word in the text, the rest — and
 *    the excerpt is cut around the verbatim occurrence.
 * 3. Nothing found: search each word of the query alone and list the pages holding the most words,
 *    saying so (for questions like "退役士兵怎么安置").
 *
 * Pagefind must be started with startPagefind() (search-pagefind.ts) so that it takes our terms as
 * they are instead of re-segmenting them.
 */
import { hanRuns, normalizeQuery, pagefindTerms, readerWords, relaxQuery } from '../lib/search-query.ts';
import { containsAll, matchTier, mergeAnyOf, orderByTier, proximity, verbatimExcerpt, wordsExcerpt, type Tier } from '../lib/search-rank.ts';
import { pagefindOptions, type SearchState } from '../lib/search-url.ts';

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}
export interface PagefindHit {
  id: string;
  score: number;
  /** Positions of the matched words on the page. */
  words?: number[];
  data: () => Promise<PagefindData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindHit[];
  /** Counts per filter value among the results, with the filters applied. */
  filters: FilterCounts;
  /** The same without the filters. */
  totalFilters?: FilterCounts;
}
export interface PagefindApi {
  search: (term: string | null, options?: object) => Promise<PagefindResponse | null>;
  /** Loads every filter file (a few KB): afterwards searches also return counts per filter value. */
  filters?: () => Promise<FilterCounts>;
}

export interface ResultView {
  id: string;
  url: string;
  title: string;
  /** HTML: escaped page text with <mark> around matches (ours when verbatim, else Pagefind's). */
  excerpt: string;
  section?: string | undefined;
  date?: string | undefined;
  image?: string | undefined;
  imageAlt?: string | undefined;
  tier: Tier;
}

/**
 * all: pages holding the query or all its words (verbatim ones first); partial: none of the pages
 * checked holds the query or all its words, these hold parts of it; browse: filters without a
 * query; none: nothing.
 */
export type SearchMode = 'all' | 'partial' | 'browse' | 'none';

export interface SearchOutcome {
  query: string;
  pageSize: number;
  mode: SearchMode;
  total: number;
  /** Pagefind ids of every result, in display order. */
  ids: string[];
  filters: FilterCounts;
  /** Results in display order, `pageSize` at a time (page 0 first). */
  page: (index: number) => Promise<ResultView[]>;
}

export interface EngineOptions {
  pageSize?: number;
  /** How many top results are checked against their text and reordered (each costs a fragment). */
  rerankDepth?: number;
  /** When none of those holds the query, check further, up to this many in all. */
  maxChecked?: number;
}

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions = {}) {
  const pageSize = options.pageSize ?? 8;
  const rerankDepth = options.rerankDepth ?? pageSize;
  const maxChecked = options.maxChecked ?? 32;
  const fragments = new Map<string, Promise<PagefindData>>();
  const load = (hit: PagefindHit) => {
    let data = fragments.get(hit.id);
    if (!data) {
      data = hit.data();
      fragments.set(hit.id, data);
    }
    return data;
  };

  const toView = async (hit: PagefindHit, query: string): Promise<ResultView> => {
    const data = await load(hit);
    const title = data.meta.title || data.url;
    return {
      id: hit.id,
      url: data.url,
      title,
      excerpt: (query && verbatimExcerpt(data.content, query, { skip: title })) || data.excerpt,
      section: data.filters['栏目']?.[0],
      date: data.meta.date,
      image: data.meta.image,
      imageAlt: data.meta.image_alt,
      tier: query ? matchTier({ title, content: data.content }, query) : 3,
    };
  };

  const outcome = (query: string, mode: SearchMode, hits: PagefindHit[], filters: FilterCounts, known: ResultView[] = []): SearchOutcome => {
    const views = new Map(known.map((view) => [view.id, view]));
    return {
      query,
      pageSize,
      mode,
      total: hits.length,
      ids: hits.map((hit) => hit.id),
      filters,
      page: (index) => Promise.all(hits.slice(index * pageSize, (index + 1) * pageSize).map((hit) => views.get(hit.id) ?? toView(hit, query))),
    };
  };

  async function search(state: SearchState): Promise<SearchOutcome> {
    const query = normalizeQuery(state.q);
    const base = pagefindOptions(state);
    if (!query) {
      // Filters alone list everything they match, newest first unless asked otherwise.
      const response = await pagefind.search(null, { ...base, sort: base.sort ?? { date: 'desc' } });
      const hits = response?.results ?? [];
      return outcome('', hits.length ? 'browse' : 'none', hits, response?.filters ?? {});
    }

    const terms = pagefindTerms(query);
    const response = await pagefind.search(terms, base);
    const hits = response?.results ?? [];
    const filters = response?.filters ?? {};
    if (hits.length > 0 && base.sort) return outcome(query, 'all', hits, filters);
    const found = hits.length > 0 ? await check(nearFirst(hits, query, terms), query) : undefined;
    if (found?.good) return outcome(query, 'all', found.order, filters, found.views);

    // Nothing holds the query: search each word alone (for questions such as "退役士兵怎么安置").
    const lists = await Promise.all(relaxQuery(query).map(async (word) => (await pagefind.search(word, base))?.results ?? []));
    const merged = mergeAnyOf(lists);
    const relaxed = merged.length > 0 ? await check(merged, query) : undefined;
    if (relaxed?.good) return outcome(query, 'all', relaxed.order, {}, relaxed.views);

    // Pages holding at least one of the reader's words, as a partial match. Pagefind also matches
    // bits of words (量 for 量子), which mean nothing to a reader: those pages are left out.
    const words = readerWords(query);
    const partial = [...(relaxed?.checked ?? []), ...(found?.checked ?? [])]
      .filter((entry, index, all) => all.findIndex((other) => other.hit.id === entry.hit.id) === index)
      .filter((entry) => words.some((word) => containsAll(entry.text, [word])));
    const views = partial.map(({ view, text }) => ({ ...view, excerpt: wordsExcerpt(text, words, { skip: view.title }) ?? view.excerpt }));
    if (partial.length > 0) return outcome(query, 'partial', partial.map((entry) => entry.hit), {}, views);
    return outcome(query, 'none', [], filters);
  }

  /**
   * Pagefind does not rank by adjacency: pages where the pairs sit close together (likely the
   * query itself) go first, keeping Pagefind's order otherwise.
   */
  function nearFirst(hits: PagefindHit[], query: string, terms: string): PagefindHit[] {
    const width = Math.max(0, ...hanRuns(query).map((run) => [...run].length)) - 1;
    const count = terms.split(' ').length;
    if (count < 2 || width < 2) return hits;
    return hits
      .map((hit, rank) => ({ hit, rank, near: Math.min(count, proximity(hit.words ?? [], width)) }))
      .sort((a, b) => b.near - a.near || a.rank - b.rank)
      .map((entry) => entry.hit);
  }

  /**
   * Checks the text of the first `rerankDepth` hits — and more, in batches up to `maxChecked`, while
   * none holds the query or all its words — and moves the good ones to the front by tier.
   */
  async function check(hits: PagefindHit[], query: string) {
    const checked: { hit: PagefindHit; rank: number; view: ResultView; tier: Tier; date: string; text: string }[] = [];
    const first = Math.min(rerankDepth, hits.length);
    const limit = Math.max(first, Math.min(maxChecked, hits.length));
    while (checked.length < first || (checked.length < limit && !checked.some((c) => c.tier <= 2))) {
      const batch = hits.slice(checked.length, Math.min(limit, checked.length + rerankDepth));
      const views = await Promise.all(batch.map(async (hit) => ({ hit, view: await toView(hit, query) })));
      const texts = await Promise.all(batch.map(async (hit) => `${(await load(hit)).meta.title ?? ''} ${(await load(hit)).content}`));
      views.forEach(({ hit, view }, i) => checked.push({ hit, rank: checked.length, view, tier: view.tier, date: view.date ?? '', text: texts[i] ?? '' }));
    }
    const good = orderByTier(checked.filter((c) => c.tier <= 2));
    const goodIds = new Set(good.map((c) => c.hit.id));
    return {
      good: good.length > 0,
      order: [...good.map((c) => c.hit), ...hits.filter((hit) => !goodIds.has(hit.id))],
      views: checked.map((c) => c.view),
      checked,
    };
  }

  /**
   * How many results of the query (before any filter) each filter value has, for the labels of the
   * filter options; undefined when the query itself found nothing (e.g. it was relaxed). Loads the
   * filter files the first time — only when the reader opens the filters, so the first query does
   * not pay for them.
   */
  async function counts(state: SearchState): Promise<FilterCounts | undefined> {
    await pagefind.filters?.();
    const query = normalizeQuery(state.q);
    const response = await pagefind.search(query ? pagefindTerms(query) : null, {});
    return response?.results.length ? (response.totalFilters ?? response.filters) : undefined;
  }

  return { search, counts, pageSize };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
