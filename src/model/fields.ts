/**
 * Field documentation carried by the schemas themselves: every field's Chinese label, hint and
 * example lives on the field, so error messages, the scaffold, the editor configuration and the
 * guide's tables read one source. Lookups follow a full path (`tasks.1.when`), so fields of the
 * same name in different collections keep their own words.
 */
import { z } from 'astro/zod';

export interface FieldDoc {
  /** The Chinese name staff know the field by. */
  label: string;
  /** How to fill it in, one sentence. */
  hint: string;
  /** A value that would be accepted, as it is written in YAML. */
  example?: string;
  /** For a list: the measure word staff count its items with (张 → 第 2 张图片, 项 → 第 2 项任务). */
  counter?: string;
  /** For a list: what one item is called, when it differs from the label (图片 for gallery). */
  itemName?: string;
  /** When whether the field is required depends on another one: 写了 cover 就必填. */
  requiredWhen?: string;
}

/** Where the docs live: a registry keyed by schema instance, so shared building blocks never share docs. */
export const fieldDocs = z.registry<FieldDoc>();

/** A documented copy of `schema` (a clone: the same `id` schema serves many fields, each with its own words). */
export function documented<S extends z.ZodType>(schema: S, doc: FieldDoc): S {
  const copy = schema.clone();
  fieldDocs.add(copy, doc);
  return copy;
}

type Path = readonly PropertyKey[];

/** Wrappers that carry no meaning of their own: look through them. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (fieldDocs.has(current)) return current;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The documented schema found at each step of the path (undefined where none is documented). */
export interface PathStep {
  part: PropertyKey;
  schema: z.ZodType | undefined;
  doc: FieldDoc | undefined;
}

function child(schema: z.ZodType, part: PropertyKey): z.ZodType | undefined {
  let current = schema;
  // Look through wrappers that are themselves undocumented.
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodPipe
  ) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  if (current instanceof z.ZodObject) return (current.shape as Record<PropertyKey, z.ZodType>)[part];
  if (current instanceof z.ZodArray && typeof part === 'number') return current.element as z.ZodType;
  if (current instanceof z.ZodUnion) {
    for (const option of current.options as z.ZodType[]) {
      const found = child(option, part);
      if (found) return found;
    }
  }
  return undefined;
}

/** Walks `path` through `root`, giving each step's doc. */
export function walkPath(root: z.ZodType, path: Path): PathStep[] {
  const steps: PathStep[] = [];
  let current: z.ZodType | undefined = root;
  for (const part of path) {
    current = current ? child(current, part) : undefined;
    const schema = current ? unwrap(current) : undefined;
    steps.push({ part, schema, doc: schema ? fieldDocs.get(schema) : undefined });
  }
  return steps;
}

/** The doc of the deepest named field on the path: `tasks.1.when` → 时间. */
export function docAt(root: z.ZodType, path: Path): FieldDoc | undefined {
  const steps = walkPath(root, path);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step && typeof step.part !== 'number' && step.doc) return step.doc;
  }
  return undefined;
}

/** The docs of an object schema's own fields, in order, with whether each must be written. */
export function fieldsOf(schema: z.ZodType): { key: string; doc: FieldDoc | undefined; required: boolean; schema: z.ZodType }[] {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  if (current instanceof z.ZodArray) return fieldsOf(current.element as z.ZodType);
  if (!(current instanceof z.ZodObject)) return [];
  return Object.entries(current.shape as Record<string, z.ZodType>).map(([key, field]) => ({
    key,
    doc: fieldDocs.get(unwrap(field)),
    required: !(field instanceof z.ZodOptional || field instanceof z.ZodDefault),
    schema: field,
  }));
}

/** Technical path for logs and tests: ['tasks', 1, 'when'] → `tasks[1].when`. */
export function formatPath(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

/**
 * A path as staff read it, counting items from one: `gallery 第 2 张图片的 alt`, `tasks 第 2 项任务的 when`,
 * and for a list file (units.yaml) `第 2 个单位的 name`.
 */
export function humanPath(root: z.ZodType, path: Path, rootDoc?: FieldDoc): string {
  const steps = walkPath(root, path);
  let text = '';
  let listDoc: FieldDoc | undefined = rootDoc;
  steps.forEach((step, index) => {
    if (typeof step.part === 'number') {
      const counter = listDoc?.counter ?? '项';
      const noun = listDoc?.itemName ?? listDoc?.label ?? '';
      text += `${text ? ' ' : ''}第 ${step.part + 1} ${counter}${noun}`;
      listDoc = undefined;
      return;
    }
    const key = String(step.part);
    text += index === 0 ? key : typeof path[index - 1] === 'number' ? `的 ${key}` : `.${key}`;
    listDoc = step.doc;
  });
  return text;
}
