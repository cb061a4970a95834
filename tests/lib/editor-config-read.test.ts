/** editorConfigFor reads only the collections the editor offers as choices, and gets what a full read gives. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { editorConfigFor } from '../../src/editor/config-from-content.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { EDITOR_CHOICE_COLLECTIONS, editorChoices, editorConfig } from '../../src/lib/editor-config.ts';
import { siteSchema } from '../../src/model/schemas/data-files.ts';
import { repoRoot } from '../helpers/paths.ts';

describe('editorConfigFor', () => {
  const root = join(repoRoot, 'content');
  const full = readContent(root);

  it('gives the same configuration as one made from every entry', () => {
    const site = siteSchema.parse(full.site.data);
    const fromAll = editorConfig(editorChoices(full), {
      editor: site.editor,
      requireReview: site.requireReview === true,
      siteUrl: site.baseUrl,
    });
    expect(editorConfigFor(root)).toEqual(fromAll);
  });

  it('and the demo has choices to offer, and entries it need not read', () => {
    const choices = editorChoices(full);
    expect(choices.plans.length).toBeGreaterThan(0);
    expect(choices.policies.length).toBeGreaterThan(0);
    expect(full.files.filter((file) => !(EDITOR_CHOICE_COLLECTIONS as readonly string[]).includes(file.collection)).length).toBeGreaterThan(
      0,
    );
  });
});
