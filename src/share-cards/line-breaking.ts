/**
 * Line breaking for share cards: text measuring and Chinese line breaking (标点禁则), with even
 * lines that prefer to break at punctuation and an ellipsis when the text does not fit.
 *
 * Widths are in em of Noto Sans CJK SC Bold (the CJK font installed on the build machine): every
 * Chinese character and full-width punctuation mark is 1 em; Latin letters and digits have the
 * advances measured from that font (table below).
 */
/** Advances of ASCII 0x20–0x7E in Noto Sans CJK SC Bold, in em (measured with pango). */
const ASCII_ADVANCE = [
  0.227, 0.37, 0.574, 0.59, 0.59, 0.963, 0.74, 0.325, 0.378, 0.378, 0.507, 0.59, 0.325, 0.37, 0.325, 0.387, 0.59, 0.59, 0.59, 0.59, 0.59,
  0.59, 0.59, 0.59, 0.59, 0.59, 0.325, 0.325, 0.59, 0.59, 0.59, 0.514, 1.007, 0.641, 0.681, 0.656, 0.714, 0.615, 0.585, 0.717, 0.757, 0.33,
  0.568, 0.686, 0.578, 0.853, 0.749, 0.77, 0.667, 0.77, 0.682, 0.624, 0.625, 0.748, 0.619, 0.915, 0.627, 0.58, 0.613, 0.378, 0.387, 0.378,
  0.59, 0.567, 0.626, 0.591, 0.644, 0.527, 0.644, 0.581, 0.372, 0.597, 0.64, 0.304, 0.306, 0.604, 0.315, 0.964, 0.641, 0.626, 0.644, 0.644,
  0.436, 0.495, 0.421, 0.637, 0.576, 0.863, 0.562, 0.574, 0.511, 0.378, 0.296, 0.378, 0.59,
];

/** The width of one character in em. */
export function charAdvance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII_ADVANCE[code - 0x20]!;
  if (code < 0x20) return 0;
  // Latin-1 and other alphabetic scripts: an average Latin letter.
  if (code < 0x2000 || (code >= 0x2070 && code < 0x2e80 && code !== 0x2026 && code !== 0x2014 && code !== 0x2015)) return 0.6;
  // Chinese characters, full-width punctuation (“”‘’ are full-width in the SC font), ideographic space…
  return 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charAdvance(char);
  return width;
}

/** 避头：never at the start of a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%％,.;:?!)]}、～']);
/** 避尾：never at the end of a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
/** Characters that make up one unbreakable Latin word or number: 2026, COVID-19, 3.5%. */
const WORD_CHAR = /[A-Za-z0-9.\-_/%&+'#@]/;

/** Opening marks whose short content (a name, “八一”) is kept on one line, with their closing mark. */
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '（': '）', '(': ')' };
/** The longest quoted span kept together, in characters. */
const MAX_KEPT_SPAN = 8;

/** Unbreakable pieces of a line: a Chinese character with the punctuation glued to it, a Latin word, a short quotation, a space. */
export function lineUnits(text: string): string[] {
  const atoms: string[] = [];
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  for (let i = 0; i < chars.length;) {
    const char = chars[i]!;
    const close = PAIRS[char];
    const end = close ? chars.indexOf(close, i + 1) : -1;
    if (close && end > i && end - i <= MAX_KEPT_SPAN) {
      atoms.push(chars.slice(i, end + 1).join(''));
      i = end + 1;
    } else if (WORD_CHAR.test(char)) {
      let word = '';
      while (i < chars.length && WORD_CHAR.test(chars[i]!)) word += chars[i++];
      atoms.push(word);
    } else {
      atoms.push(char);
      i++;
    }
  }
  const units: string[] = [];
  let carry = '';
  for (const atom of atoms) {
    if (NO_LINE_END.has(atom)) {
      carry += atom; // an opening mark waits for what it opens
    } else if (NO_LINE_START.has(atom) && units.length > 0 && !carry) {
      units[units.length - 1] += atom; // a closing mark sticks to what it closes
    } else {
      units.push(carry + atom);
      carry = '';
    }
  }
  if (carry) {
    if (units.length > 0) units[units.length - 1] += carry;
    else units.push(carry);
  }
  return units;
}

/** Units wider than a whole line are cut into characters. */
function splitWide(units: string[], maxWidth: number): string[] {
  return units.flatMap((unit) => (textWidth(unit) > maxWidth + 1e-9 ? [...unit] : [unit]));
}

/** Greedy line filling: the fewest lines the text can take. */
function fill(units: string[], maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const unit of units) {
    const unitWidth = textWidth(unit);
    if (unit === ' ' && width === 0) continue;
    if (width + unitWidth > maxWidth + 1e-9 && line.trim()) {
      lines.push(line.trim());
      line = '';
      width = 0;
      if (unit === ' ') continue;
    }
    line += unit;
    width += unitWidth;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** A line ending in one of these is a natural place to break. */
const GOOD_BREAK = /[，。、；：？！”’》」』）,;:?!)]$/;
/** How much a break at punctuation is worth, in em² of unevenness. */
const PUNCTUATION_BONUS = 9;
/** What a break inside a word (家|庭) costs, in em² of unevenness. */
const WORD_BREAK_PENALTY = 6;
const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** For each break point between units (index j: before units[j]), whether it falls inside a word (ICU's Chinese dictionary). */
function insideWord(units: string[]): boolean[] {
  const text = units.join('');
  const starts = new Set([...WORDS.segment(text)].map((segment) => segment.index));
  const inside = [false];
  let offset = 0;
  for (const unit of units) {
    offset += unit.length;
    inside.push(offset < text.length && !starts.has(offset));
  }
  return inside;
}

/**
 * The best `lineCount` lines: as even as possible (like CSS text-wrap: balance), preferring to
 * break after punctuation and between words. A tiny dynamic programme over the break points.
 */
function balancedLines(units: string[], maxWidth: number, lineCount: number): string[] {
  const count = units.length;
  const prefix = [0];
  for (const unit of units) prefix.push(prefix[prefix.length - 1]! + textWidth(unit));
  const lineText = (from: number, to: number) => units.slice(from, to).join('').trim();
  const lineWidth = (from: number, to: number) => textWidth(lineText(from, to));
  const splitsWord = insideWord(units);
  // best[k][j]: the least cost of setting the first j units on k lines.
  const best = Array.from({ length: lineCount + 1 }, () => new Array<number>(count + 1).fill(Infinity));
  const from = Array.from({ length: lineCount + 1 }, () => new Array<number>(count + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= lineCount; k++) {
    for (let j = 1; j <= count; j++) {
      for (let i = k - 1; i < j; i++) {
        if (best[k - 1]![i] === Infinity) continue;
        if (prefix[j]! - prefix[i]! > maxWidth + 2) continue;
        const width = lineWidth(i, j);
        if (width > maxWidth + 1e-9 || width === 0) continue;
        const slack = maxWidth - width;
        const bonus = j < count && GOOD_BREAK.test(lineText(i, j)) ? PUNCTUATION_BONUS : 0;
        const penalty = j < count && splitsWord[j] ? WORD_BREAK_PENALTY : 0;
        const cost = best[k - 1]![i]! + slack * slack - bonus + penalty;
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
    }
  }
  if (best[lineCount]![count] === Infinity) return fill(units, maxWidth);
  const lines: string[] = [];
  for (let k = lineCount, j = count; k > 0; k--) {
    const i = from[k]![j]!;
    lines.unshift(lineText(i, j));
    j = i;
  }
  return lines;
}

export interface WrappedText {
  lines: string[];
  /** True when the text did not fit and the last line ends in an ellipsis. */
  truncated: boolean;
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxWidth` em, following 标点禁则, with
 * even lines that prefer to break at punctuation, and an ellipsis when it does not fit.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number): WrappedText {
  const units = splitWide(lineUnits(text), maxWidth);
  const lines = fill(units, maxWidth);
  if (lines.length === 0) return { lines: [], truncated: false };
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const chars = [...kept[maxLines - 1]!];
    while (chars.length > 0 && textWidth(chars.join('') + '…') > maxWidth) chars.pop();
    while (chars.length > 0 && /[\s，。、；：？！,.;:?!（《「『【“‘(]/.test(chars[chars.length - 1]!)) chars.pop();
    kept[maxLines - 1] = chars.join('') + '…';
    return { lines: kept, truncated: true };
  }
  return { lines: lines.length > 1 ? balancedLines(units, maxWidth, lines.length) : lines, truncated: false };
}

/** One line, shortened with an ellipsis when it is wider than `maxWidth` em. */
export function fitLine(text: string, maxWidth: number): string {
  if (textWidth(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…') > maxWidth) chars.pop();
  return chars.join('') + '…';
}
