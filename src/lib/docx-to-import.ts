/**
 * A read .docx (docx-reader.ts) as the importers' input: one source line per paragraph, table row
 * and picture, plus the Markdown to show in the entry's body for what plain text cannot hold
 * (bold runs, whole tables, pictures). Pure.
 */
import type { DocxBlock, DocxContent } from './docx-reader.ts';
import { escapeMdx } from './plan-import.ts';

/** Markdown shown in the body instead of a source line's plain text; '' hides the line (later rows of a table). */
export interface RichLine {
  markdown: string;
  /** Tables and pictures: always shown this way, never read as a heading. */
  force: boolean;
}

export const PHOTO_ALT_TODO = '【请填写：照片说明】';

/** The file name of the n-th picture (0-based) in the entry's folder. */
export const photoFileName = (index: number) => `photo-${String(index + 1).padStart(2, '0')}.jpg`;

const cell = (text: string) => escapeMdx(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|') || ' ';

function tableMarkdown(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  const [head, ...body] = rows.map(pad);
  return [
    `| ${head!.map(cell).join(' | ')} |`,
    `| ${head!.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A table row as one line of text for the importer: `时间：内容（责任单位）`. */
export function rowText(row: string[]): string {
  const cells = row.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (cells.length <= 1) return cells[0] ?? '';
  const [first, second, ...rest] = cells;
  return `${first}：${second}${rest.length ? `（${rest.join('，')}）` : ''}`;
}

function paragraphMarkdown(block: Extract<DocxBlock, { kind: 'paragraph' }>): string | undefined {
  if (!block.runs.some((run) => run.bold && run.text.trim())) return undefined;
  let out = escapeMdx(block.label);
  for (const run of block.runs) {
    const text = run.text.replace(/\n/g, ' ');
    if (!run.bold || !text.trim()) {
      out += escapeMdx(text);
      continue;
    }
    const lead = /^\s*/.exec(text)![0];
    const tail = /\s*$/.exec(text)![0];
    out += `${lead}**${escapeMdx(text.trim())}**${tail}`;
  }
  return out.replace(/\*\*\*\*/g, '');
}

export interface ImportLines {
  text: string;
  rich: Map<number, RichLine>;
  /** Pictures in order: which source line shows each one. */
  photos: { line: number; image: number; file: string; altText?: string | undefined }[];
}

export function docxImportLines(content: DocxContent): ImportLines {
  const lines: string[] = [];
  const rich = new Map<number, RichLine>();
  const photos: ImportLines['photos'] = [];
  for (const block of content.blocks) {
    if (block.kind === 'paragraph') {
      lines.push(block.text.replace(/\n/g, ' ').trim());
      const markdown = paragraphMarkdown(block);
      if (markdown) rich.set(lines.length, { markdown, force: false });
    } else if (block.kind === 'table') {
      block.rows.forEach((row, index) => {
        lines.push(rowText(row) || '（表格）');
        rich.set(lines.length, { markdown: index === 0 ? tableMarkdown(block.rows) : '', force: true });
      });
    } else {
      const file = photoFileName(photos.length);
      lines.push(`（照片 ${photos.length + 1}）`);
      rich.set(lines.length, { markdown: `![${PHOTO_ALT_TODO}](./${file})`, force: true });
      photos.push({ line: lines.length, image: block.image, file, altText: content.images[block.image]?.altText });
    }
  }
  return { text: lines.join('\n'), rich, photos };
}
