/**
 * What a build publishes (issue 13): nothing of a draft, no photo metadata, and never a partial
 * dist/. Photos with GPS are planted in a draft and in a published entry of the basic fixture; the
 * scan of dist/ at the end of every build is shown to stop a build (leaving dist/ as it was) when
 * an image with metadata would be published; a build killed while writing pages leaves dist/ as it was.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { build } from 'astro';
import { PHONE_GPS, readExifTags } from '../fixtures/photos/make-photos.ts';
import { tmpRoot } from '../helpers/build-site.ts';
import { filesUnder } from '../../tools/files.ts';
import { digestTree, freshContent, runBuild } from '../helpers/gate.ts';
import { withBuildLock } from '../helpers/build-lock.ts';
import { repoRoot } from '../helpers/paths.ts';
import { containerMetadata } from '../../src/lib/image-metadata.ts';
import { scanDist } from '../../src/integration/publish-dist.ts';
import { buildCacheDir } from '../../src/integration/build-cache.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A 1600×1200 JPEG with camera make, GPS coordinates and a comment, as a phone writes it. */
async function gpsPhoto(file: string, colour: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: colour } })
    .jpeg({ quality: 85 })
    .withExifMerge({ IFD0: { Make: 'TestPhone', Model: 'Shuangyong X1', ImageDescription: 'secret place' }, IFD3: PHONE_GPS })
    .toFile(file);
  const meta = await sharp(file).metadata();
  expect(readExifTags(meta.exif!).gps.has(2), 'the planted photo carries GPS').toBe(true);
}

/** True once a folder holds at least one HTML page (it may vanish while we look). */
function hasPage(dir: string): boolean {
  try {
    return existsSync(dir) && filesUnder(dir).some((file) => file.endsWith('.html'));
  } catch {
    return false;
  }
}

function goodDistAt(outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(join(tmpRoot, 'basic', 'dist'), outDir, { recursive: true });
  return digestTree(outDir);
}

describe('drafts and photo metadata never reach dist/', () => {
  it('a draft with GPS photos publishes nothing; a published GPS photo comes out without metadata', async () => {
    const root = freshContent('publish-gps');
    // The draft becomes a folder with its own photos.
    const draft = readFileSync(join(root, 'reports/2026-03-05-caogao.mdx'), 'utf8');
    rmSync(join(root, 'reports/2026-03-05-caogao.mdx'));
    mkdirSync(join(root, 'reports/2026-03-05-caogao'));
    writeFileSync(
      join(root, 'reports/2026-03-05-caogao/index.mdx'),
      draft.replace(
        'draft: true',
        'draft: true\ncover: ./caogao-fengmian.jpg\ncoverAlt: 草稿封面\ngallery:\n  - { src: ./caogao-xianchang.jpg, alt: 草稿现场 }',
      ),
    );
    await gpsPhoto(join(root, 'reports/2026-03-05-caogao/caogao-fengmian.jpg'), '#7a3b3b');
    await gpsPhoto(join(root, 'reports/2026-03-05-caogao/caogao-xianchang.jpg'), '#3b7a3b');
    // A published entry gets one too, in its gallery and its body.
    const published = join(root, 'reports/2026-02-10-chunjie-weiwen');
    await gpsPhoto(join(published, 'gps-xianchang.jpg'), '#3b3b7a');
    const index = readFileSync(join(published, 'index.mdx'), 'utf8').replace(
      'gallery:\n',
      'gallery:\n  - { src: ./gps-xianchang.jpg, alt: 慰问现场合影 }\n',
    );
    writeFileSync(join(published, 'index.mdx'), `${index}\n![慰问现场合影](./gps-xianchang.jpg)\n`);

    const outDir = join(dirname(root), 'dist');
    const result = await runBuild(root, outDir);
    expect(result.status, result.output).toBe(0);

    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith(join('reports', '2026-02-10-chunjie-weiwen', 'index.html')))).toBe(true);
    // Nothing of the draft: no page, no derived image, no original.
    expect(existsSync(join(outDir, 'reports/2026-03-05-caogao'))).toBe(false);
    expect(files.filter((file) => basename(file).includes('caogao'))).toEqual([]);
    const sources = new Set(
      filesUnder(root)
        .filter((file) => IMAGE.test(file))
        .map(sha),
    );
    const images = files.filter((file) => IMAGE.test(file));
    expect(images.filter((file) => basename(file).startsWith('gps-xianchang.')).length, 'the published photo is there').toBeGreaterThan(2);
    for (const file of images) {
      expect(sources.has(sha(file)), `${file} is a copy of a source photo`).toBe(false);
      const meta = await sharp(file).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
      expect(containerMetadata(readFileSync(file)) ?? [], file).toEqual([]);
    }
    for (const file of files.filter((file) => /\.(html|xml|json)$/.test(file))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('caogao');
    }
    expect(readdirSync(dirname(outDir)).sort()).toEqual(['cache', 'content', 'dist']);
  });

  it('a draft kept in the content store by `astro sync` (or `astro dev`) still publishes nothing', async () => {
    const root = freshContent('publish-synced-draft');
    const draft = readFileSync(join(root, 'reports/2026-03-05-caogao.mdx'), 'utf8');
    rmSync(join(root, 'reports/2026-03-05-caogao.mdx'));
    mkdirSync(join(root, 'reports/2026-03-05-caogao'));
    writeFileSync(
      join(root, 'reports/2026-03-05-caogao/index.mdx'),
      draft.replace('draft: true', 'draft: true\ncover: ./caogao-fengmian.jpg\ncoverAlt: 草稿封面'),
    );
    await gpsPhoto(join(root, 'reports/2026-03-05-caogao/caogao-fengmian.jpg'), '#7a5b3b');
    const outDir = join(dirname(root), 'dist');
    const cache = join(dirname(root), 'cache');
    // astro sync writes the repository's .astro/ folder like a build: both under the build lock.
    const { sync, stored, result } = await withBuildLock(async () => {
      const synced = spawnSync(join(repoRoot, 'node_modules/.bin/astro'), ['sync'], {
        cwd: repoRoot,
        env: { ...process.env, SITE_CONTENT_DIR: root, SITE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      if (synced.status !== 0) return { sync: synced, stored: '', result: undefined };
      // What sync stored, read before the build rewrites the store.
      const store = readFileSync(join(buildCacheDir(repoRoot, cache), 'data-store.json'), 'utf8');
      return { sync: synced, stored: store, result: await runBuild(root, outDir) };
    });
    expect(sync.status, sync.stdout + sync.stderr).toBe(0);
    expect(stored, 'sync stored the draft').toContain('caogao-fengmian');
    expect(result?.status, result?.output).toBe(0);
    expect(filesUnder(outDir).filter((file) => basename(file).includes('caogao'))).toEqual([]);
  });

  it('the scan names an image with metadata and a byte-for-byte copy of a source photo, in Chinese', async () => {
    const base = join(tmpRoot, 'gate', 'scan');
    rmSync(base, { recursive: true, force: true });
    await gpsPhoto(join(base, 'content/reports/a/photo.jpg'), '#555555');
    mkdirSync(join(base, 'dist/_astro'), { recursive: true });
    cpSync(join(base, 'content/reports/a/photo.jpg'), join(base, 'dist/_astro/photo.abc123.jpg'));
    await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .withExifMerge({ IFD0: { Make: 'X' } })
      .toFile(join(base, 'dist/_astro/card.png'));
    await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .webp()
      .toFile(join(base, 'dist/_astro/clean.webp'));
    const problems = await scanDist(join(base, 'dist'), join(base, 'content'));
    expect(problems.some((line) => line.includes('_astro/photo.abc123.jpg 是原照片') && line.includes('content/reports/a/photo.jpg'))).toBe(
      true,
    );
    expect(problems.some((line) => line.includes('_astro/photo.abc123.jpg 带有照片信息（EXIF）'))).toBe(true);
    expect(problems.some((line) => line.includes('_astro/card.png 带有照片信息（EXIF）'))).toBe(true);
    expect(problems.some((line) => line.includes('clean.webp'))).toBe(false);
  });

  it('a build whose output would carry metadata fails after rendering, in Chinese, and leaves dist/ as it was', async () => {
    const root = freshContent('publish-scan-fails');
    const publicDir = join(dirname(root), 'public');
    cpSync(join(repoRoot, 'public'), publicDir, { recursive: true });
    await gpsPhoto(join(publicDir, 'banner.jpg'), '#226699');
    const outDir = join(dirname(root), 'dist');
    const before = goodDistAt(outDir);
    const saved = { content: process.env.SITE_CONTENT_DIR, nodeEnv: process.env.NODE_ENV };
    process.env.SITE_CONTENT_DIR = root;
    process.env.NODE_ENV = 'production';
    let message = '';
    try {
      await withBuildLock(() =>
        build({
          root: repoRoot,
          mode: 'production',
          outDir,
          publicDir,
          cacheDir: join(dirname(root), 'cache'),
          logLevel: 'error',
          vite: { logLevel: 'error' },
        }),
      );
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    } finally {
      if (saved.content === undefined) delete process.env.SITE_CONTENT_DIR;
      else process.env.SITE_CONTENT_DIR = saved.content;
      process.env.NODE_ENV = saved.nodeEnv;
    }
    expect(message).toContain('生成的网站里有不能公开的文件，网站没有发布');
    expect(message).toContain('banner.jpg 带有照片信息（EXIF）');
    expect(digestTree(outDir)).toEqual(before);
    expect(existsSync(join(dirname(outDir), '.dist-building')), 'the rejected output is removed').toBe(false);
  });

  it('a build killed while writing pages leaves dist/ as it was; the next build replaces it whole', async () => {
    const root = freshContent('publish-killed');
    const outDir = join(dirname(root), 'dist');
    const before = goodDistAt(outDir);
    const staging = join(dirname(outDir), '.dist-building');
    const killed = await withBuildLock(async () => {
      const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
        cwd: repoRoot,
        detached: true,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          SITE_CONTENT_DIR: root,
          SITE_CACHE_DIR: join(dirname(root), 'cache'),
          SITE_TODAY: '2026-08-15',
        },
        stdio: 'ignore',
      });
      const exited = new Promise<void>((done) => child.on('exit', () => done()));
      // Kill it (and its children) as soon as the first page is written.
      let killed = false;
      for (let waited = 0; waited < 120_000 && !killed; waited += 20) {
        if (hasPage(staging)) {
          process.kill(-child.pid!, 'SIGKILL');
          killed = true;
        } else await new Promise((done) => setTimeout(done, 20));
      }
      await exited;
      return killed;
    });
    expect(killed, 'the build was caught while writing pages').toBe(true);
    expect(digestTree(outDir)).toEqual(before);

    const again = await runBuild(root, outDir);
    expect(again.status, again.output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(dirname(outDir)).sort()).toEqual(['cache', 'content', 'dist']);
  });
});
