/**
 * npm run build — `astro build`, then the search index once the Astro process has exited, then
 * dist/ swapped in (see src/integration/search-handoff.ts for why). Arguments go to `astro build`
 * (`npm run build -- --outDir site`). A failure at any step leaves the previous dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANDOFF_ENV, readHandoff } from '../src/integration/search-handoff.ts';
import { indexSite } from '../src/integration/search-index.ts';
import { publishStaging } from '../src/integration/publish-dist.ts';
import { nodeOptionsWithHeapLimit } from '../src/lib/build-memory.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { filesUnder } from '../tools/files.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const handoff = join(tmpdir(), `shuangyong-build-${process.pid}-${Date.now()}.json`);

// The heap limit follows the number of entries (src/lib/build-memory.ts); a missing folder is the gate's to report.
const root = contentRoot();
const entries = existsSync(root) ? filesUnder(root).filter((file) => /\.mdx?$/.test(file)).length : 0;
const status = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      [HANDOFF_ENV]: handoff,
      NODE_OPTIONS: nodeOptionsWithHeapLimit(process.env.NODE_OPTIONS, entries),
    },
    stdio: 'inherit',
  });
  child.on('error', () => done(1));
  child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
});
const handed = status === 0 ? readHandoff(handoff) : undefined;
rmSync(handoff, { force: true });
if (status !== 0) process.exit(status);
if (!handed) {
  process.stderr.write('\n网站没有生成完：构建程序没有交出待发布的网站目录（dist/ 保持原样）。请把这段提示发给网站维护人员。\n');
  process.exit(1);
}
try {
  const stamp = () => new Date().toTimeString().slice(0, 8);
  await indexSite(handed.staging, { info: (message: string) => console.log(`${stamp()} [shuangyong] ${message}`) }, handed.keptIndex);
} catch (error) {
  rmSync(handed.staging, { recursive: true, force: true });
  process.stderr.write(
    `\n搜索索引没有建成，网站没有发布（${handed.outDir} 保持原样）：${error instanceof Error ? error.message : String(error)}\n\n请把这段提示发给网站维护人员。\n`,
  );
  process.exit(1);
}
publishStaging(handed.staging, handed.outDir);
if (handed.inspection) console.log(`\n${handed.inspection}`);
