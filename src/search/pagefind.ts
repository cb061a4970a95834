/**
 * Loads Pagefind's JS API (only ever on /search/) and starts it the way our engine needs.
 *
 * - Our engine sends Pagefind ready-made terms (character pairs, see pagefindTerms). Pagefind
 *   re-segments a query with Intl.Segmenter when the page language is Chinese, Japanese or Thai,
 *   and it takes that language from <html lang> once, when it starts. So for that one synchronous
 *   call the attribute reads "und" (undetermined): Pagefind then keeps our terms as they are and
 *   still loads the site's only index (zh-cn). The attribute is restored before anything renders.
 *   Should a later Pagefind ignore this, it re-segments our pairs into characters: results stay the
 *   same, only more of the index is downloaded.
 * - noWorker: the search runs on the main thread instead of in pagefind-worker.js, which saves a
 *   12 KB (gzip) download on the first query; searching a 2,000-page index takes milliseconds.
 */
import type { PagefindApi } from './engine.ts';
import { addToLexicon, LEXICON_SHARDS, readLexicon, shardsFor, type Lexicon, type LexiconFile } from './understand.ts';
import { addSoundShard, charShard, keyShard, wordKeys, type SoundIndex, type SoundShard } from './pinyin.ts';

export const PAGEFIND_URL = '/pagefind/pagefind.js';

export interface PagefindModule extends PagefindApi {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
}

export async function startPagefind(pagefind: PagefindModule): Promise<PagefindModule> {
  await pagefind.options({ excerptLength: 36, noWorker: true });
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  let started: Promise<void>;
  try {
    started = pagefind.init();
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await started;
  return pagefind;
}

export async function loadPagefind(url = PAGEFIND_URL): Promise<PagefindModule> {
  return startPagefind((await import(/* @vite-ignore */ url)) as PagefindModule);
}

export const LEXICON_URL = '/search-lexicon/';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The URL of one shard of the vocabulary (written at build time by src/pages/search-lexicon/[shard].json.ts). */
export function lexiconShardUrl(shard: number, base = LEXICON_URL): string {
  return `${base}${shard}.json`;
}

/**
 * The site's vocabulary and synonyms, fetched shard by shard as queries need them (see shardsFor):
 * `load(query)` resolves to one lexicon holding every shard fetched so far, `load()` to the whole
 * vocabulary (for typo correction). A shard that failed to load is tried again next time.
 */
export function lexiconLoader(base = LEXICON_URL): (query?: string) => Promise<Lexicon> {
  const lexicon = readLexicon({ version: 1, words: '', synonyms: {} });
  const shards = new Map<number, Promise<void>>();
  const load = (shard: number) => {
    let loaded = shards.get(shard);
    if (!loaded) {
      loaded = fetchJson<LexiconFile>(lexiconShardUrl(shard, base)).then((file) => void addToLexicon(lexicon, file));
      loaded.catch(() => shards.delete(shard));
      shards.set(shard, loaded);
    }
    return loaded;
  };
  const all = Array.from({ length: LEXICON_SHARDS }, (_, shard) => shard);
  return async (query) => {
    await Promise.all((query === undefined ? all : shardsFor(query)).map(load));
    return lexicon;
  };
}

export const SOUNDS_URL = '/search-pinyin/';

/**
 * The site's words by sound for typo correction, fetched shard by shard (see SoundShard): first the
 * shards of the texts' characters (their readings), then those of the keys the readings make.
 * `load(texts)` resolves to one partial index holding every shard fetched so far.
 */
export function soundLoader(base = SOUNDS_URL): (texts: string[]) => Promise<SoundIndex> {
  const index: SoundIndex = { readings: new Map(), words: new Map() };
  const shards = new Map<string, Promise<void>>();
  const load = (name: string) => {
    let loaded = shards.get(name);
    if (!loaded) {
      loaded = fetchJson<SoundShard>(`${base}${name}.json`).then((file) => void addSoundShard(index, file));
      loaded.catch(() => shards.delete(name));
      shards.set(name, loaded);
    }
    return loaded;
  };
  return async (texts) => {
    await Promise.all([...new Set(texts.flatMap((text) => [...text].map(charShard)))].map((shard) => load(`r${shard}`)));
    const keys = texts.flatMap((text) => wordKeys(text, index.readings));
    await Promise.all([...new Set(keys.map(keyShard))].map((shard) => load(`w${shard}`)));
    return index;
  };
}
