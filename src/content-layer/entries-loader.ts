/**
 * The loader of every entry collection: Astro's `glob()` over `name.mdx` and `name/index.mdx`, with
 * one change in how the body is rendered.
 *
 * Staff write MDX files, but what they write is Markdown: no imports, no components, no
 * expressions beyond `{/* 说明 *\/}` comments (the scaffolds leave those). @astrojs/mdx would still
 * compile each file into a JavaScript module for Vite to bundle, which on a 2,000-page site was
 * most of the build time and a third of its memory (BENCHMARKS.md). So an MDX body that uses no
 * MDX feature is rendered in the content layer, like a `.md` file, with the site's own Markdown
 * pipeline plus remark-mdx (MDX's parsing rules still apply: `<`, `{`, no indented code), and the
 * HTML is kept in the data store. A body that does use MDX (an import, a component, an expression)
 * is handed to @astrojs/mdx exactly as before, and so is one that does not parse: the MDX compiler
 * then reports the error with its line. (The content check refuses both before a build starts,
 * src/lib/mdx-body.ts, so a published body always takes the fast path.)
 */
import type { AstroConfig, ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isUnifiedProcessor, unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Node, Parent } from 'unist';
import { pathToFileURL } from 'node:url';
import { smartypantsMayChange } from '../lib/smartypants.ts';

type GlobOptions = Parameters<typeof glob>[0];
/** Astro hands loaders its content entry types (glob() looks files up in them); the public type omits them. */
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, ContentEntryType> };
type AstroRenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;
/** Astro's render function, except that undefined means "leave this one to @astrojs/mdx". */
type RenderFunction = (entry: Parameters<AstroRenderFunction>[0]) => Promise<Awaited<ReturnType<AstroRenderFunction>> | undefined>;
// glob() stores whatever the render function returns; undefined is what it stores when rendering fails.
const asAstroRender = (render: RenderFunction) => render as AstroRenderFunction;

/** MDX syntax tree nodes that only the MDX compiler can render. */
const MDX_NODES = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression']);
const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression']);

/** True for the source of `{/* … *\/}` or `{// …}`: an expression that renders nothing. */
export function isCommentOnly(expression: string): boolean {
  return (
    expression
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

/** Frontmatter objects of bodies found to need the MDX compiler (the renderer hands back only these). */
const needsMdxCompiler = new WeakSet<object>();

/**
 * remark plugin: drops comment expressions. At anything else only MDX can render it marks the file
 * (`file.data.needsMdxCompiler`, and its frontmatter object) and empties the tree, so nothing is
 * rendered twice. It marks rather than throws: Astro's renderer logs every error it sees.
 */
export function remarkPlainMarkdownOnly() {
  return (tree: Parent, file: VFile) => {
    let needsMdx = false;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!MDX_NODES.has(node.type)) return;
      const value = (node as Node & { value?: string }).value ?? '';
      if (EXPRESSIONS.has(node.type) && parent && index !== undefined && isCommentOnly(value)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      needsMdx = true;
      return EXIT;
    });
    if (!needsMdx) return;
    file.data.needsMdxCompiler = true;
    const frontmatter = (file.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;
    if (frontmatter) needsMdxCompiler.add(frontmatter);
    tree.children = [];
  };
}

/**
 * The options Astro's own Markdown entry type gives `createRenderer` (image, syntaxHighlight,
 * shikiConfig, gfm, smartypants). Astro's config types let an optional field hold undefined where
 * @astrojs/markdown-remark's types do not; markdown-remark reads an undefined field as an absent one,
 * so the undefined fields are left out. Of `image` it reads only the allowed remote domains and patterns.
 */
function sharedMarkdownOptions(config: AstroConfig): AstroMarkdownOptions {
  const { markdown, image } = config;
  const { syntaxHighlight } = markdown;
  const { defaultColor, ...shikiConfig } = markdown.shikiConfig;
  return {
    image: {
      domains: image.domains,
      remotePatterns: image.remotePatterns.map(({ protocol, hostname, port, pathname }) => ({
        ...(protocol === undefined ? {} : { protocol }),
        ...(hostname === undefined ? {} : { hostname }),
        ...(port === undefined ? {} : { port }),
        ...(pathname === undefined ? {} : { pathname }),
      })),
    },
    syntaxHighlight:
      typeof syntaxHighlight !== 'object'
        ? syntaxHighlight
        : syntaxHighlight.excludeLangs === undefined
          ? { type: syntaxHighlight.type }
          : { type: syntaxHighlight.type, excludeLangs: syntaxHighlight.excludeLangs },
    shikiConfig: defaultColor === undefined ? shikiConfig : { ...shikiConfig, defaultColor },
    ...(markdown.gfm === undefined ? {} : { gfm: markdown.gfm }),
    ...(markdown.smartypants === undefined ? {} : { smartypants: markdown.smartypants }),
  };
}

/**
 * The `.mdx` entry type with a render function: plain bodies come back as HTML; bodies that need
 * the MDX compiler come back as undefined (the store wrapper below defers them to @astrojs/mdx).
 */
function withPlainMarkdownRendering(mdx: ContentEntryType): ContentEntryType {
  return {
    ...mdx,
    async getRenderFunction(config: AstroConfig) {
      const { markdown } = config;
      // Another processor (Sätteri) would not match @astrojs/mdx's output: leave everything to MDX.
      if (!isUnifiedProcessor(markdown.processor)) return asAstroRender(() => Promise.resolve(undefined));
      const options = markdown.processor.options;
      const processorOptions = { ...options, remarkPlugins: [remarkMdx, remarkPlainMarkdownOnly, ...(options.remarkPlugins ?? [])] };
      const shared = sharedMarkdownOptions(config);
      const renderer = await unified(processorOptions).createRenderer(shared);
      // The same pipeline without SmartyPants, for bodies it would leave as they are (src/lib/smartypants.ts).
      const smartypants = processorOptions.smartypants ?? shared.smartypants;
      const plainRenderer =
        smartypants === false ? renderer : await unified({ ...processorOptions, smartypants: false }).createRenderer(shared);
      const render: RenderFunction = async (entry) => {
        try {
          const frontmatter = { ...entry.data };
          const body = entry.body ?? '';
          const result = await (smartypantsMayChange(body) ? renderer : plainRenderer).render(
            body,
            entry.filePath ? { frontmatter, fileURL: pathToFileURL(entry.filePath) } : { frontmatter },
          );
          if (needsMdxCompiler.has(frontmatter)) return undefined;
          const { localImagePaths, remoteImagePaths } = result.metadata;
          return { html: result.code, metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] } };
        } catch {
          // A syntax error: the MDX compiler reports it with file and line when it compiles the body.
          return undefined;
        }
      };
      return asAstroRender(render);
    },
  };
}

/** `glob()` for one collection's entries, rendering plain-Markdown MDX bodies in the content layer. */
export function entriesLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'shuangyong-entries',
    load: async (loaderContext) => {
      const context = loaderContext as ContextWithEntryTypes;
      const mdx = context.entryTypes.get('.mdx');
      if (!mdx) return inner.load(context);
      const entryTypes = new Map(context.entryTypes).set('.mdx', withPlainMarkdownRendering(mdx));
      // A store kept from `astro dev` or `astro sync` may hold drafts that glob() would keep as unchanged.
      if (process.env.SHUANGYONG_DROP_DRAFTS === '1') {
        for (const entry of [...context.store.values()])
          if ((entry.data as { draft?: unknown }).draft === true) context.store.delete(entry.id);
      }
      // An MDX entry left without HTML is rendered by @astrojs/mdx, as glob() does for every .mdx.
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              // A build leaves drafts out of the store, so nothing of theirs (not even a photo) is emitted.
              if (process.env.SHUANGYONG_DROP_DRAFTS === '1' && (entry.data as { draft?: unknown }).draft === true) return false;
              return target.set(entry.filePath?.endsWith('.mdx') && !entry.rendered ? { ...entry, deferredRender: true } : entry);
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      return inner.load({ ...context, entryTypes, store } as LoaderContext);
    },
  };
}
