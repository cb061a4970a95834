import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshChecks, rememberedChecks } from '../../src/integration/gate-memo.ts';
import { repoRoot } from '../helpers/paths.ts';
import { syntheticId } from '../helpers/gate.ts';

const cache = mkdtempSync(join(tmpdir(), 'gate-memo-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const clean = '---\ntitle: 八一座谈会\n---\n\n座谈会在县人武部召开。\n';
const leaky = `${clean}\n联系人身份证号${syntheticId('11010519491231002')}。\n`;

describe('remembered per-file checks', () => {
  it('give the same findings as fresh checks, and recheck a file whose text changed', () => {
    const first = rememberedChecks(cache, repoRoot);
    expect(first.lint(clean, 'content/reports/a.mdx')).toEqual([]);
    expect(first.body(clean, 'content/reports/a.mdx')).toEqual(freshChecks.body(clean, 'content/reports/a.mdx'));
    expect(first.counts()).toEqual({ fresh: 2, remembered: 0 });
    first.save();

    const second = rememberedChecks(cache, repoRoot);
    expect(second.lint(clean, 'content/reports/a.mdx')).toEqual([]);
    expect(second.body(clean, 'content/reports/a.mdx')).toEqual(freshChecks.body(clean, 'content/reports/a.mdx'));
    expect(second.counts()).toEqual({ fresh: 0, remembered: 2 });
    // The same file, now with a 身份证号: checked afresh, and found.
    const found = second.lint(leaky, 'content/reports/a.mdx');
    expect(found).toEqual(freshChecks.lint(leaky, 'content/reports/a.mdx'));
    expect(found.map((finding) => finding.rule)).toContain('id-card');
    // The same text under another name is another file (findings name their file).
    expect(second.lint(leaky, 'content/reports/b.mdx')[0]?.file).toBe('content/reports/b.mdx');
    expect(second.counts()).toEqual({ fresh: 2, remembered: 2 });
  });

  it('treats a damaged cache file as an empty cache, and removes results of other checking code', () => {
    const name = readdirSync(cache).find((file) => file.startsWith('gate-'));
    expect(name).toBeDefined();
    writeFileSync(join(cache, name ?? ''), '{ not json');
    writeFileSync(join(cache, 'gate-oldcode.json'), '{}');
    const checks = rememberedChecks(cache, repoRoot);
    expect(checks.lint(clean, 'content/reports/a.mdx')).toEqual([]);
    expect(checks.counts()).toEqual({ fresh: 1, remembered: 0 });
    expect(readdirSync(cache)).not.toContain('gate-oldcode.json');
  });
});
