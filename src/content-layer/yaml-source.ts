/**
 * YAML as staff write it: parsed once with real positions (yaml's parseDocument and a LineCounter),
 * so every finding can name the line of the exact list item, and every common mistake is explained
 * in Chinese instead of the parser's English. Pure: text in, data, positions and problems out.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** 1-based line in the whole file. */
  line?: number | undefined;
  /** Stable name of the mistake, for tests and for grouping. */
  code: string;
  message: string;
  fix: string;
}

export interface ParsedYaml {
  /** The data, or undefined when the text could not be read at all. */
  data: unknown;
  problems: YamlProblem[];
  /** 1-based file line of the value at `path` (a key's own line for a map entry), or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Characters that look like nothing, or like a space, and break keys, ids and YAML structure. */
const INVISIBLE: Record<string, string> = {
  '\u00A0': '不换行空格',
  '\u200B': '零宽空格',
  '\u200C': '零宽不连字',
  '\u200D': '零宽连字',
  '\u2060': '零宽不折行',
  '\uFEFF': '零宽不换行空格（BOM）',
  '\u3000': '全角空格',
  '\u202F': '窄不换行空格',
};
// eslint-disable-next-line no-misleading-character-class -- each invisible character (ZWJ too) is matched on its own, never as a joined sequence
const INVISIBLE_PATTERN = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`);

const KEY = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
const FULL_WIDTH_COLON = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY})\s*：`);
const NO_SPACE_AFTER_COLON = new RegExp(String.raw`^(\s*(?:-\s+)?)(${KEY}):(?=[^\s:/])`);
const KEY_LINE = new RegExp(String.raw`^\s*(?:-\s+)?(${KEY})\s*:`);

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Line-by-line mistakes the parser reports badly or not at all. `firstLine` is the file line of text's line 1. */
function lineProblems(text: string, firstLine: number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const at = firstLine + index;
    if (line.trimStart().startsWith('#')) return;
    const tab = /^[ ]*\t/.exec(line);
    if (tab) {
      problems.push({
        line: at,
        code: 'yaml-tab',
        message: '这一行用 Tab 键缩进，信息区（两行 --- 之间）只能用空格缩进。',
        fix: '删掉行首的 Tab，改用空格对齐（同一层的字段前面的空格数要一样，通常是 2 个或 4 个）。',
      });
    }
    const fullWidth = FULL_WIDTH_COLON.exec(line);
    if (fullWidth) {
      problems.push({
        line: at,
        code: 'yaml-full-width-colon',
        message: `字段名 ${fullWidth[2]} 后面用了中文冒号「：」，程序认不出这个字段。`,
        fix: `把「：」改成英文冒号加一个空格，例如 ${fullWidth[2]}: 内容`,
      });
    } else {
      const noSpace = NO_SPACE_AFTER_COLON.exec(line);
      if (noSpace) {
        problems.push({
          line: at,
          code: 'yaml-no-space',
          message: `字段名 ${noSpace[2]} 的冒号后面少了一个空格。`,
          fix: `在冒号后面加一个空格，例如 ${noSpace[2]}: 内容`,
        });
      }
    }
    const invisible = INVISIBLE_PATTERN.exec(line);
    const key = KEY_LINE.exec(line);
    // In a key, an id or the indentation an invisible character changes the meaning; in free text it is only dirt,
    // so only the structural part of the line (up to the value) and id-like values are checked.
    if (invisible && !(index === 0 && invisible.index === 0 && invisible[0] === '\uFEFF')) {
      const structural = key
        ? line.indexOf(':', invisible.index) >= 0 || /^\s*$/.test(line.slice(0, invisible.index))
        : /^\s*$/.test(line.slice(0, invisible.index));
      const value = key ? line.slice(line.indexOf(':') + 1).trim() : '';
      const idLike = /^[A-Za-z0-9\-_.\s\u00A0\u200B-\u200D\u2060\uFEFF\u3000\u202F'"[\],]*$/.test(value);
      if (structural || idLike) {
        const char = invisible[0];
        problems.push({
          line: at,
          code: 'yaml-invisible',
          message: `这一行第 ${invisible.index + 1} 个字符处有看不见的字符（${INVISIBLE[char] ?? char}，${codePoint(char)}），常见于从网页或微信复制的文字。`,
          fix: '把这一行的字段名和值删掉后用键盘重新输入（不要复制粘贴），或在编辑器里搜索并删除这个字符。',
        });
      }
    }
  });
  return problems;
}

function lineOfOffset(counter: LineCounter, offset: number, firstLine: number): number {
  return counter.linePos(offset).line + firstLine - 1;
}

/** The Chinese explanation of one parser error, given the line it is on. */
function explainParserError(error: YAMLError, lineText: string, line: number | undefined): YamlProblem {
  const key = KEY_LINE.exec(lineText)?.[1];
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      return {
        line,
        code: 'yaml-duplicate-key',
        message: key ? `字段 ${key} 写了两次，同一层里每个字段只能出现一次。` : '有字段写了两次，同一层里每个字段只能出现一次。',
        fix: `删掉重复的${key ? ` ${key}` : '那一个'}，或把两处的内容合并到一处。`,
      };
    }
    case 'TAB_AS_INDENT':
      return { line, code: 'yaml-tab', message: '这一行用 Tab 键缩进，信息区只能用空格缩进。', fix: '删掉行首的 Tab，改用空格对齐。' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BAD_SCALAR_START':
    default: {
      const value = key ? lineText.slice(lineText.indexOf(':') + 1).trim() : '';
      if (key && /:\s/.test(value)) {
        return {
          line,
          code: 'yaml-colon-in-value',
          message: `字段 ${key} 的内容里有“冒号加空格”（${value.slice(0, 30)}），程序会把它当成新的字段。`,
          fix: `给整段内容加上英文引号，例如 ${key}: "${value.replace(/"/g, '“')}"，或把其中的冒号改成中文冒号「：」。`,
        };
      }
      if (key && /^["'「“]/.test(value) && !/^(["']).*\1\s*(#.*)?$/.test(value)) {
        return {
          line,
          code: 'yaml-quote',
          message: `字段 ${key} 的引号没有配对。`,
          fix: '引号要成对：用英文引号 " 开头，也用 " 结尾；内容里要用引号时请用中文引号“”。',
        };
      }
      if (/^\s*[-*]\s*\S/.test(lineText) || /^\s+\S/.test(lineText)) {
        return {
          line,
          code: 'yaml-indent',
          message: '这一行的缩进和上下文对不齐，程序看不出它属于哪个字段。',
          fix: '同一层的字段前面的空格数要一样；列表里每一项以“- ”开头，并比所属的字段多缩进两个空格。',
        };
      }
      return {
        line,
        code: 'yaml-syntax',
        message: '这一行的写法程序读不懂。',
        fix: '每行写成“字段名: 内容”（英文冒号后面加一个空格）；内容里有冒号、# 或引号时，给整段内容加上英文引号。',
      };
    }
  }
}

function keyText(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

/** Parses YAML text that starts at file line `firstLine` (2 for a frontmatter after its opening ---). */
export function parseYamlSource(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lines = text.split('\n');
  const problems = lineProblems(text, firstLine);
  const seenLines = new Set(problems.map((problem) => problem.line));
  // An unclosed quote makes the parser complain where the text ends; point at the line that opened it.
  const unclosed = doc.errors.length
    ? lines.findIndex((line) => {
        const value = KEY_LINE.exec(line) ? line.slice(line.indexOf(':') + 1).trim() : '';
        return /^["']/.test(value) && !new RegExp(`^${value[0]}(?:[^${value[0]}\\\\]|\\\\.)*${value[0]}\\s*(#.*)?$`).test(value);
      })
    : -1;
  if (unclosed >= 0 && !seenLines.has(unclosed + firstLine)) {
    const key = KEY_LINE.exec(lines[unclosed]!)?.[1] ?? '';
    problems.push({
      line: unclosed + firstLine,
      code: 'yaml-quote',
      message: `字段 ${key} 的引号没有配对：以引号开头，却没有以同样的引号结尾。`,
      fix: '引号要成对：用英文引号 " 开头，也用 " 结尾；内容里要用引号时请用中文引号“”。',
    });
    seenLines.add(unclosed + firstLine);
  }
  for (const error of doc.errors) {
    if (unclosed >= 0) break;
    const offset = error.pos[0];
    const lineIndex = counter.linePos(offset).line - 1;
    const line = lineIndex + firstLine;
    // One explanation per line: a full-width colon or a tab already says what the parser stumbles on.
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    problems.push(explainParserError(error, lines[lineIndex] ?? '', line));
  }

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: number | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(part));
        if (!pair) return found;
        const keyNode = pair.key as Node | undefined;
        if (keyNode?.range) found = lineOfOffset(counter, keyNode.range[0], firstLine);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) return found;
        if (item.range) found = lineOfOffset(counter, item.range[0], firstLine);
        node = item;
      } else {
        return found;
      }
    }
    return found;
  };

  return { data: doc.errors.length === 0 ? doc.toJS() : undefined, problems, lineOf };
}
