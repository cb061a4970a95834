/**
 * The vocabulary is also written in shards by a word's first character (search-lexicon/<n>.json):
 * cutting a query into words needs only the words that start with one of its characters, so the
 * first search fetches the few shards its characters fall in instead of the whole vocabulary.
 * Synonyms and common terms go with their key. A module of its own, small enough for the search
 * page's early start (early-start.ts) to fetch a query's shards from <head>.
 */
import { normalizeQuery } from './query.ts';
import type { LexiconFile } from './understand.ts';

/**
 * 128: a long question touches one shard per distinct character (up to ten or so), so the bytes it
 * fetches fall with the shard count; 32 shards cost a ten-character question 7 KB of a 13 KB
 * vocabulary on a 2,000-page site (BENCHMARKS.md, 搜索).
 */
export const LEXICON_SHARDS = 128;

/** The shard a word (or synonym key) belongs to: its first character's code point, modulo the shard count. */
export function lexiconShard(word: string): number {
  return (word.toLowerCase().codePointAt(0) ?? 0) % LEXICON_SHARDS;
}

/** The shards a query needs: those of each of its characters (lower-cased, as planQuery reads them). */
export function shardsFor(query: string): number[] {
  return [...new Set([...normalizeQuery(query).toLowerCase()].filter((char) => char.trim()).map(lexiconShard))].sort((a, b) => a - b);
}

export const LEXICON_URL = '/search-lexicon/';

/** The URL of one shard of the vocabulary (written at build time by src/pages/search-lexicon/[shard].json.ts). */
export function lexiconShardUrl(shard: number, base = LEXICON_URL): string {
  return `${base}${shard}.json`;
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export function fetchLexiconShard(shard: number, base = LEXICON_URL): Promise<LexiconFile> {
  return fetchJson<LexiconFile>(lexiconShardUrl(shard, base));
}
