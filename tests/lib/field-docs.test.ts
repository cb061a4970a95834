/** Every field carries its Chinese words, and the guide's tables are exactly what the schemas say. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFieldTables, guideMarkers, withGeneratedTables } from '../../src/lib/field-tables.ts';
import { COLLECTIONS, DATA_FILES, docAt, entrySchema, fieldsOf, humanPath } from '../../src/model/index.ts';
import type { z } from 'astro/zod';
import { repoRoot } from '../helpers/paths.ts';

/** Every field of a schema, nested list items included, as [path, field]. */
function allFields(schema: z.ZodType, prefix: string): [string, ReturnType<typeof fieldsOf>[number]][] {
  return fieldsOf(schema).flatMap((field) => [
    [`${prefix}${field.key}`, field] as [string, typeof field],
    ...allFields(field.schema, `${prefix}${field.key}.`),
  ]);
}

describe('field docs', () => {
  it.each([
    ...COLLECTIONS.map((c) => [c, entrySchema(c)] as const),
    ...Object.entries(DATA_FILES).map(([name, info]) => [name, info.schema] as const),
  ])('%s: every field, nested ones included, has a Chinese label and a hint', (_name, schema) => {
    const fields = allFields(schema, '');
    expect(fields.length).toBeGreaterThan(3);
    for (const [path, field] of fields) {
      expect(field.doc?.label, path).toMatch(/\p{Script=Han}/u);
      expect(field.doc?.hint, path).toMatch(/\p{Script=Han}/u);
    }
  });

  it('fields of the same name keep their own words in each collection', () => {
    expect(docAt(entrySchema('reports'), ['units'])?.label).toBe('参与单位');
    expect(docAt(entrySchema('cases'), ['units'])?.label).toBe('涉及单位');
    expect(docAt(entrySchema('plans'), ['tasks', 3, 'title'])?.label).toBe('任务名称');
    expect(docAt(entrySchema('cases'), ['honors', 0, 'title'])?.label).toBe('荣誉名称');
  });

  it('list items are counted from one, with the measure word staff use', () => {
    expect(humanPath(entrySchema('reports'), ['gallery', 1, 'alt'])).toBe('gallery 第 2 张图片的 alt');
    expect(humanPath(entrySchema('plans'), ['tasks', 0, 'when'])).toBe('tasks 第 1 项任务的 when');
    expect(humanPath(entrySchema('education'), ['quiz', 4, 'answer'])).toBe('quiz 第 5 道题的 answer');
    expect(humanPath(DATA_FILES.units.schema, [2, 'kind'], DATA_FILES.units.itemDoc)).toBe('第 3 个单位的 kind');
  });
});

describe('CONTRIBUTING.zh.md', () => {
  const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.zh.md'), 'utf8');

  it('its field tables are the ones the schemas generate (run npm run docs:fields after changing a schema)', () => {
    expect(withGeneratedTables(guide)).toBe(guide);
  });

  it('shows every generated table, and names no table the schemas lack', () => {
    expect(guideMarkers(guide).sort()).toEqual(
      [...guideFieldTables().keys()].filter((name) => !name.endsWith('.gallery') || name === 'reports.gallery').sort(),
    );
  });

  it('every field of every collection appears in the guide', () => {
    for (const collection of COLLECTIONS) {
      for (const field of fieldsOf(entrySchema(collection))) expect(guide, `${collection}.${field.key}`).toContain(`| \`${field.key}\` |`);
    }
  });
});
