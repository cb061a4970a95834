/**
 * Takes phone (390×844) and desktop screenshots of built pages, for looking at what residents see.
 *   node scripts/dev/screenshots.ts <dist> <out-dir> /route/ [/route/ …]
 * FULL=1 takes the whole phone page; FONT=xlarge and CONTRAST=high take them with that 显示设置
 * kept, as a reader who chose it would see every page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, PHONE, DESKTOP } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { CONTRAST_KEY, FONT_SIZE_KEY } from '../../src/lib/display-settings.ts';

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
    const kept = { [FONT_SIZE_KEY]: process.env.FONT ?? '', [CONTRAST_KEY]: process.env.CONTRAST ?? '' };
    await context.addInitScript((settings: Record<string, string>) => {
      for (const [key, value] of Object.entries(settings)) if (value) localStorage.setItem(key, value);
    }, kept);
    const suffix = [process.env.FONT, process.env.CONTRAST].filter(Boolean).join('-');
    const tab = await context.newPage();
    for (const route of routes.length ? routes : ['/']) {
      await tab.goto(server.url + route, { waitUntil: 'networkidle' });
      const file = join(out, `${name}${route.replace(/[^a-z0-9]+/gi, '_')}${suffix ? `-${suffix}` : ''}.png`);
      await tab.screenshot({ path: file, fullPage: full });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
