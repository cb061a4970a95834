/**
 * Applies the reader's kept 显示设置 (字号 and 高对比度) to `<html>`. Inlined in <head> by Head.astro
 * (a classic script, see src/integration/inline-scripts.ts), so it runs before first paint and large
 * text or high contrast never flashes in the standard look, and marks `<html data-js>`.
 */
import { SETTING_KEYS } from '../lib/display-settings.ts';

// Scripts run: the stylesheet shows the 显示设置 control from the first paint (without JavaScript it
// stays hidden, as it could not work), so it never appears later and moves the header.
document.documentElement.dataset.js = '';

try {
  for (const [setting, key] of Object.entries(SETTING_KEYS)) {
    const value = localStorage.getItem(key);
    if (value) document.documentElement.dataset[setting] = value;
  }
} catch {
  // Storage refused (private mode, a page opened from a file): the standard look stays.
}
