/**
 * Starting Pagefind's JS API (only ever on /search/) the way our engine needs, as early as the page
 * allows.
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
 * - The search page begins this from <head>, before its island has loaded (early-start.ts).
 */
import type { PagefindApi } from './engine.ts';

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
