/**
 * The search page's state lives in its address, so a result list can be shared, bookmarked and
 * reached again with the back button: /search/?q=优待金&section=政策解读&sort=newest
 * The same names are the `name`s of the search form's fields, so the page works as a plain GET form.
 */
import { normalizeQuery } from './query.ts';

/** URL parameter → Pagefind filter name (the names used by data-pagefind-filter in SearchMeta). */
export const FILTER_PARAMS = {
  section: '栏目',
  year: '年份',
  unit: '单位',
  stage: '学段',
  audience: '对象',
} as const;

export type FilterParam = keyof typeof FILTER_PARAMS;
export const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterParam[];

export const SORTS = {
  relevance: '按相关度',
  newest: '最新发布在前',
  oldest: '最早发布在前',
} as const;
export type Sort = keyof typeof SORTS;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterParam, string>>;
  sort: Sort;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    filters,
    sort: sort && sort in SORTS ? (sort as Sort) : 'relevance',
  };
}

/** The query string for a state, without "?"; defaults are left out so addresses stay short. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key]);
}

/** A query or a filter: the search page searches at once (with neither it waits for the reader). */
export function asksForSearch(state: SearchState): boolean {
  return Boolean(state.q) || hasFilters(state);
}

/** Options for pagefind.search(): filters by their Pagefind names, and the date sort. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) filters[FILTER_PARAMS[key]] = value;
  }
  if (state.sort === 'newest') return { filters, sort: { date: 'desc' } };
  if (state.sort === 'oldest') return { filters, sort: { date: 'asc' } };
  return { filters };
}
