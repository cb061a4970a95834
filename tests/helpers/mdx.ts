/**
 * The MDX compiler Astro's MDX integration uses (@mdx-js/mdx, declared as a devDependency at the
 * version @astrojs/mdx brings), for tests that prove generated bodies compile. A test that needs it
 * fails when it is missing: it never passes without having compiled anything.
 */
import { compile } from '@mdx-js/mdx';

export function loadMdxCompiler(): (text: string) => Promise<unknown> {
  return (text) => compile(text);
}
