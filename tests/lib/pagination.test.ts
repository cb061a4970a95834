import { describe, expect, it } from 'vitest';
import { laterPages, pageLinks, pageOfGroups, pagedTitle, pageParam, selectionCurrent, type PageLink } from '../../src/lib/pagination.ts';
import { pagedUrl, reportsTypeUrl, timelineYearUrl, unitUrl } from '../../src/model/urls.ts';

/** The navigation as a reader sees it: numbers, the current one in brackets, gaps as …. */
const shown = (links: PageLink[]) =>
  links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ');

describe('pageLinks', () => {
  it('offers nothing for a single page', () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });

  it('lists every page of a short list', () => {
    expect(shown(pageLinks(2, 4))).toBe('1 [2] 3 4');
    expect(shown(pageLinks(1, 5))).toBe('[1] 2 … 5');
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(shown(pageLinks(70, 140))).toBe('1 … 69 [70] 71 … 140');
    expect(shown(pageLinks(1, 140))).toBe('[1] 2 … 140');
    expect(shown(pageLinks(140, 140))).toBe('1 … 139 [140]');
  });

  it('never hides a single page behind a gap', () => {
    expect(shown(pageLinks(4, 7))).toBe('1 2 3 [4] 5 6 7');
    expect(shown(pageLinks(3, 140))).toBe('1 2 [3] 4 … 140');
  });

  it('stays short however long the list grows', () => {
    for (const last of [10, 100, 1000, 10000])
      for (const current of [1, 2, Math.floor(last / 2), last - 1, last]) {
        expect(pageLinks(current, last).length).toBeLessThanOrEqual(7);
        expect(pageLinks(current, last).filter((link) => link.kind === 'page' && link.current)).toEqual([
          { kind: 'page', page: current, current: true },
        ]);
      }
  });
});

describe('laterPages', () => {
  it('names the pages after the first', () => {
    expect(laterPages(0, 24)).toEqual([]);
    expect(laterPages(24, 24)).toEqual([]);
    expect(laterPages(25, 24)).toEqual([2]);
    expect(laterPages(73, 24)).toEqual([2, 3, 4]);
  });
});

describe('pagedTitle and pageParam', () => {
  it('marks later pages in the title', () => {
    expect(pagedTitle('座谈会报道', 1)).toBe('座谈会报道');
    expect(pagedTitle('座谈会报道', 3)).toBe('座谈会报道（第 3 页）');
  });

  it('reads a later page number and refuses anything else', () => {
    expect(pageParam('2')).toBe(2);
    expect(() => pageParam('1')).toThrow(/2 以上的整数/);
    expect(() => pageParam('x')).toThrow(/2 以上的整数/);
    expect(() => pageParam(undefined)).toThrow(/（空）/);
  });
});

describe('pageOfGroups', () => {
  const groups = [
    { name: 'a', entries: [1, 2, 3] },
    { name: 'b', entries: [4, 5] },
    { name: 'c', entries: [6, 7, 8, 9] },
  ];

  it('cuts groups laid end to end and keeps each group on the pages it reaches', () => {
    expect(pageOfGroups(groups, 4, 1)).toEqual({
      groups: [
        { name: 'a', entries: [1, 2, 3] },
        { name: 'b', entries: [4] },
      ],
      current: 1,
      last: 3,
    });
    expect(pageOfGroups(groups, 4, 2)).toEqual({
      groups: [
        { name: 'b', entries: [5] },
        { name: 'c', entries: [6, 7, 8] },
      ],
      current: 2,
      last: 3,
    });
    expect(pageOfGroups(groups, 4, 3)).toEqual({ groups: [{ name: 'c', entries: [9] }], current: 3, last: 3 });
  });

  it('shows every entry exactly once across the pages', () => {
    const pages = [1, 2, 3].map((page) => pageOfGroups(groups, 4, page).groups.flatMap((group) => group.entries));
    expect(pages.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('has one empty page for no groups', () => {
    expect(pageOfGroups([], 4, 1)).toEqual({ groups: [], current: 1, last: 1 });
  });
});

describe('paged addresses', () => {
  it("keeps the first page at the list's own address", () => {
    expect(pagedUrl(unitUrl('xian-shuangyongban'), 1)).toBe('/units/xian-shuangyongban/');
    expect(pagedUrl(unitUrl('xian-shuangyongban'), 2)).toBe('/units/xian-shuangyongban/page/2/');
    expect(pagedUrl(timelineYearUrl(2025), 3)).toBe('/timeline/2025/page/3/');
    expect(pagedUrl(reportsTypeUrl('座谈会'), 2)).toMatch(/^\/reports\/type\/[a-z-]+\/page\/2\/$/);
  });
});

describe('groupStartPage', () => {
  it('finds the page a group begins on, as pageOfGroups lays them out', async () => {
    const { groupStartPage } = await import('../../src/lib/pagination.ts');
    const sizes = [3, 2, 4];
    expect([0, 1, 2].map((index) => groupStartPage(sizes, index, 4))).toEqual([1, 1, 2]);
    expect(groupStartPage([24, 1], 1, 24)).toBe(2);
  });
});

describe('selectionCurrent', () => {
  it('says "page" only where the selection’s link leads to the page being read', () => {
    expect(selectionCurrent(true, true)).toBe('page');
    expect(selectionCurrent(true, false)).toBe('true'); // page 2 of 全部: the link leads to page 1
    expect(selectionCurrent(false, true)).toBeUndefined();
    expect(selectionCurrent(false, false)).toBeUndefined();
  });
});
