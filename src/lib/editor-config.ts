/**
 * The browser editor's configuration (Decap CMS, /admin/), generated from the model: every
 * collection's fields come from its zod schema and the words documented on each field
 * (src/model/fields.ts), references become selects of the real ids with their Chinese names,
 * and the validation mirrors the schema (required, patterns, lengths). Nothing here is written
 * by hand per field, so a new schema field reaches the editor by itself (tests/lib/editor-config.test.ts
 * walks both and fails on any difference).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_INFO, type CollectionName } from '../model/collections.ts';
import { fieldDocs, type FieldDoc } from '../model/fields.ts';
import { ID_PATTERN } from '../model/limits.ts';
import { collectionSchemas } from '../model/schemas/index.ts';
import { FOLDER_COLLECTIONS } from './scaffold.ts';
import { EDITOR_FORMAT, EDITOR_SLUG_KEY, LOCAL_BACKEND_PATH } from './editor-names.ts';

export { EDITOR_FORMAT, EDITOR_SLUG_KEY, LOCAL_BACKEND_PATH };

/** An image field is recognised by this check on its string schema (the model's `image()` slot). */
const IMAGE_MARK = /^(?!https?:)/;
const editorImage = z.string().min(1).regex(IMAGE_MARK);
const editorSchemas = new Map<CollectionName, z.ZodType>();

/** A collection's schema with image fields marked, as the editor walks it. */
export function editorSchema(collection: CollectionName): z.ZodType {
  let schema = editorSchemas.get(collection);
  if (!schema) {
    schema = collectionSchemas[collection](() => editorImage);
    editorSchemas.set(collection, schema);
  }
  return schema;
}

export interface Choice {
  value: string;
  label: string;
}

/** The real ids references may name, each with the Chinese name staff know it by. */
export interface EditorChoices {
  units: Choice[];
  observances: Choice[];
  plans: Choice[];
  /** Tasks of every plan; the label names the plan, since a task id is only unique within it. */
  tasks: Choice[];
  policies: Choice[];
}

/** site.yaml's `editor:` block (src/model/schemas/data-files.ts), as the generator needs it. */
export interface EditorBackendSettings {
  backend: 'gitea' | 'forgejo' | 'gitlab';
  repo: string;
  baseUrl: string;
  appId: string;
  branch?: string | undefined;
  workflow?: boolean | undefined;
}

export interface EditorSettings {
  editor?: EditorBackendSettings | undefined;
  requireReview: boolean;
  siteUrl: string;
}

/** A Decap CMS field, as much of its shape as we produce. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | Choice)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { multiple: boolean } };
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
  allow_add?: boolean;
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  path: string;
  slug: string;
  extension: 'mdx';
  format: string;
  create: true;
  media_folder: string;
  public_folder: string;
  identifier_field: 'title';
  summary: string;
  sortable_fields: string[];
  fields: CmsField[];
}

/** Which references a field names, by its path in the entry: the same fields content-check.ts resolves. */
const REFERENCES: Record<string, keyof EditorChoices> = {
  unit: 'units',
  units: 'units',
  'tasks.owner': 'units',
  plan: 'plans',
  task: 'tasks',
  observance: 'observances',
  related: 'policies',
  supersededBy: 'policies',
};

/** Body buttons whose Markdown the gate accepts: no HTML, no code, no images inside the text. */
export const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

const NON_EMPTY_MESSAGE = '不能只写空格';

function unwrapField(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue: unknown } {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      required = false;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      required = false;
      const value: unknown = current.def.defaultValue;
      defaultValue = value;
      current = current.unwrap() as z.ZodType;
    } else {
      return { inner: current, required, defaultValue };
    }
  }
}

interface StringRules {
  min: number;
  max: number | undefined;
  pattern: RegExp | undefined;
}

function stringRules(schema: z.ZodType): StringRules {
  const rules: StringRules = { min: 0, max: undefined, pattern: undefined };
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp };
    if (def.check === 'min_length' && typeof def.minimum === 'number') rules.min = def.minimum;
    if (def.check === 'max_length' && typeof def.maximum === 'number') rules.max = def.maximum;
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern && def.pattern !== IMAGE_MARK) rules.pattern = def.pattern;
  }
  return rules;
}

function isImage(schema: z.ZodType): boolean {
  return (
    schema instanceof z.ZodString &&
    (schema.def.checks ?? []).some((check) => (check._zod.def as { pattern?: RegExp }).pattern === IMAGE_MARK)
  );
}

function isCalendarDate(schema: z.ZodType): boolean {
  return schema instanceof z.ZodPipe && schema.def.out instanceof z.ZodDate;
}

/** The validation of a text field, as a Decap pattern with a Chinese message. */
function textPattern(rules: StringRules, label: string): [string, string] | undefined {
  if (rules.pattern === ID_PATTERN) return [ID_PATTERN.source, `${label}只能用小写字母、数字和连字符（-），以字母或数字开头`];
  if (rules.pattern) return [rules.pattern.source, `${label}的格式不对`];
  if (rules.max !== undefined) return [`^(?=[\\s\\S]*\\S)[\\s\\S]{1,${rules.max}}$`, `${label}最多 ${rules.max} 个字，也不能只写空格`];
  if (rules.min > 0) return ['\\S', `${label}${NON_EMPTY_MESSAGE}`];
  return undefined;
}

function hintOf(doc: FieldDoc | undefined, showExample: boolean): string | undefined {
  if (!doc) return undefined;
  const parts = [doc.hint];
  if (doc.requiredWhen) parts.push(`（${doc.requiredWhen}）`);
  if (showExample && doc.example) parts.push(`例如：${doc.example}`);
  return parts.join(' ');
}

function docOf(schema: z.ZodType): FieldDoc | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    const doc = fieldDocs.get(current);
    if (doc) return doc;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable)
      current = current.unwrap() as z.ZodType;
    else return undefined;
  }
}

/** Field keys the model documents as depending on another field: the editor cannot require them itself. */
function requiredNow(required: boolean, doc: FieldDoc | undefined): boolean {
  return required && !doc?.requiredWhen;
}

/** One schema field as an editor field. */
export function fieldFor(key: string, schema: z.ZodType, choices: EditorChoices, parent = ''): CmsField {
  const path = parent ? `${parent}.${key}` : key;
  const doc = docOf(schema);
  const { inner, required, defaultValue } = unwrapField(schema);
  const label = doc?.label ?? key;
  const base = {
    name: key,
    label,
    required: requiredNow(required, doc),
    ...(hintOf(doc, !(path in REFERENCES)) ? { hint: hintOf(doc, !(path in REFERENCES)) ?? '' } : {}),
  };
  const reference = REFERENCES[path];
  if (reference) {
    const multiple = inner instanceof z.ZodArray;
    const min = multiple
      ? (inner.def.checks ?? []).map((check) => (check._zod.def as { minimum?: number }).minimum).find((n) => n !== undefined)
      : undefined;
    return { ...base, widget: 'select', options: choices[reference], ...(multiple ? { multiple: true } : {}), ...(min ? { min } : {}) };
  }
  if (isImage(inner)) {
    return { ...base, widget: 'image', choose_url: false, media_library: { config: { multiple: false } } };
  }
  if (isCalendarDate(inner)) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  if (inner instanceof z.ZodBoolean) {
    return { ...base, widget: 'boolean', default: typeof defaultValue === 'boolean' ? defaultValue : false };
  }
  if (inner instanceof z.ZodEnum) {
    return { ...base, widget: 'select', options: inner.options.map(String) };
  }
  if (inner instanceof z.ZodNumber) {
    const bag = inner;
    return {
      ...base,
      widget: 'number',
      value_type: bag.isInt ? 'int' : 'float',
      ...(Number.isFinite(bag.minValue) && bag.minValue !== null ? { min: bag.minValue } : {}),
      ...(Number.isFinite(bag.maxValue) && bag.maxValue !== null ? { max: bag.maxValue } : {}),
    };
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrapField(inner.element as z.ZodType).inner;
    const min = (inner.def.checks ?? []).map((check) => (check._zod.def as { minimum?: number }).minimum).find((n) => n !== undefined);
    const listBase = { ...base, widget: 'list', ...(min ? { min } : {}), label_singular: doc?.itemName ?? label, collapsed: false };
    if (element instanceof z.ZodEnum) {
      return { ...base, widget: 'select', multiple: true, options: element.options.map(String), ...(min ? { min } : {}) };
    }
    if (element instanceof z.ZodObject) {
      const fields = objectFields(element, choices, path);
      const first = fields[0];
      return { ...listBase, fields, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) };
    }
    return { ...listBase, field: { name: 'item', label: doc?.itemName ?? label, widget: 'string' } };
  }
  if (inner instanceof z.ZodObject) {
    return { ...base, widget: 'object', fields: objectFields(inner, choices, path) };
  }
  if (inner instanceof z.ZodUnion) {
    // amount (number or text) and a quiz answer (one option or several) are written as text lists/strings.
    const options = inner.options as z.ZodType[];
    if (options.some((option) => unwrapField(option).inner instanceof z.ZodArray)) {
      return { ...base, widget: 'list', label_singular: label, field: { name: 'item', label, widget: 'string' } };
    }
    return { ...base, widget: 'string', pattern: ['\\S', `${label}${NON_EMPTY_MESSAGE}`] };
  }
  // Text: a summary or anything longer is a text area; ids and short text a line.
  const rules = stringRules(inner);
  const pattern = textPattern(rules, label);
  const widget = key === 'summary' || key === 'a' || key === 'description' || key === 'quote' ? 'text' : 'string';
  return { ...base, widget, ...(pattern ? { pattern } : {}) };
}

function objectFields(schema: z.ZodObject, choices: EditorChoices, parent = ''): CmsField[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => fieldFor(key, field, choices, parent));
}

function shapeOf(schema: z.ZodType): z.ZodObject {
  let current = schema;
  while (!(current instanceof z.ZodObject)) {
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else throw new Error('collection schema is not an object');
  }
  return current;
}

/** The body: Markdown the gate accepts (src/lib/mdx-body.ts refuses expressions and tags), no raw HTML buttons. */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  hint: '分段写正文；可以用加粗、小标题、列表和引用。不要写尖括号 < > 和花括号 { }，它们会被检查拒绝。',
  modes: ['rich_text', 'raw'],
  buttons: BODY_BUTTONS,
  editor_components: [],
  sanitize_preview: true,
  required: false,
};

/** The editor collections, one per content collection, fields in the schema's order. */
export function editorCollections(choices: EditorChoices, settings: Pick<EditorSettings, 'requireReview'>): CmsCollection[] {
  return COLLECTIONS.map((name) => {
    const info = COLLECTION_INFO[name];
    const fields = objectFields(shapeOf(editorSchema(name)), choices).map((field) =>
      field.name === 'reviewer' && settings.requireReview ? { ...field, required: true } : field,
    );
    return {
      name,
      label: info.label,
      label_singular: info.entryNoun,
      folder: `content/${info.folder}`,
      path: FOLDER_COLLECTIONS.has(name) ? '{{slug}}/index' : '{{slug}}',
      // The admin page's save hook (src/editor/admin.ts) writes the project's slug (src/lib/scaffold.ts) here.
      slug: `{{fields.${EDITOR_SLUG_KEY}}}`,
      extension: 'mdx',
      format: EDITOR_FORMAT,
      create: true,
      // Photos sit beside the entry's index.mdx (or .mdx file), written as ./name.jpg.
      media_folder: '',
      public_folder: '',
      identifier_field: 'title',
      summary: '{{date}} {{title}}',
      sortable_fields: ['date', 'title'],
      fields: [...fields, BODY_FIELD],
    };
  });
}

/** The backend block: the office's Gitea/Forgejo/GitLab from site.yaml, or the local editor server. */
export function editorBackend(editor: EditorBackendSettings | undefined): Record<string, unknown> {
  if (!editor) return { name: 'proxy', proxy_url: LOCAL_BACKEND_PATH, branch: 'main' };
  const base = editor.baseUrl.replace(/\/+$/, '');
  const common = { repo: editor.repo, branch: editor.branch ?? 'main', base_url: base, app_id: editor.appId };
  if (editor.backend === 'gitlab') return { name: 'gitlab', ...common, auth_type: 'pkce', api_root: `${base}/api/v4` };
  return { name: editor.backend, ...common, api_root: `${base}/api/v1` };
}

/** The whole configuration the admin page loads as /admin/config.yml. */
export function editorConfig(choices: EditorChoices, settings: EditorSettings): Record<string, unknown> {
  const workflow = settings.editor?.workflow === true && settings.editor.backend !== 'gitea';
  return {
    locale: 'zh_Hans',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    backend: editorBackend(settings.editor),
    // On this computer (localhost) the editor talks to tools/editor-server.ts, which runs the gate and commits;
    // the admin page makes the address absolute on its own origin (src/editor/admin.ts).
    local_backend: { url: LOCAL_BACKEND_PATH },
    ...(workflow ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: 'content',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: editorCollections(choices, settings),
  };
}

type Data = Record<string, unknown>;
const asRecords = (value: unknown): Data[] =>
  Array.isArray(value) ? value.filter((item): item is Data => !!item && typeof item === 'object') : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The choices from content read by src/content-layer (CheckInput's files, units and observances). */
/** The collections whose entries the editor offers as choices; the others need not be read for it. */
export const EDITOR_CHOICE_COLLECTIONS = ['plans', 'policies'] as const satisfies readonly CollectionName[];

export function editorChoices(input: {
  files: readonly { collection: CollectionName; id: string; data: unknown }[];
  units: { data: unknown };
  observances: { data: unknown };
}): EditorChoices {
  const entries = (collection: (typeof EDITOR_CHOICE_COLLECTIONS)[number]) =>
    input.files
      .filter((file) => file.collection === collection && file.data && typeof file.data === 'object')
      .map((file) => ({ id: file.id, data: file.data as Data }))
      .sort((a, b) => a.id.localeCompare(b.id));
  const plans = entries('plans');
  return {
    units: asRecords(input.units.data).map((unit) => ({ value: text(unit.id), label: `${text(unit.name)}（${text(unit.id)}）` })),
    observances: asRecords(input.observances.data).map((item) => ({
      value: text(item.id),
      label: `${text(item.name)}（${text(item.id)}）`,
    })),
    plans: plans.map((plan) => ({ value: plan.id, label: `${text(plan.data.title)}（${plan.id}）` })),
    tasks: plans.flatMap((plan) =>
      asRecords(plan.data.tasks).map((task) => ({
        value: text(task.id),
        label: `${text(plan.data.title)} · ${text(task.id)} ${text(task.title)}`,
      })),
    ),
    policies: entries('policies').map((policy) => ({ value: policy.id, label: `${text(policy.data.title)}（${policy.id}）` })),
  };
}
