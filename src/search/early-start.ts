/**
 * The search page's early start. The search island is a module at the end of the page, so it runs
 * only once the page is parsed: measured with 4× CPU throttling, Pagefind then began its start-up
 * (WebAssembly, index metadata) about 450 ms after the first byte, and the vocabulary shards came
 * after that, on the way to the first results. A classic inline script in <head>
 * (src/islands/search-start.ts) begins both while the page is still parsing, when the address
 * holds a search; the island then takes over what was begun (takeEarlyPagefind, takeEarlyShard).
 */
import { loadPagefind, type PagefindModule } from './pagefind-start.ts';
import { fetchLexiconShard, shardsFor } from './lexicon-shards.ts';
import { asksForSearch, readSearchState } from './url.ts';
import type { LexiconFile } from './understand.ts';

const EARLY_START = '__searchEarlyStart';
interface EarlyStart {
  pagefind?: Promise<PagefindModule>;
  shards: Map<number, Promise<LexiconFile>>;
}
type EarlyStartGlobal = typeof globalThis & { [EARLY_START]?: EarlyStart };
const early = (): EarlyStart | undefined => (globalThis as EarlyStartGlobal)[EARLY_START];

/** Begins loading Pagefind and the query's vocabulary shards now; does nothing without a search in the address. */
export function startEarly(search = location.search): void {
  const state = readSearchState(new URLSearchParams(search));
  if (!asksForSearch(state)) return;
  const begun: EarlyStart = { pagefind: loadPagefind(), shards: new Map() };
  for (const shard of shardsFor(state.q)) begun.shards.set(shard, fetchLexiconShard(shard));
  // Failures are the island's to report: it asks again for anything that failed here.
  for (const started of [begun.pagefind, ...begun.shards.values()]) started?.catch(() => undefined);
  (globalThis as EarlyStartGlobal)[EARLY_START] = begun;
}

/** The Pagefind the early start began, once; undefined if none was begun. */
export function takeEarlyPagefind(): Promise<PagefindModule> | undefined {
  const begun = early();
  const pagefind = begun?.pagefind;
  if (begun) delete begun.pagefind;
  return pagefind;
}

/** One vocabulary shard the early start began fetching, once; undefined if it did not. */
export function takeEarlyShard(shard: number): Promise<LexiconFile> | undefined {
  const shards = early()?.shards;
  const file = shards?.get(shard);
  shards?.delete(shard);
  return file;
}
