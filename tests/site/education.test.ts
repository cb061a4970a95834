/**
 * 国防教育 pages, read from built HTML: the education fixture (built once in global setup with "today" a few weeks
 * before 全民国防教育日), the basic fixture (today 2026-08-15, before the window) and the demo.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { page, routeExists, routeFile, text } from '../helpers/html.ts';
import { EDUCATION_SITE as SITE } from '../global-setup.ts';
import { must } from '../helpers/must.ts';

const STAGE_ROUTES = ['/education/stage/xiaoxue/', '/education/stage/chuzhong/', '/education/stage/gaozhong/', '/education/stage/quanmin/'];
const KIND_ROUTES = [
  '/education/kind/kecheng/',
  '/education/kind/huodong-fangan/',
  '/education/kind/zhishi-jingsai/',
  '/education/kind/jiaoyu-jidi/',
];

const html = (route: string, site = SITE) => readFileSync(routeFile(site, route), 'utf8');
const hrefs = (route: string, selector: string, site = SITE) =>
  page(site, route)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href'));
/** A <dl> as "term: value" lines. */
const facts = (route: string) =>
  page(SITE, route)
    .querySelectorAll('dl.edu-facts dt')
    .map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);

describe('routes', () => {
  it.each([
    ...STAGE_ROUTES,
    ...KIND_ROUTES,
    '/education/',
    '/education/chuzhong-ke/',
    '/education/ceshi-jingsai/',
    '/education/ceshi-jidi/',
  ])('%s is built', (route) => {
    expect(routeExists(SITE, route)).toBe(true);
  });
});

describe('/education/', () => {
  it('enters by 学段 and by kind, with counts', () => {
    expect(hrefs('/education/', 'main .edu-tiles a')).toEqual([...STAGE_ROUTES, ...KIND_ROUTES]);
    const tiles = page(SITE, '/education/').querySelectorAll('main .edu-tiles a').map(text);
    expect(tiles[1]).toBe('初中七至九年级 · 3 项');
    expect(tiles[7]).toContain('教育基地');
  });

  it('features 全民国防教育日 in the weeks before it, with what to use for it', () => {
    const banner = page(SITE, '/education/').querySelector('[data-featured-observance="guofang-jiaoyu-ri"]');
    expect(banner).not.toBeNull();
    expect(text(banner!.querySelector('h2'))).toBe('全民国防教育日：2026年9月19日 星期六');
    const links = banner!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/education/guofangri-fangan/', '/education/kind/zhishi-jingsai/']);
  });

  it('does not feature it outside the window (basic fixture, today 2026-08-15)', () => {
    expect(html('/education/', 'basic')).not.toContain('data-featured-observance');
    expect(hrefs('/education/', 'main .edu-tiles a', 'basic')).toContain('/education/stage/chuzhong/');
  });
});

describe('学段 and kind pages', () => {
  it('初中 lists its lesson, quiz and base, and not the 小学 lesson', () => {
    const chuzhong = page(SITE, '/education/stage/chuzhong/');
    expect(text(chuzhong.querySelector('h1'))).toBe('初中国防教育');
    expect(chuzhong.querySelectorAll('main section h2').map(text)).toEqual(['课程', '知识竞赛', '教育基地']);
    const links = chuzhong.querySelectorAll('main .card h3 a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/education/chuzhong-ke/', '/education/ceshi-jingsai/', '/education/ceshi-jidi/']);
    expect(chuzhong.querySelector('nav[aria-label="按学段"] a[aria-current="page"]')?.getAttribute('href')).toBe(
      '/education/stage/chuzhong/',
    );
  });

  it('an empty 学段 still has a page that says so', () => {
    expect(text(page(SITE, '/education/stage/gaozhong/').querySelector('main'))).toContain('知识竞赛');
    const basicGaozhong = page('basic', '/education/stage/gaozhong/');
    expect(text(basicGaozhong.querySelector('.lead'))).toBe('还没有适合高中的内容。');
  });

  it('课程 are grouped by 学段', () => {
    expect(page(SITE, '/education/kind/kecheng/').querySelectorAll('main section h2').map(text)).toEqual(['小学', '初中']);
  });

  it('the 教育基地 list shows address, opening hours and what a class can do', () => {
    const bases = text(page(SITE, '/education/kind/jiaoyu-jidi/').querySelector('main .card'));
    expect(bases).toContain('测试县人民路2号');
    expect(bases).toContain('周二至周日 9:00—17:00');
    expect(bases).toContain('参观展览；队列体验；兵役登记指导 等');
  });
});

describe('a 课程 page', () => {
  const lesson = () => page(SITE, '/education/chuzhong-ke/');

  it('shows 学段, duration, objectives, materials and the steps', () => {
    expect(facts('/education/chuzhong-ke/')).toEqual([
      '学段: 初中',
      '课时: 1课时（45分钟）',
      '发布单位: 测试县双拥办',
      '编写: 测试教研组',
      '发布日期: 2026年7月1日',
    ]);
    expect(lesson().querySelectorAll('#edu-objectives + ol li').map(text)).toEqual(['理解国防的含义', '知道公民的国防义务']);
    expect(lesson().querySelectorAll('#edu-materials + ul li').map(text)).toEqual(['《国防法》条文节选', '课件']);
    expect(lesson().querySelectorAll('.edu-body h2').map(text)).toEqual(['一、导入（5分钟）', '二、新课（30分钟）', '三、小结（10分钟）']);
  });

  it('links the laws it cites to their policy pages, saying which have lapsed', () => {
    const items = lesson().querySelectorAll('.edu-laws li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(['/policies/youdaijin/', '/policies/jiu-zhengce/']);
    expect(text(items[0])).toContain('依据：《军人抚恤优待条例》第四十五条');
    expect(text(items[1])).toContain('已失效');
    for (const href of ['/policies/youdaijin/', '/policies/jiu-zhengce/']) expect(routeExists(SITE, href)).toBe(true);
  });

  it('is ready to print: the page address at the foot of the handout, a print button hidden from print, searchable body', () => {
    expect(text(lesson().querySelector('.print-url'))).toBe('本页地址：https://test.example.gov.cn/education/chuzhong-ke/');
    expect(lesson().querySelector('.no-print button[onclick="window.print()"]')).not.toBeNull();
    const article = lesson().querySelector('article[data-pagefind-body]')!;
    expect(article.querySelector('[data-search-meta] [data-pagefind-filter="学段"]')?.textContent).toBe('初中');
  });

  it('ships no JavaScript but the small inline helpers, and one extra stylesheet shared by the section', () => {
    for (const route of ['/education/chuzhong-ke/', '/education/', '/education/stage/chuzhong/']) {
      const doc = page(SITE, route);
      expect(doc.querySelectorAll('script[src]'), route).toHaveLength(0);
      expect(doc.querySelectorAll('script[type="module"]'), route).toHaveLength(0);
      expect(
        doc
          .querySelectorAll('link[rel="stylesheet"]')
          .map((l) => l.getAttribute('href'))
          .filter((h) => h!.includes('/education.')),
        route,
      ).toHaveLength(1);
    }
    expect(
      page(SITE, '/')
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute('href'))
        .filter((h) => h!.includes('/education.')),
    ).toEqual([]);
  });
});

describe('a 知识竞赛 page', () => {
  const quiz = () => page(SITE, '/education/ceshi-jingsai/');

  it('renders every question as a fieldset with a legend, radio buttons or checkboxes', () => {
    const fieldsets = quiz().querySelectorAll('fieldset[data-answer]');
    expect(fieldsets).toHaveLength(4);
    expect(fieldsets.map((f) => text(f.querySelector('legend')))).toEqual([
      '第1题 建军节是哪一天？',
      '第2题 多选 下列哪些是公民的国防义务？',
      '第3题 哪个选项写着 <b>标签</b> & "引号"？',
      '第4题 多选 只有一个正确答案的多选题',
    ]);
    expect(fieldsets.map((f) => f.querySelectorAll('input').map((i) => i.getAttribute('type'))[0])).toEqual([
      'radio',
      'checkbox',
      'radio',
      'checkbox',
    ]);
    const names = fieldsets.map((f) => new Set(f.querySelectorAll('input').map((i) => i.getAttribute('name'))));
    expect(names.every((set) => set.size === 1)).toBe(true);
    expect(new Set(names.map((set) => [...set][0])).size).toBe(4);
    expect(fieldsets.map((f) => f.getAttribute('data-answer'))).toEqual(['1', '0 1', '1', '1']);
  });

  it('without JavaScript, each answer and explanation is in a collapsible part, and the buttons are hidden', () => {
    const first = quiz().querySelector('fieldset[data-answer] details')!;
    expect(text(first.querySelector('summary'))).toBe('查看答案与解析');
    expect(first.querySelectorAll('p').map(text)).toEqual(['正确答案：B. 8月1日', '解析：1927年8月1日南昌起义。']);
    expect(quiz().querySelectorAll('main button')).toHaveLength(0);
    expect(quiz().querySelector('[data-bar]')!.hasAttribute('hidden')).toBe(true);
    expect(text(quiz().querySelector('.quiz-print-key'))).toBe('参考答案：1. B 2. AB 3. B 4. B');
  });

  it('shows option text with quotes and markup as text, never as HTML', () => {
    const third = must(quiz().querySelectorAll('fieldset[data-answer]')[2]);
    expect(third.querySelectorAll('label').map((o) => o.textContent)).toEqual([
      'A. 他说："保卫祖国"',
      "B. <b>不是粗体</b> & 'x'",
      'C. <script>window.hacked=1</script>',
    ]);
    expect(third.querySelector('b')).toBeNull();
    expect(third.querySelector('script')).toBeNull();
  });

  it('carries the quiz island (one small module, no network, no storage) only here', () => {
    const scripts = quiz().querySelectorAll('script[type="module"]');
    expect(scripts).toHaveLength(1);
    const src = must(scripts[0]).getAttribute('src');
    const source = src ? readFileSync(routeFile(SITE, src), 'utf8') : must(scripts[0]).textContent;
    expect(source).toContain('quiz-js');
    expect(Buffer.byteLength(source)).toBeLessThan(8 * 1024);
    for (const forbidden of [
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'fetch(',
      'XMLHttpRequest',
      'document.cookie',
      'innerHTML',
      'import(',
    ]) {
      expect(source, forbidden).not.toContain(forbidden);
    }
    for (const route of ['/education/', '/education/stage/chuzhong/', '/education/chuzhong-ke/', '/education/ceshi-jidi/']) {
      expect(page(SITE, route).querySelectorAll('script[type="module"]'), route).toHaveLength(0);
    }
  });
});

describe('a 教育基地 page', () => {
  it('leads with the address, opening hours and what a class can do there', () => {
    const base = page(SITE, '/education/ceshi-jidi/');
    expect(facts('/education/ceshi-jidi/').slice(0, 3)).toEqual([
      '地址: 测试县人民路2号',
      '开放时间: 周二至周日 9:00—17:00',
      '适合学段: 小学、初中、高中、全民',
    ]);
    expect(text(base.querySelector('#edu-activities'))).toBe('可开展的活动');
    expect(base.querySelectorAll('#edu-activities + ul li')).toHaveLength(4);
  });
});

const demoBuilt = routeExists('demo', '/education/');

describe.skipIf(!demoBuilt)('the demo site', () => {
  const entryLinks = (route: string) => hrefs(route, 'main .card h3 a', 'demo') as string[];

  it('the 初中 page offers at least two lessons and a quiz', () => {
    const chuzhong = page('demo', '/education/stage/chuzhong/');
    const sections = chuzhong.querySelectorAll('main section');
    const lessons = sections.find((s) => text(s.querySelector('h2')) === '课程')!;
    expect(lessons.querySelectorAll('.card').length).toBeGreaterThanOrEqual(2);
    const quizzes = sections.find((s) => text(s.querySelector('h2')) === '知识竞赛')!;
    expect(quizzes.querySelectorAll('.card').length).toBeGreaterThanOrEqual(1);
  });

  it('every lesson page cites laws that link to built policy pages, and ships no script file', () => {
    const lessons = entryLinks('/education/kind/kecheng/');
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const route of new Set(lessons)) {
      const lesson = page('demo', route);
      const laws = lesson.querySelectorAll('.edu-laws a').map((a) => a.getAttribute('href')!);
      expect(laws.length, route).toBeGreaterThan(0);
      for (const law of laws) expect(routeExists('demo', law), `${route} → ${law}`).toBe(true);
      expect(lesson.querySelectorAll('script[src], script[type="module"]'), route).toHaveLength(0);
    }
  });

  it('each quiz has 10+ questions, with an answer for every one, and stays within the 25 KB page budget', () => {
    const quizzes = entryLinks('/education/kind/zhishi-jingsai/');
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    for (const route of quizzes) {
      const quiz = page('demo', route);
      const questions = quiz.querySelectorAll('fieldset[data-answer]');
      expect(questions.length, route).toBeGreaterThanOrEqual(10);
      expect(
        questions.every((q) => /^\d+( \d+)*$/.test(q.getAttribute('data-answer') ?? '')),
        route,
      ).toBe(true);
      expect(quiz.querySelectorAll('fieldset[data-answer] details')).toHaveLength(questions.length);
    }
    for (const route of ['/education/', ...STAGE_ROUTES, ...KIND_ROUTES, ...quizzes, ...entryLinks('/education/kind/kecheng/')]) {
      expect(statSync(routeFile('demo', route)).size, route).toBeLessThanOrEqual(25 * 1024);
      const css = page('demo', route)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => statSync(routeFile('demo', link.getAttribute('href')!)).size);
      expect(
        css.reduce((sum, size) => sum + size, 0),
        `${route} CSS`,
      ).toBeLessThanOrEqual(15 * 1024);
    }
  });

  it('today (2026-11-23) is not in the weeks before 全民国防教育日, so nothing is featured', () => {
    expect(html('/education/', 'demo')).not.toContain('data-featured-observance');
  });
});
