/**
 * The 大事记 filter (/timeline/): which events a choice of 类别 and 单位 shows, how the choice is
 * written into the address (?kind=…&unit=…, so a filtered list can be shared and reloaded) and
 * read back from it, and the count announced. The island src/islands/timeline-filter.ts wires
 * these to the page; nothing here touches the DOM. No imports: it ships to the browser.
 */

/** The filter's fields, as named in the form and in the address. */
export const TIMELINE_FILTER_KEYS = ['kind', 'unit'] as const;
export type TimelineFilterKey = (typeof TIMELINE_FILTER_KEYS)[number];

/** A choice; '' means 全部. */
export type TimelineFilter = Record<TimelineFilterKey, string>;

export const NO_FILTER: TimelineFilter = { kind: '', unit: '' };

/** An event as the page marks it: its kind, and its unit ids separated by spaces. */
export interface FilterableEvent {
  kind: string;
  units: string;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.kind !== '' || filter.unit !== '';
}

/** Whether the event shows under the choice: of the chosen kind, and naming the chosen unit. */
export function showsEvent(filter: TimelineFilter, event: FilterableEvent): boolean {
  return (!filter.kind || event.kind === filter.kind) && (!filter.unit || event.units.split(' ').includes(filter.unit));
}

/**
 * The choice an address asks for (`location.search`). A value the form does not offer (a unit
 * no longer listed, a mistyped link) is ignored, so the list is never filtered to nothing unseen.
 */
export function filterFromQuery(search: string, offered: (key: TimelineFilterKey, value: string) => boolean): TimelineFilter {
  const params = new URLSearchParams(search);
  const filter: TimelineFilter = { kind: '', unit: '' };
  for (const key of TIMELINE_FILTER_KEYS) {
    const value = params.get(key);
    if (value && offered(key, value)) filter[key] = value;
  }
  return filter;
}

/** The query string of a choice, without `?`; '' for 全部. */
export function filterQuery(filter: TimelineFilter): string {
  const params = new URLSearchParams();
  for (const key of TIMELINE_FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}

/** What the status line says: the number shown while a filter is on, nothing otherwise. */
export function filterStatus(filter: TimelineFilter, shown: number): string {
  return isFiltered(filter) ? `本页显示 ${shown} 条` : '';
}
