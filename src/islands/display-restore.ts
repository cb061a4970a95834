/**
 * Applies the reader's kept 显示设置 (字号 and 高对比度) to `<html>`. Inlined in <head> by Head.astro
 * (a classic script, see src/integration/inline-scripts.ts), so it runs before first paint and large
 * text or high contrast never flashes in the standard look.
 */
import { SETTING_KEYS } from '../lib/display-settings.ts';

try {
  for (const [setting, key] of Object.entries(SETTING_KEYS)) {
    const value = localStorage.getItem(key);
    if (value) document.documentElement.dataset[setting] = value;
  }
} catch {
  // Storage refused (private mode, a page opened from a file): the standard look stays.
}
