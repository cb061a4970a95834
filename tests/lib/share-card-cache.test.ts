/** Share cards kept across builds: the second build copies unchanged cards and redraws only changed ones. */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShareCardBuild, type PlannedCard } from '../../src/integration/share-cards.ts';
import { ShareCardCache } from '../../src/integration/share-card-cache.ts';

const card = (title: string) => ({ title, kicker: '活动报道', header: '示例县双拥宣传站', footer: 'x.gov.cn' });

describe('ShareCardCache through ShareCardBuild', () => {
  it('reuses unchanged cards byte for byte, redraws a changed title or photo, and keeps only the last build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'card-cache-'));
    try {
      const cacheDir = join(root, 'cache');
      const photo = join(root, 'cover.jpg');
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2f7d4a' } })
        .jpeg()
        .toFile(photo);
      const first: PlannedCard[] = [
        { path: '/og/reports/a.png', card: card('八一前夕走访慰问驻县部队') },
        { path: '/og/reports/b.png', card: card('退役军人服务站挂牌') },
        { path: '/og/reports/c.jpg', card: card('清明祭扫烈士陵园'), photo },
      ];
      const cold = new ShareCardBuild(first, new ShareCardCache(cacheDir));
      expect(await cold.write(join(root, 'dist1'))).toMatchObject({ cards: 3, cached: 0 });
      expect(readdirSync(cacheDir)).toHaveLength(3);

      // Same cards: all from the cache, the same bytes as drawn.
      const warm = new ShareCardBuild(first, new ShareCardCache(cacheDir));
      warm.startEarly();
      expect(await warm.write(join(root, 'dist2'))).toMatchObject({ cards: 3, cached: 3, glyphs: 0 });
      for (const { path } of first)
        expect(readFileSync(join(root, 'dist2', path)).equals(readFileSync(join(root, 'dist1', path))), path).toBe(true);

      // One title edited, the photo replaced by another under the same name: both redrawn.
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7d2f2f' } })
        .jpeg()
        .toFile(photo);
      const second: PlannedCard[] = [{ ...first[0]!, card: card('八一前夕走访慰问驻县部队官兵') }, first[1]!, first[2]!];
      const edited = new ShareCardBuild(second, new ShareCardCache(cacheDir));
      edited.startEarly();
      expect(await edited.write(join(root, 'dist3'))).toMatchObject({ cards: 3, cached: 1 });
      expect(readFileSync(join(root, 'dist3/og/reports/a.png')).equals(readFileSync(join(root, 'dist1/og/reports/a.png')))).toBe(false);
      expect(readFileSync(join(root, 'dist3/og/reports/c.jpg')).equals(readFileSync(join(root, 'dist1/og/reports/c.jpg')))).toBe(false);
      // The old title's card and the old photo's card are gone from the cache.
      expect(readdirSync(cacheDir)).toHaveLength(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
