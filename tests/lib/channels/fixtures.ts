/** A small report article in our own words, shared by the channel tests. */
import type { Article } from '../../../src/lib/channels/article.ts';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    collection: 'reports',
    collectionLabel: '活动报道',
    id: '2026-07-29-bayi-weiwen',
    title: '县双拥办八一前夕走访慰问驻县官兵',
    summary: '7月29日，县双拥办走访慰问驻县部队，送去防暑降温物资。',
    url: 'https://shuangyong.example.gov.cn/reports/2026-07-29-bayi-weiwen/',
    date: '2026-07-29',
    updated: '2026-07-30',
    unit: 'xian-shuangyongban',
    unitName: '县双拥办',
    tags: ['八一'],
    author: '李文',
    facts: [
      { label: '活动日期', value: '2026年7月29日' },
      { label: '地点', value: '武警示例县中队' },
    ],
    cover: { url: 'https://shuangyong.example.gov.cn/_astro/cover.abc.jpg', width: 1080, height: 720, alt: '慰问组与官兵合影' },
    before: [],
    body:
      '<h2 id="anpai">慰问安排</h2><p>慰问组<strong>先到执勤点</strong>，再到炊事班，详见<a href="https://www.mva.gov.cn/">退役军人事务部网站</a>和<a href="https://shuangyong.example.gov.cn/policies/x/">本站政策</a>。</p>' +
      '<ul><li>送清凉</li><li>座谈</li></ul><table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>慰问品</td><td>120份</td></tr></tbody></table>' +
      '<p>再看<a href="https://www.mva.gov.cn/">部网站</a>。</p><script>alert(1)</script><style>p{color:red}</style>',
    after: [
      {
        kind: 'photos',
        heading: '现场图片',
        photos: [
          { url: 'https://shuangyong.example.gov.cn/_astro/p1.def.jpg', width: 1080, height: 810, alt: '官兵座谈', caption: '座谈现场' },
        ],
      },
    ],
    ...overrides,
  };
}
