/**
 * The 公众号 (WeChat Official Account) version of an article.
 *
 * The 公众号 editor keeps only inline styles (it drops class attributes and <style>), runs no
 * scripts, does not make outside links clickable and wants photos uploaded. So the article's HTML
 * (article.ts) gets the site's look as inline styles from a style table (WECHAT_STYLES), every link
 * becomes a numbered note at the end, and everything the editor would drop or refuse is taken out,
 * all in one pass over the parsed HTML. The HTML is read with the fast reader in html-fragment.ts
 * (well-formed markup, which every article of the demo and of a 2,000-entry build is) and with
 * cheerio otherwise; both give the same bytes (tests/lib/html-fragment.test.ts).
 *
 * Why a table and not a CSS inliner such as juice: the article is our own HTML (a fixed set of tags
 * and four helper classes), so a lookup by tag and class gives the same result; juice re-parses its
 * stylesheet and the document for every article, which measured about four times the cost of the
 * rest of this transform: tens of seconds on a 2,000-entry build whose budget is 1.4× a bare build.
 *
 * Limits (checked with Chinese warnings, see wechatWarnings):
 * - title ≤ 64 字 and digest (摘要) ≤ 120 字: what the 公众号 editor accepts. The editor's digest
 *   limit is 120 (a WeChat 开放社区 answer: "实际创建图文素材的时候是限定120个字"); WeChat's
 *   current draft API page (developers.weixin.qq.com, 新增草稿 draft_add) is stricter on titles —
 *   32 字 — and allows a 128-字 digest, so 64/120 are the limits for pasting into the editor.
 * - content < 20,000 characters (the same draft_add page: 必须少于2万字符, 小于1M).
 */
import * as cheerio from 'cheerio';
import { articleHtml, escapeHtml, type Article } from './article.ts';
import {
  fragmentElements,
  fragmentText,
  parseSimpleFragment,
  serializeFragment,
  type FragmentElement,
  type FragmentNode,
} from '../html-fragment.ts';

export const WECHAT_LIMITS = { title: 64, digest: 120, content: 20_000 } as const;
/** Photos for the 公众号 are JPEGs at most this wide: sharp on any phone, well under the 10 MB upload cap. */
export const WECHAT_IMAGE_WIDTH = 1080;

/**
 * The site's look (src/styles/global.css) for the 公众号: declarations by tag, `tag.class` (the
 * article's helper classes, removed afterwards) and `ancestor tag`. Later entries win.
 */
export const WECHAT_STYLES: Record<string, string> = {
  'section.article': 'font-size: 16px; line-height: 1.75; color: #1f1f1f; letter-spacing: 0.5px; word-wrap: break-word',
  h1: 'font-size: 22px; line-height: 1.4; margin: 0 0 12px; color: #1f1f1f; font-weight: bold',
  h2: 'font-size: 18px; line-height: 1.4; margin: 28px 0 12px; padding-left: 10px; border-left: 4px solid #b3121b; color: #8c0e15; font-weight: bold',
  h3: 'font-size: 16px; line-height: 1.5; margin: 20px 0 8px; color: #1f1f1f; font-weight: bold',
  p: 'margin: 0 0 16px',
  'p.lead': 'color: #545454; font-size: 16px',
  'p.facts': 'font-size: 14px; color: #545454; background-color: #f6f5f2; padding: 10px 12px; border-radius: 6px',
  'p.source': 'font-size: 13px; color: #545454; border-top: 1px solid #dcdcdc; padding-top: 10px; margin-top: 28px',
  'p.note': 'font-size: 13px; color: #545454; margin: 0 0 6px; word-break: break-all',
  ul: 'margin: 0 0 16px; padding-left: 24px',
  ol: 'margin: 0 0 16px; padding-left: 24px',
  li: 'margin: 0 0 6px',
  strong: 'font-weight: bold; color: #8c0e15',
  b: 'font-weight: bold; color: #8c0e15',
  em: 'font-style: italic',
  i: 'font-style: italic',
  blockquote: 'margin: 20px 0; padding: 12px 16px; border-left: 4px solid #f5c542; background-color: #f6f5f2; color: #1f1f1f',
  'blockquote p': 'margin: 0 0 8px',
  figure: 'margin: 0 0 16px',
  img: 'display: block; width: 100%; max-width: 100%; height: auto; border-radius: 6px; margin: 0 auto',
  figcaption: 'font-size: 14px; color: #545454; text-align: center; margin-top: 6px',
  table: 'border-collapse: collapse; width: 100%; margin: 0 0 16px; font-size: 14px',
  th: 'border: 1px solid #dcdcdc; padding: 6px 8px; background-color: #f6f5f2; text-align: left; font-weight: bold',
  td: 'border: 1px solid #dcdcdc; padding: 6px 8px; text-align: left; vertical-align: top',
  'sup.ref': 'font-size: 12px; color: #8c0e15; line-height: 1',
  hr: 'border: 0; border-top: 1px solid #dcdcdc; margin: 24px 0',
};

/** Declarations merged property by property (a later one wins), as the browser reads a style attribute. */
export function mergeStyles(...styles: (string | undefined)[]): string {
  const merged = new Map<string, string>();
  for (const style of styles) {
    for (const declaration of (style ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 1) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      merged.delete(property);
      merged.set(property, declaration.slice(colon + 1).trim());
    }
  }
  return [...merged].map(([property, value]) => `${property}: ${value};`).join(' ');
}

export interface WechatNote {
  n: number;
  text: string;
  url: string;
}

export interface WechatImage {
  url: string;
  alt: string;
  /** A file name for the upload set, in reading order: 01.jpg, 02.jpg … */
  file: string;
}

export interface WechatArticle {
  title: string;
  digest: string;
  /** The article body to paste: inline styles only. */
  html: string;
  notes: WechatNote[];
  images: WechatImage[];
  warnings: string[];
}

/** Elements the editor drops or refuses, removed with their content. */
const DROPPED =
  'script, style, link, meta, noscript, iframe, object, embed, form, input, button, select, textarea, template, svg, video, audio, source';
/** Attributes that survive: everything else (class, id, data-*, aria-*, srcset, on*) goes. */
const KEPT_ATTRIBUTES = new Set(['style', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan']);

/** Characters as the 公众号 counts them: one per character, Chinese or not. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
export function countChars(text: string): number {
  // As [...text].length (a surrogate pair is one character), without making an array of a whole article.
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * Turns every link into its text plus a note number; the notes (text：address) are returned in order,
 * one number per address. A link whose text is its own address just becomes text.
 */
function linksToNotes($: cheerio.CheerioAPI): WechatNote[] {
  const notes: WechatNote[] = [];
  $('a').each((_, element) => {
    const link = $(element);
    const note = noteFor(notes, link.attr('href') ?? '', link.text().trim());
    if (!note) link.replaceWith(link.contents());
    else link.replaceWith(`<span>${link.html() ?? ''}</span><sup class="ref">[${note.n}]</sup>`);
  });
  return notes;
}

/** The 公众号 version of an article (the title goes into the editor's own field, not the body). */
export function wechatArticle(article: Article, options: { sourceFile?: string } = {}): WechatArticle {
  const source = `<section class="article">${articleHtml(article, { withTitle: false })}</section>`;
  const { html, notes, images } = wechatBody(source) ?? wechatBodyWithCheerio(source);
  const digest = article.summary;
  return {
    title: article.title,
    digest,
    html,
    notes,
    images,
    warnings: wechatWarnings({ title: article.title, digest, html, sourceFile: options.sourceFile }),
  };
}

interface WechatBody {
  html: string;
  notes: WechatNote[];
  images: WechatImage[];
}

const DROPPED_TAGS = new Set(DROPPED.split(', '));

/** A note for a link, numbered by first appearance of its address; undefined: the link becomes its text. */
function noteFor(notes: WechatNote[], href: string, text: string): WechatNote | undefined {
  if (!href || href.startsWith('#') || text === href || !/^(https?|mailto|tel):/.test(href)) return undefined;
  const url = href.replace(/^(mailto|tel):/, '');
  let note = notes.find((existing) => existing.url === url);
  if (!note) {
    note = { n: notes.length + 1, text, url };
    notes.push(note);
  }
  return note;
}

function addImage(images: WechatImage[], url: string, alt: string): void {
  if (images.some((image) => image.url === url)) return;
  const extension = /\.(jpe?g|png|gif|webp|avif)$/i.exec(new URL(url, 'https://x.invalid/').pathname)?.[0].toLowerCase() ?? '.jpg';
  images.push({ url, alt, file: `${String(images.length + 1).padStart(2, '0')}${extension}` });
}

/** The inline style of an element: by tag, by tag and class, inside a quote, then its own. */
function styleFor(tag: string, attribs: Record<string, string>, inBlockquote: boolean): string {
  const classes = (attribs.class ?? '').split(/\s+/).filter(Boolean);
  return mergeStyles(
    WECHAT_STYLES[tag],
    ...classes.map((name) => WECHAT_STYLES[`${tag}.${name}`]),
    inBlockquote ? WECHAT_STYLES[`blockquote ${tag}`] : undefined,
    attribs.style,
  );
}

function restyle(attribs: Record<string, string>, style: string): void {
  for (const name of Object.keys(attribs)) if (!KEPT_ATTRIBUTES.has(name)) delete attribs[name];
  if (style) attribs.style = style;
  else delete attribs.style;
}

const hasClass = (element: FragmentElement, name: string) => (element.attribs.class ?? '').split(/[ \t\n\f]+/).includes(name);

/**
 * The transform on the fast reader's tree (html-fragment.ts), step for step as
 * wechatBodyWithCheerio does it; undefined when the reader does not take the HTML.
 */
function wechatBody(source: string): WechatBody | undefined {
  const nodes = parseSimpleFragment(source);
  if (!nodes) return undefined;
  const sections = [...fragmentElements(nodes)].filter((element) => element.name === 'section' && hasClass(element, 'article'));
  const [section] = sections;
  if (!section || sections.length > 1) return undefined;
  // The elements the editor drops, then each <picture> as its first photo.
  const prune = (list: FragmentNode[]): FragmentNode[] =>
    list.flatMap((node): FragmentNode[] => {
      if (node.type === 'text') return [node];
      if (DROPPED_TAGS.has(node.name)) return [];
      node.children = prune(node.children);
      if (node.name !== 'picture') return [node];
      const [img] = [...fragmentElements(node.children)].filter((element) => element.name === 'img');
      return img ? [img] : [];
    });
  const kept = prune(nodes);
  // Links become their text and a note number.
  const notes: WechatNote[] = [];
  const unlink = (list: FragmentNode[]): FragmentNode[] =>
    list.flatMap((node): FragmentNode[] => {
      if (node.type === 'text') return [node];
      if (node.name !== 'a') {
        node.children = unlink(node.children);
        return [node];
      }
      const note = noteFor(notes, node.attribs.href ?? '', fragmentText(node.children).trim());
      if (!note) return node.children;
      const ref: FragmentElement = {
        type: 'element',
        name: 'sup',
        attribs: { class: 'ref' },
        children: [{ type: 'text', data: `[${note.n}]` }],
      };
      return [{ type: 'element', name: 'span', attribs: {}, children: node.children }, ref];
    });
  const linked = unlink(kept);
  if (notes.length) {
    // cheerio parses the appended HTML, which would turn a carriage return in a note into a newline.
    if (notes.some((note) => /[\r\0]/.test(note.text + note.url))) return undefined;
    const paragraph = (text: string): FragmentElement => ({
      type: 'element',
      name: 'p',
      attribs: { class: 'note' },
      children: [{ type: 'text', data: text }],
    });
    section.children.push(
      { type: 'element', name: 'h2', attribs: {}, children: [{ type: 'text', data: '注释' }] },
      ...notes.map((note) => paragraph(`[${note.n}] ${note.text}：${note.url}`)),
    );
  }
  const images: WechatImage[] = [];
  for (const element of fragmentElements(linked))
    if (element.name === 'img') addImage(images, element.attribs.src ?? '', element.attribs.alt ?? '');
  const style = (list: FragmentNode[], inBlockquote: boolean) => {
    for (const node of list) {
      if (node.type === 'text') continue;
      restyle(node.attribs, styleFor(node.name, node.attribs, inBlockquote));
      style(node.children, inBlockquote || node.name === 'blockquote');
    }
  };
  style(linked, false);
  return { html: serializeFragment(linked), notes, images };
}

/**
 * The transform with cheerio (parse5), for HTML the fast reader does not take, and the reference
 * the tests hold the fast path to.
 */
export function wechatBodyWithCheerio(source: string): WechatBody {
  const $ = cheerio.load(source, null, false);
  $(DROPPED).remove();
  $('picture').each((_, element) => {
    const picture = $(element);
    picture.replaceWith(picture.find('img').first());
  });
  const notes = linksToNotes($);
  if (notes.length) {
    const list = notes.map((note) => `<p class="note">[${note.n}] ${escapeHtml(note.text)}：${escapeHtml(note.url)}</p>`).join('');
    $('section.article').append(`<h2>注释</h2>${list}`);
  }
  const images: WechatImage[] = [];
  $('img').each((_, element) => {
    const img = $(element);
    addImage(images, img.attr('src') ?? '', img.attr('alt') ?? '');
  });
  const quoted = new Set<unknown>($('blockquote *').get());
  // '*' selects elements only: a tag name and attributes (cheerio's Element type is not exported).
  for (const element of $('*').get() as unknown as { tagName: string; attribs: Record<string, string> }[]) {
    restyle(element.attribs, styleFor(element.tagName.toLowerCase(), element.attribs, quoted.has(element)));
  }
  return { html: $.html(), notes, images };
}

/** Chinese warnings when a title, digest or body is over what the 公众号 accepts. */
export function wechatWarnings(input: { title: string; digest: string; html: string; sourceFile?: string | undefined }): string[] {
  const where = input.sourceFile ? `（${input.sourceFile}）` : '';
  const warnings: string[] = [];
  const title = countChars(input.title);
  if (title > WECHAT_LIMITS.title) {
    warnings.push(
      `标题有 ${title} 个字，超过公众号标题上限 ${WECHAT_LIMITS.title} 字，公众号后台无法保存。怎么改：在公众号编辑器里另写一个短标题，或把文件${where}里的 title（标题）改到 ${WECHAT_LIMITS.title} 字以内。`,
    );
  }
  const digest = countChars(input.digest);
  if (digest > WECHAT_LIMITS.digest) {
    warnings.push(
      `摘要有 ${digest} 个字，超过公众号摘要上限 ${WECHAT_LIMITS.digest} 字，粘贴后会被截断。怎么改：在公众号“摘要”栏另写 ${WECHAT_LIMITS.digest} 字以内的摘要，或把文件${where}里的 summary（摘要）改短。`,
    );
  }
  const content = countChars(input.html);
  if (content >= WECHAT_LIMITS.content) {
    warnings.push(
      `正文连同排版有 ${content} 个字符，公众号单篇正文须少于 ${WECHAT_LIMITS.content.toLocaleString('zh-CN')} 字符。怎么改：把文件${where}的正文分成上下两篇，或删去部分图片说明和附表。`,
    );
  }
  return warnings;
}

/**
 * What in a piece of HTML the 公众号 editor would drop or refuse: class attributes, <style>,
 * <script>, <link>, web fonts. Empty for every article wechatArticle() makes (tests check it).
 */
export function wechatProblems(html: string): string[] {
  const $ = cheerio.load(html, null, false);
  const problems: string[] = [];
  const count = (selector: string) => $(selector).length;
  if (count('[class]')) problems.push(`${count('[class]')} 个元素带 class 属性`);
  if (count('style')) problems.push('含有 <style> 样式表');
  if (count('script')) problems.push('含有 <script> 脚本');
  if (count('link')) problems.push('含有 <link> 外部资源');
  if (count('[id]')) problems.push(`${count('[id]')} 个元素带 id 属性`);
  if (count('a')) problems.push(`还有 ${count('a')} 个链接没有转成注释`);
  const styles = $('[style]')
    .map((_, element) => $(element).attr('style') ?? '')
    .get()
    .join(';');
  if (/@font-face|url\(|@import/i.test(styles) || count('font')) problems.push('引用了网络字体或外部资源');
  if (/\son[a-z]+=/i.test(html)) problems.push('含有事件脚本属性');
  return problems;
}

/**
 * The article for the staff page's preview: photos of this site addressed from its root, so they
 * show on any copy of the site (a local preview too). The copy button writes them back as full
 * addresses of wherever the page is open, which is the published site for staff.
 */
export function previewHtml(html: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  // The html is wechatArticle()'s own serialisation, so no second parse is needed: text holds no
  // raw "<" (it is written &lt;), every attribute value is double-quoted with its own quotes written
  // &quot;, and an address of the site's origin (no & or ") reads the same escaped or not.
  const photo = ` src="${origin}/`;
  return html.replace(/<img\b(?:[^>"]|"[^"]*")*>/g, (tag) => tag.replace(photo, ' src="/'));
}
