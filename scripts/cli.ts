/**
 * What the staff command-line tools (new, import-plan) share: Chinese errors without a stack
 * trace, option parsing that explains a wrong option, and paths shown relative to where staff are.
 */
import { relative, sep } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

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
