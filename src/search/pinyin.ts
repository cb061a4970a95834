/**
 * Typo tolerance through pinyin, the browser half: residents type with a pinyin IME and pick a
 * wrong character of the same (or nearly the same) sound — 优待经 for 优待金, 林园 for 陵园. The
 * build makes a table (each fuzzy syllable with the characters read that way), indexes the site's
 * words by the same syllables, and writes both in shards (search-pinyin/<n>.json); the browser
 * looks up a query word the site does not use by its own syllables. Pure functions, no pinyin-pro
 * here (its dictionary is far too big for a phone); the build side is in lexicon-build.ts.
 */

/**
 * A syllable as a southern or hurried typist may confuse it: retroflex and flat initials are the same
 * (zh/z, ch/c, sh/s), as are n/l, and front and back nasals (in/ing, en/eng, an/ang). Tones are gone.
 */
export function fuzzySyllable(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?!g)/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

export interface PinyinTable {
  /** Fuzzy syllable → every character read that way (common characters and all characters on the site). */
  readings: Record<string, string>;
}

/** Character → its fuzzy syllables (several for 多音字). */
export function charReadings(table: PinyinTable): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(table.readings)) {
    for (const char of chars) {
      const list = map.get(char);
      if (list) list.push(syllable);
      else map.set(char, [syllable]);
    }
  }
  return map;
}

/** At most this many readings of a word are tried (several 多音字 multiply). */
const MAX_KEYS = 32;

/** The fuzzy pinyin keys a word may be read as; empty when a character has no known reading. */
export function wordKeys(word: string, readings: Map<string, string[]>): string[] {
  let keys = [''];
  for (const char of word) {
    const options = readings.get(char);
    if (!options) return [];
    keys = keys.flatMap((key) => options.map((option) => (key ? `${key} ${option}` : option))).slice(0, MAX_KEYS);
  }
  return keys;
}

export interface SoundIndex {
  readings: Map<string, string[]>;
  /** Fuzzy key → site words of 2–6 characters read that way. */
  words: Map<string, string[]>;
}

/** Only words of 2–6 characters are indexed by sound (a single character sounds like too much). */
export function hasSoundKey(word: string): boolean {
  const length = [...word].length;
  return length >= 2 && length <= 6;
}

/** Indexes the site's words by how they sound (done once, in the browser, from the table and the vocabulary). */
export function soundIndex(table: PinyinTable, words: Iterable<string>): SoundIndex {
  const readings = charReadings(table);
  const index = new Map<string, string[]>();
  for (const word of words) {
    if (!hasSoundKey(word)) continue;
    for (const key of wordKeys(word, readings)) {
      const list = index.get(key);
      if (!list) index.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  return { readings, words: index };
}

/**
 * Site words that sound like `word` but are written differently, best first: those sharing more
 * characters with it (a one-character slip is likelier than a whole different word).
 */
export function soundAlikes(word: string, index: SoundIndex): string[] {
  const found = new Set<string>();
  for (const key of wordKeys(word, index.readings))
    for (const candidate of index.words.get(key) ?? []) if (candidate !== word) found.add(candidate);
  const chars = [...word];
  const shared = (candidate: string) => [...candidate].filter((char, i) => chars[i] === char).length;
  return [...found].sort((a, b) => shared(b) - shared(a) || a.localeCompare(b, 'zh-CN'));
}

/**
 * The table and the sound index in shards, so that a typo costs a few small downloads instead of
 * the whole table and vocabulary: a character's readings are in the readings shard of its code
 * point (search-pinyin/r<n>.json), a key's words in the words shard of the key's hash
 * (search-pinyin/w<n>.json). The browser fetches the readings shards of the characters it looks
 * up, then the words shards of the keys they make (see soundLoader). 256 shards: a typo check
 * fetches one shard per character and per key (often twenty), so their size is what it pays.
 */
export const SOUND_SHARDS = 256;

export interface SoundShard {
  /** Character → its fuzzy syllables, space-separated (readings shards). */
  chars?: Record<string, string>;
  /** Fuzzy key → site words read that way, "|"-separated (words shards). */
  keys?: Record<string, string>;
}

export function charShard(char: string): number {
  return (char.codePointAt(0) ?? 0) % SOUND_SHARDS;
}

export function keyShard(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return hash % SOUND_SHARDS;
}

/** Splits a sound index (built from the table and the vocabulary) into readings shards and words shards. */
export function shardSounds(index: SoundIndex): { readings: SoundShard[]; words: SoundShard[] } {
  const readings = Array.from({ length: SOUND_SHARDS }, (): { chars: Record<string, string> } => ({ chars: {} }));
  const words = Array.from({ length: SOUND_SHARDS }, (): { keys: Record<string, string> } => ({ keys: {} }));
  for (const [char, syllables] of index.readings) {
    const shard = readings[charShard(char)];
    if (shard) shard.chars[char] = syllables.join(' ');
  }
  for (const [key, list] of index.words) {
    const shard = words[keyShard(key)];
    if (shard) shard.keys[key] = list.join('|');
  }
  return { readings, words };
}

/** Adds a shard to a (partial) sound index; returns the index. */
export function addSoundShard(index: SoundIndex, shard: SoundShard): SoundIndex {
  for (const [char, syllables] of Object.entries(shard.chars ?? {})) index.readings.set(char, syllables.split(' '));
  for (const [key, words] of Object.entries(shard.keys ?? {})) index.words.set(key, words.split('|'));
  return index;
}
