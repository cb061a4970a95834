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
import { readLexicon, type Lexicon, type LexiconFile } from './understand.ts';
import type { PinyinTable } from './pinyin.ts';

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

export const LEXICON_URL = '/search-lexicon.json';
export const PINYIN_URL = '/search-pinyin.json';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The site's vocabulary and synonyms (written at build time by src/pages/search-lexicon.json.ts). */
export async function loadLexicon(url = LEXICON_URL): Promise<Lexicon> {
  return readLexicon(await fetchJson<LexiconFile>(url));
}

/** The pinyin table for typo tolerance (fetched only when a query needs it). */
export function loadPinyin(url = PINYIN_URL): Promise<PinyinTable> {
  return fetchJson<PinyinTable>(url);
}
