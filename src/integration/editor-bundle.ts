/**
 * Copies the Decap CMS bundle from its npm package into dist/admin/, so /admin/ loads the editor
 * from the site's own origin (no third-party requests). Only the browser files: no source maps.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EDITOR_BUNDLE, EDITOR_BUNDLE_PARTS } from '../lib/editor-names.ts';

/** The folder of the package's browser files. */
export function editorBundleDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`decap-cms/dist/${EDITOR_BUNDLE}`));
}

/** Copies the bundle into `<dir>/admin/`; returns its bytes (the main file and its parts). */
export function copyEditorBundle(dir: string): number {
  const from = editorBundleDir();
  const to = join(dir, 'admin');
  mkdirSync(to, { recursive: true });
  let bytes = 0;
  for (const name of readdirSync(from)) {
    if (name !== EDITOR_BUNDLE && !EDITOR_BUNDLE_PARTS.test(name)) continue;
    copyFileSync(join(from, name), join(to, name));
    bytes += statSync(join(from, name)).size;
  }
  return bytes;
}
