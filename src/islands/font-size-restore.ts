/**
 * Applies the reader's kept 字号 to `<html>`. Inlined in <head> by Head.astro (a classic script,
 * see src/integration/inline-scripts.ts), so it runs before first paint and large text never
 * flashes small.
 */
import { FONT_SIZE_KEY } from '../lib/font-size.ts';

try {
  const size = localStorage.getItem(FONT_SIZE_KEY);
  if (size) document.documentElement.dataset.font = size;
} catch {
  // Storage refused (private mode, a page opened from a file): the standard size stays.
}
