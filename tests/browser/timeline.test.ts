/** 大事记 filters a year's page by type and unit in place, and is a complete plain list without JavaScript. */
import { describe, expect, it } from 'vitest';
import { PHONE } from '../../tools/browser.ts';
import { useDemoSite } from '../helpers/demo-browser.ts';

const demo = useDemoSite();

describe('/timeline/2025/', () => {
  it('filters by type and by unit without reloading', async () => {
    const page = await demo.browser().newPage({ viewport: PHONE });
    await page.goto(`${demo.url()}/timeline/2025/`);
    const visible = () => page.locator('li[data-event]:visible').count();
    const all = await page.locator('li[data-event]').count();
    expect(await visible()).toBe(all);
    let reloads = 0;
    // The filter writes itself into the address (history.replaceState, a same-document change): only a real load counts.
    page.on('load', () => reloads++);

    await page.selectOption('#timeline-filter select[name="kind"]', 'honour');
    const honours = await visible();
    expect(honours).toBeGreaterThan(0);
    expect(honours).toBeLessThan(all);
    expect(await page.locator('li[data-event]:visible[data-kind="honour"]').count()).toBe(honours);
    await expect.poll(() => page.locator('#timeline-status').textContent()).toBe(`本页显示 ${honours} 条`);

    await page.selectOption('#timeline-filter select[name="kind"]', '');
    await page.selectOption('#timeline-filter select[name="unit"]', 'wujing-zhongdui');
    const ofUnit = await visible();
    expect(ofUnit).toBeGreaterThan(0);
    expect(ofUnit).toBeLessThan(all);
    for (const units of await page
      .locator('li[data-event]:visible')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.units ?? ''))) {
      expect(units.split(' ')).toContain('wujing-zhongdui');
    }
    // Month headings with nothing left under them are hidden too.
    expect(await page.locator('[data-group]:visible:not(:has(li[data-event]:visible))').count()).toBe(0);
    expect(await page.locator('[data-group]:visible').count()).toBeGreaterThan(0);

    await page.click('#timeline-filter button[type="reset"]');
    await expect.poll(visible).toBe(all);
    expect(reloads).toBe(0);
    await page.close();
  });

  it('without JavaScript every event is listed and the filter is not offered', async () => {
    const context = await demo.browser().newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${demo.url()}/timeline/2025/`);
    expect(await page.locator('#timeline-filter').isVisible()).toBe(false);
    expect(await page.locator('li[data-event]:visible').count()).toBe(await page.locator('li[data-event]').count());
    await context.close();
  });
});
