/**
 * The guide's field tables (CONTRIBUTING.zh.md, section 九), generated from the schemas' field docs
 * so the guide can never say one thing while the check says another. `npm run docs:fields` writes
 * them between the guide's markers; a test fails when the guide drifts.
 */
import { COLLECTION_LABELS, COLLECTIONS, COMMON_FIELD_KEYS, DATA_FILES, entrySchema, fieldsOf, type FieldDoc } from '../model/index.ts';
import type { z } from 'astro/zod';

interface Row {
  key: string;
  doc: FieldDoc | undefined;
  required: boolean;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function table(rows: Row[]): string {
  const lines = ['| 字段 | 名称 | 必填 | 怎么写 | 例子 |', '|---|---|---|---|---|'];
  for (const { key, doc, required } of rows) {
    const need = doc?.requiredWhen ?? (required ? '必填' : '可选');
    const example = doc?.example ? `\`${cell(doc.example)}\`` : '';
    lines.push(`| \`${key}\` | ${cell(doc?.label ?? '')} | ${need} | ${cell(doc?.hint ?? '')} | ${example} |`);
  }
  return lines.join('\n');
}

/** The items of a list-of-objects field get a table of their own. */
function itemTables(parentLabel: string, parentKey: string, schema: z.ZodType): { name: string; text: string }[] {
  return fieldsOf(schema)
    .filter((field) => fieldsOf(field.schema).length > 0)
    .map((field) => ({
      name: `${parentKey}.${field.key}`,
      text: `${parentLabel} \`${field.key}\`（${field.doc?.label ?? field.key}）的每一项：\n\n${table(fieldsOf(field.schema))}`,
    }));
}

/** Every table of the guide, by marker name: common, plans, plans.tasks, reports.gallery, site, units … */
export function guideFieldTables(): Map<string, string> {
  const tables = new Map<string, string>();
  const commonKeys = new Set(COMMON_FIELD_KEYS);
  const common = fieldsOf(entrySchema('reports')).filter((field) => commonKeys.has(field.key));
  tables.set('common', table(common));
  for (const collection of COLLECTIONS) {
    const own = fieldsOf(entrySchema(collection)).filter((field) => !commonKeys.has(field.key));
    tables.set(collection, table(own));
    for (const item of itemTables(COLLECTION_LABELS[collection], collection, entrySchema(collection))) tables.set(item.name, item.text);
  }
  for (const [name, info] of Object.entries(DATA_FILES)) {
    tables.set(name, table(fieldsOf(info.schema)));
    for (const field of fieldsOf(info.schema).filter((f) => fieldsOf(f.schema).length > 0)) {
      tables.set(`${name}.${field.key}`, table(fieldsOf(field.schema)));
    }
  }
  return tables;
}

const MARKER = /(<!-- 字段表 ([\w.]+)：由 npm run docs:fields 生成，请勿手改 -->\n)([\s\S]*?)(\n<!-- \/字段表 -->)/g;

/** The guide with every marked table replaced by its generated text. */
export function withGeneratedTables(guide: string, tables = guideFieldTables()): string {
  return guide.replace(MARKER, (whole, open: string, name: string, _old: string, close: string) => {
    const text = tables.get(name);
    return text === undefined ? whole : `${open}${text}${close}`;
  });
}

/** Marker names the guide uses, in order. */
export function guideMarkers(guide: string): string[] {
  return [...guide.matchAll(MARKER)].map((match) => match[2]!);
}
