/**
 * The admin page's browser code: registers with Decap CMS (loaded before this from /admin/decap-cms.js)
 * our file format, the save hook that names new entries by the project's slug rules, the site's
 * stylesheet and the preview templates, then starts the CMS with /admin/config.yml.
 */
import { EDITOR_FORMAT, EDITOR_SLUG_KEY, LOCAL_BACKEND_PATH } from '../lib/editor-names.ts';
import { entryFromFile, entryToFile } from '../lib/editor-format.ts';
import { defaultSlug } from '../lib/scaffold.ts';
import { isCollectionName } from '../model/collections.ts';
import { previewTemplates, type PreviewProps, type Html } from './preview.ts';

interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

interface Cms {
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(data: unknown, order?: readonly string[]): string },
  ): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  init(options?: { config?: unknown }): void;
}

declare global {
  interface Window {
    CMS?: Cms;
    h?: Html;
  }
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

function start(cms: Cms, h: Html, styleHref: string | undefined) {
  cms.registerCustomFormat(EDITOR_FORMAT, 'mdx', {
    fromFile: (text) => entryFromFile(text),
    toFile: (data, order) => entryToFile(data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, order ?? []),
  });
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      const collection = asText(entry.get('collection'));
      if (entry.get('newRecord') !== true || !isCollectionName(collection)) return data;
      const slug = defaultSlug({
        collection,
        title: asText(data.get('title')),
        date: asText(data.get('date')),
        unit: asText(data.get('unit')),
        name: asText(data.get('name')),
      });
      return data.set(EDITOR_SLUG_KEY, slug);
    },
  });
  if (styleHref) cms.registerPreviewStyle(styleHref);
  for (const [name, template] of Object.entries(previewTemplates(h))) cms.registerPreviewTemplate(name, template);
  // Decap wants an absolute address; the local editor server (tools/editor-server.ts) is this page's own origin.
  cms.init({ config: { local_backend: { url: new URL(LOCAL_BACKEND_PATH, location.origin).href } } });
}

const cms = window.CMS;
const h = window.h;
const styleHref = document.querySelector<HTMLMetaElement>('meta[name="editor-preview-style"]')?.content;
if (!cms || !h) {
  document.body.textContent = '编辑器没有加载成功，请刷新页面；仍不行请联系网站维护人员。';
} else {
  start(cms, h, styleHref);
}
