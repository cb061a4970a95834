import { describe, expect, it } from 'vitest';
import { rssFeed, jsonFeed, FEED_ITEM_LIMIT, type FeedChannel } from '../../../src/lib/channels/feeds.ts';
import { parseRss, jsonFeedErrors } from '../../helpers/feeds.ts';
import { sampleArticle } from './fixtures.ts';

const channel: FeedChannel = {
  title: '示例县双拥宣传站',
  description: '双拥工作动态',
  homeUrl: 'https://shuangyong.example.gov.cn/',
  rssUrl: 'https://shuangyong.example.gov.cn/feeds/all.xml',
  jsonUrl: 'https://shuangyong.example.gov.cn/feeds/all.json',
  host: '示例县双拥办',
};
const policy = sampleArticle({
  collection: 'policies',
  collectionLabel: '政策解读',
  id: 'youdaijin',
  url: 'https://shuangyong.example.gov.cn/policies/youdaijin/',
  title: '义务兵家庭优待金标准 & 发放',
  date: '2026-03-01',
  updated: undefined,
  cover: undefined,
  body: '<p>正文含 ]]> 和控制字符\u0001。</p>',
  after: [],
  gov: { issuer: '示例县人民政府', validity: '现行有效', published: '2026-03-01' },
});

describe('rssFeed', () => {
  const { channel: parsed, items } = parseRss(rssFeed(channel, [sampleArticle(), policy]));

  it('is well-formed RSS 2.0 with the channel fields', () => {
    expect(parsed.title).toBe('示例县双拥宣传站');
    expect(parsed.language).toBe('zh-CN');
    expect(parsed.lastBuildDate).toBe('Thu, 30 Jul 2026 00:00:00 +0800'); // the newest update, not the build time
  });

  it('gives every item title, link, guid, date and the full article, newest first', () => {
    expect(items.map((item) => item.title)).toEqual(['县双拥办八一前夕走访慰问驻县官兵', '义务兵家庭优待金标准 & 发放']);
    const [report, law] = items;
    expect(report!.link).toBe('https://shuangyong.example.gov.cn/reports/2026-07-29-bayi-weiwen/');
    expect(report!.guid).toBe(report!.link);
    expect(report!.pubDate).toBe('Wed, 29 Jul 2026 00:00:00 +0800');
    expect(report!['dcterms:modified']).toBe('2026-07-30T00:00:00+08:00');
    expect(report!['content:encoded']).toContain('<h2 id="anpai">慰问安排</h2>');
    expect(report!['content:encoded']).toContain('https://shuangyong.example.gov.cn/_astro/cover.abc.jpg');
    expect(report!.category).toEqual(['活动报道', '八一']);
    // CDATA's end marker and characters XML forbids cannot break the document.
    expect(law!['content:encoded']).toContain('正文含 ]]> 和控制字符。');
  });

  it('carries the 政务公开 fields in their own namespace', () => {
    const law = items[1]!;
    expect(law['zwgk:issuer']).toBe('示例县人民政府');
    expect(law['zwgk:validity']).toBe('现行有效');
    expect(items[0]!['zwgk:issuer']).toBeUndefined();
  });

  it(`keeps the newest ${FEED_ITEM_LIMIT} items`, () => {
    const many = Array.from({ length: FEED_ITEM_LIMIT + 5 }, (_, i) =>
      sampleArticle({
        id: `r${i}`,
        url: `https://shuangyong.example.gov.cn/reports/r${i}/`,
        date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    expect(parseRss(rssFeed(channel, many)).items).toHaveLength(FEED_ITEM_LIMIT);
  });
});

describe('jsonFeed', () => {
  const feed = jsonFeed(channel, [policy, sampleArticle()]);

  it('passes the JSON Feed 1.1 schema', () => {
    expect(jsonFeedErrors(feed)).toEqual([]);
  });

  it('the schema is not a rubber stamp', () => {
    expect(jsonFeedErrors({ ...feed, version: 'https://jsonfeed.org/version/1' }).length).toBeGreaterThan(0);
    expect(jsonFeedErrors({ ...feed, items: [{ id: 'x' }] }).join()).toMatch(/content_html|anyOf/);
    expect(jsonFeedErrors({ ...feed, custom: 1 }).length).toBeGreaterThan(0);
    expect(jsonFeedErrors({ ...feed, items: [{ ...feed.items[0], date_published: '2026-03-01' }] }).join()).toContain('date-time');
  });

  it('items have stable ids, +08:00 times, absolute images and the 政务公开 extension', () => {
    const [report, law] = feed.items;
    expect(report!.id).toBe('https://shuangyong.example.gov.cn/reports/2026-07-29-bayi-weiwen/');
    expect(report!.date_published).toBe('2026-07-29T00:00:00+08:00');
    expect(report!.image).toBe('https://shuangyong.example.gov.cn/_astro/cover.abc.jpg');
    expect(report!._shuangyong.images.map((image) => image.url)).toEqual([
      'https://shuangyong.example.gov.cn/_astro/cover.abc.jpg',
      'https://shuangyong.example.gov.cn/_astro/p1.def.jpg',
    ]);
    expect(law!._zwgk).toEqual({
      issuer: '示例县人民政府',
      issuer_label: '发文机关',
      published: '2026-03-01',
      published_label: '发布日期',
      validity: '现行有效',
      validity_label: '有效性',
    });
  });
});
