/**
 * What the staff command-line tools (new, import-plan, import-report) share: Chinese errors without a stack
 * trace, option parsing that explains a wrong option, and paths shown relative to where staff are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { docxProblem } from '../src/lib/docx-reader.ts';

/** A staff-facing problem: printed without a stack trace. */
export class UserError extends Error {}

export function fail(message: string): never {
  throw new UserError(message);
}

/** A path as staff would type it from the current folder. */
export function shown(path: string): string {
  return (relative(process.cwd(), path) || '.').split(sep).join('/');
}

/** parseArgs with positionals allowed and strict options; a wrong option fails in Chinese with the usage. */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    const option = error instanceof Error ? (/'([^']+)'/.exec(error.message)?.[1] ?? '') : '';
    return fail(`命令里有不认识或写法不对的选项 ${option}。\n\n${usage}`);
  }
}

/** Runs a command: staff mistakes print as one Chinese line, anything else with its details. */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UserError) {
      console.error(`出错了：${error.message}`);
    } else {
      console.error('出错了：程序遇到了意外的问题。请把下面的信息发给网站维护人员。');
      console.error(error);
    }
    process.exitCode = 1;
  });
}

/**
 * The one document an importer reads (`what`: 文本文件, 报道文件 …), as an absolute path. Fails in
 * Chinese when none or several are given, when it is missing, and when it is a kind the importers
 * cannot read (old .doc/.wps: docxProblem says how to save it; PDF, RTF, ODT: save as .docx or .txt).
 */
export function importSource(positionals: readonly string[], what: string, usage: string): string {
  const [given] = positionals;
  if (given === undefined || positionals.length !== 1)
    fail(
      `请写一个要导入的${what}${positionals.length > 1 ? `（收到了 ${positionals.length} 个；文件名里有空格时请加引号）` : ''}。\n\n${usage}`,
    );
  const input = resolve(given);
  if (!existsSync(input)) fail(`找不到文件 ${given}。`);
  const oldWord = /\.(doc|wps|wpt|dot)$/i.test(input) ? docxProblem(readFileSync(input), given) : undefined;
  if (oldWord) fail(oldWord);
  if (/\.(pdf|rtf|odt)$/i.test(input))
    fail(`${given} 不是纯文本文件，也不是 .docx。请先在 Word 或 WPS 里打开它，“另存为” Word 文档（.docx）或纯文本（.txt），再导入。`);
  return input;
}
