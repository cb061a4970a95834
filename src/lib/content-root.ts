import { resolve } from 'node:path';

/**
 * Where staff content lives. Tests and benchmarks point SITE_CONTENT_DIR at a fixture so that
 * they never touch the demo content; relative paths resolve from the working directory.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.SITE_CONTENT_DIR || 'content');
}
