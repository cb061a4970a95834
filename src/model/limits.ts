/** Bounds every part of the model agrees on. */

/** Years a plan, an honour, a task period or an observance may name (also the calendar's range). */
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;

/** Ids used in file names, URLs and references: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/**
 * Entries on one page of every list that grows with the site (大事记, a unit's page, the lists by
 * type, year, category, audience and 学段): what keeps each page within 50 KB of HTML at any size
 * of site. The reports lists (cards with photos) use site.yaml's reportsPerPage instead.
 */
export const LIST_PAGE_SIZE = 24;

/**
 * Linked reports a plan page shows under each task and each month; the rest are on the plan's
 * list of 落实报道 (/plans/<id>/reports/), so a plan page stays small however many reports name it.
 */
export const PLAN_REPORTS_SHOWN = 3;
