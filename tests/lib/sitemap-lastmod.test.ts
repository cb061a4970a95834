import { describe, expect, it } from 'vitest';
import { dateOnlyLastmods, entryLastmod, listPathsOf, sitemapLastmod, type LastmodEntry } from '../../src/lib/sitemap-lastmod.ts';

const report = (id: string, data: Record<string, unknown>): LastmodEntry => ({
  collection: 'reports',
  id,
  data: { unit: 'xian-shuangyongban', units: ['xian-shuangyongban'], type: '走访慰问', ...data },
});

describe('an entry page', () => {
  it('takes the newest of updated, published and date', () => {
    expect(entryLastmod({ date: '2026-08-01' })).toBe('2026-08-01');
    expect(entryLastmod({ date: '2026-08-01', published: '2026-08-03' })).toBe('2026-08-03');
    expect(entryLastmod({ date: '2026-08-01', published: '2026-08-03', updated: '2026-09-10' })).toBe('2026-09-10');
    // A 预告: published before the activity; the activity day is newer.
    expect(entryLastmod({ date: '2026-08-01', published: '2026-07-20' })).toBe('2026-08-01');
    expect(entryLastmod({ date: new Date('2026-08-01T00:00:00Z') })).toBe('2026-08-01');
  });
});

describe('list pages', () => {
  const entries: LastmodEntry[] = [
    report('a', { date: '2026-07-29', type: '走访慰问' }),
    report('b', { date: '2025-10-01', type: '座谈会', units: ['qingshan-zhen'], updated: '2026-01-05' }),
    report('draft', { date: '2026-11-30', draft: true }),
    { collection: 'policies', id: 'p', data: { date: '2026-03-01', unit: 'xian-tuiyijunren-ju', audience: ['退役军人'] } },
    { collection: 'education', id: 'e', data: { date: '2026-09-01', unit: 'xian-jiaoyuju', kind: '课程', stages: ['初中'] } },
    {
      collection: 'cases',
      id: 'c',
      data: { date: '2024-05-01', unit: 'xian-shuangyongban', category: '先进个人', honors: [{ title: '模范', year: 2023 }] },
    },
  ];
  const lastmod = sitemapLastmod(entries);

  it('a list gets the newest of the entries it lists, drafts left out', () => {
    expect(lastmod('/reports/')).toBe('2026-07-29');
    expect(lastmod('/reports/year/2025/')).toBe('2026-01-05');
    expect(lastmod('/reports/year/2026/')).toBe('2026-07-29');
    expect(lastmod(listPathsOf(entries[1]!).find((path) => path.startsWith('/reports/type/')) ?? '')).toBe('2026-01-05');
    expect(lastmod('/units/qingshan-zhen/')).toBe('2026-01-05');
    expect(lastmod('/units/xian-shuangyongban/')).toBe('2026-07-29');
    expect(lastmod('/cases/year/2023/')).toBe('2024-05-01');
    expect(lastmod('/policies/')).toBe('2026-03-01');
  });

  it('entry pages, full URLs, later list pages and site-wide pages', () => {
    expect(lastmod('https://example.gov.cn/reports/b/')).toBe('2026-01-05');
    expect(lastmod('/reports/page/2/')).toBe('2026-07-29');
    expect(lastmod('/')).toBe('2026-09-01');
    expect(lastmod('/about/')).toBe('2026-09-01');
    expect(lastmod('/timeline/')).toBe('2026-09-01');
    expect(lastmod('/reports/draft/')).toBe('2026-07-29'); // not a page: falls back to its section
  });

  it('the paths an entry is listed on come from the model’s URLs', () => {
    expect(listPathsOf(entries[3]!)).toEqual([
      '/policies/',
      '/units/xian-tuiyijunren-ju/',
      expect.stringMatching(/^\/policies\/for\/[a-z-]+\/$/),
    ]);
    expect(listPathsOf(entries[4]!)).toEqual(
      expect.arrayContaining([
        '/education/',
        expect.stringMatching(/^\/education\/stage\//),
        expect.stringMatching(/^\/education\/kind\//),
      ]),
    );
  });
});

describe('the written sitemap', () => {
  it('prints the day date-only, not as the UTC instant the library writes', () => {
    expect(dateOnlyLastmods('<url><loc>x</loc><lastmod>2026-08-01T00:00:00.000Z</lastmod></url>')).toBe(
      '<url><loc>x</loc><lastmod>2026-08-01</lastmod></url>',
    );
    expect(dateOnlyLastmods('<lastmod>2026-08-01T09:30:00.000Z</lastmod>')).toBe('<lastmod>2026-08-01T09:30:00.000Z</lastmod>');
  });
});
