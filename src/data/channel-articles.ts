/**
 * Every entry as an Article for the other channels (公众号, portal feeds, portal package), made from
 * the same entry data and the same rendered body as its page on the site.
 *
 * The body is the HTML Astro renders for the page's <Content />: the content layer already holds
 * it for a plain-Markdown body (entries-loader.ts); a body that uses MDX features is rendered with
 * Astro's container API, as Astro's own guide does for full-content RSS. Photos are JPEGs at most
 * WECHAT_IMAGE_WIDTH wide, one set for every channel.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { render } from 'astro:content';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { getObservances, getSite, getUnitNames, isoDate, published, today, type AnyEntry } from './content.ts';
import type { CollectionName } from '../model/index.ts';
import { pageCacheKey } from './page-cache-key.ts';
import { absolutizeHtml, type Article, type ArticleImage } from '../lib/channels/article.ts';
import { entryArticle } from '../lib/channels/entry-article.ts';
import { WECHAT_IMAGE_WIDTH, wechatArticle, type WechatArticle } from '../lib/channels/wechat.ts';

/** The collections that get a 公众号 article (plans go to the portal, not to readers' phones). */
export const WECHAT_COLLECTIONS = ['reports', 'cases', 'policies', 'education'] as const satisfies readonly CollectionName[];

let container: Promise<AstroContainer> | undefined;
async function bodyHtml(entry: AnyEntry): Promise<string> {
  const stored = entry.rendered?.html;
  // Local images in a Markdown body are placeholders until render() resolves them.
  if (stored !== undefined && !stored.includes('__ASTRO_IMAGE_')) return stored;
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}

async function photo(src: ImageMetadata, alt: string, baseUrl: string, caption?: string): Promise<ArticleImage> {
  // The width is read from a copy: reading the imported image marks the original (with its EXIF) for publishing.
  const width = ((src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src).width;
  const image = await getImage({ src, width: Math.min(WECHAT_IMAGE_WIDTH, width), format: 'jpg', quality: 85 });
  return {
    url: new URL(image.src, baseUrl).href,
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
    alt,
    ...(caption ? { caption } : {}),
  };
}

export interface ChannelArticle {
  article: Article;
  wechat: WechatArticle;
  /** The entry's file, relative to the repository, for warnings. */
  sourceFile: string;
}

const cache = new Map<string, Promise<ChannelArticle>>();

export function channelArticle(entry: AnyEntry): Promise<ChannelArticle> {
  const key = `${entry.collection}/${entry.id}`;
  let made = cache.get(key);
  if (!made) {
    made = makeChannelArticle(entry);
    if (import.meta.env.SITE_HIDE_DRAFTS === true) cache.set(key, made);
  }
  return made;
}

async function makeChannelArticle(entry: AnyEntry): Promise<ChannelArticle> {
  const site = await getSite();
  const [units, observances, titles] = await Promise.all([getUnitNames(), getObservances(), entryTitles()]);
  const data = entry.data;
  const gallery = 'gallery' in data ? data.gallery : [];
  const [cover, photos, body] = await Promise.all([
    data.cover && data.coverAlt ? photo(data.cover, data.coverAlt, site.baseUrl) : undefined,
    Promise.all(gallery.map((item) => photo(item.src, item.alt, site.baseUrl, item.caption))),
    bodyHtml(entry).then((html) => absolutizeHtml(html, new URL(`/${entry.collection}/${entry.id}/`, site.baseUrl).href)),
  ]);
  const dated: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(data)) if (value instanceof Date) dated[key] = isoDate(value);
  const article = entryArticle({
    collection: entry.collection,
    id: entry.id,
    data: dated as Parameters<typeof entryArticle>[0]['data'],
    cover,
    gallery: photos,
    body,
    baseUrl: site.baseUrl,
    today: today(),
    names: { units, observances: new Map(observances.map((o) => [o.id, o.name])), entries: titles },
    supersedes:
      entry.collection === 'policies'
        ? (await published('policies')).filter((p) => p.data.supersededBy === entry.id).map((p) => p.data.title)
        : undefined,
  });
  const sourceFile = entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`;
  return { article, wechat: wechatArticle(article, { sourceFile }), sourceFile };
}

/** The collections whose entries an article names by title: its plan, the policies it cites or that supersede it. */
const TITLED_COLLECTIONS = ['plans', 'policies'] as const satisfies readonly CollectionName[];

let titlesCache: Promise<Map<string, string>> | undefined;
function entryTitles(): Promise<Map<string, string>> {
  const loading =
    titlesCache ??
    Promise.all(TITLED_COLLECTIONS.map((collection) => published(collection))).then(
      (lists) => new Map(lists.flat().map((entry) => [`${entry.collection}/${entry.id}`, entry.data.title])),
    );
  if (import.meta.env.SITE_HIDE_DRAFTS === true) titlesCache = loading;
  return loading;
}

/** The incremental build's key of a page made from an entry's channel article (src/data/page-cache-key.ts). */
export async function channelArticleKey(entry: AnyEntry): Promise<string> {
  // An article states what is in force on the day it is made.
  return pageCacheKey({ entry, titles: await entryTitles() }, { today: true });
}

/** Published entries of some collections, newest first (ties by address). */
export async function publishedEntries(collections: readonly CollectionName[]): Promise<AnyEntry[]> {
  const lists = await Promise.all(collections.map((collection) => published(collection)));
  return (lists.flat() as AnyEntry[]).sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`),
  );
}
