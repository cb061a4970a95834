/**
 * How a build publishes dist/: into a staging folder beside it, scanned, then swapped in whole.
 *
 * - A build that fails at any point (content check, rendering, search index, the scan below)
 *   leaves the previous dist/ exactly as it was: a deploy step (`rsync --delete dist/ …`) that runs
 *   after a failed build copies the last good site, never a half-written one.
 * - The scan runs at the end of every build: no image in the output may carry EXIF, GPS, XMP, IPTC
 *   or comments, and none may be byte for byte a photo from content/ (an original, straight from
 *   the phone, with whatever it recorded).
 */
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { containerMetadata, type MetadataKind } from '../lib/image-metadata.ts';
import { PHOTO_EXTENSIONS } from '../lib/content-check.ts';

/** The staging folder of an output folder: `site/dist` → `site/.dist-building`. */
export function stagingDirOf(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-building`);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const isImage = (path: string) => PHOTO_EXTENSIONS.includes(path.slice(path.lastIndexOf('.')).toLowerCase());
const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** sharp (libvips) names EXIF, XMP and IPTC in every format; the container walk adds JPEG and PNG comments. */
async function metadataOf(bytes: Buffer): Promise<MetadataKind[]> {
  const found = new Set<MetadataKind>(containerMetadata(bytes) ?? []);
  try {
    const meta = await sharp(bytes).metadata();
    if (meta.exif) found.add('EXIF');
    if (meta.xmp) found.add('XMP');
    if (meta.iptc) found.add('IPTC');
    if (meta.comments?.length) found.add('注释');
  } catch {
    // Not an image sharp reads (an SVG icon, say): the container walk is all there is.
  }
  return [...found];
}

/** Chinese problems of a built folder: images with metadata, copies of source photos. Empty when clean. */
export async function scanDist(distDir: string, contentDir: string): Promise<string[]> {
  const sources = new Map<string, string>();
  for (const path of filesUnder(contentDir).filter(isImage)) sources.set(hash(readFileSync(path)), path);
  const problems: string[] = [];
  for (const path of filesUnder(distDir).filter(isImage)) {
    const bytes = readFileSync(path);
    const shown = relative(distDir, path);
    const source = sources.get(hash(bytes));
    if (source)
      problems.push(
        `${shown} 是原照片 ${relative(process.cwd(), source)} 原样复制的文件（原照片可能带着拍摄地点、相机和时间），不能发布。`,
      );
    const kinds = await metadataOf(bytes);
    if (kinds.length > 0) problems.push(`${shown} 带有照片信息（${kinds.join('、')}），其中可能有拍摄地点，不能发布。`);
  }
  return problems;
}

/** Replaces `outDir` with the finished staging folder, in two renames (the old one is then deleted). */
export function publishStaging(stagingDir: string, outDir: string): void {
  const old = join(dirname(outDir), `.${basename(outDir)}-old`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(stagingDir, outDir);
  rmSync(old, { recursive: true, force: true });
}
