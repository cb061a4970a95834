/**
 * The 适老化 字号 switch (FontSizeSwitch.astro). Without JavaScript its buttons stay hidden and the
 * browser's own zoom still works; with it, a press sets `<html data-font>` (the stylesheet's large
 * and xlarge sizes), marks the pressed button and keeps the choice for the next page
 * (font-size-restore.ts applies it there). Inlined right after the switch (a classic script, see
 * src/integration/inline-scripts.ts), so the switch is shown before first paint and the header
 * does not jump.
 */
import { FONT_SIZE_KEY } from '../lib/font-size.ts';

const group = document.getElementById('font-switch');
if (group) {
  const root = document.documentElement;
  const buttons = [...group.querySelectorAll('button')];
  const showPressed = () => {
    const current = root.dataset.font ?? '';
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.value === current));
  };
  group.hidden = false;
  group.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.value) root.dataset.font = button.value;
    else delete root.dataset.font;
    try {
      localStorage.setItem(FONT_SIZE_KEY, button.value);
    } catch {
      // Not kept (storage refused): the choice still holds on this page.
    }
    showPressed();
  });
  showPressed();
}
