/**
 * Stops a build with a message for staff. From the command line (`npm run build`, `astro build`)
 * the message is printed on its own and the process exits with status 1: Astro would otherwise
 * frame it with its own English line ("An unhandled error occurred while running the … hook").
 * Called as a library (tests, benchmarks: `build()` from 'astro') it throws an AstroError with an
 * empty stack, which the caller reports.
 */
import { AstroError } from 'astro/errors';
import { basename } from 'node:path';

/** True when this process is the `astro` command (node_modules/astro/bin/astro.mjs). */
export function isAstroCli(argv: readonly string[] = process.argv): boolean {
  const script = argv[1] ?? '';
  return basename(script) === 'astro.mjs' || basename(script) === 'astro';
}

export function failBuild(message: string, hint: string): never {
  if (isAstroCli()) {
    process.stderr.write(`\n${message}\n\n${hint}\n`);
    process.exit(1);
  }
  const error = new AstroError(message, hint);
  // A content mistake is for staff: the message says everything, a stack trace would only confuse.
  error.stack = '';
  throw error;
}
