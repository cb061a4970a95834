/**
 * A small, fast reader and writer for HTML fragments that are already well formed, giving exactly
 * what cheerio (parse5) would give for them: the same tree and, written back, the same bytes.
 *
 * Used by the channel articles (channels/article.ts, channels/wechat.ts): every entry's body is
 * read, rewritten and written back twice per build, and cheerio's parse5 tree builder, adapter
 * and selector engine cost about 1.6 s of a 2,000-entry build (BENCHMARKS.md, issue 18).
 *
 * parse5 follows the HTML standard's tree construction: it closes a <p> when a block starts
 * inside it, moves text out of tables, reorders misnested tags, drops a newline after <pre>.
 * Rather than repeat those rules, this reader accepts only fragments where none of them can act
 * and answers `undefined` for anything else, so that the caller falls back to cheerio:
 * - tags from a fixed list (no script, style, svg, template, form controls, custom elements);
 * - every end tag closes the innermost open element, and every element is closed;
 * - inside a <p>, a heading or any phrasing element only phrasing elements; a <li> directly in
 *   <ul>/<ol>, <dt>/<dd> in <dl>, table parts each in their own parent and no text in a table
 *   but whitespace; no <a> inside an <a>; no newline right after <pre>;
 * - attribute values quoted (or absent), names plain, none twice; no comments, doctypes, CDATA,
 *   raw "<" in text, carriage returns, NUL or byte-order marks.
 * Character references are decoded by htmlparser2's tokenizer with the same tables and rules as
 * parse5 (both use the entities package's decoder).
 */
import { QuoteType, Tokenizer } from 'htmlparser2';

export interface FragmentElement {
  type: 'element';
  /** Lower-case tag name. */
  name: string;
  /** In source order, as cheerio keeps them (an object: a later assignment keeps its place). */
  attribs: Record<string, string>;
  children: FragmentNode[];
}
export interface FragmentText {
  type: 'text';
  /** Decoded text. */
  data: string;
}
export type FragmentNode = FragmentElement | FragmentText;

const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'picture',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const FLOW = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
]);
/** Table parts and the only parent each may have. */
const TABLE_PARENT = new Map<string, string>([
  ['caption', 'table'],
  ['colgroup', 'table'],
  ['thead', 'table'],
  ['tbody', 'table'],
  ['tfoot', 'table'],
  ['tr', 'tbody|thead|tfoot'],
  ['td', 'tr'],
  ['th', 'tr'],
  ['col', 'colgroup'],
]);
/** Elements whose children may only be the table parts above (and whitespace). */
const TABLE_CONTAINERS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
/** Where only phrasing content is accepted (parse5 would close a <p> or a heading for a block). */
const PHRASING_ONLY = new Set([...PHRASING, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_PARENT = new Map<string, string>([
  ['li', 'ul|ol'],
  ['dt', 'dl'],
  ['dd', 'dl'],
]);
export const VOID_ELEMENTS = new Set(['br', 'col', 'hr', 'img', 'source', 'wbr']);
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

function accepts(parent: FragmentElement | undefined, name: string): boolean {
  const parentName = parent?.name;
  if (parentName === 'picture') return name === 'source' || name === 'img';
  if (name === 'source') return false;
  const tableParent = TABLE_PARENT.get(name);
  if (tableParent !== undefined) return parentName !== undefined && tableParent.split('|').includes(parentName);
  if (parentName !== undefined && TABLE_CONTAINERS.has(parentName)) return false;
  const listParent = LIST_PARENT.get(name);
  if (listParent !== undefined && !(parentName !== undefined && listParent.split('|').includes(parentName))) return false;
  if (name === 'table') return !(parentName !== undefined && PHRASING_ONLY.has(parentName));
  if (PHRASING.has(name)) return true;
  if (FLOW.has(name)) return !(parentName !== undefined && PHRASING_ONLY.has(parentName));
  return false;
}

/**
 * The fragment's nodes, or `undefined` when it is not one of the simple, well-formed fragments
 * described above (the caller then uses cheerio).
 */
export function parseSimpleFragment(html: string): FragmentNode[] | undefined {
  if (/[\r\0\uFEFF]/.test(html)) return undefined;
  const root: FragmentNode[] = [];
  const stack: FragmentElement[] = [];
  let refused = false;
  let open: FragmentElement | undefined;
  let attribute = '';
  let value = '';
  let links = 0;
  /** Set right after a <pre> start tag: its first text must not begin with a newline. */
  let afterPre = false;

  const children = () => stack[stack.length - 1]?.children ?? root;
  const addText = (text: string) => {
    const parent = stack[stack.length - 1];
    if (parent && TABLE_CONTAINERS.has(parent.name) && !/^[ \t\n\f]*$/.test(text)) refused = true;
    if (afterPre && text.startsWith('\n')) refused = true;
    afterPre = false;
    const siblings = children();
    const last = siblings[siblings.length - 1];
    if (last?.type === 'text') last.data += text;
    else siblings.push({ type: 'text', data: text });
  };
  const refuse = () => {
    refused = true;
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        if (refused) return;
        afterPre = false;
        const name = html.slice(start, end).toLowerCase();
        if (!accepts(stack[stack.length - 1], name) || (name === 'a' && links > 0)) {
          refused = true;
          return;
        }
        open = { type: 'element', name, attribs: {}, children: [] };
      },
      onattribname(start, end) {
        if (refused) return;
        attribute = html.slice(start, end).toLowerCase();
        value = '';
        if (!ATTRIBUTE_NAME.test(attribute) || attribute === '__proto__' || (open && Object.hasOwn(open.attribs, attribute)))
          refused = true;
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend(quote) {
        if (refused || !open) return;
        if (quote === QuoteType.Unquoted) refused = true;
        open.attribs[attribute] = value;
      },
      onopentagend() {
        if (refused || !open) return;
        const element = open;
        open = undefined;
        children().push(element);
        if (VOID_ELEMENTS.has(element.name)) return;
        stack.push(element);
        if (element.name === 'a') links += 1;
        afterPre = element.name === 'pre';
      },
      onselfclosingtag() {
        if (refused || !open) return;
        const element = open;
        open = undefined;
        // parse5 ignores the slash: only a void element is closed by it.
        if (!VOID_ELEMENTS.has(element.name)) {
          refused = true;
          return;
        }
        children().push(element);
        afterPre = false;
      },
      onclosetag(start, end) {
        if (refused) return;
        afterPre = false;
        const name = html.slice(start, end).toLowerCase();
        const innermost = stack[stack.length - 1];
        if (innermost?.name !== name) {
          refused = true;
          return;
        }
        stack.pop();
        if (name === 'a') links -= 1;
      },
      ontext(start, end) {
        if (refused) return;
        const text = html.slice(start, end);
        if (text.includes('<')) refused = true;
        else addText(text);
      },
      ontextentity(codepoint) {
        if (refused) return;
        addText(String.fromCodePoint(codepoint));
      },
      oncdata: refuse,
      oncomment: refuse,
      ondeclaration: refuse,
      onprocessinginstruction: refuse,
      onend() {
        if (open) refused = true;
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return refused || stack.length > 0 ? undefined : root;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' };
const escapeText = (text: string) => text.replace(/[&<>\u00a0]/g, (char) => TEXT_ESCAPES[char] ?? char);
const escapeAttribute = (text: string) => text.replace(/["&\u00a0]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);

/** The nodes written as parse5's serializer (and so cheerio's `.html()`) writes them. */
export function serializeFragment(nodes: readonly FragmentNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      html += escapeText(node.data);
      continue;
    }
    html += `<${node.name}`;
    for (const [name, value] of Object.entries(node.attribs)) html += ` ${name}="${escapeAttribute(value)}"`;
    html += '>';
    if (VOID_ELEMENTS.has(node.name)) continue;
    html += `${serializeFragment(node.children)}</${node.name}>`;
  }
  return html;
}

/** Every element of the nodes, in document order (an element before its descendants). */
export function* fragmentElements(nodes: readonly FragmentNode[]): Generator<FragmentElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* fragmentElements(node.children);
  }
}

/** The text of the nodes and their descendants, as cheerio's `.text()` gives it. */
export function fragmentText(nodes: readonly FragmentNode[]): string {
  let text = '';
  for (const node of nodes) text += node.type === 'text' ? node.data : fragmentText(node.children);
  return text;
}
