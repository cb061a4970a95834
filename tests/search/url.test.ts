import { describe, expect, it } from 'vitest';
import { asksForSearch, hasFilters, pagefindOptions, readSearchState, searchQueryString } from '../../src/search/url.ts';

describe('search state in the address', () => {
  it('reads the query, filters and sort, ignoring unknown values', () => {
    const state = readSearchState(
      new URLSearchParams('q=%E4%BC%98%E5%BE%85%E9%87%91&section=政策解读&audience=退役军人&sort=newest&page=3'),
    );
    expect(state).toEqual({ q: '优待金', filters: { section: '政策解读', audience: '退役军人' }, sort: 'newest' });
    expect(readSearchState(new URLSearchParams('sort=random')).sort).toBe('relevance');
  });
  it('writes a short address and reads it back the same', () => {
    const state = readSearchState(new URLSearchParams('q=清明祭扫&year=2026&stage='));
    const query = searchQueryString(state);
    expect(query).toBe(new URLSearchParams({ q: '清明祭扫', year: '2026' }).toString());
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
    expect(searchQueryString({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('turns the state into Pagefind filters by their Chinese names and a date sort', () => {
    expect(pagefindOptions({ q: 'x', filters: { section: '国防教育', stage: '初中', unit: '示例县教育局' }, sort: 'oldest' })).toEqual({
      filters: { 栏目: '国防教育', 学段: '初中', 单位: '示例县教育局' },
      sort: { date: 'asc' },
    });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
    expect(hasFilters({ q: '', filters: { year: '2025' }, sort: 'relevance' })).toBe(true);
  });
  it('asks for a search with a query or a filter, not with a sort or blank values alone', () => {
    const asks = (search: string) => asksForSearch(readSearchState(new URLSearchParams(search)));
    expect(asks('q=优待金')).toBe(true);
    expect(asks('section=国防教育')).toBe(true);
    expect(asks('q=%20%20&year=')).toBe(false);
    expect(asks('sort=newest')).toBe(false);
    expect(asks('')).toBe(false);
  });
});
