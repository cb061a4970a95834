/**
 * Structured data: the schema.org JSON-LD of an article, for search engines and share previews.
 */
import type { CollectionName } from '../model/index.ts';

export interface ArticleInput {
  collection: CollectionName;
  url: string;
  title: string;
  published: string;
  modified?: string | undefined;
  images: string[];
  author?: string | undefined;
  unitName: string;
  publisher: { name: string; url: string; logo: string };
  /** For 典型: who the story is about. */
  about?: { name: string; person: boolean; awards: string[] } | undefined;
}

/** Categories of 典型 that are people; the rest (先进单位, 模范城县, 共建典型, 拥政爱民) are organisations. */
export const PERSON_CASE_CATEGORIES = new Set(['先进个人', '好军嫂', '最美退役军人']);

/** schema.org Article (NewsArticle for reports) for search engines and share previews. */
export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo },
  };
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': input.collection === 'reports' ? 'NewsArticle' : 'Article',
    headline: input.title.length > 110 ? `${[...input.title].slice(0, 109).join('')}…` : input.title,
    url: input.url,
    inLanguage: 'zh-CN',
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    image: input.images,
    author: input.author ? { '@type': 'Person', name: input.author } : { '@type': 'Organization', name: input.unitName },
    publisher,
  };
  if (input.about) {
    data.about = {
      '@type': input.about.person ? 'Person' : 'Organization',
      name: input.about.name,
      ...(input.about.awards.length > 0 ? { award: input.about.awards } : {}),
    };
  }
  return data;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
