/**
 * Fetches what the search engine needs beside Pagefind: the site's vocabulary and its words by
 * sound, shard by shard. Pagefind itself is started by pagefind-start.ts.
 */
import { addToLexicon, readLexicon, type Lexicon } from './understand.ts';
import { fetchJson, fetchLexiconShard, LEXICON_SHARDS, LEXICON_URL, shardsFor } from './lexicon-shards.ts';
import { takeEarlyShard } from './early-start.ts';
import { addSoundShard, charShard, hasSoundKey, keyShard, wordKeys, type SoundIndex, type SoundShard } from './pinyin.ts';

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
      // The search page's early start may have asked for it already (only ever for the default base).
      const file = (base === LEXICON_URL ? takeEarlyShard(shard) : undefined) ?? fetchLexiconShard(shard, base);
      loaded = file.then((file) => void addToLexicon(lexicon, file));
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
    const keys = texts.filter(hasSoundKey).flatMap((text) => wordKeys(text, index.readings));
    await Promise.all([...new Set(keys.map(keyShard))].map((shard) => load(`w${shard}`)));
    return index;
  };
}
