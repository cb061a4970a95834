/**
 * The editor's local backend: a small server that speaks Decap CMS's local-backend protocol
 * (the one decap-server speaks: POST /api/v1 with an action) for a git checkout on this computer,
 * and makes every save a git commit that passes the gate:
 *
 *   save → write the files → run the gate (src/integration/gate.ts) over the checkout's content
 *        → errors: put the files back as they were and refuse with the Chinese findings
 *        → none: `git add` those files and commit them.
 *
 * It also serves a built site (dist/) so /admin/ is on the same origin, and /admin/config.yml
 * generated live from the checkout's content, so new units and plans show up without a rebuild.
 *
 *   node tools/editor-server.ts [--repo .] [--dist dist] [--port 8081]   (npm run editor)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { formatFindings } from '../src/lib/content-check.ts';
import { findGateProblems } from '../src/integration/gate.ts';
import { editorConfigFor } from '../src/editor/config-from-content.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface EditorServerOptions {
  /** The git checkout whose content/ is edited. */
  repo: string;
  /** A built site to serve (for /admin/ and its bundle); optional when only the API is wanted. */
  dist?: string | undefined;
  port?: number;
  /** Who the commits are by. */
  author?: { name: string; email: string };
}

export interface EditorServer {
  url: string;
  close: () => Promise<void>;
}

/** A refusal the editor shows to staff: its message is Chinese. */
class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}
interface Asset {
  path: string;
  content: string;
  encoding: BufferEncoding;
}

type Params = Record<string, unknown>;

const sha = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const repo = resolve(options.repo);
  const author = options.author ?? { name: '内容编辑器', email: 'editor@localhost' };
  const contentDir = join(repo, 'content');

  /** A path the editor names, inside the checkout's content/ only. */
  const inContent = (path: unknown): string => {
    if (typeof path !== 'string' || path === '') throw new Refusal('请求里缺少文件路径。', 400);
    const full = resolve(repo, path);
    if (full !== contentDir && !full.startsWith(contentDir + sep))
      throw new Refusal(`编辑器只能改 content/ 里的文件，不能改「${path}」。`, 403);
    return full;
  };
  const rel = (full: string) => relative(repo, full).split(sep).join('/');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, ...args], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  const listFiles = (dir: string, extension: string, depth: number): string[] => {
    if (depth <= 0 || !existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
      const full = join(dir, dirent.name);
      if (dirent.isDirectory()) return listFiles(full, extension, depth - 1);
      return full.endsWith(extension) ? [full] : [];
    });
  };
  const entryOf = (full: string) => {
    if (!existsSync(full)) return { data: null, file: { path: rel(full), id: null } };
    const buffer = readFileSync(full);
    return { data: buffer.toString('utf8'), file: { path: rel(full), id: sha(buffer) } };
  };
  const mediaOf = (full: string) => {
    const buffer = readFileSync(full);
    return { id: sha(buffer), content: buffer.toString('base64'), encoding: 'base64', path: rel(full), name: basename(full) };
  };

  /**
   * Applies `changes` (file → new bytes, or null to delete), runs the gate, and commits them with
   * `message` — or puts every file back and refuses with the findings.
   */
  const commitChanges = async (changes: Map<string, Buffer | null>, message: string) => {
    const before = new Map<string, Buffer | null>();
    for (const [file, bytes] of changes) {
      before.set(file, existsSync(file) ? readFileSync(file) : null);
      if (bytes === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
    }
    const findings = await findGateProblems(contentDir, repo);
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      for (const [file, bytes] of before) {
        if (bytes === null) rmSync(file, { force: true });
        else writeFileSync(file, bytes);
      }
      throw new Refusal(`没有保存：内容检查未通过。\n\n${formatFindings(errors)}`);
    }
    const paths = [...changes.keys()].map(rel);
    git('add', '--all', '--', ...paths);
    const staged = git('diff', '--cached', '--name-only', '--', ...paths).trim();
    if (staged) git('commit', '--quiet', '-m', message, '--', ...paths);
  };

  const entryTitle = (raw: string) => /^title:\s*(.+)$/m.exec(raw)?.[1]?.replace(/^["']|["']$/g, '') ?? '';

  const handle = async (action: string, params: Params): Promise<unknown> => {
    switch (action) {
      case 'info':
        return { repo: basename(repo), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder': {
        const folder = inContent(params.folder);
        const extension = typeof params.extension === 'string' ? params.extension : '';
        const depth = typeof params.depth === 'number' ? params.depth : 1;
        return listFiles(folder, extension, depth).map(entryOf);
      }
      case 'entriesByFiles': {
        const files = Array.isArray(params.files) ? (params.files as { path?: unknown }[]) : [];
        return files.map((file) => entryOf(inContent(file.path)));
      }
      case 'getEntry':
        return entryOf(inContent(params.path));
      case 'persistEntry': {
        const entry = params.entry as DataFile | undefined;
        const dataFiles = Array.isArray(params.dataFiles) ? (params.dataFiles as DataFile[]) : entry ? [entry] : [];
        const assets = Array.isArray(params.assets) ? (params.assets as Asset[]) : [];
        const changes = new Map<string, Buffer | null>();
        for (const file of dataFiles) {
          if (file.newPath && file.newPath !== file.path) {
            changes.set(inContent(file.path), null);
            changes.set(inContent(file.newPath), Buffer.from(file.raw, 'utf8'));
          } else changes.set(inContent(file.path), Buffer.from(file.raw, 'utf8'));
        }
        for (const asset of assets) changes.set(inContent(asset.path), Buffer.from(asset.content, asset.encoding));
        const first = dataFiles[0];
        const isNew = first ? !existsSync(inContent(first.path)) : false;
        const what = first
          ? `${rel(inContent(first.newPath ?? first.path))}${entryTitle(first.raw) ? `（${entryTitle(first.raw)}）` : ''}`
          : '';
        await commitChanges(changes, `编辑器：${isNew ? '新增' : '修改'} ${what}`);
        return { message: 'entry persisted' };
      }
      case 'getMedia': {
        const folder = inContent(params.mediaFolder);
        return listFiles(folder, '', 1)
          .filter((file) => !file.endsWith('.mdx'))
          .map(mediaOf);
      }
      case 'getMediaFile':
        return mediaOf(inContent(params.path));
      case 'persistMedia': {
        const asset = params.asset as Asset | undefined;
        if (!asset) throw new Refusal('请求里缺少图片。', 400);
        const file = inContent(asset.path);
        await commitChanges(new Map([[file, Buffer.from(asset.content, asset.encoding)]]), `编辑器：上传图片 ${rel(file)}`);
        return mediaOf(file);
      }
      case 'deleteFile':
      case 'deleteFiles': {
        const paths = action === 'deleteFile' ? [params.path] : Array.isArray(params.paths) ? params.paths : [];
        const files = paths.map(inContent);
        await commitChanges(new Map(files.map((file) => [file, null])), `编辑器：删除 ${files.map(rel).join('、')}`);
        return { message: 'deleted' };
      }
      case 'getDeployPreview':
        return null;
      default:
        throw new Refusal(`本地编辑服务不支持「${action}」（编辑流程“待审核”需要连接 Gitea/Forgejo 或 GitLab）。`, 422);
    }
  };

  // One request at a time: a save reads the whole content for the gate.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const readBody = (request: IncomingMessage) =>
    new Promise<string>((done, fail) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
      request.on('error', fail);
    });

  const json = (response: ServerResponse, status: number, value: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
  };

  const serveStatic = (pathname: string, response: ServerResponse) => {
    if (pathname === '/admin/config.yml') {
      response
        .writeHead(200, { 'Content-Type': TYPES['.yml'] ?? 'text/plain' })
        .end(stringify(editorConfigFor(contentDir), { lineWidth: 0 }));
      return;
    }
    if (!options.dist) {
      response.writeHead(404).end();
      return;
    }
    const root = resolve(options.dist);
    let file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' }).end('找不到这个页面');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  };

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname !== '/api/v1') {
      serveStatic(pathname, response);
      return;
    }
    if (request.method !== 'POST') {
      json(response, 405, { error: '只接受 POST 请求' });
      return;
    }
    void readBody(request)
      .then((text) => {
        const body = JSON.parse(text) as { action?: unknown; params?: unknown };
        const action = typeof body.action === 'string' ? body.action : '';
        const params = body.params && typeof body.params === 'object' ? (body.params as Params) : {};
        return serial(() => handle(action, params));
      })
      .then(
        (value) => json(response, 200, value),
        (error: unknown) => {
          if (error instanceof Refusal) json(response, error.status, { error: error.message });
          else json(response, 500, { error: `本地编辑服务出错：${error instanceof Error ? error.message : String(error)}` });
        },
      );
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const repo = argument('repo', '.');
  const dist = argument('dist', join(repo, 'dist'));
  const port = Number(argument('port', '8081'));
  if (!existsSync(join(dist, 'admin', 'index.html'))) {
    console.error(`没有找到已生成的网站（${dist}/admin/）。请先运行 npm run build，再运行 npm run editor。`);
    process.exit(1);
  }
  const server = await startEditorServer({ repo, dist, port });
  console.log(
    `内容编辑器已启动：请用浏览器打开 ${server.url.replace('127.0.0.1', 'localhost')}/admin/\n每次保存都会先做内容检查，通过后自动提交到 git。按 Ctrl+C 停止。`,
  );
}
