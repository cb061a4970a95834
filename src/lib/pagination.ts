/**
 * Paged lists: which page numbers the 分页 navigation offers, which later pages a list needs, and
 * how a later page names itself. Every list that grows with the site is cut into pages of
 * LIST_PAGE_SIZE (src/model/limits.ts) so that no page outgrows the 50 KB budget.
 */
import { pageCount } from './grouping.ts';

/** One item of the 分页 navigation: a page number, or a gap (…) standing for the pages left out. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers to show: the first and the last page, and `around` pages either side of the
 * current one; a run of left-out pages becomes one gap, except that a gap of a single page shows
 * that page instead (a gap never hides just one number). With 140 pages the navigation stays at
 * about nine items, so it fits a phone at the largest 字号 and does not grow with the site.
 */
export function pageLinks(current: number, last: number, around = 1): PageLink[] {
  if (last <= 1) return [];
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of sorted) {
    if (page - previous === 2) links.push({ kind: 'page', page: page - 1, current: page - 1 === current });
    else if (page - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page, current: page === current });
    previous = page;
  }
  return links;
}

/** The numbers of a list's pages after the first (page 1 keeps the list's own address): [2, 3, …]. */
export function laterPages(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2);
}

/** A page's title: the list's own on page 1, "… （第 3 页）" after it. */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title}（第 ${page} 页）` : title;
}

/** The page number in a route's `page` parameter; anything but a whole number ≥ 2 is a build error. */
export function pageParam(value: string | undefined): number {
  const page = Number(value);
  if (!Number.isInteger(page) || page < 2) throw new Error(`分页参数不是 2 以上的整数：${value ?? '（空）'}`);
  return page;
}

/**
 * Page `page` of a list shown in groups (education by kind or by 学段): the groups are laid end to
 * end, cut into pages of `perPage`, and each page keeps the groups it has entries of, in order.
 * An entry listed in two groups counts twice, as it is shown twice.
 */
export function pageOfGroups<G extends { entries: readonly unknown[] }>(
  groups: readonly G[],
  perPage: number,
  page: number,
): { groups: G[]; current: number; last: number } {
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const last = pageCount(total, perPage);
  const current = Math.min(Math.max(1, page), last);
  const start = (current - 1) * perPage;
  const end = start + perPage;
  const shown: G[] = [];
  let offset = 0;
  for (const group of groups) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + group.entries.length);
    if (from < to) shown.push({ ...group, entries: group.entries.slice(from - offset, to - offset) });
    offset += group.entries.length;
  }
  return { groups: shown, current, last };
}

/** The first `max` items of a list that links to the rest, and how many the rest are. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** The page (from 1) on which group `index` of a grouped list begins, given every group's size. */
export function groupStartPage(sizes: readonly number[], index: number, perPage: number): number {
  const before = sizes.slice(0, index).reduce((sum, size) => sum + size, 0);
  return Math.floor(before / perPage) + 1;
}

/**
 * aria-current of a link that names where the reader is (a section in the site's bar; 全部, a year
 * or a type above a list): "page" when the link leads to the very page being read, "true" when it
 * names the selection being read but leads elsewhere (a report within 活动报道; page 2 of a year
 * links to the year's first page; the 大事记 front page shows the latest year), none otherwise.
 * Screen readers say "current page" only for the first.
 */
export function selectionCurrent(selected: boolean, linksHere: boolean): 'page' | 'true' | undefined {
  if (!selected) return undefined;
  return linksHere ? 'page' : 'true';
}
