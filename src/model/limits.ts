/** Bounds every part of the model agrees on. */

/** Years a plan, an honour, a task period or an observance may name (also the calendar's range). */
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;

/** Ids used in file names, URLs and references: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}
