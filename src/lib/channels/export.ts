/**
 * The export record of one entry (dist/staff/export/<collection>/<id>.json) and the portal package
 * made from those records (`npm run export:portal`): one HTML fragment per entry, its photos, and a
 * manifest with the metadata. Pure: the scripts do the reading and writing.
 */
import { articleHtml, articleImages, escapeHtml, GOV_FIELD_LABELS, type Article, type GovFields } from './article.ts';
import type { WechatArticle } from './wechat.ts';
import { formatFeedDate } from '../feed-dates.ts';
import { postedDay } from '../published-date.ts';

export const EXPORT_FORMAT = 'shuangyong-export/1';
export const PORTAL_FORMAT = 'shuangyong-portal/1';

export interface ExportRecord {
  format: typeof EXPORT_FORMAT;
  sourceFile: string;
  article: Article;
  wechat: WechatArticle;
}

export function exportRecord(article: Article, wechat: WechatArticle, sourceFile: string): ExportRecord {
  return { format: EXPORT_FORMAT, sourceFile, article, wechat };
}

export interface PortalImage {
  /** Path inside the package, e.g. images/reports/<id>/01.jpg. */
  file: string;
  /** Where the photo is published on the site. */
  url: string;
  width: number;
  height: number;
  alt: string;
  caption?: string;
}

export interface PortalEntry {
  id: string;
  collection: Article['collection'];
  collectionLabel: string;
  title: string;
  summary: string;
  url: string;
  published: string;
  modified: string;
  unit: string;
  unitName: string;
  tags: string[];
  author?: string;
  reviewer?: string;
  /** 政务公开 fields, each with its Chinese label. */
  gov: { key: keyof GovFields; label: string; value: string }[];
  /** The HTML fragment, inside the package. */
  html: string;
  images: PortalImage[];
}

export interface PortalManifest {
  format: typeof PORTAL_FORMAT;
  site: string;
  baseUrl: string;
  generated: string;
  entries: PortalEntry[];
}

/** The package's name for a published photo: in the entry's folder, numbered in reading order. */
function imageFile(article: Article, index: number, url: string): string {
  const extension = /\.(jpe?g|png|gif|webp|avif)$/i.exec(new URL(url).pathname)?.[0].toLowerCase() ?? '.jpg';
  return `images/${article.collection}/${article.id}/${String(index + 1).padStart(2, '0')}${extension}`;
}

/**
 * One entry of the package: the fragment's HTML (photos pointing into the package, so a portal
 * that imports files needs nothing from our server) and the manifest entry.
 */
export function portalEntry(article: Article): { entry: PortalEntry; fragment: string } {
  const images = articleImages(article).map((image, index): PortalImage => ({
    file: imageFile(article, index, image.url),
    url: image.url,
    width: image.width,
    height: image.height,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
  }));
  let fragment = articleHtml(article, { withTitle: false });
  // Fragments live in entries/<collection>/, so a photo is two folders up.
  for (const image of images) fragment = fragment.split(`src="${escapeHtml(image.url)}"`).join(`src="../../${image.file}"`);
  const gov = article.gov
    ? (Object.entries(article.gov) as [keyof GovFields, string | undefined][]).flatMap(([key, value]) =>
        value ? [{ key, label: GOV_FIELD_LABELS[key], value }] : [],
      )
    : [];
  return {
    fragment,
    entry: {
      id: article.id,
      collection: article.collection,
      collectionLabel: article.collectionLabel,
      title: article.title,
      summary: article.summary,
      url: article.url,
      published: formatFeedDate(postedDay(article), 'iso8601'),
      modified: formatFeedDate(article.updated ?? article.date, 'iso8601'),
      unit: article.unit,
      unitName: article.unitName,
      tags: article.tags,
      ...(article.author ? { author: article.author } : {}),
      ...(article.reviewer ? { reviewer: article.reviewer } : {}),
      gov,
      html: `entries/${article.collection}/${article.id}.html`,
      images,
    },
  };
}
