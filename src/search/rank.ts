/**
 * Ordering and presentation of search results: verbatim matches first (title, then body), then
 * pages holding every word, OR-merge of relaxed searches, and a Ctrl+F-style excerpt around the
 * first verbatim occurrence. Pure functions shared by the search island and its tests.
 */
import { intlSegmenter, queryParts, queryWords, type Segmenter } from './query.ts';

/**
 * How well a page matches, best first:
 * 0 the title holds the query verbatim; 1 the text does; 2 the text holds every word of the query
 * (e.g. 三等功 and 奖励 for 三等功奖励); 3 looser (Pagefind matched parts or prefixes of words).
 */
export type Tier = 0 | 1 | 2 | 3;

/** Characters as a verbatim comparison sees them: NFKC, lower case, letters and digits only. */
function comparable(char: string): string {
  return char
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The text compacted for comparison, with a map from each compact character back to the index
 * (in code points) of the character of `text` it came from. Spaces, zero-width spaces (Pagefind puts
 * them between words) and punctuation are skipped, so "优待 金" and "优待金" compare equal.
 */
export function compactWithMap(text: string): { compact: string; map: number[]; chars: string[] } {
  const chars = [...text];
  let compact = '';
  const map: number[] = [];
  chars.forEach((char, index) => {
    for (const piece of comparable(char)) {
      compact += piece;
      map.push(index);
    }
  });
  return { compact, map, chars };
}

function compactPart(part: string): string {
  return [...part].map(comparable).join('');
}

/**
 * Every verbatim occurrence of `part` in `text` as [start, end) in code points of `text`,
 * starting the search at code point `from`.
 */
export function findAll(text: string, part: string, from = 0): [number, number][] {
  const needle = compactPart(part);
  if (!needle) return [];
  const { compact, map } = compactWithMap(text);
  const found: [number, number][] = [];
  let index = compact.indexOf(needle);
  while (index >= 0) {
    // The needle was found at `index`, so the map holds an entry for each of its characters.
    const start = map[index];
    const last = map[index + needle.length - 1];
    if (start === undefined || last === undefined) break;
    const end = last + 1;
    if (start >= from) found.push([start, end]);
    index = compact.indexOf(needle, index + needle.length);
  }
  return found;
}

export function containsAll(text: string, parts: string[]): boolean {
  if (parts.length === 0) return false;
  const { compact } = compactWithMap(text);
  return parts.every((part) => compact.includes(compactPart(part)));
}

export function matchTier(item: { title: string; content: string }, query: string, segment: Segmenter = intlSegmenter): Tier {
  const parts = queryParts(query);
  if (containsAll(item.title, parts)) return 0;
  if (containsAll(item.content, parts)) return 1;
  if (containsAll(`${item.title} ${item.content}`, queryWords(query, segment))) return 2;
  return 3;
}

/**
 * Stable reorder by tier, keeping Pagefind's order (rank) within a tier — except that among pages
 * whose title holds the query the newer comes first (the 2026 优待金 standard before the 2024 one).
 */
export function orderByTier<T extends { tier: number; rank: number; date?: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.tier - b.tier || (a.tier === 0 ? (b.date ?? '').localeCompare(a.date ?? '') : 0) || a.rank - b.rank);
}

/**
 * The most distinct match positions (Pagefind's `words`, in word positions) within any window of
 * `width` positions: a page holding a query verbatim has all its terms within the query's length.
 */
export function proximity(words: number[], width: number): number {
  const positions = [...new Set(words)].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (const [end, last] of positions.entries()) {
    // start <= end, so positions[start] exists.
    while (last - (positions[start] ?? last) > width) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

export interface Hit {
  id: string;
  score: number;
}

/**
 * Merges several result lists (one search per word) into one: pages found by more of the lists
 * first, then by summed score. Each id keeps its first object.
 */
export function mergeAnyOf<T extends Hit>(lists: T[][]): T[] {
  const merged = new Map<string, { hit: T; count: number; score: number }>();
  for (const list of lists) {
    for (const hit of list) {
      const entry = merged.get(hit.id);
      if (entry) {
        entry.count += 1;
        entry.score += hit.score;
      } else {
        merged.set(hit.id, { hit, count: 1, score: hit.score });
      }
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((entry) => entry.hit);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A Ctrl+F-style excerpt: about `radius` characters either side of the first verbatim occurrence of
 * the query (after `skip`, usually the page title that opens the text, when there is one after it),
 * from the start of its sentence when that is near, HTML-escaped, with every occurrence of each
 * query part in the window wrapped in <mark>.
 * Returns undefined when the text does not contain every part of the query.
 */
export function verbatimExcerpt(text: string, query: string, options: ExcerptOptions = {}): string | undefined {
  const parts = queryParts(query);
  return containsAll(text.replace(/\u200B/g, ''), parts) ? excerptAround(text, parts, options) : undefined;
}

/**
 * The same for a partial match: cut around the first of the words that the text holds, and mark
 * each of them. Returns undefined when it holds none.
 */
export function wordsExcerpt(text: string, words: string[], options: ExcerptOptions = {}): string | undefined {
  const held = words.filter((word) => containsAll(text.replace(/\u200B/g, ''), [word]));
  return held.length ? excerptAround(text, held, options) : undefined;
}

export interface ExcerptOptions {
  radius?: number;
  /** Text that opens the page (its title): the excerpt prefers an occurrence after it. */
  skip?: string;
}

/** How far into the text the title may start and still be skipped as the page's opening. */
const TITLE_WITHIN = 48;

function excerptAround(text: string, parts: string[], options: ExcerptOptions): string | undefined {
  const radius = options.radius ?? 36;
  const clean = text.replace(/\u200B/g, '');
  let from = 0;
  if (options.skip) {
    // The title opens the indexed text, after at most a short line above it (示例县双拥宣传站 · 政策解读).
    const title = findAll(clean, options.skip)[0];
    if (title && title[0] < TITLE_WITHIN) from = title[1];
  }
  const occurrences = parts.flatMap((part) => findAll(clean, part)).sort((a, b) => a[0] - b[0]);
  const first = occurrences.find(([start]) => start >= from) ?? occurrences[0];
  if (!first) return undefined;
  const chars = [...clean];
  // Start at the beginning of the sentence (or block: Pagefind joins blocks with ". ") when it is
  // within reach, so the excerpt reads as text rather than a cut-off fragment.
  let start = Math.max(0, first[0] - radius);
  let sentence = start === 0;
  for (let i = first[0] - 1; i >= start; i--) {
    const char = chars[i] ?? '';
    if (/[。！？；]/u.test(char) || (char === ' ' && chars[i - 1] === '.')) {
      start = i + 1;
      sentence = true;
      break;
    }
  }
  while (start < first[0] && /\s/u.test(chars[start] ?? '')) start++;
  const end = Math.min(chars.length, Math.max(first[1] + radius, start + 2 * radius + (first[1] - first[0])));
  const marks = occurrences.filter(([a, b]) => a >= start && b <= end);
  let html = '';
  let cursor = start;
  for (const [a, b] of marks) {
    if (a < cursor) continue;
    html += escapeHtml(chars.slice(cursor, a).join('')) + '<mark>' + escapeHtml(chars.slice(a, b).join('')) + '</mark>';
    cursor = b;
  }
  html += escapeHtml(chars.slice(cursor, end).join(''));
  return `${sentence ? '' : '…'}${html.trim()}${end < chars.length ? '…' : ''}`;
}
