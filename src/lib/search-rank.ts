/**
 * Ordering and presentation of search results: verbatim matches first (title, then body), OR-merge
 * of relaxed searches, and a Ctrl+F-style excerpt around the first verbatim occurrence.
 * Pure functions shared by the search island and its tests.
 */
import { compact, containsVerbatim, queryParts } from './search-query.ts';

export interface Ranked {
  /** Pagefind's order (0 = best); ties in tier keep this order. */
  rank: number;
  title: string;
  content: string;
}

/** 0: the title holds the query verbatim; 1: the body does; 2: only some of its words are there. */
export function matchTier(item: Pick<Ranked, 'title' | 'content'>, query: string): 0 | 1 | 2 {
  if (containsVerbatim(item.title, query)) return 0;
  if (containsVerbatim(item.content, query)) return 1;
  return 2;
}

/** Stable reorder: verbatim title matches, then verbatim body matches, then the rest. */
export function rankByVerbatim<T extends Ranked>(items: T[], query: string): T[] {
  return items
    .map((item) => ({ item, tier: matchTier(item, query) }))
    .sort((a, b) => a.tier - b.tier || a.item.rank - b.item.rank)
    .map(({ item }) => item);
}

export interface Hit {
  id: string;
  score: number;
}

/**
 * Merges several result lists (one search per term) into one: pages matching more of the lists
 * first, then by summed score. Ids keep their first object.
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
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Finds the first verbatim occurrence of a query part in text, allowing spaces and zero-width
 * spaces between its characters (Pagefind's page text has them between words).
 * Returns [start, end) in the original text, or undefined.
 */
export function findVerbatim(text: string, part: string): [number, number] | undefined {
  const chars = [...compact(part)];
  if (chars.length === 0) return undefined;
  const escaped = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('[\\s\\u200B]*'), 'iu');
  const match = pattern.exec(text.normalize('NFKC'));
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/**
 * A Ctrl+F-style excerpt: about `radius` characters either side of the first verbatim occurrence of
 * the query, HTML-escaped, with every occurrence of each query part wrapped in <mark>.
 * Returns undefined when the text does not contain the query verbatim.
 */
export function verbatimExcerpt(text: string, query: string, radius = 36): string | undefined {
  const clean = text.normalize('NFKC').replace(/\u200B/g, '');
  const parts = queryParts(query);
  const first = parts.map((part) => findVerbatim(clean, part)).filter((r) => r !== undefined).sort((a, b) => a[0] - b[0])[0];
  if (!first || !parts.every((part) => findVerbatim(clean, part))) return undefined;
  const chars = [...clean];
  // Work in code points so that a cut never splits a character.
  const startCp = [...clean.slice(0, first[0])].length;
  const endCp = startCp + [...clean.slice(first[0], first[1])].length;
  const from = Math.max(0, startCp - radius);
  const to = Math.min(chars.length, endCp + radius);
  const window = chars.slice(from, to).join('');
  const marks: [number, number][] = [];
  for (const part of parts) {
    let offset = 0;
    let found = findVerbatim(window, part);
    while (found) {
      marks.push([offset + found[0], offset + found[1]]);
      offset += found[1];
      found = findVerbatim(window.slice(offset), part);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let html = '';
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue;
    html += escapeHtml(window.slice(cursor, start)) + '<mark>' + escapeHtml(window.slice(start, end)) + '</mark>';
    cursor = end;
  }
  html += escapeHtml(window.slice(cursor));
  return `${from > 0 ? '…' : ''}${html.trim()}${to < chars.length ? '…' : ''}`;
}
