/**
 * Which share image each page gets. Every image is a card the build draws (src/share-cards/draw.ts):
 * an entry page its own card, with its photo when it has one; a list page its section's card; the
 * home page and everything else the site card. The entry pages (src/lib/entry-meta.ts) and the
 * build (src/integration/share-cards.ts) both ask these functions, so the image a page names is
 * the image the build draws.
 */
import { COLLECTION_LABELS, SECTION_LABELS, type CollectionName } from '../model/index.ts';
import { CARD_HEIGHT, CARD_WIDTH, type ShareCardText } from './layout.ts';

/** One card per section for the list pages; the key is the first path segment, the label the section's name. */
export const SHARE_SECTIONS: Readonly<Record<string, string>> = SECTION_LABELS;

/** What of site.yaml a card needs. */
export interface ShareSite {
  name: string;
  host: string;
  baseUrl: string;
}

/** A share image: what a page's tags say about it and what the build draws. */
export interface ShareImage<I = string> {
  /** Where the build writes it, from the site root: /og/… */
  path: string;
  /** The absolute URL the tags give. */
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
  card: ShareCardText;
  /** The photo the card shows, for an entry with a cover or gallery photo. */
  photo?: I;
}

const footerOf = (site: ShareSite) => new URL(site.baseUrl).host;

function image<I>(path: string, site: ShareSite, card: ShareCardText, alt: string, photo?: I): ShareImage<I> {
  return {
    path,
    url: new URL(path, site.baseUrl).href,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: photo === undefined ? 'image/png' : 'image/jpeg',
    alt,
    card,
    ...(photo === undefined ? {} : { photo }),
  };
}

/** The site card (/og/site.png) and one card per section: the list pages of every section exist in every build. */
export function siteShareImages(site: ShareSite): ShareImage<never>[] {
  const footer = footerOf(site);
  return [
    image<never>('/og/site.png', site, { title: site.name, header: site.host, footer }, site.name),
    ...Object.entries(SHARE_SECTIONS).map(([section, label]) =>
      image<never>(`/og/${section}.png`, site, { title: label, header: site.name, footer }, `${label}（${site.name}）`),
    ),
  ];
}

/**
 * The image of a page that is not an entry: its section's card (/reports/page/2/ → /og/reports.png),
 * or the site card for the home page and pages outside the sections. `title` is the page's, for the alt text.
 */
export function pageShareImage(pathname: string, title: string, site: ShareSite): ShareImage<never> {
  const section = pathname.split('/').filter(Boolean)[0] ?? '';
  const path = section in SHARE_SECTIONS ? `/og/${section}.png` : '/og/site.png';
  const card = siteShareImages(site).find((candidate) => candidate.path === path)!.card;
  return image<never>(path, site, card, `${title}（${site.name}）`);
}

interface PhotoFields<I> {
  cover?: I | undefined;
  coverAlt?: string | undefined;
  gallery?: { src: I; alt: string }[];
}

/** The photo a page shares: its cover, or else the first gallery photo. */
export function sharePhoto<I>(data: PhotoFields<I>): { src: I; alt: string } | undefined {
  if (data.cover && data.coverAlt) return { src: data.cover, alt: data.coverAlt };
  const first = data.gallery?.[0];
  return first ? { src: first.src, alt: first.alt } : undefined;
}

/**
 * The card of an entry page: its title under the site name and the 栏目, over its photo when it has
 * one (a JPEG, /og/reports/<id>.jpg) and on 双拥 red when it has none (a PNG, /og/plans/<id>.png).
 */
export function entryShareImage<I>(
  collection: CollectionName,
  id: string,
  data: PhotoFields<I> & { title: string },
  site: ShareSite,
): ShareImage<I> {
  const title = data.title.trim();
  const photo = sharePhoto(data);
  const card = { title, kicker: COLLECTION_LABELS[collection], header: site.name, footer: footerOf(site) };
  const alt = photo ? `${title}（${site.name}）：${photo.alt}` : `${title}（${site.name}）`;
  return image(`/og/${collection}/${id}.${photo ? 'jpg' : 'png'}`, site, card, alt, photo?.src);
}
