/**
 * Query understanding for site search: what did the resident mean? Pure functions shared by the
 * search island and its tests.
 *
 * 1. The query is cut into words with the site's own vocabulary (made at build time from titles,
 *    tags, names, units, taxonomy terms and frequent phrases; see lexicon-build.ts), not with
 *    the browser's segmenter alone, which splits words it does not know into single characters.
 * 2. Question and filler words (什么, 多少钱, 在哪, 是几号, 是什么意思 …) are dropped.
 * 3. Each remaining word gets its alternatives: the site's words for what residents say (synonym
 *    table: 退伍 → 退役), and, for words the site does not use, site words that sound the same
 *    (pinyin: 优待经 → 优待金). The reader is told (也搜索了：退役).
 */
import { compact, hasHan, normalizeQuery, pagefindTerms } from './query.ts';
import { soundAlikes, type SoundIndex } from './pinyin.ts';
import { LEXICON_SHARDS, lexiconShard } from './lexicon-shards.ts';

/**
 * Question and filler words, dropped from queries. Longer ones first where they overlap is not
 * needed: segmentation picks the longest match. Words of content (申请, 标准, 时间) are not here.
 */
export const FILLER_WORDS = [
  '是什么意思',
  '什么意思',
  '啥意思',
  '是什么',
  '是啥',
  '什么',
  '啥',
  '什么样',
  '什么时候',
  '啥时候',
  '何时',
  '多少钱',
  '多少',
  '是多少',
  '有多少',
  '几多',
  '多久',
  '多大',
  '多长时间',
  '几分钟',
  '多少分钟',
  '几个小时',
  '几小时',
  '几天',
  '多少天',
  '在什么地方',
  '什么地方',
  '啥地方',
  '在哪里',
  '在哪儿',
  '在哪',
  '哪里',
  '哪儿',
  '去哪',
  '哪个',
  '哪些',
  '哪家',
  '有哪些',
  '是几号',
  '几号',
  '几月几号',
  '几月',
  '几点',
  '几时',
  '是哪天',
  '哪天',
  '哪年',
  '哪一年',
  '几几年',
  '怎么办',
  '怎么样',
  '怎么',
  '怎样',
  '咋办',
  '咋',
  '如何',
  '咋来的',
  '怎么来的',
  '为什么',
  '为啥',
  '以后',
  '之后',
  '过来',
  '到底',
  '究竟',
  '能不能',
  '可不可以',
  '可以',
  '能否',
  '能',
  '会不会',
  '有没有',
  '是不是',
  '要不要',
  '需不需要',
  '需要',
  '还要',
  '用不用',
  '那篇',
  '这篇',
  '那个',
  '那回',
  '那次',
  '上回',
  '坐几路车',
  '坐几路',
  '几路车',
  '几路',
  '请问',
  '想问',
  '问一下',
  '一下',
  '我想',
  '想做点',
  '想干点',
  '想做',
  '我要',
  '我家',
  '我们',
  '我',
  '俺们',
  '俺',
  '咱们',
  '咱',
  '你好',
  '您好',
  '帮忙',
  '麻烦',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '的',
  '了',
  '是',
  '有',
  '在',
  '和',
  '与',
  '及',
  '或',
  '给',
  '都',
  '还',
  '也',
  '要',
  '去',
  '该',
  '找',
  // Words about the question rather than its subject (这个标准现在还是吗, 有现成的吗, 合适的课).
  '这个',
  '现在',
  '目前',
  '还是',
  '现成',
  '合适',
  '适合',
  '了解',
] as const;

/**
 * Words that name the kind of page wanted rather than its subject (有没有现成的教案, 班会用的课):
 * dropped like fillers, they put the pages of their section first among those holding every word
 * (the lesson before the report of the school visit), and only a page of the kind (its terms hold
 * 课程) is announced as found: a quiz that mentions 国家公祭日 is not a lesson for it.
 */
const LESSON = { section: '国防教育', kind: '课程' } as const;
export const WANTED_PAGES: Record<string, { section: string; kind: string }> = {
  教案: LESSON,
  课件: LESSON,
  教学设计: LESSON,
  班会: LESSON,
  班会课: LESSON,
  主题班会: LESSON,
  上课: LESSON,
  讲课: LESSON,
  一节课: LESSON,
  课: LESSON,
};

/**
 * What a question word asks for, as words a page that answers it tends to hold: they do not decide
 * which pages match, only which of the matching pages come first (什么意思 → 含义: the lesson that
 * explains 双拥 before the reports that mention it; 在哪 → 地址).
 */
export const FILLER_HINTS: Record<string, string[]> = {
  是什么意思: ['含义', '由来'],
  什么意思: ['含义', '由来'],
  啥意思: ['含义', '由来'],
  是什么: ['含义', '由来'],
  是啥: ['含义'],
  在什么地方: ['地址'],
  什么地方: ['地址'],
  啥地方: ['地址'],
  在哪里: ['地址'],
  在哪儿: ['地址'],
  在哪: ['地址'],
  哪里: ['地址'],
  哪儿: ['地址'],
  去哪: ['地址'],
  几点: ['开放时间'],
  // Which bus goes there: the page that says how to get there.
  坐几路车: ['公交', '乘车'],
  坐几路: ['公交', '乘车'],
  几路车: ['公交', '乘车'],
  几路: ['公交'],
  几时: ['开放时间'],
  多少钱: ['标准', '元'],
  多少: ['标准'],
  是多少: ['标准'],
  有多少: ['标准'],
  几多: ['标准'],
  什么时候: ['时间'],
  啥时候: ['时间'],
  何时: ['时间'],
  是几号: ['日期', '由来'],
  几号: ['日期', '由来'],
  几月几号: ['日期'],
  是哪天: ['日期'],
  哪天: ['日期'],
  哪年: ['由来', '年'],
  咋来的: ['由来', '起源'],
  怎么来的: ['由来', '起源'],
  几分钟: ['时间', '分钟'],
  多少分钟: ['时间', '分钟'],
  几天: ['时间'],
  多少天: ['时间'],
  哪一年: ['由来', '年'],
  怎么办: ['办理', '流程'],
  怎么: ['办理', '流程'],
  怎样: ['办理', '流程'],
  如何: ['办理', '流程'],
  咋办: ['办理'],
};

/** The section that answers a kind of question best (within equally good matches): amounts are in policies' tables. */
export const FILLER_SECTIONS: Record<string, string> = {
  多少钱: '政策解读',
  多少: '政策解读',
  是多少: '政策解读',
  有多少: '政策解读',
  几多: '政策解读',
  怎么办: '政策解读',
  咋办: '政策解读',
  如何: '政策解读',
  能不能: '政策解读',
  可以: '政策解读',
  有没有: '政策解读',
  要不要: '政策解读',
  需不需要: '政策解读',
  还要: '政策解读',
  用不用: '政策解读',
  是什么意思: '国防教育',
  什么意思: '国防教育',
  啥意思: '国防教育',
};

/**
 * Who is asking, not what about (儿子当兵…, 我爸是退伍军人…): these words rank pages but a page
 * need not hold them.
 */
export const CONTEXT_WORDS = new Set([
  '儿子',
  '女儿',
  '丈夫',
  '老公',
  '爱人',
  '媳妇',
  '老婆',
  '妻子',
  '父亲',
  '母亲',
  '爸爸',
  '妈妈',
  '我爸',
  '我妈',
  '家里',
  '家里人',
  '家人',
  '老人',
  '本人',
  '自己',
  '我们家',
  '俺家',
  '咱家',
  '俺娃',
  '我娃',
  '娃',
  '孩子',
  '小孩',
  // Where: every page is the county's own.
  '县里',
  '县上',
  '咱县',
  '我县',
  '本县',
  '咱们县',
]);

/** Words for years relative to today: dropped from the query, the year itself ranks pages. */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上一年: -1, 明年: 1 };

/** Words for months relative to today (上个月给部队送棉被的稿子): the month, with its year, ranks pages by their date. */
export const RELATIVE_MONTHS: Record<string, number> = { 上个月: -1, 上月: -1, 这个月: 0, 本月: 0, 这月: 0, 下个月: 1, 下月: 1 };

/** Every word a query drops (fillers, relative years and months): never a word of the vocabulary either. */
export const DROPPED_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  ...Object.keys(WANTED_PAGES),
  ...Object.keys(RELATIVE_YEARS),
  ...Object.keys(RELATIVE_MONTHS),
]);

export interface Lexicon {
  /** Words of the site, for segmentation. */
  words: Set<string>;
  /** Words and character pairs on many of the site's pages → their share of pages in percent (commonTerms in lexicon-build.ts). */
  common?: Map<string, number>;
  /** Pages the shares are of (the site's published entries): with a share, what a term's index chunk weighs (chunkWeight). */
  pages?: number;
  /** What residents say → the site's words for it. */
  synonyms: Map<string, string[]>;
  fillers: Set<string>;
}

/** The lexicon file written at build time, in shards (src/pages/search-lexicon/[shard].json.ts). */
export interface LexiconFile {
  version: 1;
  /** Site words joined by "|". */
  words: string;
  synonyms: Record<string, string[]>;
  /** Words and character pairs on many pages → share of pages in percent. */
  common?: Record<string, number>;
  /** Pages the shares are of. */
  pages?: number;
}

export function readLexicon(file: LexiconFile): Lexicon {
  return addToLexicon({ words: new Set(), synonyms: new Map(), common: new Map(), fillers: new Set(DROPPED_WORDS) }, file);
}

/** Adds a lexicon file (or one shard of it) to a lexicon; returns the lexicon. */
export function addToLexicon(lexicon: Lexicon, file: LexiconFile): Lexicon {
  for (const word of file.words.split('|')) if (word) lexicon.words.add(word);
  for (const [key, values] of Object.entries(file.synonyms)) lexicon.synonyms.set(key, values);
  for (const [term, share] of Object.entries(file.common ?? {})) (lexicon.common ??= new Map()).set(term, share);
  if (file.pages !== undefined) lexicon.pages = file.pages;
  return lexicon;
}

export { LEXICON_SHARDS, lexiconShard, shardsFor } from './lexicon-shards.ts';

/** Splits a lexicon file into LEXICON_SHARDS files by first character (see lexiconShard). */
export function shardLexicon(file: LexiconFile): LexiconFile[] {
  type Shard = { words: string[]; synonyms: Record<string, string[]>; common: Record<string, number> };
  const shards = Array.from({ length: LEXICON_SHARDS }, (): Shard => ({ words: [], synonyms: {}, common: {} }));
  for (const word of file.words.split('|')) if (word) shards[lexiconShard(word)]?.words.push(word);
  for (const [key, values] of Object.entries(file.synonyms)) {
    const shard = shards[lexiconShard(key)];
    if (!shard) continue;
    shard.synonyms[key] = values;
    // How common the site's words are travels with the key: the page has only the shards of the
    // query's own characters, and skipping or splitting a synonym (当兵 → 军人) needs its shares.
    for (const value of values)
      for (const term of [value, ...pagefindTerms(value).split(' ')]) {
        const share = file.common?.[term];
        if (share !== undefined) shard.common[term] = share;
      }
  }
  for (const [term, share] of Object.entries(file.common ?? {})) {
    const shard = shards[lexiconShard(term)];
    if (shard) shard.common[term] = share;
  }
  const pages = file.pages === undefined ? {} : { pages: file.pages };
  return shards.map((shard) => ({ version: 1, words: shard.words.join('|'), synonyms: shard.synonyms, common: shard.common, ...pages }));
}

export interface Piece {
  text: string;
  /** A site word, a synonym key or a filler (otherwise: characters the vocabulary does not know). */
  known: boolean;
  filler: boolean;
}

const MAX_WORD = 10;

/**
 * Cuts a run of Chinese characters into words: the cut that covers the most of it with known words,
 * longer words weighing more (a word of n characters scores n²; an unknown character 0); then
 * neighbouring unknown characters are joined back into one piece (段|简 → 段简).
 */
export function segmentRun(run: string, lexicon: Lexicon): Piece[] {
  const chars = [...run];
  const n = chars.length;
  const best: { score: number; count: number; from: number }[] = [{ score: 0, count: 0, from: -1 }];
  const isWord = (text: string) =>
    lexicon.words.has(text) || lexicon.synonyms.has(text) || lexicon.fillers.has(text) || CONTEXT_WORDS.has(text);
  // Step i reads only cells before i, each filled by an earlier step.
  const cell = (k: number) => {
    const found = best[k];
    if (!found) throw new Error(`segmentRun: no cut for the first ${k} characters`);
    return found;
  };
  for (let i = 1; i <= n; i++) {
    const prev = cell(i - 1);
    let pick = { score: prev.score, count: prev.count + 1, from: i - 1 };
    for (let len = 2; len <= Math.min(MAX_WORD, i); len++) {
      const text = chars.slice(i - len, i).join('');
      if (!isWord(text)) continue;
      const before = cell(i - len);
      const score = before.score + len * len;
      const count = before.count + 1;
      if (score > pick.score || (score === pick.score && count < pick.count)) pick = { score, count, from: i - len };
    }
    // A single character that is a word on its own (军, 的) scores 1.
    const single = chars[i - 1];
    if (single !== undefined && isWord(single) && prev.score + 1 > pick.score)
      pick = { score: prev.score + 1, count: prev.count + 1, from: i - 1 };
    best.push(pick);
  }
  const pieces: Piece[] = [];
  for (let i = n; i > 0; i = cell(i).from) {
    const text = chars.slice(cell(i).from, i).join('');
    const known = isWord(text);
    pieces.unshift({ text, known, filler: lexicon.fillers.has(text) && !lexicon.words.has(text) });
  }
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (!piece.known && last && !last.known) last.text += piece.text;
    else joined.push({ ...piece });
  }
  return joined;
}

/** correction: a site word the typed one was likely meant as (same sound, or a short form of it). */
export type AlternativeKind = 'query' | 'synonym' | 'correction';

export interface Alternative {
  text: string;
  kind: AlternativeKind;
}

export interface QueryWord {
  /** The word as the reader typed it. */
  text: string;
  /** Words to search for it, the typed one first. */
  alternatives: Alternative[];
  /**
   * false for a stray character the vocabulary does not know, next to known words (费 in 安置费):
   * it ranks pages but a page need not hold it to count as matching every word.
   */
  required: boolean;
  /** The vocabulary knows the word (or a synonym key does). */
  known: boolean;
}

export interface QueryPlan {
  query: string;
  words: QueryWord[];
  /** Question and filler words left out. */
  dropped: string[];
  /** Words that rank the matching pages (from the question words and relative years), not searched. */
  hints: string[];
  /** Sections that answer this kind of question (多少钱 → 政策解读), preferred among equal matches. */
  sections: string[];
  /** Sections the query asks for by name (教案 → 国防教育): their pages first among those holding every word. */
  wants: string[];
  /** The kind of page asked for (教案 → 课程): only a page whose title or terms hold it is announced as found. */
  wantedKinds: string[];
  /**
   * The month the query names, with its relative year (去年12月, 8月份): pages of that date rank first
   * among equal matches. The year alone (去年, 2025年): policies in force then rank first.
   */
  when: { year?: number; month?: number; day?: number };
}

/**
 * An amount as residents type it: digits or one Chinese digit, then 千 or 万, said the short way
 * perhaps (1万, 2.4万, 五千块, 一万五 for 15000). The site's texts and tables write amounts in digits
 * (10000元), so it is searched that way too.
 */
const AMOUNT =
  /(?<number>\d+(?:\.\d+)?|[一二两三四五六七八九十])(?<unit>[千万])(?<tail>(?:[一二两三四五六七八九]|[1-9](?![\d.]))(?![千百十]))?(?:块钱|块|元)?(?!年)/u;
/**
 * A month, with or without its day (12月, 8月份, 12月26日, 9月30): when, not what; it ranks pages by their date. A year typed as
 * digits (2024年) stays a word to search: it names what a page is about (2024年优待金标准), and a
 * plan or summary is dated after the year it covers.
 */
const DATE = /(?<month>1[0-2]|0?[1-9])月份?(?:(?<day>[12]\d|3[01]|0?[1-9])[日号]?(?!\d))?/u;
/**
 * The same in Chinese numerals, as residents say it (八月一号, 七月八号, 十二月二十六日, 七月底): the
 * day needs its 号 or 日 (八月一 may be the start of a word). Own group names: a browser that
 * predates duplicate named groups would reject the whole pattern.
 */
const CHINESE_MONTH = '十[一二]?|[一二三四五六七八九]';
const CHINESE_DATE = new RegExp(
  `(?<cmonth>${CHINESE_MONTH})月(?:份|底|初|上旬|中旬|下旬)?(?:(?<cday>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?`,
  'u',
);
/**
 * A day of the lunar calendar (九月初九, 五月初五, 正月初一): the festival, not a date of the site's
 * calendar (重阳 falls in October); dropped, the festival's name says what is meant.
 */
const LUNAR_DAY = '初[一二三四五六七八九十]';
/** Months only the lunar calendar names (正月, 腊月, 冬月). */
const LUNAR_MONTH = '正|腊|冬';
const LUNAR_DATE = new RegExp(`(?<lunar>(?:${LUNAR_MONTH}|${CHINESE_MONTH})月${LUNAR_DAY})`, 'u');
/** A document by its number, as staff call it (12号文, 12号文件): the site writes 〔2025〕12号. */
const DOCUMENT_NUMBER = /(?<document>\d+号)(?:文件|文)/u;
const TOKEN = new RegExp(
  `${DOCUMENT_NUMBER.source}|${LUNAR_DATE.source}|${DATE.source}|${CHINESE_DATE.source}|${AMOUNT.source}|(?:(?![一二两三四五六七八九十][千万](?!年))(?!(?:${CHINESE_MONTH})月)(?!(?:${LUNAR_MONTH})月${LUNAR_DAY})\\p{Script=Han})+|(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+`,
  'gu',
);
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** An amount's value in digits (1万 → 10000, 2.4万 → 24000, 五千 → 5000, 一万五 → 15000); undefined if not a whole number of 元. */
export function amountDigits(number: string, unit: string, tail = ''): string | undefined {
  const size = unit === '万' ? 10000 : unit === '千' ? 1000 : Number.NaN;
  const value = (CHINESE_DIGITS[number] ?? Number(number)) * size + (tail ? (CHINESE_DIGITS[tail] ?? Number(tail)) * (size / 10) : 0);
  // 2.4 × 10000 is 24000.000000000004 in floating point.
  const whole = Math.round(value);
  return Number.isSafeInteger(whole) && Math.abs(value - whole) < 1e-6 ? String(whole) : undefined;
}

/** The plan for a query before typo correction (no pinyin table needed). */
export function planQuery(raw: string, lexicon: Lexicon, year = new Date().getFullYear(), month = new Date().getMonth() + 1): QueryPlan {
  const query = normalizeQuery(raw);
  const words: QueryWord[] = [];
  const dropped: string[] = [];
  const add = (text: string, known: boolean, required: boolean, extra: string[] = []) => {
    const existing = words.find((word) => word.text === text);
    if (existing) return;
    const alternatives: Alternative[] = [{ text, kind: 'query' }];
    for (const synonym of [...(lexicon.synonyms.get(text) ?? []), ...extra]) {
      if (!alternatives.some((a) => a.text === synonym)) alternatives.push({ text: synonym, kind: 'synonym' });
    }
    words.push({ text, alternatives, required, known });
  };
  const when: QueryPlan['when'] = {};
  const lower = query.toLowerCase();
  for (const match of lower.matchAll(TOKEN)) {
    const token = match[0];
    const { document, lunar, month, day, cmonth, cday, number, unit, tail } = match.groups ?? {};
    if (document) {
      add(document, true, true);
      continue;
    }
    if (lunar) {
      dropped.push(token);
      continue;
    }
    if (month || cmonth) {
      when.month = month ? Number(month) : chineseNumberValue(cmonth ?? '');
      const dayOf = day ? Number(day) : cday ? chineseNumberValue(cday) : undefined;
      if (dayOf) when.day = dayOf;
      dropped.push(token);
      continue;
    }
    if (number && unit) {
      const amount = `${number}${unit}${tail ?? ''}`;
      const digits = amountDigits(number, unit, tail);
      add(amount, true, true, digits ? [digits] : []);
      continue;
    }
    if (!hasHan(token)) {
      const text = compact(token);
      // A year typed in digits (2025年的优待金) is searched, and also says which year the question is about.
      if (/^(?:19|20)\d\d$/.test(text) && lower.charAt((match.index ?? 0) + token.length) === '年') when.year ??= Number(text);
      // Residents type digits where the site's legal texts write numerals (满18岁 → 年满十八周岁).
      const numeral = chineseNumeral(text);
      add(text, true, true, numeral ? [numeral] : []);
      continue;
    }
    const pieces = segmentRun(token, lexicon);
    const content = pieces.filter((piece) => !piece.filler);
    for (const piece of pieces) if (piece.filler) dropped.push(piece.text);
    // One character against a number (2026年12号, 满18岁, 500元) is its unit: it ranks, it is not looked up.
    const start = match.index ?? 0;
    const besideNumber = /\d/.test(lower.charAt(start - 1)) || /\d/.test(lower.charAt(start + token.length));
    for (const piece of content) {
      const single = !piece.known && [...piece.text].length === 1;
      const stray = single && (content.length > 1 || besideNumber);
      const context = CONTEXT_WORDS.has(piece.text) && content.length > 1;
      add(piece.text, piece.known, !stray && !context);
    }
  }
  // A query made only of filler words (什么), or of stray characters and fillers (没有生: 没 有 生), is
  // searched as typed: otherwise nothing would be required and the page that holds it never found.
  if (!words.some((word) => word.required) && query) {
    const typed = compact(query);
    const existing = words.findIndex((word) => word.text === typed);
    if (existing >= 0) words.splice(existing, 1);
    add(typed, false, true);
  }
  // A relative year is dropped from the words, so its year ranks pages as a hint; a typed year is searched.
  const relative = dropped.map((word) => RELATIVE_YEARS[word]).find((offset) => offset !== undefined);
  if (relative !== undefined) when.year = year + relative;
  // 上个月 in January is December of the year before; a month typed (12月) says more.
  const relativeMonth = dropped.map((word) => RELATIVE_MONTHS[word]).find((offset) => offset !== undefined);
  if (relativeMonth !== undefined && when.month === undefined) {
    const index = year * 12 + (month - 1) + relativeMonth;
    when.year = Math.floor(index / 12);
    when.month = (index % 12) + 1;
  }
  const wanted = dropped.map((word) => WANTED_PAGES[word]).filter((page) => page !== undefined);
  const wants = [...new Set(wanted.map((page) => page.section))];
  const wantedKinds = [...new Set(wanted.map((page) => page.kind))];
  const hints = [
    ...(relative === undefined ? [] : [`${year + relative}年`]),
    ...dropped.flatMap((word) => FILLER_HINTS[word] ?? []),
    ...wantedKinds,
  ];
  // A section asked for by name outweighs what a question word suggests (有没有合适的课: lessons, not policies).
  const sections = wants.length
    ? wants
    : dropped.map((word) => FILLER_SECTIONS[word]).filter((section): section is string => Boolean(section));
  return {
    query,
    words,
    dropped: words.length ? dropped : [],
    hints: words.length ? [...new Set(hints)] : [],
    sections: words.length ? [...new Set(sections)] : [],
    wants: words.length ? wants : [],
    wantedKinds: words.length ? wantedKinds : [],
    when: words.length ? when : {},
  };
}

/** The value of a Chinese numeral from 一 to 九十九 (十一 → 11, 二十三 → 23, 三十 → 30). */
export function chineseNumberValue(numeral: string): number {
  const [tens = '', ones = ''] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const digit = (text: string) => CHINESE_DIGITS[text] ?? 0;
  return numeral.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

/** A whole number from 1 to 99 in Chinese numerals (18 → 十八, 20 → 二十); undefined for anything else. */
export function chineseNumeral(digits: string): string | undefined {
  if (!/^[1-9]\d?$/.test(digits)) return undefined;
  const units = [...'〇一二三四五六七八九'];
  const n = Number(digits);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return units[ones];
  return `${tens === 1 ? '' : units[tens]}十${ones === 0 ? '' : units[ones]}`;
}

/** An abbreviation is at least this long, and its full form at most this much longer. */
const MIN_ABBREVIATION = 3;
const MAX_OMITTED = 4;

/**
 * The site words a word may abbreviate, as Chinese names are shortened: same first and last
 * character, the word's characters in order, a few left out (国防馆 → 国防教育馆). Shortest first, at most two.
 */
export function abbreviated(text: string, words: Iterable<string>): string[] {
  const chars = [...text];
  if (chars.length < MIN_ABBREVIATION || !hasHan(text)) return [];
  const found: string[] = [];
  for (const word of words) {
    const full = [...word];
    if (full.length <= chars.length || full.length > chars.length + MAX_OMITTED) continue;
    if (full[0] !== chars[0] || full.at(-1) !== chars.at(-1)) continue;
    let i = 0;
    for (const char of full) if (char === chars[i]) i++;
    if (i === chars.length) found.push(word);
  }
  return found.sort((a, b) => [...a].length - [...b].length || a.localeCompare(b)).slice(0, 2);
}

/**
 * Adds sound-alike site words to the words the vocabulary does not know. A stray unknown character
 * is tried together with its neighbour (优待|经 → 优待经 → 优待金): the corrected word then replaces
 * both pieces. `index` holds the site's words by sound (at least for typoTexts(plan), see soundLoader).
 * A word the site holds (`found`, as for needsTypoCheck) is left as typed: 半价 on a page is not 办结.
 */
export function correctTypos(
  plan: QueryPlan,
  index: SoundIndex,
  found: (word: QueryWord) => boolean = () => false,
  siteWords: Iterable<string> = [],
): QueryPlan {
  // Failing a sound-alike, a word may be a site word shortened (国防馆 → 国防教育馆).
  const similar = (text: string) => {
    const sounds = soundAlikes(text, index);
    return sounds.length ? sounds : abbreviated(text, siteWords);
  };
  const open = plan.words.map((word) => maybeTypo(word, found));
  const words = plan.words.map((word) => ({ ...word, alternatives: [...word.alternatives] }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !open[i]) continue;
    const alone = similar(word.text);
    if (alone.length) {
      for (const text of alone.slice(0, 2)) word.alternatives.push({ text, kind: 'correction' });
      word.required = true;
      continue;
    }
    // Glue to a neighbour: previous word + this one, or this one + next.
    let joined = false;
    for (const [from, to] of [
      [i - 1, i],
      [i, i + 1],
    ] as const) {
      const left = words[from];
      const right = words[to];
      if (!left || !right) continue;
      const glued = left.text + right.text;
      const found = similar(glued);
      if (!found.length) continue;
      words.splice(from, 2, correctedWord(glued, found));
      open.splice(from, 2, false);
      i = from;
      joined = true;
      break;
    }
    if (joined) continue;
    // An unknown character glued to the typo (安至|费 read as one piece): the typo without it.
    for (const { kept, stray, at } of trimmed(word.text)) {
      // Weaker evidence than a whole word: the correction keeps one of its characters (安至 → 安置, not 县一 → 现役).
      const found = similar(kept).filter((text) => [...text].some((char) => kept.includes(char)));
      if (!found.length) continue;
      const corrected = correctedWord(kept, found);
      const rest: QueryWord = { text: stray, alternatives: [{ text: stray, kind: 'query' }], required: false, known: false };
      words.splice(i, 1, ...(at === 'end' ? [corrected, rest] : [rest, corrected]));
      open.splice(i, 1, false, false);
      i++;
      break;
    }
  }
  return { ...plan, words };
}

/** A word made of typed text the vocabulary does not know, with the (at most two) site words it was likely meant as. */
function correctedWord(text: string, corrections: string[]): QueryWord {
  return {
    text,
    alternatives: [
      { text, kind: 'query' },
      ...corrections.slice(0, 2).map((correction) => ({ text: correction, kind: 'correction' as const })),
    ],
    required: true,
    known: false,
  };
}

/** A word of three or more characters without its last or its first character, and that character. */
function trimmed(text: string): { kept: string; stray: string; at: 'end' | 'start' }[] {
  const chars = [...text];
  if (chars.length < 3) return [];
  return [
    { kept: chars.slice(0, -1).join(''), stray: chars.at(-1) ?? '', at: 'end' },
    { kept: chars.slice(1).join(''), stray: chars[0] ?? '', at: 'start' },
  ];
}

/** The texts correctTypos looks up by sound: each unknown word the site does not hold, alone and glued to either neighbour. */
export function typoTexts(plan: QueryPlan, found: (word: QueryWord) => boolean = () => false): string[] {
  const texts = new Set<string>();
  plan.words.forEach((word, i) => {
    if (!maybeTypo(word, found)) return;
    texts.add(word.text);
    for (const { kept } of trimmed(word.text)) texts.add(kept);
    const before = plan.words[i - 1];
    const after = plan.words[i + 1];
    if (before) texts.add(before.text + word.text);
    if (after) texts.add(word.text + after.text);
  });
  return [...texts];
}

/**
 * Whether typo correction could change the plan (so the pinyin table is worth fetching): a word the
 * vocabulary does not know, that the site does not hold either (`found(word)` false) — a word
 * that is on the site, however rare, was meant as typed.
 */
export function needsTypoCheck(plan: QueryPlan, found: (word: QueryWord) => boolean = () => false): boolean {
  return plan.words.some((word) => maybeTypo(word, found));
}

/** A word that may be a typo: Chinese, not in the vocabulary, and not on the site's pages either. */
function maybeTypo(word: QueryWord, found: (word: QueryWord) => boolean): boolean {
  // A stray character is on some page nearly always (官 of 官兵): that says nothing of 国防教育官.
  const stray = !word.required && [...word.text].length === 1;
  return !word.known && hasHan(word.text) && (stray || !found(word));
}

/** The site words searched besides what was typed, for "也搜索了：…". */
export function alsoSearched(plan: QueryPlan): string[] {
  return [...new Set(plan.words.flatMap((word) => word.alternatives.filter((a) => a.kind !== 'query').map((a) => a.text)))];
}

/**
 * A question of many words is searched by its most distinctive ones: every term looked up costs an
 * index chunk (5 KB on a 2,000-page site), a very common one several (chunkWeight), on the first
 * search. When the required words' terms (their character pairs, alternatives included) weigh more
 * than the site's budget (lookupBudget: MAX_TERMS chunks on a 2,000-page site), the commonest words
 * (on the most pages, see Lexicon.common) are left out of the lookup, one at a time, while another
 * word is still searched. A word left out is still required: the pages shown first are checked for
 * it, and a page without it is never announced as found.
 */
export const MAX_TERMS = 3;

/**
 * The lookup budget of a site, in index chunks: MAX_TERMS keeps a 2,000-page site within 150 KB
 * (BENCHMARKS.md: with 4, 3 of 70 held-out questions went over); a smaller site's index metadata,
 * which every first search loads, is smaller by about 17 bytes a page, and that room goes to chunks
 * (about 7 KB each on 2,000 pages, smaller on a smaller site), up to MAX_LOOKUPS. The demo site
 * looks up 8: every synonym of a two-word question (儿子当兵家里有补贴吗: 当兵 入伍 参军 义务兵, 补贴 补助 优待金).
 */
export function lookupBudget(lexicon: Lexicon): number {
  if (lexicon.pages === undefined) return MAX_TERMS;
  // A chunk is smaller on a smaller site (its index holds fewer word locations in all).
  const chunk = CHUNK_BYTES * Math.min(1, Math.max(1, lexicon.pages) / BUDGET_PAGES);
  const room = (Math.max(0, BUDGET_PAGES - lexicon.pages) * META_BYTES_PER_PAGE) / chunk;
  return Math.min(MAX_LOOKUPS, Math.floor(MAX_TERMS + room));
}
/** At most this many terms on any site: each is one more search on the phone. */
const MAX_LOOKUPS = 8;
/** The site size MAX_TERMS is measured for, and what a page and a chunk weigh there (gzip). */
const BUDGET_PAGES = 2000;
const META_BYTES_PER_PAGE = 17;
const CHUNK_BYTES = 7000;
/** Only words on at least this share of pages (percent) are left out of the lookup. */
export const SKIP_SHARE = 10;
/**
 * A word that is, by itself or by one of its alternatives, on at least this share of pages (军人,
 * 退役 on a large site) is never looked up while another word is, however short the question: it
 * tells the pages apart hardly at all, and its index chunk is the largest (25 KB for a word on
 * every page of a 2,000-page site, against 5 KB for a rare word). It is checked on the pages.
 */
export const VACUOUS_SHARE = 80;
/**
 * A term on this many pages fills an index chunk by itself (INDEX_CHUNK_SIZE is 4,000 word
 * locations; a common term is about seven times on each page holding it): on a 2,000-page site 军人,
 * on every page, downloads 25 KB, a rare pair 5 KB.
 */
export const PAGES_PER_CHUNK = 550;

/**
 * What looking a term up costs, in index chunks, from its share of pages: one, or more for a term on
 * so many pages that its own postings outgrow a chunk. On a small site every term weighs one.
 */
export function chunkWeight(share: number, pages = 0): number {
  return Math.max(1, ((share / 100) * pages) / PAGES_PER_CHUNK);
}

/**
 * The terms a word is looked up by (lookupTerms), each with its weight in index chunks: what the
 * lookup budget (MAX_TERMS) counts. A pair is on at least the pages of its word (义务兵 → 义务).
 */
export function weighedTerms(text: string, lexicon: Lexicon): Map<string, number> {
  const terms = lookupTerms(text, lexicon).split(' ').filter(Boolean);
  return new Map(terms.map((term) => [term, chunkWeight(termShare(term, text, lexicon), lexicon.pages)]));
}

/** The share of pages of one of a word's terms: a pair is on every page its word is on (义务兵 68% → 义务 ≥ 68%). */
function termShare(term: string, word: string, lexicon: Lexicon): number {
  const own = [...term].length === 2 ? (lexicon.common?.get(term) ?? 0) : 0;
  return Math.max(own, lexicon.common?.get(word) ?? 0);
}

/** Adds terms with their weights to a set of them; returns the total weight. */
function addTerms(into: Map<string, number>, terms: ReadonlyMap<string, number>): number {
  for (const [term, weight] of terms) into.set(term, Math.max(weight, into.get(term) ?? 0));
  let total = 0;
  for (const weight of into.values()) total += weight;
  return total;
}

/** How common a word is: its own share of pages, else that of its rarest pair (0: below SKIP_SHARE or not a site word). */
export function wordShare(text: string, lexicon: Lexicon): number {
  const common = lexicon.common;
  if (!common || !hasHan(text)) return 0;
  const own = common.get(text);
  if (own !== undefined) return own;
  const pairs = pagefindTerms(text).split(' ').filter(Boolean);
  return Math.min(...pairs.map((pair) => ([...pair].length === 2 ? (common.get(pair) ?? 0) : 0)));
}

/**
 * The terms a word is looked up by: its character pairs (pagefindTerms), less the pairs on many
 * pages when a rarer one is left (最美退役军人 → 最美): Pagefind requires every term, so the rarer
 * pairs alone find every page holding the word, and a common pair's index chunk is the largest.
 * The pages shown first are checked for the whole word.
 */
export function lookupTerms(text: string, lexicon: Lexicon): string {
  const terms = pagefindTerms(text).split(' ').filter(Boolean);
  if (terms.length < 2 || !lexicon.common?.size) return terms.join(' ');
  // A common word (义务兵) has no rare pairs, whether its pairs' own shares are known or not.
  const share = (term: string) => termShare(term, text, lexicon);
  const rare = terms.filter((term) => share(term) < SKIP_SHARE);
  if (rare.length) return rare.join(' ');
  return [...terms].sort((a, b) => share(a) - share(b))[0] ?? '';
}

/**
 * How common a word is as it is looked up: the share of its commonest form, the typed word or an
 * alternative (the pages holding any of them are at least that many: 当兵 → 军人 is on them all).
 */
export function lookupShare(word: QueryWord, lexicon: Lexicon): number {
  return Math.max(wordShare(word.text, lexicon), ...word.alternatives.map((alternative) => wordShare(alternative.text, lexicon)));
}

/** The indices of the plan's words not to look up (see MAX_TERMS and VACUOUS_SHARE). */
export function unsearchedWords(plan: QueryPlan, lexicon: Lexicon, maxTerms = lookupBudget(lexicon)): Set<number> {
  const skip = new Set<number>();
  const searched = () => plan.words.map((word, w) => ({ word, w })).filter(({ word, w }) => word.required && !skip.has(w));
  const cost = () => {
    const terms = new Map<string, number>();
    let total = 0;
    for (const { word } of searched()) for (const a of word.alternatives) total = addTerms(terms, weighedTerms(a.text, lexicon));
    return total;
  };
  // First the words that tell no pages apart, by any of their forms; then, while the lookup is over
  // the budget, the words whose own text is on the most pages.
  const passes = [
    { share: (word: QueryWord) => lookupShare(word, lexicon), least: VACUOUS_SHARE, needed: () => true },
    { share: (word: QueryWord) => wordShare(word.text, lexicon), least: SKIP_SHARE, needed: () => cost() > maxTerms },
  ];
  for (const pass of passes) {
    for (;;) {
      const left = searched();
      if (left.length < 2 || !pass.needed()) break;
      const commonest = left
        .map(({ word, w }) => ({ w, share: pass.share(word) }))
        .filter(({ share }) => share >= pass.least)
        .sort((a, b) => b.share - a.share || b.w - a.w)[0];
      if (!commonest) break;
      skip.add(commonest.w);
    }
  }
  return skip;
}

/** The lightest of a word's terms (a pair the vocabulary holds among equals, else the first): one term that still finds every page holding the word. */
function rarestTerm(terms: ReadonlyMap<string, number>, lexicon: Lexicon): Map<string, number> {
  const [term, weight] =
    [...terms].sort((x, y) => x[1] - y[1] || Number(lexicon.words.has(y[0])) - Number(lexicon.words.has(x[0])))[0] ?? [];
  return term === undefined || weight === undefined ? new Map(terms) : new Map([[term, weight]]);
}

/**
 * What each alternative of each word is looked up by (its lookupTerms), or undefined where it is not
 * looked up: a word left out by unsearchedWords, or an alternative over the budget. Every looked-up
 * term costs an index chunk or more on the first search (weighedTerms), synonyms as much as typed
 * words, so the budget (MAX_TERMS chunks) counts them all:
 * 1. every required word is looked up once, by the form most likely on the site's pages: as typed
 *    when the site uses the word (or it has nothing else), else by its first synonym that the site
 *    uses (当兵 → 入伍: residents' words are often on no page at all); when these first lookups are
 *    already over the budget (a long question of words the site does not know: 送棉被 防寒服 稿子),
 *    each word is looked up by one term only, its rarest (a site word among equals): every page
 *    holding the word holds each of its pairs, and the pages shown first are checked for the whole word;
 * 2. then the other alternatives, corrections first (they are there only because the typed word
 *    found nothing), while the terms stay within the budget.
 */
export function lookupPlan(
  plan: QueryPlan,
  lexicon: Lexicon,
  skip: ReadonlySet<number>,
  maxTerms = lookupBudget(lexicon),
): (string | undefined)[][] {
  const chosen = plan.words.map((word) => word.alternatives.map((): string | undefined => undefined));
  const lookups = plan.words.map((word) => word.alternatives.map((alternative) => weighedTerms(alternative.text, lexicon)));
  const terms = new Map<string, number>();
  const take = (w: number, a: number) => {
    const lookup = lookups[w]?.[a];
    if (!lookup?.size) return;
    const row = chosen[w];
    if (row) row[a] = [...lookup.keys()].join(' ');
    addTerms(terms, lookup);
  };
  const fits = (w: number, a: number) => addTerms(new Map(terms), lookups[w]?.[a] ?? new Map()) <= maxTerms;
  const searched = plan.words.map((word, w) => ({ word, w })).filter(({ word, w }) => word.required && !skip.has(w));
  // Digits are words of the index as they stand (10000 for 1万); the vocabulary holds Chinese words only.
  const onSite = (text: string) => lexicon.words.has(text) || /^\d+$/.test(text);
  const firstForms = searched.map(({ word, w }) => {
    const synonym = onSite(word.text) ? -1 : word.alternatives.findIndex((a) => a.kind === 'synonym' && onSite(a.text));
    return { w, a: synonym > 0 ? synonym : 0 };
  });
  const firstTerms = new Map<string, number>();
  let firstWeight = 0;
  for (const { w, a } of firstForms) firstWeight = addTerms(firstTerms, lookups[w]?.[a] ?? new Map());
  const overBudget = firstWeight > maxTerms;
  for (const { w, a } of firstForms) {
    const lookup = lookups[w]?.[a];
    if (overBudget && lookup && lookup.size > 1) lookups[w]![a] = rarestTerm(lookup, lexicon);
    take(w, a);
  }
  const rest = searched.flatMap(({ word, w }) =>
    word.alternatives.map((alternative, a) => ({ alternative, w, a })).filter(({ w: i, a }) => chosen[i]?.[a] === undefined),
  );
  rest.sort((x, y) => Number(y.alternative.kind === 'correction') - Number(x.alternative.kind === 'correction'));
  for (const { w, a } of rest) if (fits(w, a)) take(w, a);
  return chosen;
}
