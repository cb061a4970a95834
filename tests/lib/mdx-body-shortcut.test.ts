/**
 * checkMdxBody skips the parse for a body without `<`, `{`, `}`, `!` or an import/export line
 * (src/lib/mdx-body.ts). Held here to the full parse: the same findings for every demo file and
 * for short mixes of the characters MDX reacts to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxBody, parseMdxBody } from '../../src/lib/mdx-body.ts';

const files = readdirSync('content', { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));

function mixes(): string[] {
  const pieces = ['<', '{', '}', '![](a.jpg)', '![图](a.jpg)', '!', 'import ', 'export ', '\n', '文字', '\\'];
  const out: string[] = [];
  for (const a of pieces)
    for (const b of pieces) for (const c of pieces) out.push(`---\ntitle: x\n---\n${a}${b}${c}`, `正文${a}${b}${c}说明\n`);
  return out;
}

describe('checkMdxBody without a parse', () => {
  it('finds what the full parse finds, in the demo files and in mixes of MDX syntax', () => {
    let skipped = 0;
    let found = 0;
    for (const text of [...files, ...mixes()]) {
      const full = parseMdxBody(text, 'content/reports/x/index.mdx');
      expect(checkMdxBody(text, 'content/reports/x/index.mdx'), JSON.stringify(text)).toEqual(full);
      if (full.problems.length > 0 || full.images.length > 0) found += 1;
      if (!/[<{}!]|^[ \t]*(?:import|export)\b/m.test(text.replace(/^---\n[\s\S]*?\n---\n/, ''))) skipped += 1;
    }
    expect(found).toBeGreaterThan(300);
    expect(skipped).toBeGreaterThan(150);
  });

  it('still refuses an expression, a tag and an import line', () => {
    for (const text of ['金额{1000-200}元', '<div>块</div>', 'import x from "y"']) {
      expect(checkMdxBody(text, 'a.mdx').problems.length, text).toBe(1);
    }
  });
});
