/**
 * The content layer renders a body without SmartyPants when smartypantsMayChange says it would
 * change nothing (src/lib/smartypants.ts). Held here against the real pipeline: every body that
 * is said to be safe renders the same with and without it, over the demo content and over strings
 * built from the punctuation SmartyPants rewrites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { smartypantsMayChange } from '../../src/lib/smartypants.ts';

const shared = { syntaxHighlight: false as const };
const withSmartypants = await unified({ remarkPlugins: [remarkGfm] }).createRenderer(shared);
const withoutSmartypants = await unified({ remarkPlugins: [remarkGfm], smartypants: false }).createRenderer(shared);
const html = async (renderer: typeof withSmartypants, markdown: string) => (await renderer.render(markdown)).code;

function bodies(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

/** Every short mix of the characters SmartyPants looks at, in Chinese and Latin text. */
function mixes(): string[] {
  const pieces = ['"', "'", '`', '-', '.', ' ', '&quot;', '\\-', 'word', '\n', '**粗**'];
  const out: string[] = [];
  for (const a of pieces) for (const b of pieces) for (const c of pieces) out.push(`文${a}${b}${c}字`, `${a}${b}${c}`);
  return out;
}

describe('smartypantsMayChange', () => {
  it('is false for plain Chinese text with full-width punctuation and decimals', () => {
    expect(smartypantsMayChange('县双拥办走访慰问驻县官兵，送去“清凉”物资……每人 1.5 千克。')).toBe(false);
  });

  it.each(['他说"好"', "it's", '``引``', '甲--乙', '等等...', '等等. . .', '&quot;', '\\-\\-'])('is true for %j', (text) => {
    expect(smartypantsMayChange(text)).toBe(true);
  });

  it('never says "no change" where SmartyPants changes the rendered HTML (demo bodies and punctuation mixes)', async () => {
    const samples = [...bodies('content'), ...mixes()];
    let safe = 0;
    let changed = 0;
    for (const markdown of samples) {
      const [a, b] = await Promise.all([html(withSmartypants, markdown), html(withoutSmartypants, markdown)]);
      if (a !== b) {
        changed += 1;
        expect(smartypantsMayChange(markdown), markdown).toBe(true);
      }
      if (!smartypantsMayChange(markdown)) safe += 1;
    }
    // Both kinds occur, so the comparison above is not empty on either side.
    expect(changed).toBeGreaterThan(100);
    expect(safe).toBeGreaterThan(40);
  });
});
