/**
 * Typo tolerance through pinyin, the browser half: residents type with a pinyin IME and pick a
 * wrong character of the same (or nearly the same) sound — 优待经 for 优待金, 林园 for 陵园. The
 * build writes a small table (search-pinyin.json): each fuzzy syllable with the characters read
 * that way. The browser indexes the site's words (search-lexicon.json) by the same syllables and
 * looks up a query word the site does not use by its own. Pure functions, no pinyin-pro here (its
 * dictionary is far too big for a phone); the build side is in lexicon-build.ts.
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

/** Indexes the site's words by how they sound (done once, in the browser, from the table and the vocabulary). */
export function soundIndex(table: PinyinTable, words: Iterable<string>): SoundIndex {
  const readings = charReadings(table);
  const index = new Map<string, string[]>();
  for (const word of words) {
    const length = [...word].length;
    if (length < 2 || length > 6) continue;
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
