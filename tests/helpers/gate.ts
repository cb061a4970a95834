/**
 * Helpers for the one-gate tests: a fresh copy of the basic fixture's content, `npm run
 * check:content` and `npm run build` as child processes (as staff and CI run them), and a digest
 * of a folder to prove a good dist/ was left untouched.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpRoot } from './build-site.ts';
import { filesUnder } from '../../tools/files.ts';
import { repoRoot } from './paths.ts';
import { withBuildLock } from './build-lock.ts';

export const gateRoot = join(tmpRoot, 'gate');

/** tests/.tmp/gate/<name>/content: a copy of the basic fixture's content. */
export function freshContent(name: string, from = join(repoRoot, 'tests/fixtures/basic/content')): string {
  const root = join(gateRoot, name, 'content');
  rmSync(join(gateRoot, name), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(from, root, { recursive: true });
  return root;
}

export interface Run {
  status: number | null;
  output: string;
}

/** Runs an npm script in the repository with SITE_CONTENT_DIR set; stdout and stderr together. */
export function npmRun(script: string, contentDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const run = () => spawnRun(script, contentDir, args, env);
  // A build writes the repository's .astro/ folder: one at a time across test workers (build-lock.ts).
  return script === 'build' ? withBuildLock(run) : run();
}

function spawnRun(script: string, contentDir: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SITE_CONTENT_DIR: contentDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        SITE_TODAY: '2026-08-15',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

/** `npm run check:content` on a content folder. */
export const runCheck = (contentDir: string) => npmRun('check:content', contentDir);

/** `npm run build` of a content folder into `outDir`, with its own cache beside it. */
export const runBuild = (contentDir: string, outDir: string) =>
  npmRun('build', contentDir, ['--outDir', outDir], { SITE_CACHE_DIR: join(outDir, '..', 'cache') });

/** Path → sha256 of every file under a folder (empty when it does not exist). */
export function digestTree(dir: string): Map<string, string> {
  const digest = new Map<string, string>();
  if (!existsSync(dir)) return digest;
  for (const file of filesUnder(dir)) digest.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  return digest;
}

/** The block the check prints for one file: from `✖ file` to the blank line after it. */
export function blockFor(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line === `✖ ${file}`);
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start, end === -1 ? undefined : end);
}

/** English a parser or a runtime would print, and the shape of a stack trace. */
export const ENGLISH_OR_STACK =
  /Unexpected|Expected|Error\b|Invalid|received|is not defined|Cannot |must be|Too (small|big)|\bat \S+ \(|at file:|node:internal|\.ts:\d+:\d+/;

/** A synthetic 身份证号 with a correct check character (GB 11643), not a real person's. */
export function syntheticId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}
