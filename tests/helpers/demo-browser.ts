/** Chromium and a loopback server for the built demo site, opened once per test file. */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { tmpRoot } from './build-site.ts';

export function useDemoSite(): { browser: () => Browser; url: () => string } {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDir(join(tmpRoot, 'demo', 'dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, url: () => server.url };
}
