/**
 * The editor configuration for a content folder: reads what it needs (src/content-layer) and hands
 * it to the pure generator. Only the collections the editor offers as choices are read: at 2,000
 * entries reading every report as well cost about a second of each build (BENCHMARKS.md, issue 18).
 */
import { readDataFile, readEntries } from '../content-layer/read-content.ts';
import { EDITOR_CHOICE_COLLECTIONS, editorChoices, editorConfig } from '../lib/editor-config.ts';
import { siteSchema } from '../model/schemas/data-files.ts';

export function editorConfigFor(root: string, shownFrom = process.cwd()): Record<string, unknown> {
  const site = siteSchema.safeParse(readDataFile(root, 'site', shownFrom).data);
  const choices = editorChoices({
    files: readEntries(root, shownFrom, EDITOR_CHOICE_COLLECTIONS),
    units: readDataFile(root, 'units', shownFrom),
    observances: readDataFile(root, 'observances', shownFrom),
  });
  return editorConfig(choices, {
    editor: site.data?.editor,
    requireReview: site.data?.requireReview === true,
    siteUrl: site.data?.baseUrl ?? '/',
  });
}
