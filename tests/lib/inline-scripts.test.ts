/**
 * Islands inlined as classic scripts (src/integration/inline-scripts.ts): bundled into one
 * self-contained, minified script. Each is run here as a page would run it, in a bare context.
 */
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { bundleInlineScript } from '../../src/integration/inline-scripts.ts';
import { CONTRAST_KEY, FONT_SIZE_KEY, HIGH_CONTRAST } from '../../src/lib/display-settings.ts';

const island = (name: string) => fileURLToPath(new URL(`../../src/islands/${name}`, import.meta.url));

/** A page with only what the restore script touches: localStorage and <html>'s dataset. */
function restoreOnPage(code: string, storage: Record<string, string> | 'refused') {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storage === 'refused') throw new Error('SecurityError');
      return storage[key] ?? null;
    },
  };
  runInNewContext(code, { localStorage, document: { documentElement: { dataset } } });
  return dataset;
}

describe('the 字号 restore inlined in <head>', () => {
  it('is one classic script: no import or export left, minified, small', async () => {
    const { code, inputs } = await bundleInlineScript(island('display-restore.ts'));
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\n/);
    expect(Buffer.byteLength(code)).toBeLessThan(256);
    // The key comes from src/lib/display-settings.ts, bundled in; a change there is watched in dev.
    expect(inputs.some((input) => input.endsWith('src/lib/display-settings.ts'))).toBe(true);
  });

  it('applies the size the switch stored, under the switch’s key', async () => {
    const { code } = await bundleInlineScript(island('display-restore.ts'));
    expect(restoreOnPage(code, { [FONT_SIZE_KEY]: 'xlarge' })).toEqual({ js: '', font: 'xlarge' });
    expect(restoreOnPage(code, { [FONT_SIZE_KEY]: 'large' })).toEqual({ js: '', font: 'large' });
  });

  it('applies high contrast the switch stored, with or without a 字号', async () => {
    const { code } = await bundleInlineScript(island('display-restore.ts'));
    expect(restoreOnPage(code, { [CONTRAST_KEY]: HIGH_CONTRAST })).toEqual({ js: '', contrast: HIGH_CONTRAST });
    expect(restoreOnPage(code, { [CONTRAST_KEY]: HIGH_CONTRAST, [FONT_SIZE_KEY]: 'xlarge' })).toEqual({
      js: '',
      contrast: HIGH_CONTRAST,
      font: 'xlarge',
    });
  });

  it('leaves the standard size when nothing or 标准 is stored, or storage is refused', async () => {
    const { code } = await bundleInlineScript(island('display-restore.ts'));
    expect(restoreOnPage(code, {})).toEqual({ js: '' });
    expect(restoreOnPage(code, { [FONT_SIZE_KEY]: '' })).toEqual({ js: '' });
    expect(restoreOnPage(code, 'refused')).toEqual({ js: '' });
  });
});

describe('any inlined island', () => {
  it('cannot close its script element, and still means the same', async () => {
    const { code } = await bundleInlineScript(fileURLToPath(new URL('../fixtures/inline-scripts/closes-script.ts', import.meta.url)));
    expect(code.toLowerCase()).not.toContain('</script');
    const context: { seen?: string } = {};
    runInNewContext(code, context);
    expect(context.seen).toBe(`${FONT_SIZE_KEY}</script><script>`);
  });

  it('is lowered for older browsers (no ?? or ?. in the page)', async () => {
    const { code } = await bundleInlineScript(island('display-settings.ts'));
    expect(code).not.toMatch(/\?\?|\?\./);
  });
});
