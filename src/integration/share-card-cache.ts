/**
 * Share cards kept across builds: a folder in Astro's cache (`<cacheDir>/share-cards/`, which a CI
 * cache keeps between runs, see examples/ci/) of drawn cards named by cardCacheKey (src/lib): the
 * card's text, the photo's bytes and a digest of the drawing code. A rebuild after one story changed
 * copies 1,999 cards and draws one. The folder keeps only the cards of the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardCacheKey } from '../lib/card-cache-key.ts';

/** The code a card's pixels depend on: src/share-cards/*.ts and the sharp (libvips) version. */
export function rendererDigest(): string {
  const hash = createHash('sha256');
  const dir = fileURLToPath(new URL('../share-cards/', import.meta.url));
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort())
    hash.update(name).update(readFileSync(join(dir, name)));
  try {
    const sharp = createRequire(import.meta.url)('sharp/package.json') as { version?: unknown };
    hash.update(String(sharp.version));
  } catch {
    hash.update('sharp?');
  }
  return hash.digest('hex');
}

interface Keyed {
  path: string;
  card: unknown;
  photo?: string;
}

export class ShareCardCache {
  private readonly renderer = rendererDigest();
  private readonly photos = new Map<string, string>();
  private readonly used = new Set<string>();

  readonly dir: string;

  // No parameter property: Node's type stripping (the card worker) takes erasable syntax only.
  constructor(dir: string) {
    this.dir = dir;
  }

  keyOf({ card, photo }: Keyed): string {
    let digest: string | undefined;
    if (photo !== undefined) {
      digest = this.photos.get(photo);
      if (digest === undefined) {
        // A missing photo has failed the content check; key it apart so nothing stale is reused.
        digest = existsSync(photo) ? createHash('sha256').update(readFileSync(photo)).digest('hex') : `missing:${photo}`;
        this.photos.set(photo, digest);
      }
    }
    const key = cardCacheKey({ renderer: this.renderer, card, ...(digest === undefined ? {} : { photo: digest }) });
    this.used.add(key);
    return key;
  }

  read(key: string): Uint8Array | undefined {
    try {
      return new Uint8Array(readFileSync(join(this.dir, key)));
    } catch {
      return undefined;
    }
  }

  write(key: string, image: Uint8Array): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(join(this.dir, key), image);
    } catch {
      // A cache that cannot be written only costs the next build its time.
    }
  }

  /** Removes cards no card of this build asked for (edited titles, deleted entries). */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
