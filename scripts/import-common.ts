/**
 * What `import:plan` and `import:report` both read from the content folder: the observances
 * (festival schedules are dated through their rules) and the site's own names (region, units),
 * so that other places' names in an imported text can be flagged.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { readDocx, type DocxImage } from '../src/lib/docx-reader.ts';
import { docxImportLines, type RichLine } from '../src/lib/docx-to-import.ts';
import { decodeText, isDecodeProblem } from '../src/content-layer/text-decoding.ts';
import { fail } from './cli.ts';
import type { ObservanceLike } from '../src/lib/observances.ts';
import { unitError, unitRefs, type UnitRef } from '../src/lib/scaffold.ts';
import { readDataFile } from '../src/content-layer/read-content.ts';

/** The observances of content/observances.yaml, read by the content reader; [] when missing or unreadable (the check reports that). */
export function readObservances(root: string): ObservanceLike[] {
  const data = readDataFile(root, 'observances', process.cwd()).data;
  if (!Array.isArray(data)) return [];
  return data.filter(
    (item: { id?: unknown; name?: unknown; rule?: unknown } | null): item is ObservanceLike =>
      !!item &&
      typeof item === 'object' &&
      typeof item.id === 'string' &&
      typeof item.name === 'string' &&
      !!item.rule &&
      typeof item.rule === 'object',
  );
}

/** The publishing unit: --unit checked against units.yaml, or the first unit there, to be marked 待确认. */
export function publishingUnit(root: string, given: string | undefined): { units: UnitRef[]; unit: string; unitGuessed: boolean } {
  const units = unitRefs(readDataFile(root, 'units', process.cwd()).data);
  if (given) {
    const error = units.length ? unitError(given, units, '发布单位') : undefined;
    if (error) fail(error);
    return { units, unit: given, unitGuessed: false };
  }
  const first = units[0];
  if (!first) fail('请用 --unit 写上发布单位的 id（content/units.yaml 里没有单位，没法自动选）。');
  return { units, unit: first.id, unitGuessed: true };
}

/** The site's region and name and its units' names, from site.yaml and units.yaml. */
export function siteOwnNames(root: string, units: readonly UnitRef[]): string[] {
  const names = units.map((unit) => unit.name).filter(Boolean);
  // A missing or broken site.yaml gives no names here; the content check reports it.
  const site = readDataFile(root, 'site', process.cwd()).data as Record<string, unknown> | undefined;
  for (const key of ['region', 'name', 'host']) {
    const value = site?.[key];
    if (typeof value === 'string') names.push(value);
  }
  // `示例省示例市示例县` also stands for 示例省, 示例市 and 示例县.
  for (const name of [...names]) for (const part of name.match(/\p{Script=Han}{2,}?(?:省|市|县|区|镇|乡|街道)/gu) ?? []) names.push(part);
  return names;
}

export interface SourcePhoto {
  /** Source line (paragraph) of the photo. */
  line: number;
  image: number;
  file: string;
  altText?: string | undefined;
}

export interface SourceText {
  text: string;
  note?: string | undefined;
  /** Set for a .docx: Markdown for bold, tables and photos, by source line. */
  rich?: Map<number, RichLine>;
  photos: SourcePhoto[];
  images: DocxImage[];
}

/** A .docx (mammoth, numbering restored) or a text file (any of the encodings staff save). Fails with a Chinese message. */
export async function readSource(path: string, shown: string): Promise<SourceText> {
  const bytes = readFileSync(path);
  if (/\.docx$/i.test(path)) {
    let content;
    try {
      content = await readDocx(bytes, shown);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    const lines = docxImportLines(content);
    const wps = content.application && /WPS/i.test(content.application) ? '（WPS 保存的文档）' : '';
    return {
      text: lines.text,
      rich: lines.rich,
      photos: lines.photos,
      images: content.images,
      note: `读取了 Word 文档${wps}：${content.blocks.length} 段，${lines.photos.length} 张照片。下面说的“原文第几行”指文档里的第几段（表格每行算一段）。`,
    };
  }
  const decoded = decodeText(bytes, shown);
  if (isDecodeProblem(decoded)) fail(decoded.problem);
  return { text: decoded.text, note: decoded.note, photos: [], images: [] };
}

/** A photo re-encoded as JPEG: orientation applied, every piece of metadata (EXIF, GPS, XMP, ICC) dropped. */
export async function savePhoto(data: Buffer, target: string): Promise<void> {
  await sharp(data, { failOn: 'none' }).rotate().flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toFile(target);
}
