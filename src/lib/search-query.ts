/**
 * Query handling for site search, shared by the search island (in the browser) and the recall
 * script (in Node). Pure functions: no DOM, no Pagefind, no Astro.
 *
 * Chinese readers expect Ctrl+F behaviour: a query that appears verbatim in a page must find it and
 * such pages should come first. Pagefind 1.6's extended index already holds every adjacent character
 * pair of Chinese text next to the segmented words, so most substrings are found; these helpers add
 * what the index cannot: recognising verbatim matches, and relaxing a query that found nothing.
 */

/** Longest query we send; a pasted paragraph is cut here. */
export const MAX_QUERY_LENGTH = 64;

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The query as typed, tidied: full-width letters, digits and spaces become half-width (NFKC),
 * runs of whitespace become one space, and it is cut to MAX_QUERY_LENGTH characters.
 */
export function normalizeQuery(raw: string): string {
  const tidy = raw.normalize('NFKC').replace(/[\s\u200B]+/gu, ' ').trim();
  return [...tidy].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Text reduced to what a verbatim comparison looks at: letters and digits only, lower case.
 * Spaces, zero-width spaces (Pagefind puts them between segmented words) and punctuation go.
 */
export function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The space-separated parts of a query, each compacted; empty parts are dropped. */
export function queryParts(query: string): string[] {
  return normalizeQuery(query).split(' ').map(compact).filter(Boolean);
}

/** True when every part of the query appears, character for character, in the text. */
export function containsVerbatim(text: string, query: string): boolean {
  const parts = queryParts(query);
  if (parts.length === 0) return false;
  const haystack = compact(text);
  return parts.every((part) => haystack.includes(part));
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Maximal runs of Chinese characters, in order. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

export type Segmenter = (text: string) => string[];

/** Word segmentation as Pagefind does it in the browser (Intl.Segmenter, zh-CN, word granularity). */
export const intlSegmenter: Segmenter = (text) => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
};

/**
 * The terms Pagefind will look up for a query: each part segmented into words. Pagefind requires
 * every term (AND); a term matches index words that start with it.
 */
export function queryTerms(query: string, segment: Segmenter = intlSegmenter): string[] {
  return normalizeQuery(query)
    .split(' ')
    .flatMap((part) => segment(part))
    .map((term) => compact(term))
    .filter(Boolean);
}

/**
 * Relaxed queries to try, in order, when a query finds nothing:
 * 1. each Chinese character as its own term (the index has every character pair, so every character
 *    that starts a pair is a word; this finds any page holding all the characters), when the query
 *    is Chinese and longer than one character;
 * 2. each term of the query on its own (OR), when there are several terms — for questions such as
 *    "退役士兵怎么安置" where "怎么" appears nowhere.
 * The caller merges the results of step 2 and confirms matches against page text.
 */
export interface Relaxation {
  /** The character-split query, e.g. "优 待 金", or undefined when it would not differ. */
  characters?: string;
  /** Terms to search one by one, or an empty list when the query is a single term. */
  anyOf: string[];
}

export function relaxQuery(query: string, segment: Segmenter = intlSegmenter): Relaxation {
  const normal = normalizeQuery(query);
  const chars = hanRuns(normal).join('');
  const split = [...chars].join(' ');
  const terms = [...new Set(queryTerms(normal, segment))];
  return {
    characters: chars.length > 1 && split !== normal ? split : undefined,
    anyOf: terms.length > 1 ? terms : [],
  };
}
