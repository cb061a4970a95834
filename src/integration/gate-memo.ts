/**
 * The gate's per-file checks, remembered between builds in the build cache.
 *
 * Linting a file's text (personal data, template text) and parsing its body as the build will are
 * pure functions of the file's path and text and of the checking code; at 2,000 entries they are
 * about 2.7 s of every build. A rebuild after one story changed runs them for that file only; the
 * other files' results come from `<cacheDir>/gate-<hash of src/lib>.json`. Checks across files
 * (references, duplicate ids, photos, dates against today) always run in full.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkMdxBody, type ParsedBody } from '../lib/mdx-body.ts';
import { lintContentText, type Finding } from '../lib/content-lint.ts';
import { cacheCodeHash } from './build-cache.ts';

type FieldLabeler = Parameters<typeof lintContentText>[2];

export interface FileChecks {
  body: (text: string, file: string) => ParsedBody;
  lint: (text: string, file: string, labelOf?: FieldLabeler) => Finding[];
}

/** Checking every file afresh (npm run check:content, the editor). */
export const freshChecks: FileChecks = { body: checkMdxBody, lint: lintContentText };

/**
 * The code the remembered results depend on: the checks in src/lib and what they read. The model,
 * the content layer and the lockfile also name the cache folder (build-cache.ts); they are listed
 * again so that this file's name alone says which code made it.
 */
const GATE_CODE_PATHS = ['src/lib', 'src/model', 'src/content-layer', 'src/search', 'package-lock.json'];

export interface RememberedChecks extends FileChecks {
  /** Writes this build's results (only the files seen this time) for the next build. */
  save: () => void;
  /** How many files were checked afresh, and how many came from the last build. */
  counts: () => { fresh: number; remembered: number };
}

export function rememberedChecks(cacheDir: string, root: string): RememberedChecks {
  const name = `gate-${cacheCodeHash(root, GATE_CODE_PATHS)}.json`;
  const file = join(cacheDir, name);
  // Results of other versions of the checking code can never be used again.
  if (existsSync(cacheDir))
    for (const other of readdirSync(cacheDir)) if (/^gate-.+\.json$/.test(other) && other !== name) rmSync(join(cacheDir, other));
  let previous: Record<string, unknown> = {};
  try {
    if (existsSync(file)) previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    previous = {}; // a damaged cache is a cold cache
  }
  const now: Record<string, unknown> = {};
  let fresh = 0;
  let remembered = 0;
  const key = (kind: string, text: string, path: string) =>
    createHash('sha256').update(kind).update('\0').update(path).update('\0').update(text).digest('base64url');
  function memo<T>(kind: string, text: string, path: string, run: () => T): T {
    const id = key(kind, text, path);
    if (id in previous) {
      remembered++;
      return (now[id] = previous[id]) as T;
    }
    fresh++;
    const result = run();
    now[id] = result;
    return result;
  }
  return {
    body: (text, path) => memo('body', text, path, () => checkMdxBody(text, path)),
    lint: (text, path, labelOf) => memo('lint', text, path, () => lintContentText(text, path, labelOf)),
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(now));
      renameSync(`${file}.tmp`, file);
    },
    counts: () => ({ fresh, remembered }),
  };
}
