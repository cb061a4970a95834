/**
 * Ordering search results by what the reader asked (pure functions for the search engine):
 * first from what Pagefind returns for each word (which pages hold every word, where), then, for
 * the pages of the first results page, from their text.
 */
import { compact } from './query.ts';
import type { AlternativeKind, QueryPlan } from './understand.ts';

interface HitLike {
  id: string;
  score: number;
  words?: number[];
}

export interface Candidate<H extends HitLike = HitLike> {
  hit: H;
  /** Position in the pre-ranked list. */
  rank: number;
  /** How many of the query's words (required or not) the page holds. */
  coverage: number;
  /** The page holds every required word (through the word itself or an alternative). */
  complete: boolean;
  lapsed: boolean;
  /** The page is of a section the query asks for by name (教案 → 国防教育). */
  wanted: boolean;
  score: number;
}

/** How much an alternative counts beside the typed word. */
const KIND_WEIGHT: Record<AlternativeKind, number> = { query: 1, synonym: 0.85, correction: 0.7 };
/** A match this early on the page (word positions) is in its title or the lines right below it. */
export const EARLY = 12;

/**
 * Pre-ranks the pages found for a plan's words: `lists[w][a]` are Pagefind's results for
 * alternative `a` of word `w`. Pages holding every required word first, then more words, current
 * before repealed, then the summed score (each search's scores scaled to its best; a match near the
 * top of the page counts one and a half).
 */
export function preRank<H extends HitLike>(
  plan: QueryPlan,
  lists: H[][][],
  lapsedIds: Set<string>,
  /** Words not looked up (unsearchedWords): no list to hold, the text check sees them. */
  unsearched: ReadonlySet<number> = new Set(),
  /** Pages of the sections the query asks for (plan.wants): first among those holding every word. */
  wantedIds: ReadonlySet<string> = new Set(),
): Candidate<H>[] {
  const pages = new Map<string, { hit: H; best: Map<number, number>; first: number }>();
  plan.words.forEach((word, w) => {
    word.alternatives.forEach((alternative, a) => {
      const list = lists[w]?.[a] ?? [];
      const top = Math.max(1e-9, ...list.map((hit) => hit.score));
      list.forEach((hit, index) => {
        const early = Math.min(Infinity, ...(hit.words ?? [])) < EARLY ? 1.5 : 1;
        const value = (hit.score / top) * KIND_WEIGHT[alternative.kind] * early;
        let page = pages.get(hit.id);
        if (!page) pages.set(hit.id, (page = { hit, best: new Map(), first: index }));
        page.best.set(w, Math.max(page.best.get(w) ?? 0, value));
      });
    });
  });
  const required = plan.words.map((word, w) => (word.required && !unsearched.has(w) ? w : -1)).filter((w) => w >= 0);
  const candidates = [...pages.values()].map((page) => ({
    hit: page.hit,
    rank: 0,
    coverage: page.best.size,
    complete: required.length > 0 ? required.every((w) => page.best.has(w)) : page.best.size > 0,
    lapsed: lapsedIds.has(page.hit.id),
    wanted: wantedIds.has(page.hit.id),
    score: [...page.best.values()].reduce((sum, value) => sum + value, 0),
    first: page.first,
  }));
  // A question about a year (去年的优待金) may be answered by a policy out of force today: which
  // were in force then is known only once the pages are loaded (checkPage), so not yet here.
  const pastYear = plan.when.year !== undefined;
  candidates.sort(
    (a, b) =>
      Number(b.complete) - Number(a.complete) ||
      Number(b.wanted) - Number(a.wanted) ||
      b.coverage - a.coverage ||
      (pastYear ? 0 : Number(a.lapsed) - Number(b.lapsed)) ||
      b.score - a.score ||
      a.first - b.first,
  );
  return candidates.map(({ first: _first, ...candidate }, rank) => ({ ...candidate, rank }));
}

/**
 * How a page matches, best first: 0 its title holds the query (its words as typed, or with the
 * alternatives, in order); 1 its title holds every word; 2 its title, summary and metadata
 * (audience, stage, category, address, opening hours, tags) hold every word; 3 its text holds the
 * query; 4 its text holds every word close together; 5 every word, scattered; 6 not every word.
 */
export type MatchTier = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Checked {
  tier: MatchTier;
  /** Good enough to announce as found (tiers 0–4, and of the kind asked for, if any). */
  found: boolean;
  /** Of the kind of page the query asks for (plan.wantedKinds: a 课程 for 教案); true when it asks for none. */
  ofKind: boolean;
  /** Within a tier: how many of the optional words and question hints the title, metadata and text hold. */
  score: number;
  /** How much of the title the query is (an exact title or name first): 0–1. */
  fit: number;
  /**
   * How many required words the page holds (one in its title or metadata counts a half more; the
   * month a query names, when the page is of it, one more, and its day another): what
   * orders partial matches, which the index's character pairs alone may credit with words they lack.
   */
  held: number;
  /**
   * Whether the page was in force in the year the query names (去年的优待金: the 2024 standard, in
   * force until 2025-12-31); undefined when the query names no year or the page has no such dates.
   * It decides, instead of 已失效 today, which policies rank after the others.
   */
  current?: boolean | undefined;
  /**
   * A page that lists others, found by its name only (a unit without its own address and phone): it
   * answers a name no story or 典型 has in its title (陆军某旅), and ranks after the pages of its tier
   * (绿源农业: the 典型 of the company first, then the company's list).
   */
  directory?: boolean;
  /**
   * A 典型 whose title begins with the query (绿源农业：优先录用退役军人的拥军企业): the profile of
   * what was named, before the name's directory page; a story that mentions the name comes after it.
   */
  profile?: boolean;
}

/** The section of the 典型 pages (SearchMeta's 栏目 filter): a 典型 is the profile of a person, unit or village. */
const PROFILE_SECTION = '双拥典型';

/** The required words as typed, joined: what the reader meant without the filler (优待金多少钱 → 优待金). */
export function coreText(plan: QueryPlan): string {
  return plan.words
    .filter((word) => word.required)
    .map((word) => word.text)
    .join('');
}

/**
 * The core with the words' alternatives put in (at most 16 versions), and every word as typed, the
 * optional ones too: 2025年双拥工作总结 is the title 示例县2025年双拥工作总结, though 年 need not be on a page.
 */
function coreVariants(plan: QueryPlan): string[] {
  let variants = [''];
  for (const word of plan.words.filter((w) => w.required)) {
    variants = variants.flatMap((prefix) => word.alternatives.map((a) => prefix + compact(a.text))).slice(0, 16);
  }
  const typed = plan.words.map((word) => compact(word.text)).join('');
  return [...new Set([...variants, typed])].filter(Boolean);
}

interface PageText {
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

export function checkPage(page: PageText, plan: QueryPlan): Checked {
  const title = compact(page.meta.title ?? '');
  // The year a page is of and its section count as its metadata: 2025清明祭扫报道 finds the report
  // (活动报道) of April 2025 whose title names neither. A policy is of the years it is in force, not
  // of the day it was issued: the 2024 standard, issued in December 2023, does not answer 2023年优待金.
  const current = inForceIn(page.meta.in_force, plan.when.year);
  const yearOf = (text = '') => /^\d{4}/.exec(text)?.[0];
  const year = current === undefined ? yearOf(page.meta.date) : current ? String(plan.when.year) : yearOf(page.meta.in_force);
  const section = (page.filters?.['栏目'] ?? []).join(' ');
  const meta = compact(`${page.meta.summary ?? ''} ${page.meta.terms ?? ''} ${year ? `${year}年` : ''} ${section}`);
  const content = compact(page.content);
  const required = plan.words.filter((word) => word.required);
  const alts = (word: QueryPlan['words'][number]) => word.alternatives.map((a) => compact(a.text)).filter(Boolean);
  const holds = (text: string) => (word: QueryPlan['words'][number]) => alts(word).some((alt) => text.includes(alt));
  const optional = plan.words.filter((word) => !word.required);
  // A named date the page is of (9月30 on the report of September 30th) counts like a word it holds.
  const dated = onDate(page.meta.date, plan.when) ? (plan.when.day === Number(page.meta.date?.slice(8, 10)) ? 2 : 1) : 0;
  const hints = plan.hints.map(compact).filter(Boolean);
  const score =
    optional.reduce((sum, word) => sum + (holds(title)(word) ? 2 : 0) + (holds(content)(word) ? 1 : 0), 0) +
    hints.reduce((sum, hint) => sum + (title.includes(hint) || meta.includes(hint) ? 2 : 0) + (content.includes(hint) ? 1 : 0), 0) +
    (plan.sections.some((section) => page.filters?.['栏目']?.includes(section)) ? 3 : 0) +
    dated * 2;
  const variants = coreVariants(plan);
  const fit = title
    ? Math.min(1, Math.max(0, ...variants.filter((v) => title.includes(v)).map((v) => [...v].length)) / [...title].length)
    : 0;
  const held =
    dated +
    required.reduce(
      (sum, word) => sum + (holds(`${title}${meta}${content}`)(word) ? 1 : 0) + (holds(`${title}${meta}`)(word) ? 0.5 : 0),
      0,
    );
  const directory = page.meta.directory === '1';
  const profile = (page.filters?.['栏目'] ?? []).includes(PROFILE_SECTION) && variants.some((variant) => title.startsWith(variant));
  const ofKind = plan.wantedKinds.length === 0 || plan.wantedKinds.some((kind) => title.includes(kind) || meta.includes(kind));
  const result = (tier: MatchTier): Checked => ({
    tier,
    found: tier <= 4 && ofKind,
    ofKind,
    score,
    fit,
    held,
    current,
    directory,
    profile,
  });
  if (required.length === 0) return result(6);
  // A month named is required like a word: the page is of it, or its text names it (9月; 2月 is not in 12月).
  if (plan.when.month !== undefined && !dated && !new RegExp(`(?<!\\d)0?${plan.when.month}月`).test(`${title}${meta}${content}`))
    return result(6);
  if (variants.some((variant) => title.includes(variant))) return result(0);
  if (required.every(holds(title))) return result(1);
  if (required.every(holds(`${title}${meta}`))) return result(2);
  if (variants.some((variant) => content.includes(variant))) return result(3);
  if (!required.every(holds(`${title}${meta}${content}`))) return result(6);
  // Close together: what separates the words is at most a couple of characters (退役士兵的安置).
  const width = required.reduce((sum, word) => sum + Math.max(...alts(word).map((alt) => [...alt].length)), 0) + 2;
  return result(closeTogether(content, required.map(alts), width) ? 4 : 5);
}

/** Whether a validity "from/to" (ISO dates, either may be empty) covers some of `year`; undefined without both. */
export function inForceIn(range: string | undefined, year: number | undefined): boolean | undefined {
  if (!range || year === undefined) return undefined;
  const [from = '', to = ''] = range.split('/');
  return (from === '' || Number(from.slice(0, 4)) <= year) && (to === '' || Number(to.slice(0, 4)) >= year);
}

/**
 * Whether a page's date (YYYY-MM-DD) is in the month a query names (and its year, if named too);
 * false when it names no month: a year alone (去年双拥工作总结) says what a page is about, and the
 * summary of 2025 is dated 2026 (the year is a hint on the page's words instead).
 */
export function onDate(date: string | undefined, when: QueryPlan['when']): boolean {
  if (!date || when.month === undefined) return false;
  const [year, month] = date.split('-').map(Number);
  return (when.year === undefined || when.year === year) && when.month === month;
}

/** Whether one occurrence of each word (any of its alternatives) fits in a window of `width` characters. */
export function closeTogether(text: string, words: string[][], width: number): boolean {
  const hits: [number, number][] = [];
  words.forEach((alternatives, w) => {
    for (const alt of alternatives) {
      for (let at = text.indexOf(alt); at >= 0; at = text.indexOf(alt, at + 1)) hits.push([at, w]);
    }
  });
  hits.sort((a, b) => a[0] - b[0]);
  const inWindow = new Map<number, number>();
  let start = 0;
  for (const [at, word] of hits) {
    inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
    for (let first = hits[start]; first && at - first[0] > width; first = hits[start]) {
      const w = first[1];
      const left = (inWindow.get(w) ?? 0) - 1;
      if (left) inWindow.set(w, left);
      else inWindow.delete(w);
      start++;
    }
    if (inWindow.size === words.length) return true;
  }
  return false;
}
