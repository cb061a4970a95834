/**
 * The 显示设置 switches (DisplaySettings.astro): 字号 and 高对比度. Without JavaScript the control stays
 * hidden (global.css, `html[data-js]` set by display-restore.ts) and the browser's own zoom still works; with it, a button's name is the setting on `<html>`
 * (data-font, data-contrast), its value the choice (src/lib/display-settings.ts), the pressed buttons are
 * marked and the choice is kept for the next page (display-restore.ts applies it there). Inlined
 * right after the panel (a classic script, see src/integration/inline-scripts.ts), so the switches
 * show before first paint and the header does not jump.
 */
import { isDisplaySetting, pressedValue, SETTING_KEYS } from '../lib/display-settings.ts';

const panel = document.getElementById('display-panel');
if (panel) {
  const root = document.documentElement;
  const buttons = [...panel.querySelectorAll('button')];
  const showPressed = () => {
    for (const button of buttons) {
      if (isDisplaySetting(button.name)) button.setAttribute('aria-pressed', String((root.dataset[button.name] ?? '') === button.value));
    }
  };
  panel.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !isDisplaySetting(button.name)) return;
    const setting = button.name;
    const value = pressedValue(setting, button.value, root.dataset[setting]);
    if (value) root.dataset[setting] = value;
    else delete root.dataset[setting];
    try {
      localStorage.setItem(SETTING_KEYS[setting], value);
    } catch {
      // Not kept (storage refused): the choice still holds on this page.
    }
    showPressed();
  });
  showPressed();
}
