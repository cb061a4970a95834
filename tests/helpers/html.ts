import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { tmpRoot } from './build-site.ts';

/** The built HTML of a route, e.g. page('demo', '/reports/') reads tests/.tmp/demo/dist/reports/index.html. */
export function page(site: string, route: string): HTMLElement {
  return parse(readFileSync(routeFile(site, route), 'utf8'));
}

export function routeFile(site: string, route: string): string {
  const dist = join(tmpRoot, site, 'dist');
  return route.endsWith('/') ? join(dist, route, 'index.html') : join(dist, route);
}

export function routeExists(site: string, route: string): boolean {
  return existsSync(routeFile(site, route));
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
