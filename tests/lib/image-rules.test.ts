import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { imageFileProblem, imageSizeProblem, seenSize, sniffImageFormat } from '../../src/lib/image-rules.ts';
import { containerMetadata } from '../../src/lib/image-metadata.ts';

const heic = () => {
  const box = Buffer.alloc(32);
  box.writeUInt32BE(24, 0);
  box.write('ftypheic', 4, 'latin1');
  box.write('mif1heic', 16, 'latin1');
  return box;
};

describe('image rules', () => {
  it('knows a file by its bytes, not its name', async () => {
    expect(
      sniffImageFormat(
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
          .jpeg()
          .toBuffer(),
      ),
    ).toBe('jpeg');
    expect(
      sniffImageFormat(
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
      ),
    ).toBe('png');
    expect(
      sniffImageFormat(
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
          .webp()
          .toBuffer(),
      ),
    ).toBe('webp');
    expect(sniffImageFormat(heic())).toBe('heic');
    expect(sniffImageFormat(Buffer.from('<html>'))).toBeUndefined();
  });
  it('explains empty, HEIC and unknown files with what to do', () => {
    expect(imageFileProblem('a.jpg', Buffer.alloc(0))!.message).toContain('空文件（0 字节）');
    const problem = imageFileProblem('IMG_0001.jpg', heic())!;
    expect(problem.message).toContain('HEIC');
    expect(problem.message).toContain('.jpg');
    expect(problem.fix).toContain('重新导出为 JPG');
    expect(imageFileProblem('a.jpg', Buffer.from('not an image'))!.rule).toBe('photo-unreadable');
  });
  it('minimum sizes: cover 800×450, share 600×315, other photos 640 on the long side', () => {
    expect(imageSizeProblem('a.jpg', 'cover', 800, 450)).toBeUndefined();
    expect(imageSizeProblem('a.jpg', 'cover', 799, 600)!.message).toContain('799 × 600');
    expect(imageSizeProblem('a.jpg', 'cover', 1200, 400)!.message).toContain('800 × 450');
    expect(imageSizeProblem('a.jpg', 'share', 600, 315)).toBeUndefined();
    expect(imageSizeProblem('a.jpg', 'share', 590, 400)).toBeDefined();
    expect(imageSizeProblem('a.jpg', 'photo', 480, 640)).toBeUndefined();
    expect(imageSizeProblem('a.jpg', 'photo', 600, 400)!.message).toContain('长边至少 640 像素');
    expect(seenSize(4032, 3024, 6)).toEqual({ width: 3024, height: 4032 });
    expect(seenSize(4032, 3024, 1)).toEqual({ width: 4032, height: 3024 });
  });
});

describe('image metadata', () => {
  const base = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } });
  it('finds EXIF, XMP and comments in JPEG, PNG and WebP; nothing in a clean file', async () => {
    expect(
      containerMetadata(
        await base()
          .jpeg()
          .withExifMerge({ IFD0: { Make: 'X' } })
          .toBuffer(),
      ),
    ).toEqual(['EXIF']);
    expect(containerMetadata(await base().jpeg().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer())).toContain('XMP');
    expect(
      containerMetadata(
        await base()
          .png()
          .withExifMerge({ IFD0: { Make: 'X' } })
          .toBuffer(),
      ),
    ).toContain('EXIF');
    expect(
      containerMetadata(
        await base()
          .webp()
          .withExifMerge({ IFD0: { Make: 'X' } })
          .toBuffer(),
      ),
    ).toContain('EXIF');
    const jpeg = await base().jpeg().toBuffer();
    // A JPEG comment (COM marker) inserted after SOI.
    const comment = Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe, 0x00, 0x07]), Buffer.from('hello'), jpeg.subarray(2)]);
    expect(containerMetadata(comment)).toEqual(['注释']);
    expect(containerMetadata(jpeg)).toEqual([]);
    expect(containerMetadata(await base().png().toBuffer())).toEqual([]);
    expect(containerMetadata(await base().webp().toBuffer())).toEqual([]);
  });
});
