/**
 * Names the editor's build, its admin page and its config generator share. Kept apart from
 * src/lib/editor-config.ts so the admin page's script does not carry the schemas.
 */

/** The Decap CMS bundle's file name, in node_modules/decap-cms/dist/ and in dist/admin/. */
export const EDITOR_BUNDLE = 'decap-cms.js';
/** Its lazily loaded chunks and WebAssembly files end like this (webpack loads them from beside the bundle). */
export const EDITOR_BUNDLE_PARTS = /^(?:\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/;

/** The frontmatter key the editor's save hook fills with the entry's file name (never written to the file). */
export const EDITOR_SLUG_KEY = 'editorSlug';

/** Where the local editor server answers, on the admin page's own origin. */
export const LOCAL_BACKEND_PATH = '/api/v1';

/** The custom format the admin page registers (src/editor/admin.ts): frontmatter + MDX body, our YAML rules. */
export const EDITOR_FORMAT = 'shuangyong-mdx';
