/**
 * Takes phone (390×844) and desktop screenshots of built pages, for looking at what residents see.
 *   node scripts/dev/screenshots.ts <dist> <out-dir> /route/ [/route/ …]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, PHONE, DESKTOP } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';

const [dist = 'dist', out = 'screenshots', ...routes] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchBrowser();
try {
  for (const [name, viewport, full] of [
    ['phone', PHONE, process.env.FULL === '1'],
    ['desktop', DESKTOP, false],
  ] as const) {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      isMobile: name === 'phone',
      hasTouch: name === 'phone',
      locale: 'zh-CN',
    });
    const tab = await context.newPage();
    for (const route of routes.length ? routes : ['/']) {
      await tab.goto(server.url + route, { waitUntil: 'networkidle' });
      const file = join(out, `${name}${route.replace(/[^a-z0-9]+/gi, '_')}.png`);
      await tab.screenshot({ path: file, fullPage: full });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
