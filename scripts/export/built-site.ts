/**
 * What the export commands read: the export files the last `npm run build` wrote into dist/staff/export/
 * (one JSON per entry, made by the same renderer as the site's pages and the staff page).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, shown } from '../cli.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { EXPORT_INDEX_URL, exportJsonUrl } from '../../src/model/urls.ts';
import type { ExportRecord } from '../../src/lib/channels/export.ts';
import type { CollectionName } from '../../src/model/index.ts';

export interface ExportIndex {
  format: string;
  site: string;
  baseUrl: string;
  entries: { collection: CollectionName; id: string; title: string; date: string; file: string }[];
}

export interface BuiltSite {
  dist: string;
  index: ExportIndex;
  /** A file of the built site by its address on the site (/_astro/x.jpg → dist/_astro/x.jpg). */
  fileOf(urlOrPath: string): string;
  record(collection: CollectionName, id: string): ExportRecord;
  /** Set when content changed after the build: the export is of the older version. */
  stale?: string | undefined;
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function openBuiltSite(distOption: string | undefined): BuiltSite {
  const dist = resolve(distOption ?? process.env.SITE_DIST_DIR ?? 'dist');
  const indexFile = join(dist, EXPORT_INDEX_URL);
  if (!existsSync(indexFile)) {
    fail(`没有找到 ${shown(indexFile)}。导出用的是生成好的网站：请先运行 npm run build，再运行这条命令。`);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as ExportIndex;
  const root = contentRoot();
  const stale =
    existsSync(root) && newestChange(root) > statSync(indexFile).mtimeMs
      ? `注意：${shown(root)} 里的内容在上次 npm run build 之后改过，导出的是上次生成的版本。要导出最新内容，请先重新运行 npm run build。`
      : undefined;
  return {
    dist,
    index,
    stale,
    fileOf(urlOrPath) {
      const path = decodeURIComponent(new URL(urlOrPath, index.baseUrl).pathname);
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file)) fail(`生成的网站里缺少文件 ${path}：请重新运行 npm run build。`);
      return file;
    },
    record(collection, id) {
      const file = join(dist, exportJsonUrl(collection, id));
      if (!existsSync(file)) fail(`生成的网站里缺少 ${shown(file)}：请重新运行 npm run build。`);
      return JSON.parse(readFileSync(file, 'utf8')) as ExportRecord;
    },
  };
}
