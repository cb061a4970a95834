import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedsDir as sharedSeeds } from '../helpers/paths.ts';
import { loadMdxCompiler } from '../helpers/mdx.ts';
import { z } from 'astro/zod';
import { PERIOD_PATTERN, planSchema } from '../../src/model/index.ts';
import { lintContentText } from '../../src/lib/content-lint.ts';
import {
  chineseNumber,
  escapeMdx,
  findSchedules,
  formatWarning,
  importPlan,
  importPlans,
  parseSchedule,
  splitPlanText,
  type ImportWarning,
  type PlanImport,
  type PlanImportOptions,
} from '../../src/lib/plan-import.ts';
import { frontmatterData as parseFrontmatter } from '../../src/content-layer/source.ts';
import type { ObservanceLike } from '../../src/lib/observances.ts';
import { parse as parseYaml } from 'yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = sharedSeeds;
const hasSeeds = existsSync(resolve(seedsDir, 'county-implementation-plans.txt'));
if (!hasSeeds) console.warn(`跳过种子文件测试：找不到 ${seedsDir}（../shared/seeds 不在这台机器上）`);
const seed = (name: string) => readFileSync(resolve(seedsDir, name), 'utf8');

const observances = parseYaml(readFileSync(resolve(repoRoot, 'content/observances.yaml'), 'utf8')) as ObservanceLike[];
const options: PlanImportOptions = {
  date: '2026-03-01',
  unit: 'xian-shuangyongban',
  fallbackYear: 2026,
  source: 'plan.txt',
  observances,
  ownNames: ['示例县', '示例镇'],
};
const schema = planSchema(() => z.string());

const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
/** Compare text ignoring whitespace, punctuation, Markdown marks and escapes. */
const norm = (text: string) => text.replace(/[\s\\#*>]/g, '').replace(/[\p{P}\p{S}]/gu, '');

/** Every non-empty input line is in a title, a body, or a warning's quoted text. */
function expectNothingLost(input: string, plans: PlanImport[], extra: ImportWarning[] = []) {
  const bodies = plans.map((plan) => norm(bodyOf(plan.mdx))).join('|');
  const titles = plans.map((plan) => norm(plan.title));
  const quoted = [...extra, ...plans.flatMap((plan) => plan.warnings)].map((warning) => norm(warning.text ?? ''));
  const lost = input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => norm(line) !== '')
    .filter((line) => {
      const n = norm(line);
      return !bodies.includes(n) && !titles.includes(n) && !quoted.includes(n);
    });
  expect(lost).toEqual([]);
}

function expectValidPlan(plan: PlanImport) {
  const data = parseFrontmatter(plan.mdx);
  const parsed = schema.safeParse(data);
  expect(parsed.success, `${plan.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
  expect(data).toMatchObject({ title: plan.frontmatter.title, year: plan.frontmatter.year, kind: plan.frontmatter.kind });
  for (const task of plan.frontmatter.tasks) expect(task.when).toMatch(PERIOD_PATTERN);
}

async function expectCompiles(plans: PlanImport[]) {
  const compile = loadMdxCompiler();
  for (const plan of plans) await expect(compile(bodyOf(plan.mdx)), plan.title).resolves.toBeDefined();
}

describe('schedules', () => {
  const cases: [string, string][] = [
    ['1—3月', '2026-01~2026-03'],
    ['20xx年 4—6 月：', '2026-04~2026-06'],
    ['7-9月', '2026-07~2026-09'],
    ['三至五月', '2026-03~2026-05'],
    ['三、四月份', '2026-03~2026-04'],
    ['一季度', '2026-Q1'],
    ['第二季度', '2026-Q2'],
    ['2027年第三季度', '2027-Q3'],
    ['一、二季度', '2026-01~2026-06'],
    ['五月份', '2026-05'],
    ['六月份', '2026-06'],
    ['十二月', '2026-12'],
    ['8月1日前后', '2026-08'],
    ['上半年', '2026-01~2026-06'],
    ['下半年', '2026-07~2026-12'],
    ['全年', '2026-01~2026-12'],
    ['年内', '2026-01~2026-12'],
    ['年底前', '2026-12'],
  ];
  it.each(cases)('%s → %s', (text, when) => {
    expect(parseSchedule(`在${text}完成`, 2026)).toBe(when);
    expect(when).toMatch(PERIOD_PATTERN);
  });
  it('does not take durations, recurring work or impossible times for a period', () => {
    expect(parseSchedule('三个月内完成', 2026)).toBeNull();
    expect(parseSchedule('两年内完成', 2026)).toBeNull();
    const recurring = findSchedules('每季度召开一次例会，上下半年各一次', 2026);
    expect(recurring.schedules).toEqual([]);
    expect(recurring.recurring).toEqual(['每季度', '上下半年']);
    expect(findSchedules('10—2月', 2026).problems).toEqual(['10—2月']);
    expect(findSchedules('第五季度', 2026).problems).toEqual(['第五季度']);
    expect(findSchedules('13月', 2026).problems).toEqual(['13月']);
  });
  it('finds several schedules in order', () => {
    expect(findSchedules('上半年筹备，第三季度实施，年底前总结', 2026).schedules.map((s) => s.when)).toEqual([
      '2026-01~2026-06',
      '2026-Q3',
      '2026-12',
    ]);
  });
  it('reads Chinese numbers', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十一'), chineseNumber('二十三'), chineseNumber('12')]).toEqual([
      1, 10, 11, 23, 12,
    ]);
    expect(chineseNumber('百')).toBeNaN();
  });
});

describe('escapeMdx', () => {
  it('keeps text literal in MDX', () => {
    expect(escapeMdx('a{b}<c>')).toBe('a\\{b\\}\\<c\\>');
    expect(escapeMdx('1~3月')).toBe('1\\~3月');
    expect(escapeMdx('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMdx('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMdx('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeMdx('1、保持原样')).toBe('1、保持原样');
  });
});

// A small plan written for these tests (not taken from any real document).
const SAMPLE = [
  '2026年示例镇双拥工作计划',
  '为做好今年双拥工作，结合本镇实际，制定本计划。',
  '一、工作目标',
  '1、建成镇村两级双拥服务网络。',
  '2、优抚对象走访慰问全覆盖。',
  '二、主要任务',
  '（一）春节慰问',
  '第一季度：走访慰问驻镇部队和重点优抚对象。',
  '（二）征兵宣传。五月份开展征兵宣传进校园活动。',
  '（三）八一座谈',
  '1.组织军地座谈会。七月下旬召开，地点在镇政府。',
  '2.上半年完成光荣牌悬挂复查，下半年开展回头看。',
  '三、工作要求',
  '各村{社区}要在年底前报送总结；每季度报送一次信息。',
  '10—2月的冬季慰问另行安排。',
].join('\n');

describe('importPlan on a small plan', () => {
  const plan = importPlan(SAMPLE, options);
  it('takes title, year and kind from the text', () => {
    expect(plan.title).toBe('2026年示例镇双拥工作计划');
    expect(plan.frontmatter.year).toBe(2026);
    expect(plan.yearConfirmed).toBe(true);
    expect(plan.frontmatter.kind).toBe('工作计划');
    expect(plan.slug).toMatch(/^2026-/);
    expect(plan.mdx).toMatch(/^year: 2026$/m);
  });
  it('turns headings into sections and keeps paragraphs', () => {
    const body = bodyOf(plan.mdx);
    expect(body).toContain('\n## 一、工作目标\n');
    expect(body).toContain('\n### （一）春节慰问\n');
    expect(body).toContain('\n### （二）征兵宣传\n\n五月份开展征兵宣传进校园活动。\n');
    expect(body).toContain('\n#### 1.组织军地座谈会\n\n七月下旬召开，地点在镇政府。\n');
    expect(body).toContain('各村\\{社区\\}要在年底前报送总结');
  });
  it('takes goals from the 目标 section', () => {
    expect(plan.frontmatter.goals).toEqual(['建成镇村两级双拥服务网络', '优抚对象走访慰问全覆盖']);
  });
  it('makes tasks t01… from the schedules', () => {
    expect(plan.frontmatter.tasks).toEqual([
      { id: 't01', title: '走访慰问驻镇部队和重点优抚对象', when: '2026-Q1' },
      { id: 't02', title: '开展征兵宣传进校园活动', when: '2026-05' },
      { id: 't03', title: '组织军地座谈会', when: '2026-07' },
      { id: 't04', title: '完成光荣牌悬挂复查', when: '2026-01~2026-06' },
      { id: 't05', title: '开展回头看', when: '2026-07~2026-12' },
      { id: 't06', title: '各村{社区}要在年底前报送总结', when: '2026-12' },
    ]);
  });
  it('reports what it could not place instead of dropping it', () => {
    const messages = plan.warnings.map(formatWarning).join('\n');
    expect(messages).toContain('原文第15行：时间“10—2月”看不懂');
  });
  it('is a valid plan that compiles, and the content check only asks to confirm the summary', async () => {
    expectValidPlan(plan);
    await expectCompiles([plan]);
    expect(lintContentText(plan.mdx, 'plans/x.mdx').map((finding) => `${finding.rule}:${finding.field}`)).toEqual(['unconfirmed:summary']);
    expectNothingLost(SAMPLE, [plan]);
  });
  it('uses --year and --title and marks a guessed unit', () => {
    const other = importPlan(SAMPLE, { ...options, year: 2027, title: '新标题', unitGuessed: true });
    expect(other.frontmatter.year).toBe(2027);
    expect(other.title).toBe('新标题');
    expect(other.warnings.map((warning) => warning.message).join('\n')).toContain('原文写的是 2026 年');
    expect(other.mdx).toMatch(/^unit: xian-shuangyongban {2}# 待确认：/m);
    expectNothingLost(SAMPLE, [other]);
  });
  it('marks the year 待确认 when the text has none', () => {
    const noYear = importPlan(SAMPLE.replace('2026年', ''), options);
    expect(noYear.yearConfirmed).toBe(false);
    expect(noYear.mdx).toMatch(/^year: 2026 {2}# 待确认：原文未写明年份/m);
    expect(noYear.warnings.some((warning) => warning.kind === 'year')).toBe(true);
    expect(lintContentText(noYear.mdx, 'x.mdx').some((finding) => finding.field === 'year' && finding.rule === 'unconfirmed')).toBe(true);
  });
});

describe.skipIf(!hasSeeds)('seed: county-experience-and-suggestions.txt', () => {
  const text = hasSeeds ? seed('county-experience-and-suggestions.txt') : '';
  const plan = hasSeeds ? importPlan(text, options) : undefined!;
  it('drops the web preview line with a warning', () => {
    expect(plan.warnings[0]).toMatchObject({ kind: 'dropped', line: 1 });
  });
  it('keeps headings as sections', () => {
    expect(plan.title).toBe(text.split('\n')[1]!.trim());
    expect(plan.frontmatter.kind).toBe('工作总结');
    const body = bodyOf(plan.mdx);
    expect(body.match(/^## /gm)?.length).toBe(2);
    expect(body).toMatch(/^## 一、\S+/m);
    expect(body).toMatch(/^## 二、\S+/m);
    expect(body.match(/^### （[一二三]）/gm)?.length).toBe(3);
    expect(body.match(/^#### \d\./gm)?.length).toBeGreaterThanOrEqual(5);
  });
  it('flags the missing year', () => {
    expect(plan.yearConfirmed).toBe(false);
    expect(plan.mdx).toMatch(/^year: 2026 {2}# 待确认：/m);
  });
  it('loses nothing and is a valid plan', async () => {
    expectNothingLost(text, [plan]);
    expectValidPlan(plan);
    await expectCompiles([plan]);
  });
});

describe.skipIf(!hasSeeds)('seed: county-implementation-plans.txt', () => {
  const text = hasSeeds ? seed('county-implementation-plans.txt') : '';

  it('finds the eleven 篇', () => {
    const { parts } = splitPlanText(text);
    expect(parts.map((part) => part.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  describe('imported whole', () => {
    const plan = hasSeeds ? importPlan(text, options) : undefined!;
    it('warns that it holds eleven plans and suggests --split', () => {
      expect(plan.warnings.find((warning) => warning.kind === 'split')?.message).toMatch(/11 篇.*--split/);
      expect(bodyOf(plan.mdx).match(/^## .*（篇[一二三四五六七八九十]+）$/gm)).toHaveLength(11);
    });
    it('flags the 20xx year and the template text, and says the check will block it', () => {
      expect(plan.yearConfirmed).toBe(false);
      expect(plan.mdx).toMatch(/^year: 2026 {2}# 待确认：原文只写了“20xx”年/m);
      expect(plan.warnings.find((warning) => warning.kind === 'year')?.message).toContain('20xx');
      const template = plan.warnings.find((warning) => warning.kind === 'template')!;
      expect(template.message).toContain('npm run check:content 会报错');
      expect(template.message).toContain('20xx');
    });
    it('loses nothing and is a valid plan', async () => {
      expectNothingLost(text, [plan]);
      expectValidPlan(plan);
      await expectCompiles([plan]);
    });
  });

  describe('imported with --split', () => {
    const { plans, warnings } = hasSeeds ? importPlans(text, options) : { plans: [], warnings: [] };
    it('makes eleven plans with distinct file names', () => {
      expect(plans).toHaveLength(11);
      expect(new Set(plans.map((plan) => plan.slug)).size).toBe(11);
      expect(plans[0]!.title).toMatch(/（篇一）$/);
      expect(plans.every((plan) => plan.frontmatter.kind === '实施方案')).toBe(true);
    });
    it('turns the quarterly schedule into tasks with quarter-month periods', () => {
      const quarterly = plans[5]!;
      expect(quarterly.title).toMatch(/篇六/);
      const whens = quarterly.frontmatter.tasks.map((task) => task.when);
      const quarters = ['2026-01~2026-03', '2026-04~2026-06', '2026-07~2026-09', '2026-10~2026-12'];
      expect(whens.filter((when) => quarters.includes(when))).toEqual(quarters);
      // The festivals inside the quarters are tasks of their own: 春节前夕 in February, 建军节前夕 in July–August.
      expect(quarterly.frontmatter.tasks.find((task) => task.title.includes('春节前夕'))?.when).toBe('2026-02');
      expect(quarterly.frontmatter.tasks.find((task) => task.title.includes('建军节前夕'))?.when).toBe('2026-07~2026-08');
      expect(quarterly.frontmatter.tasks.map((task) => task.id)).toEqual(
        quarterly.frontmatter.tasks.map((_, index) => `t${String(index + 1).padStart(2, '0')}`),
      );
      for (const task of quarterly.frontmatter.tasks) expect(task.title.length).toBeGreaterThan(4);
      expect(quarterly.frontmatter.goals).toHaveLength(3);
      expect(bodyOf(quarterly.mdx)).toMatch(/^## 一、20xx年 1—3 月$/m);
    });
    it('flags 20xx in every plan that uses it', () => {
      const with20xx = plans.filter((plan) => /20xx/.test(bodyOf(plan.mdx)));
      expect(with20xx.length).toBeGreaterThan(3);
      for (const plan of with20xx) {
        expect(plan.yearConfirmed).toBe(false);
        expect(plan.warnings.some((warning) => warning.kind === 'year' && warning.message.includes('20xx'))).toBe(true);
        expect(plan.warnings.some((warning) => warning.kind === 'template')).toBe(true);
      }
    });
    it('keeps the headings of each plan as sections', () => {
      const fourth = plans[3]!;
      expect(bodyOf(fourth.mdx)).toMatch(/^### （一）加强组织领导$/m);
      const tenth = plans[9]!;
      expect(bodyOf(tenth.mdx).match(/^## [一二三四五六七八]、/gm)).toHaveLength(8);
    });
    it('reports the web boilerplate it left out and loses nothing', async () => {
      expect(warnings.filter((warning) => warning.kind === 'dropped').map((warning) => warning.line)).toEqual([1, 2]);
      expectNothingLost(text, plans, warnings);
      for (const plan of plans) expectValidPlan(plan);
      await expectCompiles(plans);
    });
    it('with --title names the series and still loses nothing', () => {
      const titled = importPlans(text, { ...options, title: '社区双拥方案' });
      expect(titled.plans.map((plan) => plan.title).slice(0, 2)).toEqual(['社区双拥方案（篇一）', '社区双拥方案（篇二）']);
      expect(new Set(titled.plans.map((plan) => plan.slug)).size).toBe(11);
      expectNothingLost(text, titled.plans, titled.warnings);
    });
    it('with --year uses that year but still warns about 20xx in the text', () => {
      const withYear = importPlans(text, { ...options, year: 2026 }).plans[5]!;
      expect(withYear.yearConfirmed).toBe(true);
      expect(withYear.mdx).toMatch(/^year: 2026$/m);
      expect(withYear.warnings.some((warning) => warning.kind === 'year' && warning.message.includes('20xx'))).toBe(true);
    });
  });
});

describe('festival and observance schedules (through content/observances.yaml)', () => {
  const when = (text: string, year = 2026) => findSchedules(text, year, observances).schedules.map((schedule) => schedule.when);
  it('春节前 is the month or months of the two weeks before that year’s 春节', () => {
    expect(when('春节前走访慰问', 2025)).toEqual(['2025-01']); // 2025-01-29
    expect(when('春节前走访慰问', 2026)).toEqual(['2026-02']); // 2026-02-17
    expect(when('春节前走访慰问', 2027)).toEqual(['2027-01~2027-02']); // 2027-02-06
  });
  it('“八一”期间 and “八一”前夕 are July–August; a bare 八一 is August', () => {
    for (const year of [2025, 2026, 2030]) {
      expect(when('“八一”期间召开座谈会', year)).toEqual([`${year}-07~${year}-08`]);
      expect(when('“八一”前夕慰问', year)).toEqual([`${year}-07~${year}-08`]);
      expect(when('“八一”慰问', year)).toEqual([`${year}-08`]);
    }
  });
  it('清明 is April, 重阳 the month of 九月初九, 全民国防教育日 September', () => {
    for (const year of [2024, 2025, 2026, 2027]) {
      expect(when('清明节前后组织祭扫', year)).toEqual([`${year}-04`]);
      expect(when('全民国防教育日举行升旗仪式', year)).toEqual([`${year}-09`]);
    }
    expect(when('重阳节慰问老军人', 2025)).toEqual(['2025-10']); // 2025-10-29
    expect(when('重阳节慰问老军人', 2026)).toEqual(['2026-10']); // 2026-10-18
    expect(when('重阳节慰问老军人', 2027)).toEqual(['2027-10']); // 2027-10-08
    expect(when('9月第三个星期六开展国防教育', 2026)).toEqual(['2026-09']);
  });
  it('a list of festivals gives one period each, sharing the word after the last', () => {
    expect(when('元旦、春节、“八一”期间走访')).toEqual(['2026-01', '2026-02', '2026-07~2026-08']);
    expect(when('在元旦前与部队联谊')).toEqual(['2026-12']);
    expect(when('元旦春节期间走访慰问')).toEqual(['2026-01', '2026-02']);
    expect(when('“两节”期间走访慰问')).toEqual(['2026-01', '2026-02']);
    expect(when('中秋、国庆“双节”前夕慰问执勤官兵')).toEqual(['2026-09', '2026-09~2026-10']);
  });
});

describe('one task per schedule clause', () => {
  const plan = (lines: string[]) => importPlan(['2026年示例县双拥工作计划', ...lines].join('\n'), options);
  it('splits a paragraph of several months into one task each', () => {
    const { frontmatter } = plan([
      '一、主要任务',
      '五月份开展征兵宣传；六月份组织民兵训练；七月份走访慰问驻县部队；八月份召开军地座谈会。',
    ]);
    expect(frontmatter.tasks.map((task) => [task.when, task.title])).toEqual([
      ['2026-05', '开展征兵宣传'],
      ['2026-06', '组织民兵训练'],
      ['2026-07', '走访慰问驻县部队'],
      ['2026-08', '召开军地座谈会'],
    ]);
  });
  it('never reads a list number as a date and strips it from the title', () => {
    const { frontmatter } = plan(['一、主要任务', '4、第一季度完成优待金发放。', '10、12月底前完成年度总结。']);
    expect(frontmatter.tasks.map((task) => [task.when, task.title])).toEqual([
      ['2026-Q1', '完成优待金发放'],
      ['2026-12', '完成年度总结'],
    ]);
  });
  it('joins hard-wrapped lines before reading them', () => {
    const imported = plan([
      '一、主要任务',
      '1、县领导带队走访慰问驻县部队和重点优抚对象，',
      '送去慰问金和慰问品，时间安排在7月25日',
      '前后。',
      '2、九月份组织新兵欢送。',
    ]);
    expect(imported.frontmatter.tasks.map((task) => task.when)).toEqual(['2026-07', '2026-09']);
    expect(bodyOf(imported.mdx)).toContain('县领导带队走访慰问驻县部队和重点优抚对象，送去慰问金和慰问品，时间安排在7月25日前后。');
  });
  it('takes no tasks from a 总结’s past, a lead-in or a 目标 section, and says so for each line', () => {
    const imported = importPlan(
      [
        '示例县2025年双拥工作总结和2026年工作打算',
        '一、2025年工作回顾',
        '8月1日前后召开了军地座谈会，春节前走访慰问了驻县部队。',
        '二、工作目标',
        '全年实现优抚对象走访全覆盖。',
        '三、2026年工作打算',
        '全年重点开展以下几项工作：',
        '（一）春节前走访慰问驻县部队。',
        '（二）春节前走访慰问驻县部队。',
        '1959年8月曾在此举办庆功会。',
      ].join('\n'),
      options,
    );
    expect(imported.frontmatter.tasks).toEqual([{ id: 't01', title: '春节前走访慰问驻县部队', when: '2026-02' }]);
    const byLine = (line: number) => imported.warnings.filter((warning) => warning.line === line).map((warning) => warning.kind);
    expect(byLine(3)).toContain('past');
    expect(byLine(5)).toContain('schedule');
    expect(byLine(7)).toContain('schedule');
    expect(byLine(9)).toContain('duplicate');
    expect(byLine(10)).toContain('past');
  });
  it('flags other places’ names and named people, but not the site’s own', () => {
    const imported = plan(['一、主要任务', '参照高山县的做法，由县委常务副书记王建国同志带队，五月份到示例县各乡镇开展检查。']);
    const names = imported.warnings.find((warning) => warning.kind === 'names')!.message;
    expect(names).toContain('高山县');
    expect(names).toContain('王建国');
    expect(names).not.toContain('示例县');
  });
  it('flags 20**年 and **社区 placeholders so the check refuses the plan', () => {
    const imported = importPlan('20**年双拥工作计划\n一、主要任务\n五月份到**社区开展慰问。', options);
    const findings = lintContentText(imported.mdx, 'plans/x.mdx').filter((finding) => finding.rule === 'placeholder');
    expect(findings.map((finding) => finding.message).join('')).toMatch(/20\*\*年[\s\S]*\*\*社区/);
  });
});

describe.skipIf(!hasSeeds)('no silent drops on the seeds', () => {
  const TIME =
    /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|季度|[上下]半年|年底|全年|年内|春节|元旦|八一|建军节|清明|重阳|中秋|国庆|前夕|期间/;
  const squash = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');
  it.each(['county-implementation-plans.txt', 'county-experience-and-suggestions.txt'])(
    'every line of %s with a time is in a task or in 需要注意',
    (name) => {
      const text = seed(name);
      const { plans, warnings } = importPlans(text, { ...options, year: 2026 });
      const all = [...warnings, ...plans.flatMap((plan) => plan.warnings)];
      const titles = plans.flatMap((plan) => plan.frontmatter.tasks.map((task) => squash(task.title)));
      const silent = text
        .split(/\r?\n/)
        .map((line, index) => ({ no: index + 1, text: line.trim() }))
        .filter((line) => TIME.test(line.text))
        .filter((line) => !all.some((warning) => warning.line === line.no))
        .filter((line) => !titles.some((title) => title.length >= 4 && squash(line.text).includes(title.slice(0, 12))));
      expect(silent).toEqual([]);
    },
  );
});
