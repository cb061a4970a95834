/**
 * Publishing with the build cache kept (issue 18): a rebuild copies the entry pages whose data did
 * not change from the last build (src/data/page-cache-key.ts) and must give exactly the site a cold
 * build of the same content gives. Staff edit one story's title and text, replace a photo under the
 * same file name (a face blurred), add a story and correct a policy, in the same content folder the
 * first build read, and rebuild with that build's cache, as a CI restores it; every build is
 * `npm run build` (SITE_TODAY is the fixtures' day, 2026-08-15). (The basic fixture: three builds
 * of the demo would cost the suite a minute and a half.)
 *
 * Every page the rebuild renders again (the home page, the sections' first pages) must also be
 * byte-identical to the cold build's: builds are reproducible, so deploys are diffable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, tmpRoot } from '../helpers/build-site.ts';
import { npmRun } from '../helpers/gate.ts';
import { filesUnder } from '../../tools/files.ts';
import { must } from '../helpers/must.ts';
import { buildCacheDir } from '../../src/integration/build-cache.ts';

/**
 * `npm run build` into `<name>/dist` with the cache `<name>/cache`, each in a process of its own as
 * staff and CI run it (an Astro build inside the test process would reuse the last build's modules).
 */
async function build(name: string, content: string): Promise<string> {
  const outDir = join(tmpRoot, name, 'dist');
  const run = await npmRun('build', content, ['--outDir', outDir], { SITE_CACHE_DIR: join(tmpRoot, name, 'cache') });
  expect(run.status, run.output).toBe(0);
  return outDir;
}

const EDITED = '2025-08-01-bayi-zuotan';
const PHOTO_CHANGED = '2026-02-10-chunjie-weiwen';
const ADDED = '2025-08-15-bayi-buchong';
const POLICY = 'youdaijin-2026';

/** The basic fixture's content, copied where both builds read it. */
function copyContent(): string {
  const content = join(tmpRoot, 'incremental-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(repoRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
  return content;
}

/** The staff's changes. */
function change(content: string): void {
  const report = join(content, 'reports', `${EDITED}.mdx`);
  const text = readFileSync(report, 'utf8');
  const retitled = text.replace(/^title: (.*)$/m, 'title: $1（更正）');
  expect(retitled).not.toBe(text);
  writeFileSync(report, `${retitled.trimEnd()}\n\n更正：活动时间为上午九时。\n`);
  // The same file name, other bytes: the page must show the new photo.
  cpSync(
    join(repoRoot, 'content/reports/2025-01-22-chunjie-zoufang-weiwen/photo-1.jpg'),
    join(content, 'reports', PHOTO_CHANGED, 'photo.jpg'),
  );
  const added = text.replace(/^title: .*$/m, 'title: 八一座谈会补充报道').replace(/^date: .*$/m, 'date: 2025-08-15');
  writeFileSync(join(content, 'reports', `${ADDED}.mdx`), added);
  const policy = join(content, 'policies', `${POLICY}.mdx`);
  writeFileSync(policy, `${readFileSync(policy, 'utf8').trimEnd()}\n\n本标准由县退役军人事务局负责解释。\n`);
}

interface Manifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }>;
}
/** Astro's record of the keyed pages of a build (experimental.incrementalBuild). */
const manifest = (site: string): Manifest =>
  JSON.parse(readFileSync(join(buildCacheDir(repoRoot, join(tmpRoot, site, 'cache')), 'incremental-build.json'), 'utf8')) as Manifest;
/** The keyed pages of `after` that `before` had with the same key and code: the ones copied, not rendered. */
function copiedPages(before: Manifest, after: Manifest): string[] {
  return Object.entries(after.routes).flatMap(([route, entry]) =>
    Object.entries(entry.paths)
      .filter(([path, { cacheKey }]) => {
        const old = before.routes[route];
        return old?.dependencyHash === entry.dependencyHash && old.paths[path]?.cacheKey === cacheKey;
      })
      .map(([path]) => path),
  );
}
const keyedPages = (m: Manifest) => Object.values(m.routes).flatMap((entry) => Object.keys(entry.paths));

/** Every file of a site but the search index (its own process writes it after the pages; tests/site/search-index.test.ts reads it). */
const files = (dir: string) =>
  filesUnder(dir)
    .map((file) => relative(dir, file))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();

describe('rebuilding with the cache kept', () => {
  let rebuilt = '';
  let cold = '';
  let before: Manifest;
  beforeAll(async () => {
    const content = copyContent();
    rmSync(join(tmpRoot, 'incremental-first'), { recursive: true, force: true });
    rmSync(join(tmpRoot, 'incremental-cold'), { recursive: true, force: true });
    await build('incremental-first', content);
    before = manifest('incremental-first');
    change(content);
    rebuilt = await build('incremental-first', content);
    cold = await build('incremental-cold', content);
  }, 300_000);

  it('copies the pages whose data did not change instead of rendering them', () => {
    const after = manifest('incremental-first');
    const copied = copiedPages(before, after);
    // The 典型 and the 2024 policy name none of the changes: their pages and articles are copied.
    for (const page of ['/cases/ceshi-laobing/', '/staff/wechat/cases/ceshi-laobing/', '/staff/export/policies/youdaijin-2024.json'])
      expect(copied, page).toContain(page);
    // Lists too: the town's page lists none of the changed stories. The lists that show one are
    // rendered again, and so is every year of 大事记, whose index of years counts the added story.
    expect(copied).toContain('/units/ceshi-zhen/');
    for (const page of [
      '/units/ceshi-budui/',
      '/timeline/2025/',
      '/timeline/2026/',
      '/reports/year/2025/',
      '/reports/type/zoufang-weiwen/',
    ])
      expect(copied, page).not.toContain(page);
    expect(keyedPages(after)).toContain(`/reports/${ADDED}/`);
    // The story edited, the one whose photo changed, the policy corrected, and the story's own article for the 公众号.
    for (const page of [`/reports/${EDITED}/`, `/reports/${PHOTO_CHANGED}/`, `/policies/${POLICY}/`, `/staff/wechat/reports/${EDITED}/`])
      expect(copied, page).not.toContain(page);
  });

  it('gives exactly the site a cold build gives', () => {
    const names = files(cold);
    expect(files(rebuilt)).toEqual(names);
    expect(names.length).toBeGreaterThan(300);
    const different = names.filter((file) => !readFileSync(join(cold, file)).equals(readFileSync(join(rebuilt, file))));
    expect(different).toEqual([]);
  });

  it('shows the corrected story and the new one', () => {
    const page = readFileSync(join(rebuilt, 'reports', EDITED, 'index.html'), 'utf8');
    expect(must(/<h1[^>]*>([^<]*)<\/h1>/.exec(page))[1]).toContain('（更正）');
    expect(page).toContain('更正：活动时间为上午九时。');
    expect(readFileSync(join(rebuilt, 'reports', ADDED, 'index.html'), 'utf8')).toContain('八一座谈会补充报道');
  });
});

describe('rebuilding after an attachment changed', () => {
  // A flat policy (id.mdx) keeps its attachment beside it in the collection folder, not in a folder
  // of its own; its page names the file's size, so a new version of the file renders it again.
  const POLICY_WITH_FILE = 'youdaijin-2024';
  let rebuilt = '';
  let cold = '';
  beforeAll(async () => {
    const content = join(tmpRoot, 'attachment-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(join(repoRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
    const pdf = join(content, 'policies', 'youdaijin-2024-quanwen.pdf');
    cpSync(join(repoRoot, 'content/policies/xian-youfu-dongji-weiwen-banfa/banfa.pdf'), pdf);
    const policy = join(content, 'policies', `${POLICY_WITH_FILE}.mdx`);
    const text = readFileSync(policy, 'utf8');
    writeFileSync(policy, text.replace(/^---\n/, '---\nattachments:\n  - file: ./youdaijin-2024-quanwen.pdf\n    title: 标准全文\n'));
    rmSync(join(tmpRoot, 'attachment-first'), { recursive: true, force: true });
    rmSync(join(tmpRoot, 'attachment-cold'), { recursive: true, force: true });
    await build('attachment-first', content);
    // The scanned version replaces the text one: the same name, a file three times the size.
    const bytes = readFileSync(pdf);
    writeFileSync(pdf, Buffer.concat([bytes, bytes, bytes]));
    rebuilt = await build('attachment-first', content);
    cold = await build('attachment-cold', content);
  }, 300_000);

  it("shows the new file's size on the policy's page", () => {
    const page = (dist: string) => readFileSync(join(dist, 'policies', POLICY_WITH_FILE, 'index.html'), 'utf8');
    expect(page(rebuilt)).toContain('标准全文');
    expect(page(rebuilt)).toBe(page(cold));
  });
});
