/**
 * The 显示设置 choices and where the reader's choice is kept: 字号 (适老化) and 高对比度. The switches
 * (DisplaySettings.astro, FontSizeSwitch.astro, src/islands/display-settings.ts) offer them,
 * src/islands/display-restore.ts applies the kept ones before first paint, and the stylesheet styles
 * the page for `<html data-font="…" data-contrast="…">`.
 */

/** The localStorage key of the 字号 choice; '' or absent means 标准. */
export const FONT_SIZE_KEY = 'font-size';

/** The localStorage key of the contrast choice; '' or absent means the site's own colours. */
export const CONTRAST_KEY = 'contrast';

/** Each 字号 choice: its `data-font` value ('' = 标准, no attribute) and its button's label. */
export const FONT_SIZES = [
  { value: '', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
] as const;

/** The `data-contrast` value of the high-contrast mode. */
export const HIGH_CONTRAST = 'high';

/** A switch button's name is the `<html>` data attribute it sets; this is where each is kept. */
export const SETTING_KEYS = { font: FONT_SIZE_KEY, contrast: CONTRAST_KEY } as const;
export type DisplaySetting = keyof typeof SETTING_KEYS;

export function isDisplaySetting(name: string): name is DisplaySetting {
  return Object.hasOwn(SETTING_KEYS, name);
}

/**
 * The value a press sets: a 字号 button sets its size; 高对比度 is a toggle, so pressing it while on
 * turns it off. '' means the attribute is removed.
 */
export function pressedValue(setting: DisplaySetting, buttonValue: string, current: string | undefined): string {
  if (setting === 'contrast' && current) return '';
  return buttonValue;
}
