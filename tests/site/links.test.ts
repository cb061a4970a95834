/**
 * linkinator over the built demo site, served on loopback: no broken internal link, anchor or
 * image anywhere. Links that leave the site are not followed (no network here, and no need).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker, LinkState } from 'linkinator';
import { join } from 'node:path';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { tmpRoot } from '../helpers/build-site.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serveDir(join(tmpRoot, 'demo', 'dist'));
});
afterAll(() => server?.close());

describe('links on the built demo site', () => {
  it('has no broken internal link, fragment or image', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}/`,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(server.url)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status} ${link.url} (from ${link.parent})`);
    expect(broken).toEqual([]);
    // The crawl really walked the site: every section and many entries.
    const seen = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname));
    for (const section of [
      '/plans/',
      '/reports/',
      '/cases/',
      '/policies/',
      '/education/',
      '/calendar/',
      '/timeline/',
      '/units/',
      '/about/',
    ]) {
      expect(seen.has(section), section).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(150);
  }, 180_000);
});
