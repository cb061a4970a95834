/**
 * Text as a pattern matcher should see it, position for position: full-width digits and letters
 * (`１３８`, `Ｘ`) become ASCII, full-width and typographic hyphens become `-`, and invisible
 * characters (zero-width space, joiners, word joiner, soft hyphen, BOM) and unusual spaces
 * (no-break, ideographic) become a plain space. Each character maps to exactly one, so an index in
 * the folded text is the same index in the original (line and column stay right).
 *
 * The personal-data rules (content-lint.ts) match on this, so `１１０１０５…`, `110105-1949…` or a
 * number split by zero-width spaces is found like the plain one.
 */

/** Characters that show as nothing (or as a space) but break a number into pieces. */
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;

function foldChar(char: string): string {
  if (INVISIBLE.test(char) || SPACES.test(char)) return ' ';
  if (HYPHENS.test(char)) return '-';
  const code = char.charCodeAt(0);
  // Full-width ASCII letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A): NFKC gives one ASCII character.
  if (code >= 0xff10 && code <= 0xff5a) {
    const folded = char.normalize('NFKC');
    if (/^[0-9A-Za-z]$/.test(folded)) return folded;
  }
  return char;
}

/** The folded text, of the same length as `text`. */
export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}
