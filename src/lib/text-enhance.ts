/**
 * One rule, applied to every built page's text: numbers, amounts with their unit, dates and times
 * never wrap inside themselves, and every phone number is a tap-to-call link.
 *
 * Chinese text may break between any two characters, so "2026年12月13日" can end a line after
 * "2026年", and the site's `overflow-wrap: anywhere` lets a narrow table column split "24,000"
 * into "24,00 / 0". Wrapping each such token in <span class=nw> (white-space: nowrap) keeps it
 * whole wherever it is written: in a component, in site.yaml or in the MDX body. The wrapper is the
 * custom element <n-w> (11 bytes a token, half a span's), styled white-space: nowrap in global.css;
 * a <time> is kept whole by CSS alone and needs none.
 *
 * Works on HTML text between tags only (never inside attributes, <head>, <script>, <style>,
 * <textarea>, <option>, <svg>, <pre> or <code>), and makes no link inside an existing link.
 */
import { Tokenizer } from 'htmlparser2';

/** A mainland landline (0999-6212345, (0999)6212345), optionally with an extension, or a mobile. */
const PHONE = String.raw`(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－])\d{7,8}(?:(?:转|-)\d{1,5})?|1[3-9]\d{9}`;
/** A number with its thousands/decimal/time separators: 24,000 · 1.5 · 8:30. */
const NUMBER = String.raw`\d+(?:[,.:：]\d+)*`;
/** Units that belong to the number before them. Longest first, so 万元 wins over 万. */
const UNITS = [
  '元/人·年',
  '元/人·月',
  '元/人',
  '元/月',
  '元/年',
  '元/次',
  '元/天',
  '万元',
  '亿元',
  '人次',
  '平方米',
  '公里',
  '小时',
  '分钟',
  '课时',
  '元',
  '人',
  '名',
  '户',
  '次',
  '项',
  '个',
  '天',
  '周',
  '岁',
  '米',
  '亩',
  '家',
  '所',
  '篇',
  '件',
  '场',
  '期',
  '条',
  '倍',
  '张',
  '台',
  '批',
  '届',
  '份',
  '位',
  '支',
  '套',
  '门',
  '节',
  '年级',
  '%',
  '％',
  '万',
];
const UNIT = UNITS.map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
/** 2026年12月13日 · 2026年12月 · 12月13日 · 13日 · 2026年 — or a number with an optional unit. */
const PART = String.raw`${NUMBER}(?:年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|月(?:\d{1,2}[日号])?|[日号时]| ?(?:${UNIT}))?`;
/** Parts joined by a dash or tilde form one token: 8:30—12:00, 2026-04~2026-06, 0999-6212345. */
const TOKEN = String.raw`(${PHONE})|${PART}(?:[-－–—~～]${PART})*`;

/** Digits that are part of an entity (&#39;) or of a longer word (A4, Q2, t01) are left alone. */
const TOKEN_PATTERN = new RegExp(String.raw`(?<![\w&#])(?:${TOKEN})`, 'g');
const ENTITY_PATTERN = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

/** Digits only, the form a tel: link dials: "0999-6212345转12" → "09996212345,12". */
export function telHref(phone: string): string {
  const [main, extension] = phone.split(/转|(?<=\d{7,8})-(?=\d{1,5}$)/);
  const digits = (main ?? '').replace(/\D/g, '');
  return `tel:${digits}${extension ? `,${extension.replace(/\D/g, '')}` : ''}`;
}

/** The phone numbers written in a text, in order, as written. */
export function findPhones(text: string): string[] {
  return [...text.matchAll(new RegExp(`(?<![\\w&#])(?:${PHONE})(?!\\d)`, 'g'))].map((match) => match[0]);
}

export interface TextOptions {
  /** Inside an <a> already: keep numbers whole but make no nested link. */
  inLink: boolean;
}

/** Enhances one run of raw HTML text (entities kept as written). */
export function enhanceText(raw: string, options: TextOptions): string {
  let out = '';
  let last = 0;
  for (const entity of raw.matchAll(ENTITY_PATTERN)) {
    out += enhancePlain(raw.slice(last, entity.index), options) + entity[0];
    last = entity.index + entity[0].length;
  }
  return out + enhancePlain(raw.slice(last), options);
}

function enhancePlain(text: string, { inLink }: TextOptions): string {
  if (!/\d/.test(text)) return text;
  return text.replace(TOKEN_PATTERN, (token: string, phone: string | undefined) => {
    if (phone && !inLink && token === phone) return `<a class=nw href="${telHref(phone)}">${token}</a>`;
    // A single digit cannot be split; anything longer, or with a unit, is kept on one line.
    return token.length < 2 ? token : `<n-w>${token}</n-w>`;
  });
}

/** Elements whose text is not page prose, or cannot hold markup. */
export const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'svg',
  'pre',
  'code',
  'template',
  'title',
  'noscript',
  'time',
  'n-w',
]);

/*
 * The page is read with htmlparser2's Tokenizer alone, and the few rules of its Parser that decide
 * which elements are open (void elements, an opening tag that closes the one before, self-closing
 * tags inside <svg>) are kept here: the Parser also collects every attribute of every tag into an
 * object, which this pass never reads and which cost about a third of the middleware's time on a
 * 2,000-entry build (BENCHMARKS.md, issue 18). The result is the same as with the Parser
 * (tests/lib/text-enhance-parser.test.ts compares the two).
 */
/** As htmlparser2's Parser: elements without an end tag. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
/** As htmlparser2's Parser: an opening tag closes these open elements first (<li> after <li> …). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name): [string, Set<string>] => [name, P_TAG]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name): [string, Set<string>] => [name, FORM_TAGS]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name): [string, Set<string>] => [name, P_TAG]),
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);
/** As htmlparser2's Parser: inside these a self-closing tag (<path />) closes itself … */
const FOREIGN = new Set(['math', 'svg']);
/** … and inside these, HTML rules apply again. */
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const ignore = () => undefined;

/** Enhances every text run of a full HTML page (see the module comment). */
export function enhanceHtml(html: string): string {
  /** Open elements, innermost last. */
  const stack: string[] = [];
  /** Whether self-closing tags close themselves here (inside <svg> or <math>), innermost last. */
  const foreign: boolean[] = [false];
  let skipDepth = 0;
  let linkDepth = 0;
  let tagName = '';
  const pieces: string[] = [];
  let copied = 0;

  const closeInnermost = () => {
    const closed = stack.pop();
    if (closed !== undefined && SKIPPED_ELEMENTS.has(closed)) skipDepth -= 1;
    if (closed === 'a') linkDepth -= 1;
  };
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        tagName = name;
        const closes = OPEN_IMPLIES_CLOSE.get(name);
        if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) closeInnermost();
        if (VOID_ELEMENTS.has(name)) return;
        stack.push(name);
        if (SKIPPED_ELEMENTS.has(name)) skipDepth += 1;
        if (name === 'a') linkDepth += 1;
        if (FOREIGN.has(name)) foreign.push(true);
        else if (HTML_INTEGRATION.has(name)) foreign.push(false);
      },
      onselfclosingtag() {
        if (foreign[foreign.length - 1] === true && stack[stack.length - 1] === tagName) closeInnermost();
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
        if (VOID_ELEMENTS.has(name)) return;
        const index = stack.lastIndexOf(name);
        if (index === -1) return;
        while (stack.length > index) closeInnermost();
      },
      ontext(start, end) {
        if (skipDepth > 0) return;
        const raw = html.slice(start, end);
        if (!/\d/.test(raw)) return;
        const enhanced = enhanceText(raw, { inLink: linkDepth > 0 });
        if (enhanced === raw) return;
        pieces.push(html.slice(copied, start), enhanced);
        copied = end;
      },
      onopentagend: ignore,
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
      ontextentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (copied === 0) return html;
  pieces.push(html.slice(copied));
  return pieces.join('');
}
