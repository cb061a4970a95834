/**
 * One entry as a self-contained article: the same data the site's entry page shows (facts, body,
 * tables, lists, photos), as plain semantic HTML with absolute addresses. The feeds and the portal
 * package carry it as it is; the 公众号 version (wechat.ts) styles it inline.
 *
 * src/data/channel-articles.ts fills an Article from an entry (it needs Astro for the body and the
 * photos); everything here is pure.
 */
import * as cheerio from 'cheerio';
import type { CollectionName } from '../../model/index.ts';
import { fragmentElements, parseSimpleFragment, serializeFragment } from '../html-fragment.ts';

export interface ArticleImage {
  /** Absolute address of the published photo (a JPEG, at most WECHAT_IMAGE_WIDTH wide). */
  url: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
}

export type ArticleBlock =
  | { kind: 'list'; heading: string; items: string[]; ordered?: boolean }
  /** `whole`: columns whose cells never wrap (an amount with its unit: "24,000 元/人·年", not "元/ 人· 年"). */
  | { kind: 'table'; heading: string; columns: string[]; rows: string[][]; whole?: number[] }
  | { kind: 'faq'; heading: string; items: { q: string; a: string }[] }
  | { kind: 'text'; heading: string; text: string }
  | { kind: 'quote'; text: string; by?: string | undefined }
  /** A notice readers must not miss (a lapsed policy), one paragraph per line. */
  | { kind: 'notice'; lines: string[] }
  | { kind: 'photos'; heading: string; photos: ArticleImage[] };

/** 政务公开 fields: the keys portals use, each with its Chinese label (see GOV_FIELD_LABELS). */
export interface GovFields {
  indexNo?: string;
  issuer?: string;
  docNo?: string;
  written?: string;
  published?: string;
  validity?: string;
  effective?: string;
  expires?: string;
}

export const GOV_FIELD_LABELS: Record<keyof GovFields, string> = {
  indexNo: '索引号',
  issuer: '发文机关',
  docNo: '发文字号',
  written: '成文日期',
  published: '发布日期',
  validity: '有效性',
  effective: '生效日期',
  expires: '失效日期',
};

export interface Article {
  collection: CollectionName;
  collectionLabel: string;
  id: string;
  title: string;
  summary: string;
  /** Absolute address of the entry page. */
  url: string;
  /** Calendar days, 'YYYY-MM-DD'. */
  date: string;
  /** 发布时间: the day this site posted it, when staff wrote one ('YYYY-MM-DD'). */
  published?: string | undefined;
  updated?: string | undefined;
  unit: string;
  unitName: string;
  tags: string[];
  author?: string | undefined;
  reviewer?: string | undefined;
  /** Label–value lines shown under the title (活动日期, 地点, 适用对象 …). */
  facts: { label: string; value: string }[];
  cover?: ArticleImage | undefined;
  /** Blocks before the body (a policy's 标准 table), then the body, then the rest. */
  before: ArticleBlock[];
  /** The body as the site renders it (HTML, absolute addresses). */
  body: string;
  after: ArticleBlock[];
  gov?: GovFields | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Every photo of an article, in reading order: cover, body blocks, gallery. */
export function articleImages(article: Article): ArticleImage[] {
  const photos = [...article.before, ...article.after].flatMap((block) => (block.kind === 'photos' ? block.photos : []));
  return article.cover ? [article.cover, ...photos] : photos;
}

function figure(image: ArticleImage): string {
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">${caption}</figure>`;
}

function block(item: ArticleBlock): string {
  switch (item.kind) {
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      return `<h2>${escapeHtml(item.heading)}</h2><${tag}>${item.items.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = `<thead><tr>${item.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      // An inline style, not a class: the 公众号 editor keeps only inline styles.
      const cell = (text: string, column: number) =>
        item.whole?.includes(column) ? `<td style="white-space: nowrap">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`;
      const body = item.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('');
      return `<h2>${escapeHtml(item.heading)}</h2><table>${head}<tbody>${body}</tbody></table>`;
    }
    case 'faq':
      return `<h2>${escapeHtml(item.heading)}</h2>${item.items.map(({ q, a }) => `<h3>${escapeHtml(q)}</h3><p>${escapeHtml(a)}</p>`).join('')}`;
    case 'text':
      return `<h2>${escapeHtml(item.heading)}</h2><p>${escapeHtml(item.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${escapeHtml(item.text)}</p>${item.by ? `<p>——${escapeHtml(item.by)}</p>` : ''}</blockquote>`;
    case 'notice':
      return `<blockquote>${item.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</blockquote>`;
    case 'photos':
      return item.photos.length ? `<h2>${escapeHtml(item.heading)}</h2>${item.photos.map(figure).join('')}` : '';
  }
}

/**
 * The article body as HTML: title, facts, summary, cover, blocks and body, and a closing line with
 * the source page. `withTitle: false` leaves the <h1> out (the 公众号 has its own title field).
 */
export function articleHtml(article: Article, options: { withTitle?: boolean } = {}): string {
  const parts: string[] = [];
  if (options.withTitle !== false) parts.push(`<h1>${escapeHtml(article.title)}</h1>`);
  if (article.facts.length) {
    parts.push(`<p class="facts">${article.facts.map((f) => `${escapeHtml(f.label)}：${escapeHtml(f.value)}`).join('<br>')}</p>`);
  }
  parts.push(`<p class="lead">${escapeHtml(article.summary)}</p>`);
  if (article.cover) parts.push(figure(article.cover));
  parts.push(...article.before.map(block));
  parts.push(article.body);
  parts.push(...article.after.map(block));
  const credits = [
    article.author && `撰稿：${article.author}`,
    article.reviewer && `审核：${article.reviewer}`,
    `来源：${article.unitName}`,
  ].filter(Boolean);
  parts.push(
    `<p class="source">${credits.map((c) => escapeHtml(c as string)).join('　')}<br>原文：<a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>`,
  );
  return parts.filter(Boolean).join('\n');
}

/** Makes every address in a fragment of the site's HTML absolute (src, href); srcset and sizes go. */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const nodes = parseSimpleFragment(html);
  if (!nodes) return absolutizeWithCheerio(html, baseUrl);
  for (const element of fragmentElements(nodes)) {
    const { attribs } = element;
    for (const attr of ['src', 'href'] as const) {
      const value = attribs[attr];
      if (value !== undefined && isRelative(value)) attribs[attr] = new URL(value, baseUrl).href;
    }
    delete attribs.srcset;
    delete attribs.sizes;
  }
  return serializeFragment(nodes);
}

const isRelative = (value: string) => !value.startsWith('#') && !/^(mailto|tel):/.test(value);

/**
 * absolutizeHtml for any HTML (cheerio, parse5): used when the fragment is not one that
 * parseSimpleFragment reads, and by the tests as the reference for the fast path.
 */
export function absolutizeWithCheerio(html: string, baseUrl: string): string {
  const $ = cheerio.load(html, null, false);
  $('[src], [href]').each((_, element) => {
    for (const attr of ['src', 'href'] as const) {
      const value = $(element).attr(attr);
      if (value === undefined || !isRelative(value)) continue;
      $(element).attr(attr, new URL(value, baseUrl).href);
    }
  });
  $('[srcset]').removeAttr('srcset');
  $('[sizes]').removeAttr('sizes');
  return $.html();
}
