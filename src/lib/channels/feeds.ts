/**
 * Full-content feeds for the county portal's 双拥 专栏: RSS 2.0 with content:encoded and JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/), per collection and for the whole site.
 *
 * Each item carries the whole article (article.ts, absolute addresses), a stable id (the entry's
 * address, which never changes: it is the file name), publish and update times in +08:00
 * (feed-dates.ts), and the 政务公开 fields where the entry has them: in RSS as elements of the
 * `zwgk` namespace, in JSON Feed as the `_zwgk` extension object (JSON Feed's rule: extension keys
 * start with an underscore).
 */
import { formatFeedDate } from '../feed-dates.ts';
import { postedDay } from '../published-date.ts';
import { articleHtml, articleImages, GOV_FIELD_LABELS, type Article, type GovFields } from './article.ts';

/** Items per feed, newest first: a portal polling every day never misses one; the export package has them all. */
export const FEED_ITEM_LIMIT = 50;
export const ZWGK_NAMESPACE = 'urn:shuangyong:zwgk:1';

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute address of the page the feed mirrors (the site or a collection). */
  homeUrl: string;
  /** Absolute addresses of this feed in both formats. */
  rssUrl: string;
  jsonUrl: string;
  /** 主办单位. */
  host: string;
}

/** Newest first by publish day (then address, for reproducible output), at most FEED_ITEM_LIMIT. */
export function feedItems(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => postedDay(b).localeCompare(postedDay(a)) || a.url.localeCompare(b.url)).slice(0, FEED_ITEM_LIMIT);
}

/** The feed's own date: its newest publish or update day, so an unchanged site gives an unchanged feed. */
function lastChanged(items: Article[]): string | undefined {
  return items
    .map((item) => (item.updated && item.updated > postedDay(item) ? item.updated : postedDay(item)))
    .sort()
    .at(-1);
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cdata(value: string): string {
  return `<![CDATA[${value.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
const element = (name: string, value: string | undefined) =>
  value === undefined || value === '' ? '' : `<${name}>${xmlText(value)}</${name}>`;

function govEntries(gov: GovFields | undefined): [keyof GovFields, string][] {
  return gov ? (Object.entries(gov) as [keyof GovFields, string | undefined][]).filter((e): e is [keyof GovFields, string] => !!e[1]) : [];
}

export function rssFeed(channel: FeedChannel, articles: Article[]): string {
  const items = feedItems(articles);
  const changed = lastChanged(items);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:zwgk="${ZWGK_NAMESPACE}">`,
    '<channel>',
    element('title', channel.title),
    element('link', channel.homeUrl),
    element('description', channel.description),
    '<language>zh-CN</language>',
    `<atom:link href="${xmlText(channel.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    element('copyright', channel.host),
    changed ? element('lastBuildDate', formatFeedDate(changed, 'rfc822')) : '',
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${xmlText(item.url)}</guid>`,
      element('pubDate', formatFeedDate(postedDay(item), 'rfc822')),
      element('dcterms:created', formatFeedDate(item.date, 'iso8601')),
      element('dcterms:modified', formatFeedDate(item.updated ?? item.date, 'iso8601')),
      element('description', item.summary),
      `<content:encoded>${cdata(articleHtml(item, { withTitle: false }))}</content:encoded>`,
      element('category', item.collectionLabel),
      ...item.tags.map((tag) => element('category', tag)),
      element('dc:creator', item.author ?? item.unitName),
      element('dc:publisher', item.unitName),
      ...govEntries(item.gov).map(([key, value]) => element(`zwgk:${key}`, value)),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.filter(Boolean).join('\n')}\n`;
}

export interface JsonFeedImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
}

export function jsonFeed(channel: FeedChannel, articles: Article[]) {
  const items = feedItems(articles);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.jsonUrl,
    description: channel.description,
    language: 'zh-CN',
    authors: [{ name: channel.host, url: channel.homeUrl }],
    items: items.map((item) => {
      const gov = govEntries(item.gov);
      return {
        id: item.url,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: articleHtml(item, { withTitle: false }),
        ...(item.cover ? { image: item.cover.url } : {}),
        date_published: formatFeedDate(postedDay(item), 'iso8601'),
        date_modified: formatFeedDate(item.updated ?? item.date, 'iso8601'),
        tags: [item.collectionLabel, ...item.tags],
        authors: [{ name: item.author ?? item.unitName }],
        language: 'zh-CN',
        _shuangyong: {
          collection: item.collection,
          collection_label: item.collectionLabel,
          entry_id: item.id,
          unit: item.unit,
          unit_name: item.unitName,
          images: articleImages(item).map(({ url, width, height, alt, caption }): JsonFeedImage => ({
            url,
            width,
            height,
            alt,
            ...(caption ? { caption } : {}),
          })),
        },
        ...(gov.length
          ? {
              _zwgk: Object.fromEntries(
                gov.flatMap(([key, value]) => [
                  [key, value],
                  [`${key}_label`, GOV_FIELD_LABELS[key]],
                ]),
              ),
            }
          : {}),
      };
    }),
  };
}
