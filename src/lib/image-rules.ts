/**
 * What a photo must be to be published, as pure rules over its first bytes and its decoded size.
 * src/integration/image-check.ts reads and decodes the files (sharp) and asks these.
 *
 * Minimum sizes (documented in CONTRIBUTING.zh.md, “照片的要求”):
 * - 封面 cover: at least 800 × 450 pixels. It heads the page on a phone (up to ~800 px wide at 2×)
 *   and is the share image (微信, Open Graph: 1.91:1, anything under ~600 × 315 is shown blurred or
 *   not at all).
 * - the first gallery photo of an entry without a cover is its share image: at least 600 × 315.
 * - every other photo (gallery, body): at least 640 pixels on its long side, a phone screen's width.
 * Sizes are of the photo as seen (after its EXIF rotation).
 */

export type ImageUse = 'cover' | 'share' | 'photo';

export const MIN_SIZES: Record<ImageUse, { width: number; height: number; label: string }> = {
  cover: { width: 800, height: 450, label: '封面图' },
  share: { width: 600, height: 315, label: '分享图（没有封面时，第一张照片就是分享到微信时显示的图）' },
  photo: { width: 640, height: 0, label: '照片' },
};

/** The format a file really is, from its first bytes; undefined if none we know. */
export function sniffImageFormat(head: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic' | 'tiff' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(4, 8) === 'ftyp') {
    const brands = ascii(8, Math.min(head.length, 40));
    if (/avif|avis/.test(brands)) return 'avif';
    if (/heic|heix|hevc|hevx|heim|heis|mif1|msf1/.test(brands)) return 'heic';
  }
  return undefined;
}

export interface ImageProblem {
  rule: string;
  message: string;
  fix: string;
}

const REEXPORT = '请在手机或电脑上把原照片重新导出为 JPG（“另存为”或“导出”，不要只改文件名），再放进这个文件夹。';

/** Problems visible from the file's bytes alone (before decoding). */
export function imageFileProblem(name: string, bytes: Uint8Array): ImageProblem | undefined {
  if (bytes.length === 0) {
    return {
      rule: 'photo-empty',
      message: `图片「${name}」是空文件（0 字节），可能没有拷贝完整。`,
      fix: `请重新拷贝这张照片。${REEXPORT}`,
    };
  }
  const format = sniffImageFormat(bytes.subarray(0, 64));
  if (format === 'heic') {
    return {
      rule: 'photo-heic',
      message: `图片「${name}」其实是苹果手机的 HEIC 格式（只是扩展名写成了 ${name.slice(name.lastIndexOf('.'))}），网站读不了。`,
      fix: `${REEXPORT}iPhone 可以在“设置 → 相机 → 格式”里选“兼容性最佳”，以后拍的就是 JPG。`,
    };
  }
  if (!format) {
    return {
      rule: 'photo-unreadable',
      message: `图片「${name}」不是能识别的图片文件（可能已损坏，或者是别的文件改了扩展名）。`,
      fix: REEXPORT,
    };
  }
  return undefined;
}

/** The photo could be read but not decoded to the end (a truncated or damaged file). */
export function undecodableProblem(name: string): ImageProblem {
  return { rule: 'photo-damaged', message: `图片「${name}」不完整或已损坏，网站读不出来（常见于没有传完的照片）。`, fix: REEXPORT };
}

/** Too small for its use, or undefined. `width`/`height` as seen (after EXIF rotation). */
export function imageSizeProblem(name: string, use: ImageUse, width: number, height: number): ImageProblem | undefined {
  const min = MIN_SIZES[use];
  const ok = use === 'photo' ? Math.max(width, height) >= min.width : width >= min.width && height >= min.height;
  if (ok) return undefined;
  const need = use === 'photo' ? `长边至少 ${min.width} 像素` : `至少 ${min.width} × ${min.height} 像素（宽 × 高）`;
  return {
    rule: 'photo-too-small',
    message: `图片「${name}」只有 ${width} × ${height} 像素，做${min.label}太小，在手机上会模糊：${need}。`,
    fix: '请换用原始照片（不要用微信聊天里转发的图、截图或缩略图）；没有更大的照片，就换一张。',
  };
}

/** Width and height as seen, from the stored size and the EXIF orientation (5–8 are turned 90°). */
export function seenSize(width: number, height: number, orientation?: number): { width: number; height: number } {
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}
