import { join } from 'node:path';
import { launchBrowser, PHONE, DESKTOP } from './helpers/browser.ts';
import { serveDir } from './helpers/serve.ts';
const [dist, out, spec, ...routes] = process.argv.slice(2);
// spec: e.g. "phone:,phone:xlarge,desktop:"  ; FULL=1 for full page
const server = await serveDir(dist!);
const browser = await launchBrowser();
for (const item of spec!.split(',')) {
  const [name, font] = item.split(':');
  const viewport = name === 'phone' ? PHONE : DESKTOP;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: name === 'phone', hasTouch: name === 'phone', locale: 'zh-CN' });
  if (font) await context.addInitScript((f) => localStorage.setItem('font-size', f), font);
  const tab = await context.newPage();
  for (const route of routes) {
    await tab.goto(server.url + route, { waitUntil: 'networkidle' });
    const file = join(out!, `${name}-${font || 'std'}${route.replace(/[^a-z0-9]+/gi, '_')}.png`);
    await tab.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
