/**
 * The search pipeline over Pagefind's JS API, without any DOM: the search island renders what this
 * returns, and scripts/dev/eval-search.ts measures it in Chromium.
 *
 * 1. Understand the query (src/search/understand.ts): cut it into the site's words, drop
 *    question and filler words, add the site's words for residents' words (synonyms) and, for words
 *    the site does not use, site words that sound the same (pinyin; looked up only then).
 * 2. Search each word and each of its alternatives alone, as the character pairs covering it (see
 *    pagefindTerms: every page holding the word verbatim is found, and only a little index is
 *    fetched). A page's coverage is how many of the query's words it holds (through any alternative).
 * 3. Order (src/search/order.ts): pages holding every word before pages holding some; among
 *    them, matches in the title and metadata first, current policies before repealed ones; the first
 *    results page is then checked against the pages' text (title, summary, metadata, body) and
 *    reordered.
 * 4. Only when a checked page holds every word close together (or in its title or metadata) is the
 *    search announced as found; otherwise the pages are offered as a partial match, never as found.
 *
 * Pagefind must be started with startPagefind() (pagefind.ts) so that it takes our terms as
 * they are instead of re-segmenting them.
 */
import { compact, normalizeQuery, pagefindTerms } from './query.ts';
import {
  alsoSearched,
  correctTypos,
  needsTypoCheck,
  planQuery,
  lookupPlan,
  typoTexts,
  unsearchedWords,
  type Lexicon,
  type QueryPlan,
  type QueryWord,
} from './understand.ts';
import type { SoundIndex } from './pinyin.ts';
import { checkPage, coreText, preRank, type Candidate, type Checked, type MatchTier } from './order.ts';
import { verbatimExcerpt, wordsExcerpt } from './rank.ts';
import { pagefindOptions, type SearchState } from './url.ts';

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

/** The filter and meta field that mark a repealed policy (written by SearchMeta). */
export const STATUS_FILTER = '有效性';
export const LAPSED = '已失效';
/** The filter that names a page's section (written by SearchMeta). */
export const SECTION_FILTER = '栏目';

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
  /** A repealed policy: shown with 已失效. */
  lapsed: boolean;
  tier: MatchTier;
}

/**
 * all: pages holding every word of the query, and at least one holds them together (or in its
 * title or metadata); partial: pages holding some of the words, or all of them scattered — offered,
 * never announced as found; browse: filters without a query; none: nothing.
 */
export type SearchMode = 'all' | 'partial' | 'browse' | 'none';

export interface SearchOutcome {
  query: string;
  pageSize: number;
  /** How many results to show at first (the ones checked against their text); the rest of the first page follows when wanted. */
  firstShown: number;
  mode: SearchMode;
  total: number;
  /** Pagefind ids of every result, in display order. */
  ids: string[];
  filters: FilterCounts;
  /** Site words searched besides what was typed (也搜索了：…), only those that found pages. */
  also: string[];
  /** Question and filler words left out of the search. */
  dropped: string[];
  /** Results in display order, `pageSize` at a time (page 0 first). */
  page: (index: number) => Promise<ResultView[]>;
  /** Results `from` (inclusive) to `to` (exclusive), in display order. */
  slice: (from: number, to: number) => Promise<ResultView[]>;
}

export interface EngineOptions {
  pageSize?: number;
  /** Results shown at first, before the rest of the first page is wanted; default FIRST_SHOWN. */
  firstShown?: number;
  /** Results checked against their text, at most (each costs a fragment); default firstShown. */
  maxChecked?: number;
  /**
   * The site's vocabulary and synonyms: at least the words a query's characters start (see
   * lexiconLoader), or all of them when called without a query. Without it, queries are taken as typed.
   */
  lexicon?: (query?: string) => Promise<Lexicon>;
  /**
   * The site's words by sound, at least for the texts given (see soundLoader): asked only for a word
   * the site does not use.
   */
  sounds?: (texts: string[]) => Promise<SoundIndex>;
}

/**
 * Results shown (and checked against their text) before the first results are announced: each costs
 * a result fragment (~2 KB gzip) on the first search. A phone (390×844) shows one or two results
 * above the fold, so four more than fill it; the other four of the first page are fetched when the
 * reader scrolls to them (src/islands/search.ts). Five cost 2 KB more on every first search, and
 * the evaluation ranks the same with four checked.
 */
export const FIRST_SHOWN = 4;

const EMPTY_LEXICON: Lexicon = { words: new Set(), synonyms: new Map(), fillers: new Set() };

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions = {}) {
  const pageSize = options.pageSize ?? 8;
  const firstShown = Math.min(pageSize, options.firstShown ?? FIRST_SHOWN);
  // Each page checked costs a fragment (~2 KB gzip): only those shown first, which are fetched anyway.
  const maxChecked = options.maxChecked ?? firstShown;
  const fragments = new Map<string, Promise<PagefindData>>();
  const load = (hit: PagefindHit) => {
    let data = fragments.get(hit.id);
    if (!data) {
      data = hit.data();
      fragments.set(hit.id, data);
    }
    return data;
  };
  const getLexicon = (query?: string) => (options.lexicon?.(query) ?? Promise.resolve(EMPTY_LEXICON)).catch(() => EMPTY_LEXICON);
  const getSounds = (texts: string[]) =>
    options.sounds ? options.sounds(texts).catch(() => undefined) : Promise.resolve<SoundIndex | undefined>(undefined);
  const filtered = new Map<string, Promise<Set<string>>>();
  /** Ids of the pages with one filter value (one filter file, fetched once). */
  const filterIds = (filter: string, value: string) => {
    const key = `${filter}\0${value}`;
    let ids = filtered.get(key);
    if (!ids) {
      ids = pagefind
        .search(null, { filters: { [filter]: value } })
        .then((response) => new Set((response?.results ?? []).map((hit) => hit.id)))
        .catch(() => new Set<string>());
      filtered.set(key, ids);
    }
    return ids;
  };
  /** Ids of repealed policies. */
  const getLapsed = () => filterIds(STATUS_FILTER, LAPSED);
  /** Ids of the pages of the sections a query asks for by name. */
  const getWanted = (sections: string[]) =>
    Promise.all(sections.map((section) => filterIds(SECTION_FILTER, section))).then((sets) => new Set(sets.flatMap((set) => [...set])));

  const toView = async (hit: PagefindHit, checked?: Checked, plan?: QueryPlan): Promise<ResultView> => {
    const data = await load(hit);
    const title = data.meta.title || data.url;
    const core = plan ? coreText(plan) : '';
    const words = plan ? plan.words.flatMap((word) => word.alternatives.map((a) => a.text)) : [];
    const excerpt =
      (core && verbatimExcerpt(data.content, core, { skip: title })) ||
      (words.length && wordsExcerpt(data.content, words, { skip: title })) ||
      data.excerpt;
    return {
      id: hit.id,
      url: data.url,
      title,
      excerpt,
      section: data.filters[SECTION_FILTER]?.[0],
      date: data.meta.date,
      image: data.meta.image,
      imageAlt: data.meta.image_alt,
      lapsed: data.meta.status === LAPSED,
      tier: checked?.tier ?? (plan && plan.words.length ? checkPage(data, plan).tier : 6),
    };
  };

  const outcome = (
    query: string,
    mode: SearchMode,
    hits: PagefindHit[],
    filters: FilterCounts,
    plan?: QueryPlan,
    also: string[] = [],
    known = new Map<string, Checked>(),
  ): SearchOutcome => {
    const slice = (from: number, to: number) => Promise.all(hits.slice(from, to).map((hit) => toView(hit, known.get(hit.id), plan)));
    return {
      query,
      pageSize,
      firstShown,
      mode,
      total: hits.length,
      ids: hits.map((hit) => hit.id),
      filters,
      also,
      dropped: plan?.dropped ?? [],
      page: (index) => slice(index * pageSize, (index + 1) * pageSize),
      slice,
    };
  };

  /**
   * Runs one Pagefind search per alternative chosen by lookupPlan (cached per term across the calls
   * of one search). Words that need not be on the page (费 in 安置费, 儿子) are not searched: they
   * only rank the pages checked.
   */
  function searchWords(
    plan: QueryPlan,
    base: ReturnType<typeof pagefindOptions>,
    cache: Map<string, Promise<PagefindHit[]>>,
    skip: ReadonlySet<number>,
    lexicon: Lexicon,
  ) {
    return Promise.all(
      lookupPlan(plan, lexicon, skip).map((row) =>
        Promise.all(
          row.map((terms) => {
            if (!terms) return Promise.resolve([] as PagefindHit[]);
            let hits = cache.get(terms);
            if (!hits) {
              hits = pagefind.search(terms, base).then((response) => response?.results ?? []);
              cache.set(terms, hits);
            }
            return hits;
          }),
        ),
      ),
    );
  }

  async function search(state: SearchState): Promise<SearchOutcome> {
    const query = normalizeQuery(state.q);
    const base = pagefindOptions(state);
    if (!query) {
      // Filters alone list everything they match, newest first unless asked otherwise.
      const response = await pagefind.search(null, { ...base, sort: base.sort ?? { date: 'desc' } });
      const hits = response?.results ?? [];
      return outcome('', hits.length ? 'browse' : 'none', hits, response?.filters ?? {});
    }

    const lexicon = await getLexicon(query);
    let plan = planQuery(query, lexicon);

    if (base.sort) {
      // Sorted by date: every required word (as typed) must be on the page; Pagefind sorts.
      const terms = plan.words
        .filter((word) => word.required)
        .map((word) => pagefindTerms(word.text))
        .join(' ');
      const response = await pagefind.search(terms || pagefindTerms(query), base);
      const hits = response?.results ?? [];
      return outcome(query, hits.length ? 'all' : 'none', hits, response?.filters ?? {}, plan);
    }

    const cache = new Map<string, Promise<PagefindHit[]>>();
    // A long question is looked up by its most distinctive words (the others are checked on the pages).
    let skip = unsearchedWords(plan, lexicon);
    const [firstLists, lapsedIds, wantedIds] = await Promise.all([
      searchWords(plan, base, cache, skip, lexicon),
      getLapsed(),
      plan.wants.length ? getWanted(plan.wants) : Promise.resolve(new Set<string>()),
    ]);
    let lists = firstLists;
    /** Looks the words `heldBy` says the site lacks up by sound; whether that added anything to search. */
    const correct = async (heldBy: (word: QueryWord) => boolean) => {
      if (!needsTypoCheck(plan, heldBy)) return false;
      const sounds = await getSounds(typoTexts(plan, heldBy));
      if (!sounds) return false;
      const next = correctTypos(plan, sounds, heldBy, lexicon.words);
      const added =
        next.words.length !== plan.words.length || next.words.some((w, i) => w.alternatives.length !== plan.words[i]?.alternatives.length);
      if (!added) return false;
      plan = next;
      skip = unsearchedWords(plan, lexicon);
      lists = await searchWords(plan, base, cache, skip, lexicon);
      return true;
    };
    // A word neither the vocabulary nor the site knows may be a typo: look it up by sound then.
    const searched = (word: QueryWord) => {
      const w = plan.words.indexOf(word);
      return skip.has(w) || (lists[w]?.[0]?.length ?? 0) > 0;
    };
    const corrected = await correct(searched);
    let result = await checkFirst(plan, lists, lapsedIds, skip, wantedIds);
    if (!result.found && !corrected) {
      // Pagefind found an unknown word's pairs apart (优代 … 代金 on one page), but no page checked
      // holds it whole: it may be a typo after all (优代金 → 优待金). A word of one pair is whole
      // wherever Pagefind finds it.
      const pages = result.pages.map((page) => compact(`${page.meta.title ?? ''}${page.content}`));
      const heldWhole = (word: QueryWord) =>
        searched(word) && ([...compact(word.text)].length <= 2 || pages.some((text) => text.includes(compact(word.text))));
      if (await correct(heldWhole)) result = await checkFirst(plan, lists, lapsedIds, skip, wantedIds);
    }
    const { candidates, full, checked, found } = result;
    if (candidates.length === 0) return outcome(query, 'none', [], {}, plan);
    const also = alsoSearched(plan).filter((text) =>
      plan.words.some((word, w) => word.alternatives.some((a, i) => a.text === text && (lists[w]?.[i]?.length ?? 0) > 0)),
    );
    const order = orderChecked(found ? full : candidates, checked);
    return outcome(
      query,
      found ? 'all' : 'partial',
      order.map((c) => c.hit),
      {},
      plan,
      also,
      checked,
    );
  }

  /** Pre-ranks the pages found and checks the first results page against their text; further, while none of them is good. */
  async function checkFirst(
    plan: QueryPlan,
    lists: PagefindHit[][][],
    lapsedIds: Set<string>,
    skip: ReadonlySet<number>,
    wantedIds: ReadonlySet<string>,
  ) {
    const candidates = preRank(plan, lists, lapsedIds, skip, wantedIds);
    const checked = new Map<string, Checked>();
    const pages: PagefindData[] = [];
    const full = candidates.filter((c) => c.complete);
    const toCheck = full.length ? full : candidates;
    for (let start = 0; start < Math.min(toCheck.length, maxChecked); start += firstShown) {
      const batch = toCheck.slice(start, Math.min(start + firstShown, maxChecked));
      const data = await Promise.all(batch.map(async (c) => [c, await load(c.hit)] as const));
      for (const [c, page] of data) {
        checked.set(c.hit.id, checkPage(page, plan));
        pages.push(page);
      }
      if ([...checked.values()].some((c) => c.found)) break;
    }
    const found = full.length > 0 && [...checked.values()].some((c) => c.found);
    return { candidates, full, checked, found, pages };
  }

  /** Checked pages by how well they match (stable: pre-rank order within a tier); the rest after. */
  function orderChecked(candidates: Candidate<PagefindHit>[], checked: Map<string, Checked>): Candidate<PagefindHit>[] {
    const seen = candidates.filter((c) => checked.has(c.hit.id));
    const rest = candidates.filter((c) => !checked.has(c.hit.id));
    const key = (c: Candidate<PagefindHit>) => checked.get(c.hit.id)!;
    // Out of force: today, or in the year the query asks about (去年的优待金).
    const stale = (c: Candidate<PagefindHit>) => Number(key(c).current === undefined ? c.lapsed : !key(c).current);
    // A section asked for by name (教案): its pages holding every word first, whatever their tier.
    const unwanted = (c: Candidate<PagefindHit>) => Number(!(c.wanted && key(c).ofKind && key(c).tier <= 5));
    // Of the pages whose title holds a name: its 典型, then its directory page, then the stories that
    // mention it; a directory page that matches less ranks after the others of its tier.
    const about = (c: Candidate<PagefindHit>) =>
      key(c).tier <= 1 ? (key(c).profile ? 0 : key(c).directory ? 1 : 2) : Number(key(c).directory ?? false);
    seen.sort(
      (a, b) =>
        unwanted(a) - unwanted(b) ||
        key(a).tier - key(b).tier ||
        about(a) - about(b) ||
        (key(a).tier === 6 ? key(b).held - key(a).held : 0) ||
        stale(a) - stale(b) ||
        key(b).score - key(a).score ||
        key(b).fit - key(a).fit ||
        a.rank - b.rank,
    );
    return [...seen, ...rest];
  }

  /**
   * How many results of the query (before any filter) each filter value has, for the labels of the
   * filter options; undefined when the query itself found nothing. Loads the filter files the first
   * time — only when the reader opens the filters, so the first query does not pay for them.
   */
  async function counts(state: SearchState): Promise<FilterCounts | undefined> {
    await pagefind.filters?.();
    const query = normalizeQuery(state.q);
    let terms = query ? pagefindTerms(query) : null;
    if (query) {
      const plan = planQuery(query, await getLexicon(query));
      terms =
        plan.words
          .filter((word) => word.required)
          .map((word) => pagefindTerms(word.text))
          .join(' ') || terms;
    }
    const response = await pagefind.search(terms, {});
    return response?.results.length ? (response.totalFilters ?? response.filters) : undefined;
  }

  return { search, counts, pageSize, firstShown };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
