/**
 * The build half of query understanding: the site's vocabulary, made from its own words — titles,
 * tags, names, units, taxonomy terms and the phrases its texts repeat — and the pinyin table for
 * typo tolerance. Pure functions (pinyin-pro is a library, not IO); src/data/search-lexicon.ts feeds
 * them the published entries, and the two JSON endpoints write the results.
 */
import { pinyin } from 'pinyin-pro';
import { DROPPED_WORDS, SKIP_SHARE, type LexiconFile } from './understand.ts';
import { fuzzySyllable, type PinyinTable } from './pinyin.ts';

export interface LexiconDoc {
  title: string;
  /** Summary and other short texts shown with the entry. */
  texts: string[];
  /** Names and terms that are words as they stand: tags, names, units, taxonomy terms, places. */
  terms: string[];
  /** Body text (MDX as written: markup is ignored, only runs of Chinese count). */
  body: string;
}

export interface VocabularyOptions {
  /** At most this many phrases found by frequency (terms always count); default 1,500. */
  maxPhrases?: number;
  /** At most this many dictionary words (dictionaryWords), those on the most pages first; default 3,000. */
  maxDictionaryWords?: number;
  /** A phrase must occur on this many pages; default 2. */
  minPages?: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** Characters a phrase does not start or end with (particles, conjunctions, measure words). */
const EDGE = new Set([...'的了和与及或在是为对把被从向也都并而且就将这那其之以于等个位年月日中上下有要不一']);
const MAX_TERM = 10;
const fillers = DROPPED_WORDS;

/** A term (tag, name…) as vocabulary words: itself when short, else nothing (phrases cover it). */
function termWords(term: string): string[] {
  return (term.replace(/[《》“”"'（）()]/g, ' ').match(HAN_RUN) ?? []).filter((run) => [...run].length >= 2 && [...run].length <= MAX_TERM);
}

/** Characters that do not occur inside a phrase either. */
const INNER = new Set([...'的了是在和把被与及']);
/** Bodies of at most this many pages are read for phrases (a deterministic sample of a larger site). */
const MAX_BODIES = 400;

const wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;

/**
 * Where a run of Chinese characters may be cut between words, as character positions: the word
 * boundaries of the dictionary segmenter (ICU's, through Intl.Segmenter); every position where the
 * runtime has no segmenter. A repeated phrase counts as the site's own when its occurrences mostly begin and end
 * at such cuts, so that a frequent string that straddles two words is not taken for a word.
 */
export function wordCuts(chars: readonly string[]): Set<number> {
  if (!wordSegmenter) return new Set(chars.map((_, i) => i).concat(chars.length));
  const cuts = new Set<number>([chars.length]);
  const at = new Map<number, number>();
  let offset = 0;
  chars.forEach((char, i) => {
    at.set(offset, i);
    offset += char.length;
  });
  for (const { index } of wordSegmenter.segment(chars.join(''))) {
    const i = at.get(index);
    if (i !== undefined) cuts.add(i);
  }
  return cuts;
}

type GramStats = Map<string, { count: number; aligned: number; pages: number; last: number }>;
type WordPages = Map<string, { pages: number; last: number }>;

/**
 * One pass over the sample of the site's texts (every title, summary and term; the bodies of at most
 * MAX_BODIES pages): the counts of every 2–5 character string, for the phrases; and the pages of each
 * word of the dictionary segmenter, for the dictionary words. Both read the same word cuts, so the
 * texts are segmented once (ICU's segments are garbage the build's memory peak pays for).
 */
function scanTexts(docs: LexiconDoc[]): { grams: GramStats; words: WordPages } {
  const grams: GramStats = new Map();
  const words: WordPages = new Map();
  const countWord = (word: string, index: number) => {
    const entry = words.get(word);
    if (!entry) words.set(word, { pages: 1, last: index });
    else if (entry.last !== index) {
      entry.pages++;
      entry.last = index;
    }
  };
  // The segments between neighbouring cuts are the segmenter's words.
  const visitWords = (chars: string[], cuts: Set<number>, index: number) => {
    let from = 0;
    for (let to = 1; to <= chars.length; to++) {
      if (!cuts.has(to)) continue;
      if (to - from >= 2 && to - from <= 4) countWord(chars.slice(from, to).join(''), index);
      from = to;
    }
  };
  const step = Math.max(1, docs.length / MAX_BODIES);
  docs.forEach((doc, index) => {
    const withBody = Math.floor(index / step) !== Math.floor((index - 1) / step) || index === 0;
    const text = [doc.title, doc.title, ...doc.texts, withBody ? doc.body : ''].join('\n');
    for (const run of text.match(HAN_RUN) ?? []) {
      const chars = [...run];
      const cuts = wordCuts(chars);
      if (wordSegmenter) visitWords(chars, cuts, index);
      for (let n = 2; n <= 5; n++) {
        for (let i = 0; i + n <= chars.length; i++) {
          const gram = chars.slice(i, i + n).join('');
          const aligned = cuts.has(i) && cuts.has(i + n) ? 1 : 0;
          const entry = grams.get(gram);
          if (entry) {
            entry.count++;
            entry.aligned += aligned;
            if (entry.last !== index) {
              entry.pages++;
              entry.last = index;
            }
          } else grams.set(gram, { count: 1, aligned, pages: 1, last: index });
        }
      }
    }
    // Terms (names, opening hours) hold everyday words too; they are not counted as phrases.
    if (wordSegmenter)
      for (const run of doc.terms.join('\n').match(HAN_RUN) ?? []) {
        const chars = [...run];
        visitWords(chars, wordCuts(chars), index);
      }
  });
  return { grams, words };
}

/**
 * Phrases of 2–4 characters that the site's texts repeat, as a closed set: a phrase that nearly
 * always appears inside one longer phrase gives way to it (优待 stays because it also appears
 * alone; 待金 goes, it is only ever part of 优待金).
 */
export function frequentPhrases(docs: LexiconDoc[], options: VocabularyOptions = {}): string[] {
  return phrasesOf(scanTexts(docs).grams, options);
}

function phrasesOf(stats: GramStats, options: VocabularyOptions): string[] {
  const minPages = options.minPages ?? 2;
  // For each phrase, the counted phrases one character longer (to the right and to the left).
  const longer = new Map<string, string[]>();
  for (const [gram, entry] of stats) {
    const chars = [...gram];
    if (entry.count < 3 || chars.length < 3) continue;
    for (const part of [chars.slice(0, -1).join(''), chars.slice(1).join('')]) {
      const list = longer.get(part);
      if (list) list.push(gram);
      else longer.set(part, [gram]);
    }
  }
  const edgy = (gram: string) => EDGE.has(gram.charAt(0)) || EDGE.has([...gram].at(-1) ?? '');
  const kept: { gram: string; weight: number }[] = [];
  for (const [gram, { count, aligned, pages }] of stats) {
    const chars = [...gram];
    if (chars.length > 4 || pages < minPages || count < 3 || edgy(gram) || fillers.has(gram) || chars.some((c) => INNER.has(c))) continue;
    // Mostly cutting through a word (学生参 of 学生参观, 以后学 of 以后学技术): not a phrase of the site.
    if (aligned < count / 2) continue;
    // Closed: no one-character extension accounts for most of its occurrences.
    const absorbed = (longer.get(gram) ?? []).some((other) => !edgy(other) && stats.get(other)!.count >= 0.7 * count);
    if (!absorbed) kept.push({ gram, weight: count * chars.length });
  }
  return kept
    .sort((a, b) => b.weight - a.weight || a.gram.localeCompare(b.gram))
    .slice(0, options.maxPhrases ?? 1500)
    .map((entry) => entry.gram);
}

/**
 * Words of the dictionary segmenter (ICU's general Chinese dictionary, through Intl.Segmenter) of 2–4
 * characters that the site's texts hold, on at least `minPages` pages (default 1) of the same sample as
 * the phrases: everyday words the site uses too rarely to be a frequent phrase (总结, 大会, 演练, 挂号).
 * Without them a query glues the unknown characters around them into a non-word (防空演练用了 → 防空演练用),
 * whose character pairs no page holds.
 */
export function dictionaryWords(docs: LexiconDoc[], options: VocabularyOptions = {}): string[] {
  return dictionaryWordsOf(scanTexts(docs).words, options);
}

function dictionaryWordsOf(pages: WordPages, options: VocabularyOptions): string[] {
  const minPages = options.minPages ?? 1;
  return [...pages]
    .filter(([word, entry]) => entry.pages >= minPages && !fillers.has(word) && ![...word].some((c) => INNER.has(c)))
    .sort((a, b) => b[1].pages - a[1].pages || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxDictionaryWords ?? 3000)
    .map(([word]) => word);
}

/**
 * The site's vocabulary in two parts: its own words (every term, then the frequent phrases), which
 * a typo is corrected to; and the dictionary words its texts hold besides, which only cut queries
 * into words (a typo of 一中 is not 一种). Fillers never.
 */
export function vocabularyParts(docs: LexiconDoc[], options: VocabularyOptions = {}): { own: string[]; dictionary: string[] } {
  const own = new Set<string>();
  for (const doc of docs) for (const term of doc.terms) for (const word of termWords(term)) own.add(word);
  const scanned = scanTexts(docs);
  for (const phrase of phrasesOf(scanned.grams, options)) own.add(phrase);
  for (const filler of fillers) own.delete(filler);
  const dictionary = dictionaryWordsOf(scanned.words, options).filter((word) => !own.has(word));
  return { own: [...own].sort(), dictionary: dictionary.sort() };
}

/** The whole vocabulary, sorted: what queries are cut into words with. */
export function buildVocabulary(docs: LexiconDoc[], options: VocabularyOptions = {}): string[] {
  const { own, dictionary } = vocabularyParts(docs, options);
  return [...own, ...dictionary].sort();
}

export function lexiconFile(
  words: string[],
  synonyms: Record<string, string[]>,
  common: Record<string, number> = {},
  pages?: number,
): LexiconFile {
  return { version: 1, words: words.join('|'), synonyms, common, ...(pages === undefined ? {} : { pages }) };
}

/**
 * The words of the vocabulary that are on many pages (at least SKIP_SHARE percent, the only ones a
 * long question may leave out of its lookup), with their share of pages in percent. Counted on the
 * same deterministic sample of pages as the phrases.
 */
export function commonTerms(docs: LexiconDoc[], words: string[], minShare = SKIP_SHARE): Record<string, number> {
  const vocabulary = new Set(words);
  const longest = Math.min(MAX_TERM, Math.max(2, ...words.map((word) => [...word].length)));
  const pages = new Map<string, number>();
  const step = Math.max(1, docs.length / MAX_BODIES);
  let sampled = 0;
  docs.forEach((doc, index) => {
    if (!(Math.floor(index / step) !== Math.floor((index - 1) / step) || index === 0)) return;
    sampled++;
    const seen = new Set<string>();
    for (const run of [doc.title, ...doc.texts, ...doc.terms, doc.body].join('\n').match(HAN_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) {
        for (let n = 2; n <= longest && i + n <= chars.length; n++) {
          const gram = chars.slice(i, i + n).join('');
          if (vocabulary.has(gram)) seen.add(gram);
        }
      }
    }
    for (const gram of seen) pages.set(gram, (pages.get(gram) ?? 0) + 1);
  });
  const common: Record<string, number> = {};
  for (const [gram, count] of [...pages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const share = Math.round((100 * count) / Math.max(1, sampled));
    if (share >= minShare) common[gram] = share;
  }
  return common;
}

/** Characters of GB2312 level 1 (the 3,755 most common), decoded from their code points. */
export function commonCharacters(): string {
  const bytes: number[] = [];
  for (let high = 0xb0; high <= 0xd7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) if (!(high === 0xd7 && low > 0xf9)) bytes.push(high, low);
  return new TextDecoder('gb2312').decode(new Uint8Array(bytes));
}

/**
 * The pinyin table: the fuzzy syllables of the common characters and of every character of the
 * vocabulary (all readings of 多音字). The browser indexes the vocabulary by them itself.
 */
export function buildPinyinTable(words: string[], extraChars = commonCharacters()): PinyinTable {
  const chars = new Set([...extraChars, ...words.join('')].filter((char) => /\p{Script=Han}/u.test(char)));
  const readings: Record<string, string> = {};
  for (const char of [...chars].sort()) {
    const syllables = new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true }).map(fuzzySyllable));
    for (const syllable of syllables) if (/^[a-z]+$/.test(syllable)) readings[syllable] = (readings[syllable] ?? '') + char;
  }
  return { readings };
}
