/**
 * How the browser editor reads and writes an entry file: YAML frontmatter between `---` fences and
 * the MDX body. Pure, so the admin page (src/editor/admin.ts) and the unit tests use the same code.
 * On the way out it leaves out what the gate would refuse or what only the editor needs: empty
 * optional values (an empty cover is not a photo), the file-name helper key, and it writes photo
 * names the way the project does (`./photo-1.jpg`, beside the entry).
 */
import { parse, stringify } from 'yaml';
import { EDITOR_SLUG_KEY } from './editor-names.ts';

type Data = Record<string, unknown>;

const FENCE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** A file's text as the editor's data: the frontmatter's fields and `body`. */
export function entryFromFile(text: string): Data {
  const match = FENCE.exec(text);
  if (!match) return { body: text };
  const parsed: unknown = parse(match[1] ?? '');
  const data: Data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...(parsed as Data) } : {};
  data.body = (match[2] ?? '').replace(/^\r?\n/, '');
  return data;
}

/** Keys whose values are photo file names (the schema's image fields: cover, gallery's src). */
export const PHOTO_KEYS: ReadonlySet<string> = new Set(['cover', 'src']);

function photoName(value: string): string {
  if (value === '' || value.startsWith('./') || value.startsWith('../') || value.startsWith('/') || /^[a-z]+:/i.test(value)) return value;
  return `./${value}`;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A value with its empty parts left out, photo names made relative. */
function clean(value: unknown, key: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => clean(item, undefined)).filter((item) => !isEmpty(item));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Data = {};
    for (const [childKey, child] of Object.entries(value as Data)) {
      const cleaned = clean(child, childKey);
      if (!isEmpty(cleaned)) out[childKey] = cleaned;
    }
    return out;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return key !== undefined && PHOTO_KEYS.has(key) ? photoName(trimmed) : value;
  }
  return value;
}

/** The editor's data as file text, fields in `order` (the configured field order) first. */
export function entryToFile(data: Data, order: readonly string[] = []): string {
  const front: Data = {};
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  for (const key of keys) {
    if (key === 'body' || key === EDITOR_SLUG_KEY) continue;
    const value = clean(data[key], key);
    if (!isEmpty(value)) front[key] = value;
  }
  const body = typeof data.body === 'string' ? data.body.replace(/\s+$/, '') : '';
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
}
