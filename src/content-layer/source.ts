/**
 * The pure core of the content reader: bytes to text, an entry's text to frontmatter and body, and
 * the shape of what the reader hands on. No file system here, so lib/ and tests can use it directly.
 */
import type { CollectionName, DataFileName } from '../model/index.ts';
import { decodeText, isDecodeProblem } from './text-decoding.ts';
import { parseYamlSource, type YamlProblem } from './yaml-source.ts';

/** What the content reader gives for every file: its text, its data with positions, and what stopped it. */
export interface ReadFile {
  /** Path shown to staff, relative to the repository (e.g. content/reports/2026-08-01-bayi/index.mdx). */
  file: string;
  /** Decoded text of the whole file. */
  text: string;
  /** Parsed YAML (the frontmatter of an entry), or undefined when it could not be read. */
  data: unknown;
  /** Why the file could not be read as written: encoding, frontmatter fences, YAML syntax. */
  problems: YamlProblem[];
  /** 1-based file line of the value at a path, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ContentFile extends ReadFile {
  collection: CollectionName;
  /** The entry id: folder name or file name without .mdx. */
  id: string;
  /** The body after the frontmatter, and the file line it starts on. */
  body: string;
  bodyFirstLine: number;
}

export interface DataFile extends ReadFile {
  name: DataFileName;
}

/**
 * Content files must be UTF-8 (a BOM is accepted). Any other encoding the importer can read (GBK,
 * UTF-16) is named and refused with 请另存为 UTF-8, so mojibake is never published; binary and empty
 * files are refused in decodeText's words.
 */
export function decodeContentBytes(bytes: Uint8Array, fileName = ''): { text: string } | { problem: YamlProblem } {
  const decoded = decodeText(bytes, fileName || '这个文件');
  const saveAsUtf8 = '请用记事本或 WPS 打开这个文件，选择“另存为”，编码选 UTF-8，再保存。';
  if (isDecodeProblem(decoded)) {
    return {
      problem: {
        line: 1,
        code: `encoding-${decoded.kind}`,
        message: decoded.problem,
        fix:
          decoded.kind === 'empty'
            ? '请用 npm run new 重新生成这篇内容，或删掉这个空文件。'
            : '内容文件必须是纯文本的 .mdx；Word 文档请用 npm run import:plan 或 import:report 导入。',
      },
    };
  }
  switch (decoded.encoding) {
    case 'utf-8':
      return { text: decoded.text };
    case 'gb18030':
      return {
        problem: {
          line: 1,
          code: 'encoding-gbk',
          message: '文件不是 UTF-8 编码，而是 GBK/GB18030（Windows 记事本的“ANSI”）。直接发布会变成乱码。',
          fix: saveAsUtf8,
        },
      };
    default:
      return {
        problem: {
          line: 1,
          code: 'encoding-utf16',
          message: '文件是 UTF-16（“Unicode”）编码，网站只能读 UTF-8 编码的文件。',
          fix: saveAsUtf8,
        },
      };
  }
}

export interface SplitEntry {
  /** The frontmatter's YAML and the file line it starts on. */
  yaml: string;
  yamlFirstLine: number;
  body: string;
  bodyFirstLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits an entry into its frontmatter (between the first two `---` lines) and its body. */
export function splitFrontmatter(text: string): SplitEntry | { problem: YamlProblem } {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (!FENCE.test(lines[0] ?? '')) {
    const fenceLater = lines.findIndex((line) => FENCE.test(line));
    const looksLikeFields = /^\s*[A-Za-z_]+\s*[:：]/.test(lines[0] ?? '');
    return {
      problem: {
        line: 1,
        code: 'frontmatter-open',
        message:
          fenceLater > 0 || looksLikeFields
            ? '文件第一行应该是 ---（三个英文减号），信息区（标题、日期等）要写在两行 --- 之间。'
            : '文件开头缺少用 --- 包起来的信息区（标题、日期等）。',
        fix:
          fenceLater > 0 || looksLikeFields
            ? '在文件最前面单独加一行 ---（前面不能有空行或空格）。'
            : '请用 npm run new 生成一个新文件，再把正文复制进去。',
      },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) {
    // The fields end where the first line that is neither a field, a list item, an indented line nor a comment begins.
    // A single # opens a YAML comment; ## and more open a Markdown heading of the body.
    const lastField = lines.findIndex((line, index) => index > 0 && line.trim() !== '' && !/^(\s|-|#(?!#)|[A-Za-z_]+\s*[:：])/.test(line));
    const at = lastField > 0 ? lastField + 1 : lines.length;
    return {
      problem: {
        line: at,
        code: 'frontmatter-close',
        message: '信息区只有开头的 ---，没有结尾的 ---，程序分不清哪里是信息区、哪里是正文。',
        fix: `在最后一个字段下面（第 ${at} 行之前）单独加一行 ---，再写正文。`,
      },
    };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
  };
}

/** The frontmatter of an entry's text as data; throws a Chinese error naming the first problem. */
export function frontmatterData(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  if ('problem' in split) throw new Error(`${split.problem.message}${split.problem.fix}`);
  const parsed = parseYamlSource(split.yaml, split.yamlFirstLine);
  const [problem] = parsed.problems;
  if (problem) throw new Error(`第 ${problem.line ?? '?'} 行：${problem.message}${problem.fix}`);
  return parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
}
