/**
 * The collection registry: each collection's folder under content/, its Chinese label (also its
 * 栏目 in search filters and breadcrumbs), and the site's other top-level sections.
 */

export const COLLECTIONS = ['plans', 'reports', 'cases', 'policies', 'education'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionInfo {
  name: CollectionName;
  /** Folder under the content root. */
  folder: string;
  /** The 栏目 name residents see: nav, breadcrumbs, search filter 栏目, share cards. */
  label: string;
  /** What one entry is called in a sentence: 这篇活动报道, 这份工作计划. */
  entryNoun: string;
}

export const COLLECTION_INFO: Record<CollectionName, CollectionInfo> = {
  plans: { name: 'plans', folder: 'plans', label: '工作计划', entryNoun: '工作计划' },
  reports: { name: 'reports', folder: 'reports', label: '活动报道', entryNoun: '活动报道' },
  cases: { name: 'cases', folder: 'cases', label: '双拥典型', entryNoun: '典型材料' },
  policies: { name: 'policies', folder: 'policies', label: '政策解读', entryNoun: '政策解读' },
  education: { name: 'education', folder: 'education', label: '国防教育', entryNoun: '国防教育内容' },
};

export const COLLECTION_LABELS: Record<CollectionName, string> = Object.fromEntries(
  COLLECTIONS.map((name) => [name, COLLECTION_INFO[name].label]),
) as Record<CollectionName, string>;

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}

/** Top-level sections that are not collections, keyed by their first path segment. */
export const OTHER_SECTIONS = {
  timeline: '双拥大事记',
  calendar: '纪念日历',
  units: '信息报送',
  search: '站内搜索',
  about: '关于本站',
} as const;
export type OtherSection = keyof typeof OTHER_SECTIONS;

/** Every section by its first path segment: collections first, in nav order. */
export const SECTION_LABELS: Record<CollectionName | OtherSection, string> = { ...COLLECTION_LABELS, ...OTHER_SECTIONS };

/** The header's navigation, in order, with the short names that fit a phone's nav bar. */
export const NAV_SECTIONS: readonly { section: CollectionName | OtherSection; label: string }[] = [
  ...COLLECTIONS.map((section) => ({ section, label: COLLECTION_LABELS[section] })),
  { section: 'calendar', label: '纪念日' },
  { section: 'timeline', label: '大事记' },
  { section: 'units', label: '信息报送' },
  { section: 'about', label: '关于本站' },
];
