/**
 * Query handling for site search, shared by the search island (in the browser) and the recall
 * script (in Node). Pure functions: no DOM, no Pagefind, no Astro.
 *
 * Chinese readers expect Ctrl+F behaviour: a query that appears verbatim in a page must find it, and
 * such pages should come first. These helpers turn a query into the terms Pagefind looks up, tell
 * which words a reader meant, and relax a query that found nothing.
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
  const tidy = raw
    .normalize('NFKC')
    .replace(/[\s\u200B]+/gu, ' ')
    .trim();
  return [...tidy].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Text reduced to what a verbatim comparison looks at: letters and digits only, lower case.
 * Spaces, zero-width spaces (Pagefind puts them between segmented words) and punctuation go.
 */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The space-separated parts of a query, each compacted; empty parts are dropped. */
export function queryParts(query: string): string[] {
  return normalizeQuery(query).split(' ').map(compact).filter(Boolean);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Maximal runs of Chinese characters, in order. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

export type Segmenter = (text: string) => string[];

/**
 * Word segmentation as browsers do it (Intl.Segmenter, zh-CN, word granularity). Where a browser
 * lacks Intl.Segmenter, each Chinese character counts as a word (queryWords joins them back).
 */
export const intlSegmenter: Segmenter = (text) => {
  if (typeof Intl.Segmenter !== 'function') return text.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
};

/**
 * The query's words for a "has every word" check: segmented like Pagefind does, but runs of single
 * Chinese characters (what the segmenter leaves of a word it does not know, e.g. 优|待|金 or 段|简)
 * are joined back together, since a reader who typed 优待金 means that word, not three characters.
 */
export function queryWords(query: string, segment: Segmenter = intlSegmenter): string[] {
  const words: string[] = [];
  for (const part of normalizeQuery(query).split(' ')) {
    let run = '';
    for (const piece of segment(part).map(compact).filter(Boolean)) {
      if ([...piece].length === 1 && hasHan(piece)) {
        run += piece;
        continue;
      }
      if (run) words.push(run);
      run = '';
      words.push(piece);
    }
    if (run) words.push(run);
  }
  return [...new Set(words)];
}

/**
 * The terms we hand to Pagefind for a query, space-separated (Pagefind requires every term, and a
 * term matches index words that start with it).
 *
 * Pagefind 1.6's extended index stores, besides the segmented words, every adjacent pair of Chinese
 * characters in the text. So a Chinese run of two or more characters is sent as character pairs
 * that cover it (优待金 → 优待 待金; 退役士兵安置 → 退役 士兵 安置): every page containing the run
 * contains each pair, whatever the segmenter made of the surrounding text — Ctrl+F recall — and a
 * pair is a narrow prefix, so only a small part of the index is downloaded. One Chinese character is
 * sent as it is; letters and digits keep their words.
 */
export function pagefindTerms(query: string): string {
  const terms: string[] = [];
  for (const token of normalizeQuery(query)
    .toLowerCase()
    .match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []) {
    if (!hasHan(token)) {
      terms.push(token);
      continue;
    }
    terms.push(...coveringPairs(token));
  }
  return [...new Set(terms)].join(' ');
}

/** At most this many pairs per run: each pair may cost an index chunk to download. */
export const MAX_PAIRS = 3;

/**
 * Character pairs covering a run: starts 0, 2, 4 … and, for an odd length, the last pair
 * (优待金 → 优待 待金). Longer runs keep MAX_PAIRS pairs spread from its start to its end; the pages
 * found then still include every page holding the run, and the verbatim check orders them.
 */
export function coveringPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const starts: number[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) starts.push(i);
  if (chars.length % 2 === 1) starts.push(chars.length - 2);
  const kept =
    starts.length <= MAX_PAIRS
      ? starts
      : Array.from({ length: MAX_PAIRS }, (_, k) => starts[Math.round((k * (starts.length - 1)) / (MAX_PAIRS - 1))]).filter(
          (i) => i !== undefined,
        );
  return kept.map((i) => chars.slice(i, i + 2).join(''));
}

/**
 * The words a reader typed, for relaxing a query that found nothing: segmented by the browser,
 * words of two or more characters only (a single character alone matches nearly every page); when
 * there are none, the runs of single characters joined back (段简 stays 段简).
 */
export function readerWords(query: string, segment: Segmenter = intlSegmenter): string[] {
  const words = normalizeQuery(query)
    .split(' ')
    .flatMap((part) => segment(part))
    .map(compact)
    .filter((word) => [...word].length >= 2);
  return [...new Set(words.length ? words : queryWords(query, segment))];
}

/**
 * When a query finds nothing, its words are searched one by one and the pages holding the most of
 * them are listed — for questions such as "退役士兵怎么安置", where "怎么" appears nowhere.
 * Returns the Pagefind terms of each word, or an empty list when relaxing would change nothing.
 */
export function relaxQuery(query: string, segment: Segmenter = intlSegmenter): string[] {
  const whole = pagefindTerms(query);
  const unique = [...new Set(readerWords(query, segment).map(pagefindTerms))];
  return unique.length > 1 || (unique.length === 1 && unique[0] !== whole) ? unique : [];
}
