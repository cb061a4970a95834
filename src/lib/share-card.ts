/**
 * Sharing: the share card every page without a photo gets (title and site name on a 双拥 red
 * background, 1200×630), which card a page uses, and the JSON-LD of an article.
 *
 * Pure layout only: text measuring, line breaking by Chinese rules (标点禁则), the SVG of a card.
 * The pixels are made at build time by src/integration/share-cards.ts with sharp.
 *
 * Widths are in em of Noto Sans CJK SC Bold (the CJK font installed on the build machine): every
 * Chinese character and full-width punctuation mark is 1 em; Latin letters and digits have the
 * advances measured from that font (table below).
 */
import { COLLECTIONS, type CollectionName } from '../model/index.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Left and right margin of the card's text. */
export const CARD_MARGIN = 80;
export const TITLE_WIDTH = CARD_WIDTH - 2 * CARD_MARGIN;

export const CARD_COLORS = {
  red: '#b3121b',
  /** The large decorative star, barely lighter than the background. */
  redLight: '#bf1f28',
  darkRed: '#8c0e15',
  gold: '#f5c542',
  white: '#ffffff',
} as const;

/** fontconfig resolves the first installed family; CI and the build machine have Noto Sans CJK. */
export const CARD_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** Advances of ASCII 0x20–0x7E in Noto Sans CJK SC Bold, in em (measured with pango). */
const ASCII_ADVANCE = [
  0.227, 0.37, 0.574, 0.59, 0.59, 0.963, 0.74, 0.325, 0.378, 0.378, 0.507, 0.59, 0.325, 0.37, 0.325, 0.387,
  0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.325, 0.325, 0.59, 0.59, 0.59, 0.514,
  1.007, 0.641, 0.681, 0.656, 0.714, 0.615, 0.585, 0.717, 0.757, 0.33, 0.568, 0.686, 0.578, 0.853, 0.749, 0.77,
  0.667, 0.77, 0.682, 0.624, 0.625, 0.748, 0.619, 0.915, 0.627, 0.58, 0.613, 0.378, 0.387, 0.378, 0.59, 0.567,
  0.626, 0.591, 0.644, 0.527, 0.644, 0.581, 0.372, 0.597, 0.64, 0.304, 0.306, 0.604, 0.315, 0.964, 0.641, 0.626,
  0.644, 0.644, 0.436, 0.495, 0.421, 0.637, 0.576, 0.863, 0.562, 0.574, 0.511, 0.378, 0.296, 0.378, 0.59,
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
  for (let i = 0; i < chars.length; ) {
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

/**
 * The best `lineCount` lines: as even as possible (like CSS text-wrap: balance), preferring to
 * break after punctuation. A tiny dynamic programme over the break points.
 */
function balancedLines(units: string[], maxWidth: number, lineCount: number): string[] {
  const count = units.length;
  const prefix = [0];
  for (const unit of units) prefix.push(prefix[prefix.length - 1]! + textWidth(unit));
  const lineText = (from: number, to: number) => units.slice(from, to).join('').trim();
  const lineWidth = (from: number, to: number) => textWidth(lineText(from, to));
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
        const cost = best[k - 1]![i]! + slack * slack - bonus;
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

/** Font sizes tried for a title, largest first, with the lines each may take. */
export const TITLE_SIZES: readonly { size: number; maxLines: number }[] = [
  { size: 76, maxLines: 2 },
  { size: 60, maxLines: 3 },
  { size: 50, maxLines: 3 },
];

export interface TitleLayout {
  fontSize: number;
  lineHeight: number;
  lines: string[];
  truncated: boolean;
}

/** The largest size at which the whole title fits; the smallest, with an ellipsis, otherwise. */
export function layoutTitle(title: string, width = TITLE_WIDTH, sizes = TITLE_SIZES): TitleLayout {
  for (const { size, maxLines } of sizes) {
    const wrapped = wrapText(title, width / size, maxLines);
    if (!wrapped.truncated) return { fontSize: size, lineHeight: Math.round(size * 1.32), ...wrapped };
  }
  const { size, maxLines } = sizes[sizes.length - 1]!;
  return { fontSize: size, lineHeight: Math.round(size * 1.32), ...wrapText(title, width / size, maxLines) };
}

/** What a card says. */
export interface ShareCardText {
  /** The big text: the page title. */
  title: string;
  /** The small line at the top next to the star: the site name. */
  header: string;
  /** The gold label above the title: the 栏目, e.g. 活动报道. */
  kicker?: string | undefined;
  /** Left of the gold bar at the bottom: the site's address. */
  footer: string;
}

export const CARD_SLOGAN = '拥军优属 · 拥政爱民';

export interface PlacedLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface ShareCardLayout {
  title: TitleLayout & { placed: PlacedLine[] };
  header: { text: string; size: number; x: number; y: number };
  kicker?: { text: string; size: number; x: number; y: number; box: { x: number; y: number; width: number; height: number } } | undefined;
  bar: { y: number; height: number };
  footer: { text: string; size: number; x: number; y: number };
  slogan: { text: string; size: number; x: number; y: number };
}

/** Where everything on a card goes. */
export function shareCardLayout(card: ShareCardText): ShareCardLayout {
  const headerSize = 32;
  const header = { text: fitLine(card.header, (TITLE_WIDTH - 56) / headerSize), size: headerSize, x: CARD_MARGIN + 56, y: 104 };
  const kickerSize = 28;
  const kicker = card.kicker
    ? (() => {
        const text = fitLine(card.kicker, 24);
        const width = Math.round(textWidth(text) * kickerSize + 44);
        return { text, size: kickerSize, x: CARD_MARGIN + 22, y: 188, box: { x: CARD_MARGIN, y: 150, width, height: 52 } };
      })()
    : undefined;
  const bar = { y: 548, height: CARD_HEIGHT - 548 };
  const title = layoutTitle(card.title);
  const top = kicker ? 226 : 150;
  const bottom = bar.y - 24;
  // Centre the block of lines: the first baseline sits one ascent (≈0.88 em) below its top.
  const blockHeight = (title.lines.length - 1) * title.lineHeight + title.fontSize;
  const firstBaseline = Math.round(top + (bottom - top - blockHeight) / 2 + title.fontSize * 0.88);
  const placed = title.lines.map((text, index) => ({ text, x: CARD_MARGIN, y: firstBaseline + index * title.lineHeight }));
  const slogan = { text: CARD_SLOGAN, size: 26, x: CARD_WIDTH - CARD_MARGIN - Math.round(textWidth(CARD_SLOGAN) * 26), y: 598 };
  const footer = { text: fitLine(card.footer, (slogan.x - CARD_MARGIN - 30) / 26), size: 26, x: CARD_MARGIN, y: 598 };
  return { title: { ...title, placed }, header, kicker, bar, footer, slogan };
}

/** One line, shortened with an ellipsis when it is wider than `maxWidth` em. */
function fitLine(text: string, maxWidth: number): string {
  if (textWidth(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…') > maxWidth) chars.pop();
  return chars.join('') + '…';
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** The points of a five-pointed star, for an SVG polygon. */
export function starPoints(cx: number, cy: number, radius: number, rotation = 0): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = ((-90 + rotation + i * 36) * Math.PI) / 180;
    const r = i % 2 === 0 ? radius : radius * 0.382;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(' ');
}

/**
 * The card as SVG. `withTitle: false` gives the background the renderer reuses for every card
 * of a section (the title is drawn separately, from glyphs rendered once per build).
 */
export function shareCardSvg(card: ShareCardText, { withTitle = true } = {}): string {
  const layout = shareCardLayout(card);
  const { red, redLight, darkRed, gold, white } = CARD_COLORS;
  const font = `font-family="${escapeXml(CARD_FONT_FAMILY)}" font-weight="700"`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${red}"/>`,
    `<polygon points="${starPoints(1040, 300, 330, 12)}" fill="${redLight}"/>`,
    `<polygon points="${starPoints(CARD_MARGIN + 22, 92, 24)}" fill="${gold}"/>`,
    `<text x="${layout.header.x}" y="${layout.header.y}" ${font} font-size="${layout.header.size}" fill="${white}">${escapeXml(layout.header.text)}</text>`,
  ];
  if (layout.kicker) {
    const { box, text, size, x, y } = layout.kicker;
    parts.push(
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${box.height / 2}" fill="${gold}"/>`,
      `<text x="${x}" y="${y}" ${font} font-size="${size}" fill="${darkRed}">${escapeXml(text)}</text>`,
    );
  }
  if (withTitle) {
    for (const line of layout.title.placed) {
      parts.push(`<text x="${line.x}" y="${line.y}" ${font} font-size="${layout.title.fontSize}" fill="${white}">${escapeXml(line.text)}</text>`);
    }
  }
  parts.push(
    `<rect x="0" y="${layout.bar.y}" width="${CARD_WIDTH}" height="${layout.bar.height}" fill="${gold}"/>`,
    `<text x="${layout.footer.x}" y="${layout.footer.y}" ${font} font-size="${layout.footer.size}" fill="${darkRed}">${escapeXml(layout.footer.text)}</text>`,
    `<text x="${layout.slogan.x}" y="${layout.slogan.y}" ${font} font-size="${layout.slogan.size}" fill="${darkRed}">${escapeXml(layout.slogan.text)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Which card a page shares

export type EntryCollection = CollectionName;
const ENTRY_PATH = new RegExp(`^/(${COLLECTIONS.join('|')})/([^/]+)/?$`);

/** One card per section for the list pages; the key is the first path segment ('' is the home page). */
export const SHARE_SECTIONS: Record<string, string> = {
  reports: '活动报道',
  plans: '工作计划',
  cases: '双拥典型',
  policies: '政策解读',
  education: '国防教育',
  timeline: '双拥大事记',
  calendar: '纪念日历',
  units: '信息报送',
  search: '站内搜索',
  about: '关于本站',
};

/** `/reports/2026-08-01-bayi/` → { collection: 'reports', id: '2026-08-01-bayi' }; other pages → undefined. */
export function entryOfPath(pathname: string): { collection: EntryCollection; id: string } | undefined {
  const match = ENTRY_PATH.exec(pathname);
  return match ? { collection: match[1] as EntryCollection, id: match[2]! } : undefined;
}

/** The section card of a list page: `/og/reports.png`; the home page and unknown pages share `/og/site.png`. */
export function sectionCardPath(pathname: string): string {
  const section = pathname.split('/').filter(Boolean)[0] ?? '';
  return section in SHARE_SECTIONS ? `/og/${section}.png` : '/og/site.png';
}

/** The card of an entry page that has no photo. */
export function entryCardPath(collection: EntryCollection, id: string): string {
  return `/og/${collection}/${id}.png`;
}

interface PhotoLike<I> {
  cover?: I;
  coverAlt?: string;
  gallery?: { src: I; alt: string }[];
}

/** The photo a page shares: its cover, or else the first gallery photo. */
export function sharePhoto<I>(data: PhotoLike<I>): { src: I; alt: string } | undefined {
  if (data.cover && data.coverAlt) return { src: data.cover, alt: data.coverAlt };
  const first = data.gallery?.[0];
  return first ? { src: first.src, alt: first.alt } : undefined;
}

/** Width and height of an Open Graph crop (1.91:1, at most 1200 wide) that needs no upscaling. */
export function ogCropSize(sourceWidth: number, sourceHeight: number): { width: number; height: number } {
  const width = Math.min(CARD_WIDTH, sourceWidth, Math.floor((sourceHeight * CARD_WIDTH) / CARD_HEIGHT));
  return { width, height: Math.round((width * CARD_HEIGHT) / CARD_WIDTH) };
}

// ---------------------------------------------------------------------------------------------
// Structured data

export interface ArticleInput {
  collection: EntryCollection;
  url: string;
  title: string;
  published: string;
  modified?: string;
  images: string[];
  author?: string;
  unitName: string;
  publisher: { name: string; url: string; logo: string };
  /** For 典型: who the story is about. */
  about?: { name: string; person: boolean; awards: string[] };
}

/** Categories of 典型 that are people; the rest (先进单位, 模范城县, 共建典型, 拥政爱民) are organisations. */
export const PERSON_CASE_CATEGORIES = new Set(['先进个人', '好军嫂', '最美退役军人']);

/** schema.org Article (NewsArticle for reports) for search engines and share previews. */
export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo },
  };
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': input.collection === 'reports' ? 'NewsArticle' : 'Article',
    headline: input.title.length > 110 ? `${[...input.title].slice(0, 109).join('')}…` : input.title,
    url: input.url,
    inLanguage: 'zh-CN',
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    image: input.images,
    author: input.author ? { '@type': 'Person', name: input.author } : { '@type': 'Organization', name: input.unitName },
    publisher,
  };
  if (input.about) {
    data.about = {
      '@type': input.about.person ? 'Person' : 'Organization',
      name: input.about.name,
      ...(input.about.awards.length > 0 ? { award: input.about.awards } : {}),
    };
  }
  return data;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
