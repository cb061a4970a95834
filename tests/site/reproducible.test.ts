/** Two builds of the same content give byte-identical HTML (and feeds), so deploys are diffable. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, tmpRoot } from '../helpers/build-site.ts';
import { DEMO_TODAY } from '../global-setup.ts';
import { filesUnder } from '../../tools/files.ts';

describe('reproducible builds', () => {
  it('rebuilding the demo gives identical HTML, XML and iCalendar files', async () => {
    const first = join(tmpRoot, 'demo', 'dist');
    const { outDir: second } = await buildSite('demo-again', 'content', { today: DEMO_TODAY, cacheOf: 'demo' });
    const text = (dir: string) =>
      filesUnder(dir)
        .filter((f) => /\.(html|xml|ics|txt)$/.test(f))
        .map((f) => relative(dir, f))
        .sort();
    const files = text(first);
    expect(text(second)).toEqual(files);
    expect(files.length).toBeGreaterThan(100);
    const different = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(different).toEqual([]);
  }, 300_000);
});
