/**
 * The 复制到公众号 button, as staff use it: click it on the staff page, paste into a rich-text editor
 * (a contenteditable, as the 公众号 editor is), and the article arrives with its styles: text,
 * headings, lists, the table, the photos and the emphasis. Then the same with the fallback, in a
 * browser without the asynchronous Clipboard API.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PHONE, DESKTOP } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';

const demo = useDemoSite();
const ROUTE = '/staff/wechat/reports/2026-07-29-bayi-zoufang-weiwen/';

interface Pasted {
  text: string;
  h2: { text: string; style: string }[];
  items: string[];
  cells: { text: string; style: string }[];
  images: { src: string; alt: string; style: string; loaded: boolean }[];
  strong: { text: string; style: string }[];
  em: string[];
  classes: number;
  links: number;
}

/** Pastes the clipboard into a fresh contenteditable on a page of the site and reads what arrived. */
async function pasteIntoEditor(context: BrowserContext): Promise<Pasted> {
  const editor = await context.newPage();
  await editor.goto(`${demo.url()}/about/`);
  await editor.evaluate(() => {
    document.body.innerHTML =
      '<div id="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="编辑器" style="min-height:200px"></div>';
  });
  await editor.getByRole('textbox', { name: '编辑器' }).click();
  await editor.keyboard.press('Control+V');
  await editor.waitForFunction(() => (document.getElementById('editor')?.textContent ?? '').length > 100);
  // Let the pasted photos load.
  await editor.waitForFunction(() => [...document.querySelectorAll('#editor img')].every((img) => (img as HTMLImageElement).complete));
  const pasted = await editor.evaluate(() => {
    const root = document.getElementById('editor')!;
    const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
    return {
      text: root.innerText,
      h2: all<HTMLElement>('h2').map((h) => ({ text: h.innerText.trim(), style: h.getAttribute('style') ?? '' })),
      items: all<HTMLElement>('li').map((li) => li.innerText.trim()),
      cells: all<HTMLElement>('td').map((td) => ({ text: td.innerText.trim(), style: td.getAttribute('style') ?? '' })),
      images: all<HTMLImageElement>('img').map((img) => ({
        src: img.src,
        alt: img.alt,
        style: img.getAttribute('style') ?? '',
        loaded: img.naturalWidth > 0,
      })),
      strong: all<HTMLElement>('strong, b').map((s) => ({ text: s.innerText.trim(), style: s.getAttribute('style') ?? '' })),
      em: all<HTMLElement>('em, i').map((e) => e.innerText.trim()),
      classes: all('[class]').length,
      links: all('a').length,
    };
  });
  await editor.close();
  return pasted;
}

function expectStyledArticle(pasted: Pasted) {
  expect(pasted.text).toContain('在中国人民解放军建军99周年即将到来之际');
  const heading = pasted.h2.find((h) => h.text === '慰问安排');
  expect(heading, pasted.h2.map((h) => h.text).join('|')).toBeDefined();
  expect(heading!.style).toMatch(/border-left:\s*4px solid (#b3121b|rgb\(179, 18, 27\))/);
  expect(pasted.items).toEqual(
    expect.arrayContaining([expect.stringContaining('第一组：武警示例县中队'), expect.stringContaining('第三组：城关街道、青山镇')]),
  );
  const cell = pasted.cells.find((c) => c.text === '212');
  expect(cell).toBeDefined();
  expect(cell!.style).toMatch(/border:\s*1px solid (#dcdcdc|rgb\(220, 220, 220\))/);
  expect(pasted.images).toHaveLength(3);
  for (const image of pasted.images) {
    expect(image.src.startsWith(demo.url()), image.src).toBe(true);
    expect(image.loaded, image.src).toBe(true);
    expect(image.alt.length).toBeGreaterThan(4);
    expect(image.style).toContain('width: 100%');
  }
  const strong = pasted.strong.find((s) => s.text === '每组由一名县领导带队');
  expect(strong).toBeDefined();
  expect(strong!.style).toMatch(/color:\s*(#8c0e15|rgb\(140, 14, 21\))/);
  expect(pasted.em).toContain('能当场解决的当场解决');
  expect(pasted.text).toContain('[1] 退役军人事务部网站：https://www.mva.gov.cn/');
  expect(pasted.links).toBe(0);
  expect(pasted.classes).toBe(0);
}

async function clickCopy(page: Page) {
  await page.getByRole('button', { name: '复制到公众号' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('已复制');
}

describe('复制到公众号', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('puts text/html on the clipboard; pasted into an editor it keeps its styles (%s)', async (_name, viewport) => {
    const context = await demo.browser().newContext({ viewport, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url() });
    const page = await context.newPage();
    await page.goto(demo.url() + ROUTE);
    await clickCopy(page);
    expect(await page.getByRole('status').textContent()).not.toContain('兼容方式');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expectStyledArticle(await pasteIntoEditor(context));
    await context.close();
  });

  it('falls back to copying the selection where ClipboardItem is missing', async () => {
    const context = await demo.browser().newContext({ viewport: PHONE, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url() });
    await context.addInitScript(() => {
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
    });
    const page = await context.newPage();
    await page.goto(demo.url() + ROUTE);
    await clickCopy(page);
    expect(await page.getByRole('status').textContent()).toContain('兼容方式');
    // Nothing stays selected on the page afterwards.
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
    const pasted = await pasteIntoEditor(context);
    expect(pasted.text).toContain('在中国人民解放军建军99周年即将到来之际');
    expect(pasted.h2.find((h) => h.text === '慰问安排')?.style).toMatch(/border-left/);
    expect(pasted.cells.find((c) => c.text === '212')).toBeDefined();
    expect(pasted.images).toHaveLength(3);
    await context.close();
  });
});
