/**
 * The 适老化 字号 choices and where the reader's choice is kept. The switch (FontSizeSwitch.astro,
 * src/islands/font-size.ts) offers them, src/islands/font-size-restore.ts applies the kept one
 * before first paint, and the stylesheet sizes the page for `<html data-font="…">`.
 */

/** The localStorage key of the choice; '' or absent means 标准. */
export const FONT_SIZE_KEY = 'font-size';

/** Each choice: its `data-font` value ('' = 标准, no attribute) and its button's label. */
export const FONT_SIZES = [
  { value: '', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
] as const;
