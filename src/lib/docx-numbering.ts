/**
 * Word's automatic numbering, resolved: the label (一、 （一） 1. （1）) each paragraph of a .docx
 * shows although its text does not contain it. mammoth reads a numbered paragraph as a list item
 * and drops the label, and Chinese plans use the label as their structure, so it is rebuilt here
 * from word/numbering.xml (abstractNum → lvl → numFmt, lvlText, start; num → lvlOverride) and
 * the paragraphs' w:numPr (directly or through their paragraph style in word/styles.xml).
 *
 * Pure: XML text in, labels out (XML parsed with @xmldom/xmldom, the parser mammoth itself uses).
 */
import { DOMParser } from '@xmldom/xmldom';

/** xmldom's elements follow the DOM interfaces. */
type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface NumberingLevel {
  numFmt: string;
  lvlText: string;
  start: number;
}

export interface Numbering {
  /** numId → level index → level, overrides applied. */
  levels: Map<string, Map<number, NumberingLevel>>;
  /** numId → the key its count runs under: lists sharing one abstractNum continue one another's count, as in Word. */
  abstractOf: Map<string, string>;
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const TIANGAN = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const DIZHI = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (chineseCounting and its kin). */
export function chineseCounting(n: number, digits: readonly string[] = CN, units: readonly string[] = ['', '十', '百', '千']): string {
  if (!Number.isInteger(n) || n <= 0) return String(n);
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const text = String(n);
  let zero = false;
  for (let i = 0; i < text.length; i++) {
    const digit = Number(text[i]);
    const unit = units[text.length - 1 - i]!;
    if (digit === 0) {
      zero = parts.length > 0;
      continue;
    }
    if (zero) parts.push(digits[0]!);
    zero = false;
    parts.push(`${digits[digit]}${unit}`);
  }
  const result = parts.join('');
  // 一十 → 十, 一十五 → 十五 (but 一百一十 keeps its 一)
  return digits === CN && /^一十/.test(result) ? result.slice(1) : result;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of table)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

function letters(n: number): string {
  // a … z, aa … zz (Word repeats the letter)
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The number `n` in Word's format `numFmt`; '' for bullets and none. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'bullet':
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((digit) => CN[Number(digit)]).join('');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10]!;
    case 'ideographZodiac':
      return DIZHI[(n - 1) % 12]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    default:
      return String(n);
  }
}

const children = (element: XmlElement, name: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === name && (node as XmlElement).namespaceURI === W)
      out.push(node as XmlElement);
  }
  return out;
};
const child = (element: XmlElement, name: string) => children(element, name)[0];
const val = (element: XmlElement | undefined) => element?.getAttributeNS(W, 'val') ?? element?.getAttribute('w:val') ?? undefined;

function parse(xml: string): XmlElement | undefined {
  try {
    const quiet = () => undefined;
    return (
      new DOMParser({ errorHandler: { warning: quiet, error: quiet, fatalError: quiet } }).parseFromString(xml, 'text/xml')
        .documentElement ?? undefined
    );
  } catch {
    return undefined;
  }
}

function readLevels(element: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const lvl of children(element, 'lvl')) {
    const index = Number(lvl.getAttributeNS(W, 'ilvl') ?? lvl.getAttribute('w:ilvl') ?? 0);
    levels.set(index, {
      numFmt: val(child(lvl, 'numFmt')) ?? 'decimal',
      lvlText: val(child(lvl, 'lvlText')) ?? `%${index + 1}.`,
      start: Number(val(child(lvl, 'start')) ?? 1),
    });
  }
  return levels;
}

/** word/numbering.xml → the levels of every list (num), with lvlOverride/startOverride applied. */
export function parseNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { levels: new Map(), abstractOf: new Map() };
  const restarted = new Set<string>();
  const root = xml ? parse(xml) : undefined;
  if (!root) return numbering;
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const abstract of children(root, 'abstractNum')) {
    abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? abstract.getAttribute('w:abstractNumId') ?? '', readLevels(abstract));
  }
  for (const num of children(root, 'num')) {
    const numId = num.getAttributeNS(W, 'numId') ?? num.getAttribute('w:numId') ?? '';
    const abstractId = val(child(num, 'abstractNumId')) ?? '';
    const levels = new Map([...(abstracts.get(abstractId) ?? new Map<number, NumberingLevel>())].map(([k, v]) => [k, { ...v }]));
    for (const override of children(num, 'lvlOverride')) {
      const index = Number(override.getAttributeNS(W, 'ilvl') ?? override.getAttribute('w:ilvl') ?? 0);
      for (const [k, v] of readLevels(override)) levels.set(k, v);
      restarted.add(numId);
      const start = val(child(override, 'startOverride'));
      const level = levels.get(index);
      if (start !== undefined && level) level.start = Number(start);
    }
    numbering.levels.set(numId, levels);
    // A list with its own start (Word's “重新开始编号”) counts alone; the others of one abstractNum continue each other.
    numbering.abstractOf.set(numId, restarted.has(numId) ? `num:${numId}` : `abstract:${abstractId}`);
  }
  return numbering;
}

/** Counts lists as Word does and gives each numbered paragraph its label. */
export class NumberingCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly numbering: Numbering;
  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`; '' when there is none (a bullet, an unknown list). */
  next(numId: string, ilvl: number): string {
    const levels = this.numbering.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || numId === '0') return '';
    const key = this.numbering.abstractOf.get(numId) ?? numId;
    const counts = this.counts.get(key) ?? [];
    for (let i = 0; i < ilvl; i++) if (counts[i] === undefined) counts[i] = levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart
    this.counts.set(key, counts);
    if (level.numFmt === 'bullet' || level.numFmt === 'none') return '';
    return level.lvlText.replace(/%(\d)/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = levels.get(index)?.numFmt ?? 'decimal';
      return formatNumber(counts[index] ?? levels.get(index)?.start ?? 1, index === ilvl ? level.numFmt : format);
    });
  }
}

/** Paragraph style id → its w:numPr (numId, ilvl), from word/styles.xml (styles inherit through basedOn). */
export function styleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const result = new Map<string, { numId: string; ilvl: number }>();
  const root = xml ? parse(xml) : undefined;
  if (!root) return result;
  const raw = new Map<string, { numId?: string | undefined; ilvl?: number | undefined; basedOn?: string | undefined }>();
  for (const style of children(root, 'style')) {
    const id = style.getAttributeNS(W, 'styleId') ?? style.getAttribute('w:styleId') ?? '';
    const pPr = child(style, 'pPr');
    const numPr = pPr ? child(pPr, 'numPr') : undefined;
    const ilvl = numPr ? val(child(numPr, 'ilvl')) : undefined;
    raw.set(id, {
      numId: numPr ? val(child(numPr, 'numId')) : undefined,
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: val(child(style, 'basedOn')),
    });
  }
  for (const id of raw.keys()) {
    let current: string | undefined = id;
    const seen = new Set<string>();
    while (current && !seen.has(current)) {
      seen.add(current);
      const entry = raw.get(current);
      if (entry?.numId !== undefined) {
        result.set(id, { numId: entry.numId, ilvl: raw.get(id)?.ilvl ?? entry.ilvl ?? 0 });
        break;
      }
      current = entry?.basedOn;
    }
  }
  return result;
}

/** The text of a w:p (its w:t runs), for matching paragraphs to mammoth's. */
function paragraphText(p: XmlElement): string {
  const texts = p.getElementsByTagNameNS(W, 't');
  let out = '';
  for (let i = 0; i < texts.length; i++) out += texts.item(i)?.textContent ?? '';
  return out;
}

export interface NumberedParagraph {
  /** The paragraph's own text. */
  text: string;
  /** Its automatic label (`一、`, `（一）`, `1.`), '' when it has none. */
  label: string;
}

/**
 * Every paragraph of word/document.xml in document order (table cells included), with its label.
 * A paragraph is numbered by its own w:numPr, else by its style's.
 */
export function numberParagraphs(documentXml: string, numberingXml?: string, stylesXml?: string): NumberedParagraph[] {
  const root = parse(documentXml);
  if (!root) return [];
  const counter = new NumberingCounter(parseNumbering(numberingXml));
  const byStyle = styleNumbering(stylesXml);
  const out: NumberedParagraph[] = [];
  const paragraphs = root.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    const pPr = child(p, 'pPr');
    const numPr = pPr ? child(pPr, 'numPr') : undefined;
    const styleId = pPr ? val(child(pPr, 'pStyle')) : undefined;
    let numId = numPr ? val(child(numPr, 'numId')) : undefined;
    let ilvl = numPr ? Number(val(child(numPr, 'ilvl')) ?? 0) : 0;
    if (numId === undefined && styleId && byStyle.has(styleId)) ({ numId, ilvl } = byStyle.get(styleId)!);
    out.push({ text: paragraphText(p), label: numId === undefined ? '' : counter.next(numId, ilvl) });
  }
  return out;
}
