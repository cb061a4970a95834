/**
 * A teacher on a phone: picks 初中, opens a lesson, prints it, and runs a quiz with the class —
 * in Chromium, on the demo site (built by tests/global-setup.ts). The quiz answers are taken from
 * the content file itself, not from the page. Screenshots are kept in tests/.tmp/education-shots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { frontmatterData } from '../../src/content-layer/source.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, DESKTOP } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { EDUCATION_SITE } from '../global-setup.ts';
import { routeExists } from '../helpers/html.ts';
import { correctIndexes, type QuizQuestionLike } from '../../src/lib/quiz.ts';
import { must } from '../helpers/must.ts';

const shots = join(tmpRoot, 'education-shots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const demoBuilt = routeExists('demo', '/education/');

let browser: Browser;
let demo: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  fixture = await serveDir(join(tmpRoot, EDUCATION_SITE, 'dist'));
  if (demoBuilt) demo = await serveDir(join(tmpRoot, 'demo', 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await fixture?.close();
});

async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN', ...options });
}

/** The quiz as written in content/education/<id>.mdx: the oracle for right answers. */
function quizFromContent(id: string): QuizQuestionLike[] {
  return (frontmatterData(readFileSync(join(repoRoot, 'content/education', `${id}.mdx`), 'utf8')) as { quiz: QuizQuestionLike[] }).quiz;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function visible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

/** Count of pixels close to the header red (#b3121b) or the nav red (#8c0e15) in a PNG. */
async function headerRedPixels(png: Buffer, rows?: number): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const limit = Math.min(info.height, rows ?? info.height) * info.width;
  let count = 0;
  for (let pixel = 0; pixel < limit; pixel += 1) {
    const [r, g, b] = [data[pixel * 3] ?? 0, data[pixel * 3 + 1] ?? 0, data[pixel * 3 + 2] ?? 0];
    const near = (tr: number, tg: number, tb: number) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40;
    if (near(0xb3, 0x12, 0x1b) || near(0x8c, 0x0e, 0x15)) count += 1;
  }
  return count;
}

describe.skipIf(!demoBuilt)('a teacher on a phone (demo site)', () => {
  let context: BrowserContext;
  let page: Page;
  let lessonUrl = '';
  let quizUrl = '';

  beforeAll(async () => {
    context = await phone();
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('picks 初中 on /education/ and opens a lesson', async () => {
    await page.goto(`${demo.url}/education/`);
    await page.getByRole('link', { name: /^初中/ }).first().click();
    await page.waitForURL('**/education/stage/chuzhong/');
    expect(await page.locator('h1').textContent()).toBe('初中国防教育');
    await page.screenshot({ path: join(shots, 'phone-stage-chuzhong.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const lessons = page.locator('main section').filter({ has: page.getByRole('heading', { name: '课程', exact: true }) });
    expect(await lessons.locator('.card').count()).toBeGreaterThanOrEqual(2);
    quizUrl = (await page
      .locator('main section')
      .filter({ has: page.getByRole('heading', { name: '知识竞赛', exact: true }) })
      .locator('.card h3 a')
      .first()
      .getAttribute('href'))!;
    await lessons.locator('.card h3 a').first().click();
    await page.waitForURL('**/education/chuzhong-*/');
    lessonUrl = new URL(page.url()).pathname;

    const facts = await page.locator('dl.edu-facts').innerText();
    expect(facts).toContain('初中');
    expect(facts).toMatch(/课时\s+\S+/);
    expect(await page.locator('#edu-objectives + ol li').count()).toBeGreaterThan(0);
    expect(await page.locator('#edu-materials + ul li').count()).toBeGreaterThan(0);
    expect(await page.locator('.edu-body h2').count()).toBeGreaterThan(1);
    const law = page.locator('.edu-laws a').first();
    const lawHref = (await law.getAttribute('href'))!;
    expect(lawHref).toMatch(/^\/policies\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('button', { name: '打印讲义' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'phone-lesson.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the lesson as an A4 handout without navigation, with the page address', async () => {
    const printPage = await context.newPage();
    await printPage.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await printPage.goto(demo.url + lessonUrl);
    await printPage.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header',
      '.site-nav',
      '.breadcrumbs',
      '.site-footer',
      '.skip-link',
      'form[role="search"], .search-form',
      'main .no-print',
    ]) {
      expect(await visible(printPage, selector), selector).toBe(false);
    }
    expect(await visible(printPage, 'main h1')).toBe(true);
    expect(await visible(printPage, '.edu-print-head')).toBe(true);
    expect(await visible(printPage, '#edu-objectives')).toBe(true);
    expect(await printPage.locator('.print-url').innerText()).toBe(`本页地址：${await siteBase(printPage)}${lessonUrl}`);

    const screenshot = await printPage.screenshot({ path: join(shots, 'print-lesson.png'), fullPage: true });
    // The red header and navigation bar are gone: not one header-red pixel in the top 300 rows.
    expect(await headerRedPixels(screenshot, 300)).toBe(0);

    // The handout as the browser prints it (A4; the page address and page numbers in the page footer).
    const pdf = await printPage.pdf({ format: 'A4', path: join(shots, 'print-lesson.pdf') });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);

    // …whereas on screen the header is there (the pixel check can see it).
    await printPage.emulateMedia({ media: 'screen' });
    expect(await headerRedPixels(await printPage.screenshot(), 300)).toBeGreaterThan(10_000);
    await printPage.close();
  });

  it('runs the quiz with the class: right and wrong answers, explanations, score, retry — offline', async () => {
    const id = quizUrl.split('/').filter(Boolean).pop()!;
    const questions = quizFromContent(id);
    expect(questions.length).toBeGreaterThanOrEqual(10);

    // The footer's 公众号 QR code and 党政机关 mark are lazy: far below the quiz, they do not load with it.
    const footerImages: string[] = [];
    const onFooterImage = (request: { url: () => string }) => {
      if (request.url().includes('/site-files/')) footerImages.push(request.url());
    };
    page.on('request', onFooterImage);
    await page.goto(demo.url + quizUrl);
    await page.waitForSelector('[data-quiz].quiz-js');
    page.off('request', onFooterImage);
    expect(footerImages).toEqual([]);
    // Once loaded, the quiz needs nothing from the network. The only requests allowed offline are the
    // page's own lazy images (the footer's, a photo) coming into view as the class scrolls through it.
    const requests: string[] = [];
    const images: string[] = [];
    page.on('request', (request) => {
      (request.resourceType() === 'image' ? images : requests).push(request.url());
    });
    await context.setOffline(true);

    const fieldsets = page.locator('fieldset[data-answer]');
    expect(await fieldsets.count()).toBe(questions.length);
    // Enhanced: the answer keys are hidden, the buttons are there.
    expect(await fieldsets.first().locator('details').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '全部提交' }).isVisible()).toBe(true);

    const pick = async (index: number, options: number[]) => {
      for (const option of options) await fieldsets.nth(index).locator('input').nth(option).check();
    };
    const wrongFor = (question: QuizQuestionLike) => [question.options.findIndex((_, i) => !correctIndexes(question).includes(i))];

    // Question 1, right, with the keyboard only: focus the option, Space, Tab to 提交本题, Enter.
    const right1 = correctIndexes(must(questions[0]));
    await fieldsets.nth(0).locator('input').nth(must(right1[0])).focus();
    await page.keyboard.press('Space');
    for (const extra of right1.slice(1)) await fieldsets.nth(0).locator('input').nth(extra).check();
    const submit1 = fieldsets.nth(0).getByRole('button', { name: '提交本题' });
    await submit1.focus();
    await page.keyboard.press('Enter');
    const feedback1 = fieldsets.nth(0).locator('.quiz-feedback');
    await expect.poll(() => feedback1.innerText()).toContain('回答正确');
    expect(await feedback1.innerText()).toContain(must(must(questions[0]).explain));
    expect(await feedback1.getAttribute('aria-live')).toBe('polite');
    // The button keeps the focus and now leads on.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('下一题');
    expect(await fieldsets.nth(0).locator('input').first().isDisabled()).toBe(true);

    // Question 2, wrong: the verdict, the right answer and the explanation appear.
    await pick(1, wrongFor(must(questions[1])));
    await fieldsets.nth(1).getByRole('button', { name: '提交本题' }).click();
    const feedback2 = await fieldsets.nth(1).locator('.quiz-feedback').innerText();
    expect(feedback2).toContain('回答错误');
    const rightTexts = correctIndexes(must(questions[1])).map((i) => must(questions[1]).options[i]);
    for (const textOfRight of rightTexts) expect(feedback2).toContain(textOfRight);
    expect(feedback2).toContain(must(must(questions[1]).explain));
    expect(await fieldsets.nth(1).locator('.opt-answer .quiz-mark').first().innerText()).toBe('✓ 正确答案');
    expect(await page.locator('[data-score]').innerText()).toBe(`得分 1/${questions.length}`);

    // The rest all at once: every one right except the last, which is left blank.
    for (let index = 2; index < questions.length - 1; index += 1) await pick(index, correctIndexes(must(questions[index])));
    await page.getByRole('button', { name: '全部提交' }).click();
    // One is blank: 全部提交 asks first, and nothing is graded until the answer.
    const ask = page.getByRole('alertdialog', { name: '还有题目没有作答' });
    expect(await ask.innerText()).toContain(`还有 1 题没有作答（第${questions.length}题），未作答的题不得分。要现在全部提交吗？`);
    expect(await page.locator('[data-score]').innerText()).toBe(`得分 1/${questions.length}`);
    await ask.getByRole('button', { name: '继续答题' }).click();
    expect(await ask.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset') !== null)).toBe(true);
    await page.getByRole('button', { name: '全部提交' }).click();
    await ask.getByRole('button', { name: '仍然提交' }).click();
    const expected = questions.length - 2;
    expect(await page.locator('[data-score]').innerText()).toBe(`得分 ${expected}/${questions.length}`);
    expect(await page.locator('[data-score-detail]').innerText()).toBe(
      `全部 ${questions.length} 题已提交：答对 ${expected} 题，答错 1 题，未作答 1 题。`,
    );
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result'))).toBe(true);
    for (let index = 2; index < questions.length; index += 1) {
      const feedback = await fieldsets.nth(index).locator('.quiz-feedback').innerText();
      expect(feedback, `question ${index + 1}`).toContain(index < questions.length - 1 ? '回答正确' : '未作答');
      const explain = must(questions[index]).explain;
      if (explain) expect(feedback).toContain(explain);
    }
    expect(await page.getByRole('button', { name: '全部提交' }).isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'phone-quiz-graded.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // 重新答题 clears everything.
    await page.getByRole('button', { name: '重新答题' }).click();
    expect(await page.locator('fieldset[data-answer] input:checked').count()).toBe(0);
    expect(await page.locator('fieldset[data-answer] input:disabled').count()).toBe(0);
    expect(await page.locator('.quiz-mark').count()).toBe(0);
    expect(await page.locator('.quiz-feedback:not(:empty)').count()).toBe(0);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '提交本题' }).count()).toBe(questions.length);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-title');

    // Nothing was fetched while answering, and nothing was kept.
    expect(requests).toEqual([]);
    const lazyImages = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')].map((img) => img.currentSrc || img.src),
    );
    for (const url of images) expect(lazyImages, url).toContain(url);
    expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }))).toEqual({
      local: 0,
      session: 0,
      cookie: '',
    });
    await context.setOffline(false);
  });

  it('looks right on a desktop too', async () => {
    const desktop = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: 'zh-CN' });
    const tab = await desktop.newPage();
    for (const [route, name] of [
      ['/education/', 'desktop-education'],
      [quizUrl, 'desktop-quiz'],
      [lessonUrl, 'desktop-lesson'],
    ] as const) {
      await tab.goto(demo.url + route);
      await tab.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBe(0);
    }
    await desktop.close();
  });
});

async function siteBase(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(canonical!).origin;
}

describe('the quiz without JavaScript, and with tricky text (education fixture)', () => {
  it('without JavaScript: every question readable, answers in a collapsible part, no dead buttons', async () => {
    const context = await phone({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture.url}/education/ceshi-jingsai/`);
    const first = page.locator('fieldset[data-answer]').first();
    expect(await first.locator('legend').innerText()).toContain('建军节是哪一天？');
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    const details = first.locator('details');
    expect(await details.isVisible()).toBe(true);
    expect(await details.locator('p').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('p').first().innerText()).toBe('正确答案：B. 8月1日');
    expect(await details.locator('p').nth(1).innerText()).toBe('解析：1927年8月1日南昌起义。');
    await page.screenshot({ path: join(shots, 'phone-quiz-nojs.png'), fullPage: true });
    await context.close();
  });

  it('option text with quotes and markup is shown and graded as plain text', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${fixture.url}/education/ceshi-jingsai/`);
    await page.waitForSelector('[data-quiz].quiz-js');
    const third = page.locator('fieldset[data-answer]').nth(2);
    expect(await third.locator('label').nth(1).innerText()).toBe("B. <b>不是粗体</b> & 'x'");
    await third.locator('input').nth(1).check();
    await third.getByRole('button', { name: '提交本题' }).click();
    const feedback = await third.locator('.quiz-feedback').innerText();
    expect(feedback).toContain("正确答案：B. <b>不是粗体</b> & 'x'");
    expect(feedback).toContain('解析：选项里的 <b> 和 & 必须原样显示。');
    expect(await page.locator('main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    // A 多选 question is only right with exactly the right options.
    const second = page.locator('fieldset[data-answer]').nth(1);
    await second.locator('input').nth(0).check();
    await second.getByRole('button', { name: '提交本题' }).click();
    expect(await second.locator('.quiz-feedback').innerText()).toContain(
      '✗ 第2题只答对了一部分：选对了 A，漏选了 B。正确答案是 A、B，选全选对才得分。',
    );

    // Submitting with nothing chosen asks for an answer instead of grading.
    const first = page.locator('fieldset[data-answer]').first();
    await first.getByRole('button', { name: '提交本题' }).click();
    expect(await first.locator('.quiz-feedback').innerText()).toBe('请先选择答案，再提交本题。');
    expect(await first.locator('input').first().isDisabled()).toBe(false);
    await context.close();
  });

  it('/education/ features 全民国防教育日 in the weeks before it (today 2026-09-01)', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${fixture.url}/education/`);
    const banner = page.locator('[data-featured-observance]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.locator('h2').innerText()).toBe('全民国防教育日：2026年9月19日 星期六');
    await page.screenshot({ path: join(shots, 'phone-education-featured.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
