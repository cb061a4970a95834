import { describe, expect, it } from 'vitest';
import { entryArticle, type EntryArticleInput } from '../../../src/lib/channels/entry-article.ts';
import { articleHtml } from '../../../src/lib/channels/article.ts';

const names = {
  units: new Map([
    ['xian-shuangyongban', '示例县双拥办'],
    ['wujing', '武警示例县中队'],
  ]),
  observances: new Map([['bayi', '八一建军节']]),
  entries: new Map([
    ['plans/2026-jihua', '示例县2026年双拥工作计划'],
    ['policies/youdaijin', '义务兵家庭优待金标准'],
    ['policies/jiu', '旧标准'],
  ]),
};
const base = { title: '标题', summary: '摘要', date: '2026-03-01', unit: 'xian-shuangyongban', tags: [] };
const input = (over: Partial<EntryArticleInput>): EntryArticleInput => ({
  collection: 'reports',
  id: 'x',
  data: base,
  gallery: [],
  body: '<p>正文</p>',
  baseUrl: 'https://s.example.gov.cn/',
  today: '2026-08-15',
  names,
  ...over,
});

describe('entryArticle', () => {
  it('a report names its date, place, units, 纪念日 and plan', () => {
    const article = entryArticle(
      input({
        data: {
          ...base,
          type: '走访慰问',
          location: '营区',
          units: ['xian-shuangyongban', 'wujing'],
          observance: 'bayi',
          plan: '2026-jihua',
        },
      }),
    );
    expect(article.facts).toEqual([
      { label: '活动类型', value: '走访慰问' },
      { label: '活动日期', value: '2026年3月1日' },
      { label: '活动地点', value: '营区' },
      { label: '参与单位', value: '示例县双拥办、武警示例县中队' },
      { label: '纪念日', value: '八一建军节' },
      { label: '落实计划', value: '示例县2026年双拥工作计划' },
    ]);
    expect(article.url).toBe('https://s.example.gov.cn/reports/x/');
    expect(article.unitName).toBe('示例县双拥办');
    expect(article.gov).toBeUndefined();
  });

  it('a policy carries its 标准 table, basis, FAQ, 有效性 and 政务公开 fields', () => {
    const article = entryArticle(
      input({
        collection: 'policies',
        id: 'youdaijin',
        supersedes: ['旧标准'],
        data: {
          ...base,
          category: '抚恤优待',
          audience: ['军人家属'],
          effective: '2026-01-01',
          expires: '2026-06-30',
          standards: [{ item: '优待金', amount: 12000, unit: '元/年' }],
          basis: [{ name: '《军人抚恤优待条例》', article: '第三十条' }],
          faq: [{ q: '何时发？', a: '八一前。' }],
          docNo: '示政发〔2026〕3号',
        },
      }),
    );
    expect(article.facts.find((f) => f.label === '状态')?.value).toBe('已失效');
    expect(article.before).toEqual([
      { kind: 'notice', lines: ['本政策已失效（2026年6月30日起不再执行），内容仅供查阅。'] },
      { kind: 'table', heading: '标准', columns: ['项目', '标准'], rows: [['优待金', '12,000 元/年']], whole: [1] },
    ]);
    expect(article.gov).toEqual({
      issuer: '示例县双拥办',
      docNo: '示政发〔2026〕3号',
      published: '2026-03-01',
      validity: '已失效',
      effective: '2026-01-01',
      expires: '2026-06-30',
    });
    const html = articleHtml(article);
    expect(html).toContain('<li>《军人抚恤优待条例》 第三十条</li>');
    expect(html).toContain('<h3>何时发？</h3>');
    // The amount and its unit stay on one line, also once pasted into the 公众号 editor (inline style).
    expect(html).toContain('<td style="white-space: nowrap">12,000 元/年</td>');
    expect(html).toContain('本政策取代了：旧标准');
  });

  it('a lesson lists its objectives, quiz with answers and related policies with their addresses', () => {
    const article = entryArticle(
      input({
        collection: 'education',
        id: 'ke',
        data: {
          ...base,
          kind: '课程',
          stages: ['初中'],
          objectives: ['认识国防'],
          quiz: [{ q: '建军节是哪天？（单选）', options: ['8月1日', '10月1日'], answer: '8月1日' }],
          related: ['youdaijin', 'missing'],
        },
      }),
    );
    const headings = article.after.map((b) => ('heading' in b ? b.heading : b.kind));
    expect(headings).toEqual(['教学目标', '测一测', '参考答案', '相关政策']);
    const html = articleHtml(article);
    expect(html).toContain('建军节是哪天？（单选）　A. 8月1日　B. 10月1日');
    expect(html).toContain('<ol><li>A</li></ol>');
    expect(html).toContain('义务兵家庭优待金标准（https://s.example.gov.cn/policies/youdaijin/）');
  });

  it('a plan lists its goals and tasks with their lead units', () => {
    const article = entryArticle(
      input({
        collection: 'plans',
        id: 'p',
        data: {
          ...base,
          kind: '工作计划',
          year: 2026,
          goals: ['创建模范县'],
          tasks: [{ id: 't1', title: '春节慰问', when: '2026-01', owner: 'wujing' }],
        },
      }),
    );
    expect(article.after).toContainEqual({
      kind: 'table',
      heading: '工作任务',
      columns: ['任务', '时间', '牵头单位'],
      rows: [['春节慰问', '2026-01', '武警示例县中队']],
    });
  });
});
