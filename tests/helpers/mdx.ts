/**
 * The MDX compiler Astro's MDX integration uses (@mdx-js/mdx, a dependency of @astrojs/mdx), for
 * tests that prove generated bodies compile. Undefined, with a warning, if it cannot be loaded.
 */
export async function loadMdxCompiler(): Promise<((text: string) => Promise<unknown>) | undefined> {
  try {
    const mdx = await import('@mdx-js/mdx');
    return (text) => mdx.compile(text);
  } catch {
    console.warn('跳过 MDX 编译检查：找不到 @mdx-js/mdx');
    return undefined;
  }
}
