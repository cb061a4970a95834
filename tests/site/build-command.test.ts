/**
 * `npm run build` (scripts/build.ts): Astro builds, exits, and only then does Pagefind index the
 * staging folder, which is swapped into dist/ once indexed (issue 18: the two processes' memory is
 * no longer added up). A rebuild with the cache kept (as the CI examples keep it) takes unchanged
 * share cards from the cache and redraws only the edited entry's card.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { digestTree, freshContent, npmRun, syntheticId } from '../helpers/gate.ts';
import { repoRoot } from '../helpers/paths.ts';
import { buildCacheDir } from '../../src/integration/build-cache.ts';

const plain = (text: string) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');

describe('npm run build', () => {
  it('indexes search after Astro has exited, publishes dist/ whole, and reuses the share cards of the last build', async () => {
    const root = freshContent('build-command');
    const outDir = join(dirname(root), 'dist');
    const cache = join(dirname(root), 'cache');
    const build = () => npmRun('build', root, ['--outDir', outDir], { SITE_CACHE_DIR: cache });

    const first = await build();
    expect(first.status, first.output).toBe(0);
    const log = plain(first.output);
    // Astro's last line comes before the index: Pagefind ran in the parent, after Astro's process ended.
    const complete = log.indexOf('[build] Complete!');
    const indexed = /搜索索引：(\d+) 个页面/.exec(log);
    expect(complete).toBeGreaterThan(0);
    expect(indexed?.index ?? -1).toBeGreaterThan(complete);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages)[0]?.page_count).toBe(Number(indexed?.[1]));
    expect(Number(indexed?.[1])).toBeGreaterThan(3);
    expect(existsSync(join(dirname(outDir), '.dist-building')), 'no staging folder left').toBe(false);
    const cards = readdirSync(join(buildCacheDir(repoRoot, cache), 'share-cards'));
    expect(cards.length).toBeGreaterThan(5);
    const before = digestTree(outDir);

    // Staff correct one report's title and publish again, with the cache kept.
    const file = join(root, 'reports/2025-08-01-bayi-zuotan.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 测试县召开八一座谈会', 'title: 测试县召开八一建军节座谈会'));
    const second = await build();
    expect(second.status, second.output).toBe(0);
    const written = /分享卡片：(\d+) 张.*?（(\d+) 张取自上次构建的缓存）/.exec(plain(second.output));
    expect(written, plain(second.output).slice(-2000)).not.toBeNull();
    expect(Number(written?.[2])).toBe(Number(written?.[1]) - 1);
    const after = digestTree(outDir);
    const card = 'og/reports/2025-08-01-bayi-zuotan.png';
    expect(after.get(card)).toBeDefined();
    expect(after.get(card)).not.toBe(before.get(card));
    // Every other card is the same file as before.
    const otherCards = [...before.keys()].filter((path) => path.startsWith('og/') && path !== card);
    expect(otherCards.length).toBe(cards.length - 1);
    expect(otherCards.filter((path) => after.get(path) !== before.get(path))).toEqual([]);
    expect(readFileSync(join(outDir, 'reports/2025-08-01-bayi-zuotan/index.html'), 'utf8')).toContain('测试县召开八一建军节座谈会');
    expect(readdirSync(join(buildCacheDir(repoRoot, cache), 'share-cards'))).toHaveLength(cards.length);
    // The search index was written over the last one kept in the cache: no stale fragment of the old title.
    expect(plain(second.output)).toMatch(/沿用上次的 \d+ 个索引文件/);
    expect(readdirSync(join(outDir, 'pagefind/fragment'))).toHaveLength(Number(indexed?.[1]));
    const fragments = readdirSync(join(outDir, 'pagefind/fragment')).map((name) => readFileSync(join(outDir, 'pagefind/fragment', name)));
    expect(fragments.filter((bytes) => gunzipSync(bytes).toString('utf8').includes('测试县召开八一座谈会'))).toEqual([]);

    // Then someone pastes a 身份证号 into another report: the remembered checks of the last build must not hide it.
    const other = join(root, 'reports/2026-08-01-bayi-zuotan.mdx');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\n老兵的身份证号是${syntheticId('11010519491231002')}。\n`);
    const third = await build();
    expect(plain(third.output)).toMatch(/沿用上次构建的结果/);
    expect(third.status).not.toBe(0);
    expect(plain(third.output)).toContain('2026-08-01-bayi-zuotan.mdx');
    expect(plain(third.output)).toContain('身份证号码');
    expect(digestTree(outDir)).toEqual(after);
  }, 600_000);
});
