import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (a built dist/, a content root), depth first. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
