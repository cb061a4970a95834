import { describe, expect, it } from 'vitest';
import {
  NATIONAL_THRESHOLDS,
  displayWidth,
  entryDate,
  formatInspection,
  inspect,
  summarizeInspection,
  textTable,
  type ColumnInput,
  type InspectionInput,
} from '../../src/lib/inspection.ts';
import { siteColumns } from '../../src/lib/inspection-columns.ts';

const column = (label: string, kind: ColumnInput['kind'], dates: unknown[], extra: Partial<ColumnInput> = {}): ColumnInput => ({
  path: `/${label}/`,
  label,
  kind,
  entries: dates.map((date, i) => ({ file: `content/${label}/${i}.mdx`, date })),
  ...extra,
});

const base = (today: string, columns: ColumnInput[], more: Partial<InspectionInput> = {}): InspectionInput => ({
  today,
  columns,
  consult: 'mailto:office@example.gov.cn',
  ...more,
});

describe('entryDate', () => {
  it('reads YAML strings and Dates, and refuses what is not a real date', () => {
    expect(entryDate('2026-08-01')).toBe('2026-08-01');
    expect(entryDate(new Date('2026-08-01T00:00:00Z'))).toBe('2026-08-01');
    expect(entryDate('2026-02-30')).toBeUndefined();
    expect(entryDate(undefined)).toBeUndefined();
    expect(entryDate('八月一日')).toBeUndefined();
  });
});

describe('inspect', () => {
  const columns = () => [column('活动报道', 'news', ['2026-11-01', '2026-10-20']), column('政策解读', 'notice', ['2026-06-01'])];

  it('counts days left per column against the national limits', () => {
    const result = inspect(base('2026-11-10', columns()));
    const news = result.columns.find((c) => c.label === '活动报道')!;
    expect(news).toMatchObject({ latest: '2026-11-01', age: 9, limit: 14, daysLeft: 5, state: 'ok' });
    const notice = result.columns.find((c) => c.label === '政策解读')!;
    expect(notice).toMatchObject({ latest: '2026-06-01', limit: 180, daysLeft: 180 - 162, state: 'ok' });
    expect(result.home).toMatchObject({ latest: '2026-11-01', age: 9, daysLeft: 5, state: 'ok' });
    expect(result.passed).toBe(true);
  });

  it('turns columns stale and fails as today moves forward', () => {
    const soon = inspect(base('2026-11-13', columns()));
    expect(soon.home.state).toBe('soon');
    expect(soon.passed).toBe(true);
    expect(soon.warnings.join('\n')).toContain('首页还有 2 天');

    const late = inspect(base('2026-11-16', columns()));
    expect(late.home).toMatchObject({ age: 15, daysLeft: -1, state: 'stale' });
    expect(late.passed).toBe(false);
    expect(late.failures[0]).toContain('首页已经 15 天没有更新');
    // One stale 动态 column only warns: five are needed to fail.
    expect(late.warnings.join('\n')).toContain('活动报道 超过 14 天未更新');

    const months = inspect(base('2026-12-05', columns()));
    expect(months.columns.find((c) => c.label === '政策解读')!.state).toBe('stale');
    expect(months.failures.join('\n')).toContain('1 个通知公告、政策文件类栏目超过 180 天未更新（政策解读）');
  });

  it('fails at five stale 动态 columns, ten stale columns and five empty ones, and honours site.yaml thresholds', () => {
    const today = '2026-11-30';
    const news = Array.from({ length: 5 }, (_, i) => column(`动态${i + 1}`, 'news', ['2026-11-28', '2026-10-01'].slice(i === 0 ? 0 : 1)));
    const fourStale = inspect(base(today, news));
    expect(fourStale.failures.join('\n')).not.toContain('动态要闻类');
    const fiveStale = inspect(
      base(today, news.map((c) => ({ ...c, entries: c.entries.slice(-1) })).concat(column('首页新闻', 'other', ['2026-11-29']))),
    );
    expect(fiveStale.failures.join('\n')).toContain('5 个动态要闻类栏目超过 14 天未更新');

    const others = Array.from({ length: 10 }, (_, i) => column(`栏目${i}`, 'other', ['2024-01-01']));
    const ten = inspect(base(today, [...others, column('新', 'news', ['2026-11-29'])]));
    expect(ten.failures.join('\n')).toContain('共有 10 个栏目长期未更新');

    const lists = Array.from({ length: 5 }, (_, i) => column(`列表${i}`, 'other', [], { listPage: true }));
    const empty = inspect(base(today, [column('新', 'news', ['2026-11-29']), ...lists]));
    expect(empty.failures.join('\n')).toContain('有 5 个空栏目或空列表页');
    const four = inspect(base(today, [column('新', 'news', ['2026-11-29']), ...lists.slice(1)]));
    expect(four.passed).toBe(true);
    expect(four.warnings.filter((w) => w.includes('没有任何内容'))).toHaveLength(4);

    const relaxed = inspect(base('2026-11-16', columns(), { thresholds: { homeDays: 30, newsDays: 30 } }));
    expect(relaxed.passed).toBe(true);
    expect(relaxed.thresholds).toEqual({ ...NATIONAL_THRESHOLDS, homeDays: 30, newsDays: 30 });
  });

  it('does not count drafts, undated or future entries as updates', () => {
    const result = inspect(
      base('2026-11-10', [
        {
          path: '/r/',
          label: '活动报道',
          kind: 'news',
          entries: [
            { file: 'a.mdx', date: '2026-11-09', draft: true },
            { file: 'b.mdx', date: undefined },
            { file: 'c.mdx', date: '2026-12-01' },
            { file: 'd.mdx', date: '2026-10-01' },
          ],
        },
      ]),
    );
    expect(result.columns[0]).toMatchObject({ latest: '2026-10-01', latestFile: 'd.mdx', entries: 3 });
    expect(result.undated).toEqual(['b.mdx']);
    expect(result.future).toEqual(['c.mdx']);
    expect(result.warnings.join('\n')).toContain('b.mdx 没有写有效的发布日期 date，不算作更新');
    expect(result.passed).toBe(false);
  });

  it('fails without a 咨询建言 channel and on wording errors', () => {
    const fresh = [column('活动报道', 'news', ['2026-11-09'])];
    expect(inspect(base('2026-11-10', fresh, { consult: undefined })).failures.join('\n')).toContain('没有咨询建言渠道');
    const wording = inspect(
      base('2026-11-10', fresh, {
        wording: [
          {
            file: 'content/reports/a.mdx',
            line: 12,
            rule: 'wording',
            severity: 'error',
            message: '第 12 行有错别字：「优扶」。',
            fix: '改成「优抚」。',
          },
        ],
      }),
    );
    expect(wording.passed).toBe(false);
    expect(formatInspection(wording)).toContain('content/reports/a.mdx 第 12 行：有错别字：「优扶」。');
  });
});

describe('the report', () => {
  it('lines up Chinese text in a table', () => {
    expect(displayWidth('政策解读')).toBe(8);
    expect(displayWidth('14 天')).toBe(5);
    const table = textTable(
      ['栏目', '剩余'],
      [
        ['活动报道', '5 天'],
        ['首页', '超期 1 天'],
      ],
      [1],
    ).split('\n');
    expect(table[0]).toBe(`栏目${' '.repeat(11)}剩余`);
    expect(table[2]).toBe(`活动报道${' '.repeat(7)}5 天`);
    expect(table[3]).toBe(`首页${' '.repeat(6)}超期 1 天`);
  });

  it('prints every column with its latest date and days left, and a short summary for the build', () => {
    const result = inspect(base('2026-11-16', [column('活动报道', 'news', ['2026-11-01']), column('政策解读', 'notice', ['2026-06-01'])]));
    const report = formatInspection(result);
    expect(report).toMatch(/活动报道\s+动态要闻类\s+2026-11-01\s+15 天\s+14 天\s+超期 1 天\s+已超期/);
    expect(report).toMatch(/政策解读\s+通知公告、政策文件类\s+2026-06-01\s+168 天\s+180 天\s+12 天\s+正常/);
    expect(report).toContain('网站自查未通过');
    const summary = summarizeInspection(result);
    expect(summary.split('\n')[0]).toBe('网站自查未通过：1 项不合格，请在检查前改正。（今天 2026-11-16）');
    expect(summary).toContain('最早超期的是首页：超期 1 天');
  });
});

describe('siteColumns', () => {
  it('makes one column per collection and the always-generated 国防教育 list pages', () => {
    const columns = siteColumns([
      { collection: 'reports', file: 'r.mdx', data: { date: '2026-11-01' } },
      { collection: 'education', file: 'e.mdx', data: { date: '2026-09-01', kind: '课程', stages: ['初中'] } },
    ]);
    expect(columns.filter((c) => !c.listPage).map((c) => [c.label, c.kind, c.entries.length])).toEqual([
      ['工作计划', 'plan', 0],
      ['活动报道', 'news', 1],
      ['双拥典型', 'other', 0],
      ['政策解读', 'notice', 0],
      ['国防教育', 'other', 1],
    ]);
    const lists = columns.filter((c) => c.listPage);
    expect(lists.map((c) => c.path)).toContain('/education/stage/chuzhong/');
    expect(lists.find((c) => c.path === '/education/stage/chuzhong/')!.entries).toHaveLength(1);
    expect(lists.find((c) => c.path === '/education/kind/jiaoyu-jidi/')!.entries).toHaveLength(0);
  });

  it('dates an entry by its 发布时间 when staff wrote one, else by its own date', () => {
    const columns = siteColumns([
      { collection: 'reports', file: 'a.mdx', data: { date: '2026-10-20', published: '2026-11-03' } },
      { collection: 'reports', file: 'b.mdx', data: { date: '2026-10-25' } },
    ]);
    const reports = columns.find((c) => c.label === '活动报道');
    expect(reports?.entries.map((entry) => entry.date)).toEqual(['2026-11-03', '2026-10-25']);
  });
});
