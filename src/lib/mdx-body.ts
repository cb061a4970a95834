/**
 * The body of every entry, parsed exactly as the build parses it: Markdown with remark-mdx and
 * remark-gfm, in the order the site's pipeline (src/integration/entries-loader.ts) and @astrojs/mdx
 * apply them. Pure: text in, findings out.
 *
 * The policy for staff content (CONTRIBUTING.zh.md, “正文里不能用的写法”):
 * - A body is prose. Nothing in it is ever run as code: an expression `{…}` is refused (today
 *   `{1000-200}元` would be published as “800元”, `{军民同心}` stops the build), and so is every
 *   `import`/`export` line.
 * - HTML and component tags are refused unless the component is one of the site's own documented
 *   components (SITE_COMPONENTS; none today: content uses none). `<div>` and `<br>` included.
 * - The one thing in braces that is allowed is a comment, `{/* 说明 *\/}`: it renders nothing.
 * - A syntax error (a `<` before a digit, `<!-- -->`, an unclosed tag or brace) is explained in
 *   Chinese with the line and what to write instead. Nothing is rewritten silently.
 * So a body that passes renders as the Markdown it is, never changing meaning.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { Finding } from './content-lint.ts';

/**
 * Components staff may use in a body, by tag name. Empty: the site offers none yet. A component
 * added here must also be provided to every body and documented in CONTRIBUTING.zh.md.
 */
export const SITE_COMPONENTS: readonly string[] = [];

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * True for `{/* … *\/}` or `{// …}`: a comment, which renders nothing (entries-loader.ts drops it).
 * Empty braces `{}` are not a comment: staff wrote two characters and would see none.
 */
function isComment(expression: string): boolean {
  if (!/\/\*|\/\//.test(expression)) return false;
  return (
    expression
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

/** The body with the frontmatter lines emptied, so that positions are lines of the whole file. */
export function bodyWithFileLines(text: string): string {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(normalized);
  if (!match) return normalized;
  const lines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return '\n'.repeat(lines) + normalized.slice(match[0].length);
}

interface Problem {
  line: number;
  column?: number;
  message: string;
  fix: string;
}

const LESS_THAN_FIX = '如果是“小于”的意思，请直接写汉字，例如“小于100人”“不足100人”；一定要显示这个符号，就写成 \\<（前面加一个反斜杠）。';

function shown(line: string, column: number): string {
  const start = Math.max(0, column - 1 - 8);
  return line.slice(start, column - 1 + 12).trim();
}

/** A syntax error of remark-mdx, explained from the text at its position (never its English wording). */
export function explainSyntaxError(source: string, reason: string, line: number, column: number): Problem {
  const lines = source.split('\n');
  const text = lines[line - 1] ?? '';
  const upTo = text.slice(0, Math.max(0, column));
  const lt = upTo.lastIndexOf('<');
  const brace = upTo.lastIndexOf('{');
  const at = { line, column };
  if (/closing tag|end tag|Unexpected closing slash/i.test(reason)) {
    // The parser names the tag and where it opened: `<div>` (3:1-3:6).
    const tag = /`<\/?([^`>\s]*)>?`/.exec(reason)?.[1] ?? /<\/?([^\s<>/]+)/.exec(text)?.[1] ?? '';
    const opened = /\((\d+):(\d+)-/.exec(reason);
    const where = opened ? { line: Number(opened[1]), column: Number(opened[2]) } : at;
    return { ...where, ...tagProblem(tag) };
  }
  if (lt >= 0 && text.startsWith('<!--', lt)) {
    return {
      line,
      column: lt + 1,
      message: '正文里不能用 <!-- … --> 写注释。',
      fix: '请把注释改成 {/* 注释内容 */}（这样的说明不会显示在网页上），或者直接删掉。',
    };
  }
  if (/expression|brace|acorn|Could not parse/i.test(reason) || (brace >= 0 && brace > lt)) {
    return {
      line,
      column: brace >= 0 ? brace + 1 : column,
      message: `正文里的花括号“{”没有配对，或者里面的内容网站读不懂（${shown(text, brace >= 0 ? brace + 1 : column)}）。花括号在正文里有特殊用途。`,
      fix: '要显示花括号，请写成 \\{ 和 \\}（前面各加一个反斜杠），或者改用中文括号“（）”“【】”；写说明请用 {/* 说明 */}。',
    };
  }
  if (lt >= 0) {
    const after = text.slice(lt + 1);
    if (/^(https?|ftp|mailto):/i.test(after)) {
      return {
        line,
        column: lt + 1,
        message: `正文里的网址不能用尖括号 < > 包起来（${shown(text, lt + 1)}）。`,
        fix: '请去掉尖括号，直接写网址；或者写成 [链接文字](网址)。',
      };
    }
    return {
      line,
      column: lt + 1,
      message: `正文里的“<”会被当成 HTML 标签的开头，网站无法生成（${shown(text, lt + 1)}）。`,
      fix: LESS_THAN_FIX,
    };
  }
  return {
    ...at,
    message: `正文第 ${line} 行第 ${column} 个字附近有网站读不懂的写法（${shown(text, column)}），通常是 < > { } 这几个符号。`,
    fix: `${LESS_THAN_FIX}花括号请写成 \\{ 和 \\}。`,
  };
}

/** A tag in a body: refused, whether it is closed or not. */
function tagProblem(name: string): { message: string; fix: string } {
  if (/^br$/i.test(name))
    return {
      message: '正文里不能用 HTML 标签 <br>。',
      fix: '要换段，请空一行再写；要在同一段里换行，请删掉 <br>，在行末加一个反斜杠 \\。',
    };
  if (/^[a-z][a-z0-9]*$/i.test(name)) {
    return {
      message: `正文里不能用 HTML 标签 <${name}>（正文只写文字，网站会把标签当成程序代码）。`,
      fix: `请删掉 <${name}>${name ? ` 和 </${name}>` : ''}，只保留里面的文字。小标题请用“## 小标题”，列表请用“- ”开头。`,
    };
  }
  return {
    message: `正文里的 <${name}> 会被当成 HTML 标签，网站无法生成，或者这几个字不会显示。`,
    fix: `书名、文件名请用书名号《${name}》，强调请用引号“${name}”；如果是“小于”的意思，请写汉字；一定要显示尖括号，就写成 \\<${name}>（前面加一个反斜杠）。`,
  };
}

function positionOf(node: Node): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Everything in a parsed body that would be run as code or rendered as markup. */
function treeProblems(tree: Node, source: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const at = positionOf(node);
    const raw = node.position ? source.slice(node.position.start.offset, node.position.end.offset) : '';
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at,
          message: `正文里有程序语句（${raw.split('\n')[0]!.slice(0, 30)}），正文只能写文字。`,
          fix: '请删掉这一行；如果这是正文里的一句话，请不要用 import 或 export 开头。',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = (node as Node & { value?: string }).value ?? '';
        if (isComment(value)) return;
        problems.push({
          ...at,
          message: `正文里的 ${raw.slice(0, 30)} 会被当成程序运行，网页上显示的将不是这几个字（例如 {1000-200} 会显示成 800）。`,
          fix: `要显示花括号，请写成 \\{${value.slice(0, 20)}\\}；想要强调，请用中文引号“${value.slice(0, 20)}”或【${value.slice(0, 20)}】；数字请直接写结果。`,
        });
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = (node as Node & { name?: string | null }).name ?? '';
        if (name && SITE_COMPONENTS.includes(name)) return;
        problems.push({ ...at, ...tagProblem(name) });
        return;
      }
      case 'image': {
        const alt = (node as Node & { alt?: string | null }).alt ?? '';
        if (!alt.trim()) {
          problems.push({
            ...at,
            message: '正文里的图片没有写说明文字（![说明](./照片.jpg) 方括号里的字）。',
            fix: '请在方括号里写上照片内容，例如 ![老兵代表发言](./photo-1.jpg)，读屏软件会读给看不见的人听。',
          });
        }
        return;
      }
      default:
        return;
    }
  });
  return problems;
}

export interface ParsedBody {
  problems: Finding[];
  /** `![…](src)` images in the body, with their line. */
  images: { src: string; line: number }[];
}

/**
 * Without one of these, a body holds no MDX syntax (a tag or comment `<`, an expression `{`, an
 * `import`/`export` line), no image (`![`) and nothing the parser could stop at: parsing it would
 * find nothing, so it is not parsed (most bodies are plain Chinese prose; parsing them all was
 * about 1.4 s of a 2,000-entry check, BENCHMARKS.md).
 */
const MAY_HAVE_FINDINGS = /[<{}!]|^[ \t]*(?:import|export)\b/m;

/** Parses an entry's body as the build will; returns what would not build or would be published wrong. */
export function checkMdxBody(text: string, file: string): ParsedBody {
  const source = bodyWithFileLines(text);
  if (!MAY_HAVE_FINDINGS.test(source)) return { images: [], problems: [] };
  return parsedFindings(source, file);
}

/** checkMdxBody with the parse never skipped (the tests hold the shortcut to it). */
export function parseMdxBody(text: string, file: string): ParsedBody {
  return parsedFindings(bodyWithFileLines(text), file);
}

function parsedFindings(source: string, file: string): ParsedBody {
  const images: ParsedBody['images'] = [];
  let problems: Problem[];
  try {
    const tree = parser.parse(source);
    problems = treeProblems(tree, source);
    visit(tree, 'image', (node: Node & { url?: string }) => {
      if (node.url) images.push({ src: decodeURI(node.url), line: positionOf(node).line });
    });
  } catch (error) {
    const place = error as { reason?: string; message?: string; line?: number; column?: number };
    const reason = place.reason ?? place.message ?? '';
    problems = [explainSyntaxError(source, reason, place.line ?? 1, place.column ?? 1)];
  }
  return {
    images,
    problems: problems.map((problem) => ({
      file,
      line: problem.line,
      column: problem.column,
      field: '正文',
      rule: 'mdx-body',
      severity: 'error' as const,
      message: problem.message,
      fix: problem.fix,
    })),
  };
}
