/** Slicing and grouping lists for index pages. */

export interface PageSlice<T> {
  items: T[];
  current: number;
  last: number;
}

export function pageOf<T>(items: readonly T[], perPage: number, page: number): PageSlice<T> {
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, page), last);
  return { items: items.slice((current - 1) * perPage, current * perPage), current, last };
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Groups items by year (taken from an ISO date), newest year first, keeping the order within. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => string): { year: number; items: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = Number(dateOf(item).slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, items: list }));
}

/** Counts per key, in the order the keys are given (zero counts kept out). */
export function countBy<T, K extends string>(
  items: readonly T[],
  keyOf: (item: T) => K | K[],
  order: readonly K[],
): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of Array.isArray(keys) ? keys : [keys]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}
