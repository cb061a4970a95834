/**
 * Everything an entry page says about itself besides its article, computed once from the entry:
 * its canonical address and dates, its share image (the card the build draws, see
 * src/share-cards/pages.ts), its JSON-LD and its search facets. src/layouts/EntryLayout.astro
 * renders it; the build's share-card prediction asks the same entryShareImage(), so the image a
 * page names is the one the build draws.
 */
import { COLLECTION_LABELS, type CollectionName } from '../model/index.ts';
import { entryShareImage, type ShareImage, type ShareSite } from '../share-cards/pages.ts';
import { toIsoDate } from '../model/dates.ts';
import { PERSON_CASE_CATEGORIES, articleJsonLd } from './json-ld.ts';
import { entryUrl } from '../model/urls.ts';

/** An entry as a page has it (Astro's CollectionEntry fits); `I` is the type of its images. */
export interface EntryInput<I> {
  collection: CollectionName;
  id: string;
  data: {
    title: string;
    summary: string;
    date: Date;
    updated?: Date | undefined;
    unit: string;
    author?: string | undefined;
    cover?: I | undefined;
    coverAlt?: string | undefined;
    gallery?: { src: I; alt: string }[];
    /** Reports and cases: the units taking part. */
    units?: string[];
    /** Education: 学段. */
    stages?: readonly string[];
    /** Policies: who it applies to. */
    audience?: readonly string[];
    /** Cases: who the story is about. */
    name?: string;
    category?: string;
    honors?: { title: string; year: number }[];
    tags?: readonly string[];
    /** Reports: 活动类型 and place. */
    type?: string;
    location?: string;
    /** Plans and education: the kind; 教育基地: address and opening hours. */
    kind?: string;
    address?: string | undefined;
    openHours?: string | undefined;
    /** Policies: files to download (申请表, 标准). */
    attachments?: readonly { title: string }[];
  };
}

/** The metadata words of an entry that search ranks above its body (category, place, name, kind, tags …). */
function searchTerms(collection: CollectionName, data: EntryInput<unknown>['data']): string[] {
  const own: (string | undefined)[] = {
    reports: [data.type, data.location],
    cases: [data.category, data.name],
    education: [data.kind, data.address && `地址 ${data.address}`, data.openHours && `开放时间 ${data.openHours}`],
    plans: [data.kind],
    // A policy's attachments by title: 申请表下载 finds the page that has the form, before those that only name it.
    policies: [data.category, ...(data.attachments ?? []).map((attachment) => attachment.title)],
  }[collection];
  return [...own, ...(data.tags ?? [])].filter((term): term is string => Boolean(term));
}

/** The site facts an entry's metadata uses (site.yaml). */
export interface MetaSite extends ShareSite {
  shortName?: string | undefined;
}

/** What Pagefind reads from an entry (src/components/SearchMeta.astro renders it hidden). */
export interface SearchFacets<I> {
  /** 栏目, e.g. 活动报道. */
  collection: string;
  date: string;
  /** 单位: a report's participating units, else the publishing unit, by name. */
  units: string[];
  /** 学段 (education). */
  stages: string[];
  /** 对象 (policies). */
  audiences: string[];
  /** The result's image: the cover, when there is one. */
  thumbnail?: { src: I; alt: string };
  /** Ranked above body text: the summary and the metadata words. */
  summary: string;
  terms: string[];
}

export interface EntryMeta<I> {
  /** Canonical, absolute. */
  url: string;
  /** ISO dates: `date` and `updated`. */
  published: string;
  modified?: string;
  share: ShareImage<I>;
  jsonLd: Record<string, unknown>;
  facets: SearchFacets<I>;
}

export function entryMeta<I>(entry: EntryInput<I>, site: MetaSite, unitNames: ReadonlyMap<string, string>): EntryMeta<I> {
  const { collection, id, data } = entry;
  const url = new URL(entryUrl(collection, id), site.baseUrl).href;
  const published = toIsoDate(data.date);
  const modified = data.updated ? toIsoDate(data.updated) : undefined;
  const share = entryShareImage(collection, id, data, site);
  const unitName = (unit: string) => unitNames.get(unit) ?? unit;
  const jsonLd = articleJsonLd({
    collection,
    url,
    title: data.title,
    published,
    modified,
    images: [share.url],
    author: data.author,
    unitName: unitNames.get(data.unit) ?? site.host,
    publisher: { name: site.host, url: new URL('/', site.baseUrl).href, logo: new URL('/og/site.png', site.baseUrl).href },
    about:
      collection === 'cases' && data.name
        ? {
            name: data.name,
            person: PERSON_CASE_CATEGORIES.has(data.category ?? ''),
            awards: (data.honors ?? []).map((h) => `${h.year}年${h.title}`),
          }
        : undefined,
  });
  const facets: SearchFacets<I> = {
    collection: COLLECTION_LABELS[collection],
    date: published,
    units: (collection === 'reports' ? (data.units ?? []) : [data.unit]).map(unitName),
    stages: [...(data.stages ?? [])],
    audiences: [...(data.audience ?? [])],
    summary: data.summary,
    terms: searchTerms(collection, data),
    ...(data.cover && data.coverAlt ? { thumbnail: { src: data.cover, alt: data.coverAlt } } : {}),
  };
  return { url, published, ...(modified ? { modified } : {}), share, jsonLd, facets };
}
