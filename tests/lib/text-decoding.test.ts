import { describe, expect, it } from 'vitest';
import { decodeText, isDecodeProblem, type DecodeResult } from '../../src/content-layer/text-decoding.ts';

const SAMPLE = '2026年示例县双拥工作计划\r\n一、春节前走访慰问驻县部队。\r\n二、“八一”期间召开军地座谈会。\r\n';

/** GBK bytes built from the platform's own GB18030 decoder (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) bytes.push(...(char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)!));
  return Uint8Array.from(bytes);
}

const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Uint8Array.from(le);
};
const concat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function text(result: DecodeResult): string {
  if (isDecodeProblem(result)) throw new Error(result.problem);
  return result.text;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const plain = decodeText(new TextEncoder().encode(SAMPLE), '计划.txt');
    expect(text(plain)).toBe(SAMPLE);
    expect(plain).toMatchObject({ encoding: 'utf-8', bom: false });
    const withBom = decodeText(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(SAMPLE)), '计划.txt');
    expect(text(withBom)).toBe(SAMPLE);
    expect(withBom).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it('reads GBK (Notepad ANSI) and says it converted it', () => {
    const result = decodeText(gbk(SAMPLE), '计划.txt');
    expect(text(result)).toBe(SAMPLE);
    expect(result).toMatchObject({ encoding: 'gb18030' });
    expect((result as { note: string }).note).toContain('GBK');
  });

  it('reads UTF-16 LE and BE, with a BOM and without one', () => {
    for (const [bytes, encoding] of [
      [concat([0xff, 0xfe], utf16le(SAMPLE)), 'utf-16le'],
      [concat([0xfe, 0xff], utf16be(SAMPLE)), 'utf-16be'],
      [utf16le(SAMPLE), 'utf-16le'],
      [utf16be(SAMPLE), 'utf-16be'],
      [utf16le('一二三四五六七八九十春节慰问驻县部队官兵'), 'utf-16le'],
    ] as const) {
      const result = decodeText(bytes, '计划.txt');
      expect(text(result)).not.toContain('\u0000');
      expect(result).toMatchObject({ encoding });
    }
    expect(text(decodeText(concat([0xff, 0xfe], utf16le(SAMPLE)), 'x.txt'))).toBe(SAMPLE);
  });

  it('refuses empty and blank files in Chinese, naming the file', () => {
    const empty = decodeText(new Uint8Array(), 'D:/文档/计划.txt');
    expect(empty).toMatchObject({ kind: 'empty' });
    expect((empty as { problem: string }).problem).toMatch(/^计划\.txt 是一个空文件/);
    expect(decodeText(new TextEncoder().encode(' \r\n\u3000\n'), '计划.txt')).toMatchObject({ kind: 'empty' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf]), '计划.txt')).toMatchObject({ kind: 'empty' });
  });

  it('refuses a Word document renamed to .txt, old .doc files, PDFs and photos', () => {
    const docx = decodeText(concat([0x50, 0x4b, 0x03, 0x04], new Uint8Array(200)), '计划.txt');
    expect(docx).toMatchObject({ kind: 'word' });
    expect((docx as { problem: string }).problem).toContain('.docx');
    const doc = decodeText(concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(100)), '计划.txt');
    expect((doc as { problem: string }).problem).toContain('旧版 Word');
    expect(decodeText(concat(new TextEncoder().encode('%PDF-1.7\n'), new Uint8Array(50)), 'a.txt')).toMatchObject({ kind: 'binary' });
    expect(decodeText(concat([0xff, 0xd8, 0xff, 0xe0], new Uint8Array(50)), 'a.txt')).toMatchObject({ kind: 'binary' });
  });

  it('refuses unknown binary data instead of returning mojibake', () => {
    const bytes = new Uint8Array(512);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    const result = decodeText(bytes, '照片.txt');
    expect(isDecodeProblem(result)).toBe(true);
    expect((result as { problem: string }).problem).toContain('不是纯文本文件');
  });
});
