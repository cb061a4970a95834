/**
 * Every internal address in one place, with the trailing slash the site uses. Pages, components,
 * feeds and scripts build links only through these functions.
 */
import type { CollectionName, OtherSection } from './collections.ts';
import {
  AUDIENCE_SLUGS,
  CASE_CATEGORY_SLUGS,
  EDUCATION_KIND_SLUGS,
  REPORT_TYPE_SLUGS,
  STAGE_SLUGS,
  type Audience,
  type CaseCategory,
  type EducationKind,
  type ReportType,
  type Stage,
} from './taxonomies.ts';

export const HOME_URL = '/';
export const RSS_URL = '/rss.xml';
export const CALENDAR_ICS_URL = '/calendar.ics';
export const SITEMAP_XML_URL = '/sitemap-index.xml';

/** A section's front page: /reports/, /timeline/, /about/ … */
export function sectionUrl(section: CollectionName | OtherSection): string {
  return `/${section}/`;
}

export function collectionUrl(collection: CollectionName): string {
  return sectionUrl(collection);
}

export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/**
 * Page `page` of a paged list whose first page is `first`: page 1 is `first` itself (a list keeps
 * its address when it grows a second page), later pages are `first` + `page/2/` …, so
 * `pagedUrl(reportsTypeUrl('座谈会'), 3)` is /reports/type/zuotanhui/page/3/.
 */
export function pagedUrl(first: string, page = 1): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** Every report that names a plan, by task (paged: `pagedUrl(planReportsUrl(id), 2)`). */
export function planReportsUrl(id: string): string {
  return `/plans/${id}/reports/`;
}

/** A unit's page: what it published, newest first (paged: `pagedUrl(unitUrl(id), 2)`). */
export function unitUrl(id: string): string {
  return `/units/${id}/`;
}

/** The 信息报送 tally of one year; /units/ shows the latest year. */
export function tallyYearUrl(year: number): string {
  return `/units/tally/${year}/`;
}

/** 大事记 of one year (paged: `pagedUrl(timelineYearUrl(year), 2)`); /timeline/ shows the year index and the latest year. */
export function timelineYearUrl(year: number): string {
  return `/timeline/${year}/`;
}

/** Reports page 1 is /reports/; later pages are /reports/page/2/ … */
export function reportsPageUrl(page: number): string {
  return pagedUrl('/reports/', page);
}

export function reportsYearUrl(year: number): string {
  return `/reports/year/${year}/`;
}

export function reportsTypeUrl(type: ReportType): string {
  return `/reports/type/${REPORT_TYPE_SLUGS[type]}/`;
}

/** 我是退役军人 …: the policies written for one audience. */
export function policiesForUrl(audience: Audience): string {
  return `/policies/for/${AUDIENCE_SLUGS[audience]}/`;
}

export function educationStageUrl(stage: Stage): string {
  return `/education/stage/${STAGE_SLUGS[stage]}/`;
}

export function educationKindUrl(kind: EducationKind): string {
  return `/education/kind/${EDUCATION_KIND_SLUGS[kind]}/`;
}

export function caseCategoryUrl(category: CaseCategory): string {
  return `/cases/category/${CASE_CATEGORY_SLUGS[category]}/`;
}

export function caseYearUrl(year: number): string {
  return `/cases/year/${year}/`;
}

/** An observance's place on the calendar page. */
export function observanceUrl(id: string): string {
  return `/calendar/#${id}`;
}

/** The staff list of 公众号 articles: page 1 is /staff/, later pages /staff/page/2/ … */
export function staffPageUrl(page: number): string {
  return page <= 1 ? '/staff/' : `/staff/page/${page}/`;
}

/** An entry's 公众号 version, with the copy button and the photos for upload. */
export const WECHAT_PREVIEW_PREFIX = '/staff/wechat/';

export function wechatUrl(collection: CollectionName, id: string): string {
  return `${WECHAT_PREVIEW_PREFIX}${collection}/${id}/`;
}

/** An entry as JSON (article, 公众号 version, photos), read by `npm run export:wechat` and `export:portal`. */
export function exportJsonUrl(collection: CollectionName, id: string): string {
  return `/staff/export/${collection}/${id}.json`;
}

/** The list of every exported entry. */
export const EXPORT_INDEX_URL = '/staff/export/index.json';

/** Feed names: the whole site, or one collection. */
export type FeedName = 'all' | CollectionName;

export function feedUrl(name: FeedName, format: 'rss' | 'json'): string {
  return `/feeds/${name}.${format === 'rss' ? 'xml' : 'json'}`;
}

export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl).href;
}
