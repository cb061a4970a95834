/**
 * Which kinds of metadata an image file carries, read from its container structure: EXIF (with
 * GPS, camera make, date), XMP, IPTC and comments. Pure: bytes in, names out. Used by the scan of
 * dist/ at the end of every build (src/integration/publish-dist.ts): a published image carries none.
 * ICC colour profiles are not metadata about the photo and are allowed.
 */

export type MetadataKind = 'EXIF' | 'XMP' | 'IPTC' | '注释';

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

/** JPEG: APP1 `Exif\0\0` or XMP, APP13 (Photoshop / IPTC), COM. */
export function jpegMetadata(bytes: Uint8Array): MetadataKind[] {
  const found = new Set<MetadataKind>();
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data: no more metadata segments follow
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const start = at + 4;
    if (marker === 0xe1) {
      if (ascii(bytes, start, 6) === 'Exif\0\0') found.add('EXIF');
      else if (ascii(bytes, start, 28).startsWith('http://ns.adobe.com/xap/1.0/')) found.add('XMP');
      else if (ascii(bytes, start, 34).startsWith('http://ns.adobe.com/xmp/extension/')) found.add('XMP');
    } else if (marker === 0xed) found.add('IPTC');
    else if (marker === 0xfe) found.add('注释');
    at += 2 + length;
  }
  return [...found];
}

/** PNG: eXIf, and text chunks (tEXt, zTXt, iTXt: comments, or XMP in iTXt). */
export function pngMetadata(bytes: Uint8Array): MetadataKind[] {
  const found = new Set<MetadataKind>();
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
    const type = ascii(bytes, at + 4, 4);
    if (type === 'eXIf') found.add('EXIF');
    else if (type === 'iTXt' && ascii(bytes, at + 8, 17) === 'XML:com.adobe.xmp') found.add('XMP');
    else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') found.add('注释');
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return [...found];
}

/** WebP (RIFF): EXIF and XMP chunks. */
export function webpMetadata(bytes: Uint8Array): MetadataKind[] {
  const found = new Set<MetadataKind>();
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    const length = bytes[at + 4]! + (bytes[at + 5]! << 8) + (bytes[at + 6]! << 16) + ((bytes[at + 7]! << 24) >>> 0);
    if (type === 'EXIF') found.add('EXIF');
    if (type === 'XMP ') found.add('XMP');
    at += 8 + length + (length % 2);
  }
  return [...found];
}

/** The metadata of a JPEG, PNG or WebP file; undefined for other formats (the caller asks sharp). */
export function containerMetadata(bytes: Uint8Array): MetadataKind[] | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegMetadata(bytes);
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return pngMetadata(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpMetadata(bytes);
  return undefined;
}
