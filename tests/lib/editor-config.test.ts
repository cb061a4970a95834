/** The editor's configuration is the model: every schema field is there, nothing else is, and the rules match. */
import { describe, expect, it } from 'vitest';
import { type z } from 'astro/zod';
import { COLLECTIONS, entrySchema, fieldsOf } from '../../src/model/index.ts';
import {
  BODY_FIELD,
  editorChoices,
  editorConfig,
  EDITOR_SLUG_KEY,
  type CmsCollection,
  type CmsField,
  type EditorChoices,
} from '../../src/lib/editor-config.ts';
import { readContent } from '../../src/content-layer/read-content.ts';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.ts';

const demo = readContent(join(repoRoot, 'content'));
const choices: EditorChoices = editorChoices(demo);
const config = editorConfig(choices, { requireReview: false, siteUrl: 'https://shuangyong.example.gov.cn/' });
const collections = config.collections as CmsCollection[];
const collection = (name: string) => {
  const found = collections.find((c) => c.name === name);
  if (!found) throw new Error(`no editor collection ${name}`);
  return found;
};

/** Every field path of a schema, nested list items included (`gallery.alt`). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  return fieldsOf(schema).flatMap((field) => [`${prefix}${field.key}`, ...schemaPaths(field.schema, `${prefix}${field.key}.`)]);
}

/** Every field path of an editor field list. */
function configPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...configPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

function fieldAt(fields: readonly CmsField[], path: string): CmsField {
  const [head, ...rest] = path.split('.');
  const found = fields.find((field) => field.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length === 0 ? found : fieldAt(found.fields ?? [], rest.join('.'));
}

describe('editor configuration from the model', () => {
  it.each(COLLECTIONS)('%s: the same fields as the schema, walked both ways (plus the body)', (name) => {
    const fromSchema = schemaPaths(entrySchema(name)).sort();
    const fromConfig = configPaths(collection(name).fields)
      .filter((path) => path !== 'body')
      .sort();
    expect(fromSchema.length).toBeGreaterThan(10);
    expect(
      fromConfig.filter((path) => !fromSchema.includes(path)),
      'config names fields the schema lacks',
    ).toEqual([]);
    expect(
      fromSchema.filter((path) => !fromConfig.includes(path)),
      'schema fields missing from the config',
    ).toEqual([]);
    expect(collection(name).fields.at(-1)).toEqual(BODY_FIELD);
  });

  it('labels and hints are the Chinese words documented on the fields', () => {
    const reports = collection('reports').fields;
    expect(fieldAt(reports, 'title')).toMatchObject({ label: '标题', required: true, widget: 'string' });
    expect(fieldAt(reports, 'title').hint).toContain('县双拥办开展“八一”走访慰问活动');
    expect(fieldAt(reports, 'gallery.alt')).toMatchObject({ label: '图片说明', required: true });
    expect(fieldAt(collection('policies').fields, 'standards')).toMatchObject({ label: '标准', widget: 'list', label_singular: '标准' });
    expect(fieldAt(collection('policies').fields, 'standards.item')).toMatchObject({ label: '项目', required: true });
  });

  it('enums are selects of the vocabulary, booleans and dates get their widgets', () => {
    const reports = collection('reports').fields;
    expect(fieldAt(reports, 'type')).toMatchObject({ widget: 'select' });
    expect(fieldAt(reports, 'type').options).toContain('走访慰问');
    expect(fieldAt(collection('policies').fields, 'audience')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(fieldAt(reports, 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(fieldAt(reports, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(fieldAt(collection('plans').fields, 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1950, max: 2100 });
  });

  it('references are selects of the real ids with their Chinese names', () => {
    const reports = collection('reports').fields;
    expect(fieldAt(reports, 'unit').options).toContainEqual({
      value: 'xian-shuangyongban',
      label: '示例县双拥工作领导小组办公室（xian-shuangyongban）',
    });
    expect(fieldAt(reports, 'units')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    const plans = fieldAt(reports, 'plan').options as { value: string; label: string }[];
    expect(plans.map((plan) => plan.value)).toContain('2026-shuangyong-gongzuo-jihua');
    const tasks = fieldAt(reports, 'task').options as { value: string; label: string }[];
    expect(tasks.some((task) => task.value === 't01' && task.label.includes('2026'))).toBe(true);
    expect((fieldAt(reports, 'observance').options as { value: string }[]).map((o) => o.value)).toContain('bayi');
    const related = fieldAt(collection('education').fields, 'related').options as { value: string }[];
    expect(related.map((o) => o.value)).toContain('junren-jiaotong-youdai');
    expect(fieldAt(collection('plans').fields, 'tasks.owner').widget).toBe('select');
    // A 标准's unit is a measure (元、%), not a unit of units.yaml.
    expect(fieldAt(collection('policies').fields, 'standards.unit')).toMatchObject({ widget: 'string', required: false });
  });

  it('photos are image fields with their description required; lists are repeatable groups', () => {
    const reports = collection('reports').fields;
    expect(fieldAt(reports, 'cover')).toMatchObject({ widget: 'image', required: false });
    expect(fieldAt(reports, 'gallery')).toMatchObject({ widget: 'list', label_singular: '图片' });
    expect(fieldAt(reports, 'gallery.src')).toMatchObject({ widget: 'image', required: true });
    expect(fieldAt(reports, 'gallery.alt').pattern?.[0]).toBe('\\S');
    for (const [name, list] of [
      ['plans', 'tasks'],
      ['cases', 'honors'],
      ['policies', 'standards'],
      ['policies', 'faq'],
      ['education', 'quiz'],
    ] as const) {
      const field = fieldAt(collection(name).fields, list);
      expect(field.widget, `${name}.${list}`).toBe('list');
      expect(field.fields?.length, `${name}.${list}`).toBeGreaterThan(1);
    }
  });

  it('validation mirrors the schema: ids, lengths, non-empty text', () => {
    const summary = fieldAt(collection('reports').fields, 'summary');
    const [source, message] = summary.pattern ?? ['', ''];
    expect(new RegExp(source).test('好'.repeat(200))).toBe(true);
    expect(new RegExp(source).test('好'.repeat(201))).toBe(false);
    expect(new RegExp(source).test('   ')).toBe(false);
    expect(message).toContain('200');
    const taskId = fieldAt(collection('plans').fields, 'tasks.id').pattern ?? ['', ''];
    expect(new RegExp(taskId[0]).test('t01')).toBe(true);
    expect(new RegExp(taskId[0]).test('T 01')).toBe(false);
    const when = fieldAt(collection('plans').fields, 'tasks.when').pattern ?? ['', ''];
    expect(new RegExp(when[0]).test('2026-Q2')).toBe(true);
    expect(new RegExp(when[0]).test('明年')).toBe(false);
  });

  it('new entries get a folder (reports, cases) or a file named by the save hook, in our format', () => {
    expect(collection('reports')).toMatchObject({
      folder: 'content/reports',
      path: '{{slug}}/index',
      extension: 'mdx',
      media_folder: '',
      slug: `{{fields.${EDITOR_SLUG_KEY}}}`,
    });
    expect(collection('policies').path).toBe('{{slug}}');
    expect(config.locale).toBe('zh_Hans');
  });

  it('the body editor offers only what the gate accepts', () => {
    expect(BODY_FIELD.editor_components).toEqual([]);
    expect(BODY_FIELD.buttons).not.toContain('code-block');
    expect(BODY_FIELD.buttons).not.toContain('code');
  });

  it('site.yaml settings pick the backend; requireReview makes the reviewer required', () => {
    const gitea = editorConfig(choices, {
      requireReview: true,
      siteUrl: '/',
      editor: { backend: 'gitea', repo: 'sy/site', baseUrl: 'https://git.example.gov.cn/', appId: 'abc' },
    });
    expect(gitea.backend).toEqual({
      name: 'gitea',
      repo: 'sy/site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v1',
      app_id: 'abc',
    });
    expect(fieldAt((gitea.collections as CmsCollection[])[1]?.fields ?? [], 'reviewer').required).toBe(true);
    expect(gitea.publish_mode).toBeUndefined();
    const gitlab = editorConfig(choices, {
      requireReview: false,
      siteUrl: '/',
      editor: { backend: 'gitlab', repo: 'sy/site', baseUrl: 'https://gitlab.example.gov.cn', appId: 'x', workflow: true },
    });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', api_root: 'https://gitlab.example.gov.cn/api/v4' });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
    expect(editorConfig(choices, { requireReview: false, siteUrl: '/' }).backend).toMatchObject({ name: 'proxy', proxy_url: '/api/v1' });
  });
});
