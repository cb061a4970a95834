/**
 * Islands that must run where they stand in the page, before first paint, as a classic inline
 * <script>: the stored 字号 applied in <head>, the 字号 switch shown in the header, the section
 * bar scrolled to the current section, the 大事记 filter shown above its list. A bundled Astro
 * <script> is a module, and a module runs only after the page is parsed (and, measured on a phone,
 * after the first paint): the header and the timeline list would visibly jump.
 *
 * So such an island is written like any other (TypeScript in src/islands/, type-checked, with
 * imports) and a component imports its bundled source as a string and inlines it:
 *
 *   import restoreDisplay from '../islands/display-restore.ts?inline-script';
 *   <script is:inline set:html={restoreDisplay} />
 *
 * This Vite plugin answers such an import with the module bundled by esbuild into one minified
 * IIFE, syntax lowered to ES2017 for older phones' browsers.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const INLINE_SCRIPT_QUERY = '?inline-script';

/** The island at `file` bundled into the source of one classic inline script, and the files it read. */
export async function bundleInlineScript(file: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2017',
    // Chinese text as it is: a third of the bytes of \u escapes.
    charset: 'utf8',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text.trim() ?? '';
  // `</script` cannot end the element from inside the code: `<\/` means the same in a string or regex.
  return { code: code.replace(/<\/(script)/gi, '<\\/$1'), inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

export function inlineScripts(): Plugin {
  return {
    name: 'shuangyong:inline-scripts',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(INLINE_SCRIPT_QUERY)) return null;
      const { code, inputs } = await bundleInlineScript(id.slice(0, -INLINE_SCRIPT_QUERY.length));
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
