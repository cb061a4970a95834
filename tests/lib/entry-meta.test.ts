import { describe, expect, it } from 'vitest';
import { entryMeta, type EntryInput } from '../../src/lib/entry-meta.ts';
import { articleJsonLd, jsonForScript } from '../../src/lib/json-ld.ts';
import { entryShareImage } from '../../src/share-cards/pages.ts';

const site = { name: '示例县双拥宣传站', shortName: '示例县双拥', host: '示例县双拥办', baseUrl: 'https://x.gov.cn/' };
const units = new Map([
  ['xian-shuangyongban', '县双拥办'],
  ['wujing-zhongdui', '武警中队'],
  ['chengguan', '城关街道'],
]);
const common = { summary: '摘要', date: new Date('2026-03-06T00:00:00Z'), unit: 'xian-shuangyongban' };

describe('entryMeta', () => {
  it('gives a report its address, dates, card over its photo, NewsArticle and facets of its participating units', () => {
    const report: EntryInput<string> = {
      collection: 'reports',
      id: '2026-07-31-bayi',
      data: {
        ...common,
        title: '县里召开庆“八一”军地座谈会',
        updated: new Date('2026-08-02T00:00:00Z'),
        author: '李文',
        units: ['xian-shuangyongban', 'wujing-zhongdui', 'weizhi'],
        cover: 'cover.jpg',
        coverAlt: '座谈会现场',
      },
    };
    const meta = entryMeta(report, site, units);
    expect(meta).toMatchObject({ url: 'https://x.gov.cn/reports/2026-07-31-bayi/', published: '2026-03-06', modified: '2026-08-02' });
    expect(meta.share).toMatchObject({
      path: '/og/reports/2026-07-31-bayi.jpg',
      type: 'image/jpeg',
      width: 1200,
      height: 630,
      photo: 'cover.jpg',
    });
    expect(meta.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      url: meta.url,
      headline: report.data.title,
      datePublished: '2026-03-06',
      dateModified: '2026-08-02',
      image: [meta.share.url],
      author: { '@type': 'Person', name: '李文' },
      publisher: { '@type': 'GovernmentOrganization', name: '示例县双拥办', logo: { url: 'https://x.gov.cn/og/site.png' } },
    });
    // An unknown unit id is shown as it is written rather than dropped.
    expect(meta.facets).toEqual({
      collection: '活动报道',
      date: '2026-03-06',
      units: ['县双拥办', '武警中队', 'weizhi'],
      stages: [],
      audiences: [],
      summary: '摘要',
      terms: [],
      thumbnail: { src: 'cover.jpg', alt: '座谈会现场' },
    });
  });

  it('says who a 典型 is about, with the honours, and files it under its publishing unit', () => {
    const story: EntryInput<string> = {
      collection: 'cases',
      id: 'haojunsao',
      data: {
        ...common,
        unit: 'chengguan',
        title: '好军嫂周晓梅',
        name: '周晓梅',
        category: '好军嫂',
        units: ['wujing-zhongdui'],
        honors: [{ title: '示例县“好军嫂”', year: 2024 }],
      },
    };
    const meta = entryMeta(story, site, units);
    expect(meta.jsonLd).toMatchObject({
      '@type': 'Article',
      author: { '@type': 'Organization', name: '城关街道' },
      about: { '@type': 'Person', name: '周晓梅', award: ['2024年示例县“好军嫂”'] },
    });
    expect(meta.modified).toBeUndefined();
    expect(meta.jsonLd.dateModified).toBe('2026-03-06');
    expect(meta.facets.units).toEqual(['城关街道']);
    expect(meta.share).toMatchObject({ path: '/og/cases/haojunsao.png', type: 'image/png' });
    expect(meta.share.photo).toBeUndefined();
    const unit = entryMeta({ ...story, data: { ...story.data, category: '先进单位', name: '武警中队' } }, site, units);
    expect(unit.jsonLd.about).toMatchObject({ '@type': 'Organization', name: '武警中队' });
  });

  it('gives search the summary and the metadata words it ranks above the body', () => {
    const report = entryMeta(
      { collection: 'reports', id: 'r', data: { ...common, title: '八一座谈', type: '座谈会', location: '县人武部', tags: ['八一'] } },
      site,
      units,
    );
    expect(report.facets).toMatchObject({ summary: '摘要', terms: ['座谈会', '县人武部', '八一'] });
    const base = entryMeta(
      {
        collection: 'education',
        id: 'e',
        data: { ...common, title: '烈士陵园', kind: '教育基地', address: '城南路 1 号', openHours: '周二至周日' },
      },
      site,
      units,
    );
    expect(base.facets.terms).toEqual(['教育基地', '地址 城南路 1 号', '开放时间 周二至周日']);
  });

  it('gives policies their 对象 and lessons their 学段 as facets, and no thumbnail without a cover', () => {
    const policy = entryMeta(
      { collection: 'policies', id: 'youdaijin', data: { ...common, title: '优待金标准', audience: ['军人家属', '现役军人'] } },
      site,
      units,
    );
    expect(policy.facets).toEqual({
      collection: '政策解读',
      date: '2026-03-06',
      units: ['县双拥办'],
      stages: [],
      audiences: ['军人家属', '现役军人'],
      summary: '摘要',
      terms: [],
    });
    const lesson = entryMeta(
      { collection: 'education', id: 'bayi', data: { ...common, title: '八一的来历', stages: ['小学'] } },
      site,
      units,
    );
    expect(lesson.facets).toMatchObject({ collection: '国防教育', stages: ['小学'], audiences: [] });
    expect(lesson.jsonLd['@type']).toBe('Article');
  });

  it('names the same share image the build draws for the entry', () => {
    const data = { ...common, title: '八一座谈会', gallery: [{ src: 'g1.jpg', alt: '合影' }] };
    expect(entryMeta({ collection: 'reports', id: 'a', data }, site, units).share).toEqual(entryShareImage('reports', 'a', data, site));
  });
});

describe('JSON-LD', () => {
  it('shortens a headline longer than 110 characters', () => {
    const title = '长'.repeat(130);
    const data = articleJsonLd({
      collection: 'plans',
      url: 'u',
      title,
      published: '2026-01-01',
      images: [],
      unitName: '县双拥办',
      publisher: { name: 'p', url: 'u', logo: 'l' },
    });
    expect([...String(data.headline)]).toHaveLength(110);
    expect(String(data.headline).endsWith('…')).toBe(true);
  });

  it('cannot be closed early by the text inside it', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as { headline: string }).headline).toBe('</script><script>alert(1)</script>');
  });
});
