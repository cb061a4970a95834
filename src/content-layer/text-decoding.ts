/**
 * Bytes of a text file → its text, or a plain-Chinese reason why it is not a text we can read.
 *
 * Staff save text from Word, WPS and Notepad, which write UTF-8 (with or without a BOM),
 * GBK/GB18030 (the "ANSI" default on Chinese Windows) or UTF-16 ("Unicode" in Notepad and WPS,
 * little-endian with a BOM, sometimes big-endian or without one). A Word document renamed to
 * .txt, a photo or any other binary file must be refused, and so must an empty file.
 *
 * Decoding uses Node's built-in WHATWG TextDecoder: it ships full ICU, so 'gb18030' (a superset
 * of GBK and GB2312), 'utf-16le' and 'utf-16be' are available with `fatal: true`, which makes an
 * invalid byte sequence an error instead of silent U+FFFD replacement. No dependency is needed
 * (iconv-lite would add the same tables a second time and has no fatal mode).
 *
 * Pure: no file system access. The lead reuses this for content files.
 */

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark (removed from `text`). */
  bom: boolean;
  /** Plain Chinese, for the command line: what the file was and what was done. */
  note?: string;
}

export interface DecodeProblem {
  /** Plain Chinese: the file, what is wrong, how to fix it. */
  problem: string;
  kind: 'empty' | 'binary' | 'word' | 'undecodable';
}

export type DecodeResult = DecodedText | DecodeProblem;

export const isDecodeProblem = (result: DecodeResult): result is DecodeProblem => 'problem' in result;

const SAVE_AS_TEXT = '请在 Word 或 WPS 里打开原文件，选择“另存为”→“纯文本（.txt）”，编码选“UTF-8”，再用新文件导入。';

/** Known binary formats, by their first bytes. */
const SIGNATURES: { bytes: number[]; what: string; kind: DecodeProblem['kind'] }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: '一个压缩包格式的文件（.docx、.xlsx、.wps 新版或 .zip）', kind: 'word' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: '一个旧版 Word/WPS 文档（.doc 或 .wps）', kind: 'word' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: '一个 PDF 文件', kind: 'binary' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: '一个 RTF 文档', kind: 'word' },
  { bytes: [0xff, 0xd8, 0xff], what: '一张 JPEG 图片', kind: 'binary' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: '一张 PNG 图片', kind: 'binary' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: '一张 GIF 图片', kind: 'binary' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: '一个 RAR 压缩包', kind: 'binary' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

function decoder(encoding: TextEncodingName): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return decoder(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab, line feed, carriage return and form feed. */
// eslint-disable-next-line no-control-regex -- finding control characters in a file is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function controlShare(text: string): number {
  if (!text.length) return 0;
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

/** UTF-16 without a BOM: in CJK or ASCII text, one byte of most pairs is zero or the text is mostly Han. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = bytes.length / 2;
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZero++;
    if (bytes[index + 1] === 0) oddZero++;
  }
  // ASCII-heavy UTF-16: the high byte is zero in many pairs.
  if (oddZero / pairs > 0.2 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.2 && oddZero / pairs < 0.05) return 'utf-16be';
  // Mostly Han text: decode both ways and keep the one that reads as Chinese.
  const hanShare = (text: string | undefined) => {
    if (!text) return 0;
    const han = text.match(/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
    return han / [...text].length;
  };
  const le = hanShare(tryDecode(bytes, 'utf-16le'));
  const be = hanShare(tryDecode(bytes, 'utf-16be'));
  if (le > 0.6 && le > be) return 'utf-16le';
  if (be > 0.6 && be > le) return 'utf-16be';
  return undefined;
}

/**
 * Decode the bytes of a text file. `fileName` is only used in the messages.
 * Order: refuse empty and known binary formats; honour a BOM; strict UTF-8; UTF-16 without BOM;
 * strict GB18030; anything else (or text full of control characters) is refused as binary.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodeResult {
  const name = fileName.replace(/^.*[\\/]/, '');
  if (bytes.length === 0) {
    return { kind: 'empty', problem: `${name} 是一个空文件，里面没有任何文字。请确认选对了文件，或者在原文件里“另存为”时有没有保存成功。` };
  }
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      const fix =
        signature.kind === 'word'
          ? /\.docx$/i.test(name) || startsWith(bytes, [0x50, 0x4b])
            ? '如果这是 Word 文档，请把文件名改回 .docx 直接导入；否则' + SAVE_AS_TEXT
            : `请在 Word 或 WPS 里打开它，“另存为” .docx 文档再导入，或者${SAVE_AS_TEXT.replace(/^请/, '')}`
          : SAVE_AS_TEXT;
      return { kind: signature.kind, problem: `${name} 不是纯文本文件，而是${signature.what}。${fix}` };
    }
  }

  let result: DecodedText | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== undefined) result = { text, encoding: 'utf-8', bom: true };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    const text = tryDecode(bytes.subarray(2), 'utf-16le');
    if (text !== undefined) result = { text, encoding: 'utf-16le', bom: true, note: `${name} 是 UTF-16（“Unicode”）编码，已经自动转换。` };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    const text = tryDecode(bytes.subarray(2), 'utf-16be');
    if (text !== undefined) result = { text, encoding: 'utf-16be', bom: true, note: `${name} 是 UTF-16（大端）编码，已经自动转换。` };
  }
  if (!result) {
    // Valid UTF-8 without NUL bytes is UTF-8; UTF-16 text almost never is valid UTF-8.
    const utf8 = bytes.includes(0) ? undefined : tryDecode(bytes, 'utf-8');
    const utf16 = utf8 === undefined ? guessUtf16(bytes) : undefined;
    if (utf8 !== undefined) {
      result = { text: utf8, encoding: 'utf-8', bom: false };
    } else if (utf16) {
      const text = tryDecode(bytes, utf16);
      if (text !== undefined) result = { text, encoding: utf16, bom: false, note: `${name} 是 UTF-16（“Unicode”）编码，已经自动转换。` };
    }
    if (!result) {
      const text = tryDecode(bytes, 'gb18030');
      if (text !== undefined)
        result = { text, encoding: 'gb18030', bom: false, note: `${name} 是 GBK 编码（Windows 记事本的默认格式），已经自动转换。` };
    }
  }
  if (!result || controlShare(result.text) > 0.01) {
    return {
      kind: result ? 'binary' : 'undecodable',
      problem: `${name} 看起来不是纯文本文件（里面有${result ? '大量控制字符' : '无法识别的字节'}），可能是 Word 文档、图片或者损坏的文件。${SAVE_AS_TEXT}`,
    };
  }
  if (result.text.replace(/[\s\u3000\ufeff]/g, '') === '') {
    return { kind: 'empty', problem: `${name} 里只有空白，没有任何文字。请确认选对了文件。` };
  }
  return result;
}
