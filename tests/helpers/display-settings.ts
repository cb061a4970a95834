/**
 * The header's 显示设置 (src/components/DisplaySettings.astro, a <details>): on a phone the 字号
 * and 高对比度 switches are behind its 显示设置 summary; on a wide screen they are in the header bar.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The 显示设置 summary (a disclosure, not a button role), by its visible text. */
export function displaySettingsToggle(page: Page): Locator {
  return page.getByRole('banner').locator('summary', { hasText: '显示设置' });
}

/** Whether the 显示设置 disclosure is open. */
export function displaySettingsOpen(page: Page): Promise<boolean> {
  return displaySettingsToggle(page).evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open);
}

/** Opens 显示设置 when it is folded (a phone), so its switches can be seen, measured and checked. */
export async function openDisplaySettings(page: Page): Promise<void> {
  const toggle = displaySettingsToggle(page);
  if (await toggle.isVisible()) {
    await toggle.click();
    expect(await displaySettingsOpen(page)).toBe(true);
  }
}
