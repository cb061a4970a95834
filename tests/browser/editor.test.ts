/**
 * The browser editor end to end: Chromium opens /admin/ against the real local backend
 * (tools/editor-server.ts, a real process writing into a real git checkout of the demo), staff
 * create a report with two photos and edit a policy's 标准 through the forms, every save becomes a
 * git commit, a save the gate refuses is refused with its Chinese findings and leaves nothing
 * behind, and the checkout then passes the content check and builds into a site that shows both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from '../../tools/browser.ts';
import { startEditorServer, type EditorServer } from '../../tools/editor-server.ts';
import { buildSite, repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { DEMO_TODAY } from '../global-setup.ts';

const base = join(tmpRoot, 'editor');
const checkout = join(base, 'checkout');
const photos = join(base, 'photos');
const shots = join(base, 'shots');
const NEW_TITLE = '县双拥办走访慰问驻县武警中队官兵';
const NEW_FOLDER = 'content/reports/2026-11-20-xian-shuangyongban-zoufang-weiwen-zhuxian-wujing';
const POLICY = 'content/policies/junren-jiaotong-youdai.mdx';
const POLICY_TITLE = '现役军人和残疾军人交通出行优待';
const NEW_STANDARD = '现役军人、残疾军人乘坐县内城乡客运班车，票价减免';

let server: EditorServer;
let browser: Browser;
let page: Page;
/** Every request the editor made to another origin. */
const outside: string[] = [];

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=示例', '-c', 'user.email=test@example.invalid', ...args], { cwd: checkout, encoding: 'utf8' });
const commits = () => git('log', '--format=%s').trim().split('\n');

/**
 * Chinese typed through Chromium's own input-method path (DevTools Input.imeSetComposition, then
 * Input.insertText commits it): compositionstart/update/end and insertCompositionText, as a pinyin IME does.
 */
async function typeChinese(target: Locator, text: string, pinyin = 'pinyin') {
  await target.click();
  // The editor may still be mounting the field (the body, after the photos re-render the form): a
  // composition sent before it has the focus goes nowhere, as a reader's would if they typed too early.
  await expect
    .poll(() => target.evaluate((field) => field === document.activeElement || field.contains(document.activeElement)), { timeout: 10_000 })
    .toBe(true);
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 1; i <= pinyin.length; i++) {
      const typing = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text: typing, selectionStart: typing.length, selectionEnd: typing.length });
    }
    await cdp.send('Input.insertText', { text });
  } finally {
    await cdp.detach();
  }
}

async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens an editor page with a fresh load, so no draft of the entry edited before is carried over. */
async function open(hash: string) {
  await page.goto('about:blank');
  await page.goto(`${server.url}/admin/${hash}`);
  const login = page.getByRole('button', { name: '登录' });
  await login
    .or(page.getByLabel('标题', { exact: true }))
    .first()
    .waitFor({ timeout: 20_000 });
  // The local backend keeps no session across loads on every Decap version: log in again when asked.
  if (await login.isVisible()) await login.click();
}

/** Waits until the entry's own data is in the form (its title). */
async function loaded(title: string) {
  await expect
    .poll(
      () =>
        page
          .getByLabel('标题', { exact: true })
          .inputValue()
          .catch(() => ''),
      { timeout: 20_000 },
    )
    .toBe(title);
}

async function publish() {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布').click();
}

beforeAll(async () => {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(photos, { recursive: true });
  mkdirSync(shots, { recursive: true });
  cpSync(join(repoRoot, 'content'), join(checkout, 'content'), { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: checkout });
  git('add', '-A');
  git('commit', '-qm', '示例县内容');
  // Photos the size the image rules ask of gallery photos (long side ≥ 640; the first is also the share image, ≥ 600 × 315).
  for (const [name, colour] of [
    ['photo-1.jpg', '#b03a2e'],
    ['photo-2.jpg', '#1f618d'],
  ] as const) {
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
      .jpeg({ quality: 85 })
      .toFile(join(photos, name));
  }
  const dist = join(tmpRoot, 'demo', 'dist');
  if (!existsSync(join(dist, 'admin', 'decap-cms.js'))) throw new Error('the demo build has no /admin/ (tests/global-setup.ts builds it)');
  server = await startEditorServer({ repo: checkout, dist });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: DESKTOP });
  page.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url()) && !request.url().startsWith(server.url)) outside.push(request.url());
  });
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('活动报道').first().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the browser editor on a local checkout', () => {
  it('lists the collections in Chinese', async () => {
    await page.goto(`${server.url}/admin/#/collections/reports`);
    await expect
      .poll(
        () =>
          page
            .getByText('庆祝建军99周年 县领导走访慰问驻县部队官兵')
            .first()
            .isVisible()
            .catch(() => false),
        { timeout: 15_000 },
      )
      .toBe(true);
    for (const label of ['工作计划', '活动报道', '双拥典型', '政策解读', '国防教育'])
      await expect(page.getByRole('link', { name: label }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'list.png') });
    expect(outside, 'no request leaves the site').toEqual([]);
  });

  it('creates a report with two photos: one save, one commit, files beside index.mdx', async () => {
    const before = commits().length;
    await open('#/collections/reports/new');
    await page.getByLabel('标题', { exact: true }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(shots, 'report-new.png') });
    await typeChinese(page.getByLabel('标题', { exact: true }), NEW_TITLE);
    await typeChinese(page.getByLabel('摘要', { exact: true }), '11月20日，县双拥办走访驻县武警中队，为官兵送去慰问品。');
    await page.getByLabel('日期', { exact: true }).fill('2026-11-20');
    await choose('发布单位', '示例县双拥工作领导小组办公室（xian-shuangyongban）');
    await choose('活动类型', '走访慰问');
    await page.getByLabel('活动地点', { exact: true }).fill('武警示例县中队营区');
    await choose('参与单位', '武警示例市支队示例县中队（wujing-zhongdui）');
    // The demo's site.yaml asks for 三审 from 2026-11-01: without the three names the gate refuses the save.
    for (const [label, name] of [
      ['初审人', '李文'],
      ['复审人', '王强'],
      ['终审人', '赵建国'],
    ] as const) {
      await typeChinese(page.getByLabel(new RegExp(`^${label}`)).first(), name);
    }
    for (const [index, [file, alt]] of [
      ['photo-1.jpg', '志愿者向官兵赠送慰问品'],
      ['photo-2.jpg', '官兵与志愿者座谈交流'],
    ].entries()) {
      await page.getByRole('button', { name: '新增图片' }).click();
      await page.getByRole('button', { name: '选择图片' }).last().click();
      await page.locator('input[type=file]').setInputFiles(join(photos, file ?? ''));
      await page.getByRole('button', { name: '选用已选中项目' }).click();
      await page
        .getByLabel('图片说明', { exact: true })
        .nth(index)
        .fill(alt ?? '');
    }
    const body = page.locator('[contenteditable=true]').first();
    await typeChinese(body, '11月20日上午，县双拥办组织志愿者走进武警中队营区，看望执勤官兵。');
    await expect.poll(() => body.innerText(), { timeout: 10_000 }).toContain('看望执勤官兵。');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('官兵们表示，将以实际行动回报驻地群众的关心。');
    // The preview uses the site's own stylesheet: the title renders as the site's page title.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.getByRole('heading', { name: NEW_TITLE }).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: join(shots, 'report-form.png') });
    await publish();

    await expect.poll(() => commits().length, { timeout: 30_000 }).toBe(before + 1);
    expect(commits()[0]).toBe(`编辑器：新增 ${NEW_FOLDER}/index.mdx（${NEW_TITLE}）`);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      `${NEW_FOLDER}/index.mdx`,
      `${NEW_FOLDER}/photo-1.jpg`,
      `${NEW_FOLDER}/photo-2.jpg`,
    ]);
    const text = readFileSync(join(checkout, NEW_FOLDER, 'index.mdx'), 'utf8');
    expect(text).toContain(`title: ${NEW_TITLE}`);
    expect(text).toContain('src: ./photo-1.jpg');
    expect(text).toContain('alt: 官兵与志愿者座谈交流');
    expect(text).toContain('官兵们表示，将以实际行动回报驻地群众的关心。');
    // What the input method committed is there once, in the title and in the body.
    expect(text.split('看望执勤官兵').length - 1).toBe(1);
    expect(text.split(NEW_TITLE).length - 1).toBe(1);
    expect(git('status', '--porcelain').trim()).toBe('');
  });

  it('refuses a save the gate refuses, with its Chinese finding, and leaves the file and history alone', async () => {
    const before = commits().length;
    const original = readFileSync(join(checkout, POLICY), 'utf8');
    await open('#/collections/policies/entries/junren-jiaotong-youdai');
    await loaded(POLICY_TITLE);
    await page.getByLabel('咨询方式 (可选)', { exact: true }).fill('优抚股李干事，手机 13812345678');
    await publish();
    const alert = page.getByRole('alert').filter({ hasText: '内容检查未通过' }).first();
    await expect.poll(() => alert.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await alert.innerText()).toMatch(/手机号码.*不能公开发布[\s\S]*怎么改/);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(shots, 'refused.png') });
    expect(commits().length).toBe(before);
    expect(readFileSync(join(checkout, POLICY), 'utf8')).toBe(original);
    expect(git('status', '--porcelain').trim()).toBe('');
  });

  it("edits an existing policy's 标准 table: one commit with the new row", async () => {
    const before = commits().length;
    await open('#/collections/policies/entries/junren-jiaotong-youdai');
    await loaded(POLICY_TITLE);
    await page.getByRole('button', { name: '新增标准' }).click();
    await typeChinese(page.getByLabel('项目', { exact: true }).last(), NEW_STANDARD);
    await page.getByLabel('金额', { exact: true }).last().fill('50');
    await page.getByLabel('计量单位 (可选)', { exact: true }).last().fill('%');
    await page.getByLabel('备注 (可选)', { exact: true }).last().fill('凭有效证件购票');
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.getByRole('cell', { name: NEW_STANDARD }).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: join(shots, 'policy-preview.png') });
    await publish();
    await expect.poll(() => commits().length, { timeout: 30_000 }).toBe(before + 1);
    expect(commits()[0]).toMatch(/^编辑器：修改 content\/policies\/junren-jiaotong-youdai\.mdx/);
    const text = readFileSync(join(checkout, POLICY), 'utf8');
    expect(text).toContain(`item: ${NEW_STANDARD}`);
    expect(text).toContain('note: 凭有效证件购票');
  });

  it(
    'the saved checkout passes npm run check:content and builds; the new report and the new 标准 row are on the site',
    { timeout: 600_000 },
    async () => {
      const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
        cwd: repoRoot,
        env: { ...process.env, SITE_CONTENT_DIR: join(checkout, 'content') },
        encoding: 'utf8',
      });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      const { outDir } = await buildSite('editor-site', join(checkout, 'content'), { today: DEMO_TODAY, cacheOf: 'demo' });
      const reportId = NEW_FOLDER.split('/').at(-1) ?? '';
      const reportPage = join(outDir, 'reports', reportId, 'index.html');
      expect(existsSync(reportPage)).toBe(true);
      const built = await browser.newPage({ viewport: DESKTOP });
      const site = await import('../../tools/serve.ts').then(({ serveDir }) => serveDir(outDir));
      try {
        await built.goto(`${site.url}/reports/${reportId}/`);
        await expect(built.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(NEW_TITLE);
        await expect(built.getByRole('img', { name: '志愿者向官兵赠送慰问品' }).count()).resolves.toBe(1);
        await expect(built.getByRole('img', { name: '官兵与志愿者座谈交流' }).count()).resolves.toBe(1);
        await built.goto(`${site.url}/reports/`);
        await expect(built.getByRole('link', { name: NEW_TITLE }).count()).resolves.toBeGreaterThan(0);
        await built.goto(`${site.url}/policies/junren-jiaotong-youdai/`);
        const row = built.getByRole('row').filter({ hasText: NEW_STANDARD });
        await expect(row.count()).resolves.toBe(1);
        expect(await row.innerText()).toContain('50');
      } finally {
        await built.close();
        await site.close();
      }
      // The new report's photos were published as resized copies, never the uploaded files themselves.
      expect(readdirSync(join(outDir, 'reports', reportId))).toEqual(['index.html']);
    },
  );
});
