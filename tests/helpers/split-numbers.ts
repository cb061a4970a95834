/**
 * Finds every number, amount, date and phone number on a page that the browser has split across
 * two lines: for each run in each visible text node, a DOM Range's client rects must all sit on
 * one line. Runs in Chromium through page.evaluate (plain JavaScript source, no bundler helpers).
 */
import type { Page } from 'playwright-core';

/**
 * The runs that must stay whole: digits with their separators (24,000 · 1.5 · 8:30 · 0999-6212351 ·
 * 2026-04~2026-06), dates (2026年12月13日, 12月13日) and an amount with its unit (100元, 10%).
 */
export const RUN_SOURCE = String.raw`\d+(?:(?:[,.:：\-－–—~～]|[年月])\d+)*(?:[年月日号]|\s?[元%％])?`;

export interface SplitRun {
  text: string;
  lines: number;
  context: string;
}

const CHECK = `(() => {
  const pattern = new RegExp(${JSON.stringify(RUN_SOURCE)}, 'g');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const split = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue || '';
    for (const match of text.matchAll(pattern)) {
      if (match[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.length < 2) continue;
      const first = rects[0];
      const lines = new Set(rects.map((rect) => Math.round(rect.top / Math.max(1, first.height * 0.6))));
      const wrapped = rects.some((rect) => rect.top >= first.bottom - 2 || rect.bottom <= first.top + 2);
      if (wrapped) split.push({ text: match[0], lines: lines.size, context: (node.parentElement?.closest('p,li,td,th,dd,dt,h1,h2,h3,a,span,div') || node.parentElement).textContent.trim().slice(0, 80) });
    }
  }
  return split;
})()`;

export function splitRuns(page: Page): Promise<SplitRun[]> {
  return page.evaluate<SplitRun[]>(CHECK);
}
