/** The editor configuration for a content folder: reads it (src/content-layer) and hands it to the pure generator. */
import { readContent } from '../content-layer/read-content.ts';
import { editorChoices, editorConfig } from '../lib/editor-config.ts';
import { siteSchema } from '../model/schemas/data-files.ts';

export function editorConfigFor(root: string): Record<string, unknown> {
  const content = readContent(root);
  const site = siteSchema.safeParse(content.site.data);
  return editorConfig(editorChoices(content), {
    editor: site.data?.editor,
    requireReview: site.data?.requireReview === true,
    siteUrl: site.data?.baseUrl ?? '/',
  });
}
