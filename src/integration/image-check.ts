/**
 * Decodes every photo an entry refers to (cover, gallery, body images) with sharp, the library the
 * build uses, so a photo the build cannot read, or one too small for its use, stops the check with
 * the file's name instead of the build with a hashed /_astro/ path. The rules are in
 * src/lib/image-rules.ts; this file only reads and decodes.
 */
import sharp from 'sharp';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeEntryField, PHOTO_EXTENSIONS, type ContentFile } from '../lib/content-check.ts';
import { formatPath } from '../model/index.ts';
import type { Finding } from '../lib/content-lint.ts';
import { imageFileProblem, imageSizeProblem, seenSize, undecodableProblem, type ImageUse } from '../lib/image-rules.ts';

export interface ImageRef {
  src: string;
  use: ImageUse;
  line?: number | undefined;
  field: string;
  /** How the message names the field: 字段 cover（封面图）, 正文里的图片. */
  label: string;
}

/** The photos of one entry and what each is used for. Body images come from the body parser. */
export function imageRefs(entry: ContentFile, bodyImages: { src: string; line: number }[]): ImageRef[] {
  const data = (entry.data ?? {}) as { cover?: unknown; gallery?: unknown };
  const refs: ImageRef[] = [];
  if (typeof data.cover === 'string')
    refs.push({
      src: data.cover,
      use: 'cover',
      line: entry.lineOf(['cover']),
      field: 'cover',
      label: describeEntryField(entry, ['cover']),
    });
  if (Array.isArray(data.gallery)) {
    data.gallery.forEach((photo: unknown, index) => {
      const src = (photo as { src?: unknown } | null)?.src;
      if (typeof src !== 'string') return;
      const path = ['gallery', index, 'src'];
      const use: ImageUse = index === 0 && typeof data.cover !== 'string' ? 'share' : 'photo';
      refs.push({ src, use, line: entry.lineOf(path), field: formatPath(path), label: describeEntryField(entry, path) });
    });
  }
  for (const image of bodyImages) refs.push({ src: image.src, use: 'photo', line: image.line, field: '正文', label: '正文里的图片' });
  return refs;
}

/** What decoding one file says: undefined when it is fine. */
async function decodeProblem(path: string, name: string, use: ImageUse) {
  const bytes = readFileSync(path);
  const early = imageFileProblem(name, bytes);
  if (early) return early;
  try {
    const image = sharp(bytes, { failOn: 'truncated' });
    const meta = await image.metadata();
    // Decoding to the last row (at a small scale) is what finds a truncated file.
    await image.resize({ width: 64, withoutEnlargement: true }).raw().toBuffer();
    const { width, height } = seenSize(meta.width ?? 0, meta.height ?? 0, meta.orientation);
    return imageSizeProblem(name, use, width, height);
  } catch {
    return undecodableProblem(name);
  }
}

/**
 * Problems of the photos of `entries`; `shownFrom` is what entry.file is relative to. Photos that
 * are missing, remote or of an unsupported type are reported by the content check already.
 */
export async function imageProblems(
  entries: { entry: ContentFile; bodyImages: { src: string; line: number }[] }[],
  shownFrom: string,
): Promise<Finding[]> {
  const jobs: Promise<Finding | undefined>[] = [];
  for (const { entry, bodyImages } of entries) {
    for (const ref of imageRefs(entry, bodyImages)) {
      if (/^(https?:)?\/\//.test(ref.src)) continue;
      const extension = ref.src.slice(ref.src.lastIndexOf('.')).toLowerCase();
      const path = resolve(shownFrom, dirname(entry.file), ref.src);
      if (!PHOTO_EXTENSIONS.includes(extension)) continue;
      if (!existsSync(path) || !statSync(path).isFile()) {
        if (ref.field !== '正文') continue; // cover and gallery: reported by the content check
        jobs.push(
          Promise.resolve({
            file: entry.file,
            line: ref.line,
            field: ref.field,
            rule: 'photo-missing',
            severity: 'error',
            message: `正文里的图片「${ref.src}」找不到。`,
            fix: '请把图片放进本条目所在的文件夹，并检查文件名（包括大小写和扩展名）是否一致。',
          }),
        );
        continue;
      }
      jobs.push(
        decodeProblem(path, ref.src, ref.use).then((problem) =>
          problem
            ? {
                file: entry.file,
                line: ref.line,
                field: ref.field,
                severity: 'error' as const,
                ...problem,
                message: `${ref.label}：${problem.message}`,
              }
            : undefined,
        ),
      );
    }
  }
  return (await Promise.all(jobs)).filter((finding): finding is Finding => finding !== undefined);
}
