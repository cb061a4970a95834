import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { indexSite } from '../../src/integration/search-index.ts';
import { filesUnder } from '../../tools/files.ts';

const root = mkdtempSync(join(tmpdir(), 'index-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = join(root, name);
  for (const [id, text] of Object.entries(pages)) {
    mkdirSync(join(dir, 'reports', id), { recursive: true });
    writeFileSync(
      join(dir, 'reports', id, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><title>${id}</title></head><body><article data-pagefind-body><h1>${id}</h1><p>${text}</p></article></body></html>`,
    );
  }
  return dir;
}

/** Every file of the index with its bytes, by path inside pagefind/. */
function indexFiles(dist: string): Map<string, string> {
  const folder = join(dist, 'pagefind');
  return new Map(filesUnder(folder).map((file) => [relative(folder, file), readFileSync(file).toString('base64')]));
}

const quiet = { info: () => undefined };
const before = { 'r-1': '八一前夕走访慰问驻地官兵', 'r-2': '退役军人服务站开展政策宣讲', 'r-3': '清明节烈士陵园祭扫活动' };
const after = { ...before, 'r-2': '退役军人服务站开展就业创业政策宣讲（更正）' };

describe('a rebuild reuses the kept search index', () => {
  it('writes the same index as a fresh build, keeps only referenced files, and keeps this build for the next', async () => {
    const kept = join(root, 'cache', 'search-index');
    await indexSite(site('first', before), quiet, kept);
    const firstFragments = readdirSync(join(kept, 'fragment'));
    expect(firstFragments).toHaveLength(3);

    const rebuilt = site('rebuilt', after);
    await indexSite(rebuilt, quiet, kept);
    const fresh = site('fresh', after);
    await indexSite(fresh, quiet);

    // The same files with the same bytes as indexing the changed site from nothing: the old
    // fragment of r-2 and the chunks that held its old words are gone.
    expect(indexFiles(rebuilt)).toEqual(indexFiles(fresh));
    const fragments = readdirSync(join(rebuilt, 'pagefind', 'fragment'));
    expect(fragments).toHaveLength(3);
    expect(fragments.filter((name) => firstFragments.includes(name))).toHaveLength(2);
    expect(readdirSync(join(kept, 'fragment')).sort()).toEqual([...fragments].sort());
  }, 60_000);
});
