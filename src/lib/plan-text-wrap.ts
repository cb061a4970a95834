/**
 * Hard line wraps in plans saved as text: a sentence broken over several lines (text copied
 * from a PDF or a web page, a .txt saved with "插入换行符") is joined back into one line.
 *
 * The rule: a line continues on the next one when it does not end a sentence (。！？；： …),
 * the next line does not start a heading, a list item (一、 （一） 1、 （1） 一是 第一，), a 篇 marker
 * or a heading-shaped line (short, no punctuation, not ending a sentence), there is no blank
 * line between them, and the line itself is not heading-shaped. A numbered line (1、…) counts as
 * heading-shaped when it is short, unless the document is visibly wrapped at a fixed width
 * (three or more unfinished, unnumbered lines of 20 or more characters of about the same length)
 * and the line reaches that width.
 *
 * Pure: lines in, lines out; a joined line keeps the number of its first source line.
 */

export interface WrapLine {
  /** 1-based source line number. */
  no: number;
  text: string;
  /** A blank line stood before this one in the source. */
  blankBefore?: boolean;
}

const SENTENCE_END = /(?:[。！？!?；;：:…]|\.{3,}|[。！？!?][”’」』)）])$/;
const ITEM_START =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*(?:、|[.．](?!\d))|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|[●•■◆★▲◇□·])/;
const PART_MARKER = /篇\s*(?:[一二三四五六七八九十百]+|\d+)\s*[)）]?\s*$/;
const LABEL =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*[、.．]?|\d{1,2}\s*(?:、|[.．](?!\d)))\s*/;

const length = (text: string) => [...text].length;
/** A line ending in one of these stops inside a phrase; a line starting with one goes on from the one before. */
const CONNECTOR_END = /[的和与及对在把将为向从等并或、，,（(“]$/;
const CONNECTOR_START = /^(?:[和与及的了并等或，,、）)”]|以及|及其|同时)/;

/** Short and without sentence punctuation: a title or a heading, not a piece of a sentence. */
export function isHeadingShaped(text: string): boolean {
  const rest = text.replace(LABEL, '');
  return length(rest) <= 30 && !/[。！？!?；;，,]/.test(rest);
}

/** The width a wrapped document was broken at, or undefined when it does not look wrapped. */
export function wrapWidth(lines: readonly WrapLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const n = length(line.text);
    // Headings and list items are short by nature: only lines in the middle of a paragraph tell the width.
    if (n < 20 || SENTENCE_END.test(line.text) || ITEM_START.test(line.text)) continue;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const width of counts.keys()) {
    const near = (counts.get(width - 1) ?? 0) + (counts.get(width) ?? 0) + (counts.get(width + 1) ?? 0);
    if (near > bestCount || (near === bestCount && best !== undefined && width > best)) {
      best = width;
      bestCount = near;
    }
  }
  return bestCount >= 3 ? best : undefined;
}

/** Whether `line` goes on in `next` (see the module comment). */
function continues(line: WrapLine, next: WrapLine, width: number | undefined, extended: boolean): boolean {
  if (next.blankBefore) return false;
  if (SENTENCE_END.test(line.text)) return false;
  if (ITEM_START.test(next.text) || PART_MARKER.test(next.text)) return false;
  if (isHeadingShaped(next.text) && !SENTENCE_END.test(next.text)) return false;
  if (width !== undefined && length(line.text) >= width - 2) return true;
  if (isHeadingShaped(line.text)) return false;
  // A numbered line with commas may be a heading (（二）加强领导，健全机制) or a wrapped item:
  // it goes on only when the break is visibly inside a phrase.
  if (LABEL.test(line.text) && !extended) return CONNECTOR_END.test(line.text) || CONNECTOR_START.test(next.text);
  return true;
}

/** Join hard-wrapped lines. `joined` lists the source lines that were appended to the line before. */
export function joinHardWraps(lines: readonly WrapLine[]): { lines: WrapLine[]; joined: number[] } {
  const width = wrapWidth(lines);
  const out: WrapLine[] = [];
  const joined: number[] = [];
  let extended = false;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && continues(previous, line, width, extended)) {
      extended = true;
      // Chinese needs no space at a join; Latin words and numbers do.
      const space = /[A-Za-z0-9]$/.test(previous.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      out[out.length - 1] = { ...previous, text: `${previous.text}${space}${line.text}` };
      joined.push(line.no);
    } else {
      extended = false;
      out.push({ ...line });
    }
  }
  return { lines: out, joined };
}
