/**
 * Runs one build as a child process and measures it: wall time, and the resident memory of the
 * whole process tree sampled from /proc every 200 ms (Linux), with Pagefind's processes apart.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface TreeMemory {
  total: number;
  pagefind: number;
}

/** Resident memory of a process and all its descendants; Pagefind's processes (pagefind*) apart. */
export function treeRss(root: number): TreeMemory {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      commands.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // the process ended while we looked
    }
  }
  const memory: TreeMemory = { total: 0, pagefind: 0 };
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    memory.total += rss.get(pid) ?? 0;
    if (commands.get(pid)?.startsWith('pagefind')) memory.pagefind += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return memory;
}

export interface Measured {
  seconds: number;
  /** Peak of the whole tree. */
  peakBytes: number;
  /** Peak of the tree without Pagefind (the Astro process, its workers, the wrapper). */
  peakOtherBytes: number;
  peakPagefindBytes: number;
  /** One-minute load average when the build started. */
  load: number;
  output: string;
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Measured> {
  return new Promise((done, fail) => {
    const load = loadavg()[0] ?? 0;
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const peak = { total: 0, other: 0, pagefind: 0 };
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const now = treeRss(child.pid);
      peak.total = Math.max(peak.total, now.total);
      peak.other = Math.max(peak.other, now.total - now.pagefind);
      peak.pagefind = Math.max(peak.pagefind, now.pagefind);
    }, 200);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
      done({
        seconds: (performance.now() - started) / 1000,
        peakBytes: peak.total,
        peakOtherBytes: peak.other,
        peakPagefindBytes: peak.pagefind,
        load,
        output,
      });
    });
  });
}

/** Phases from the build log (Astro's own lines and ours), in seconds. */
export function phasesOf(output: string): Record<string, number> {
  // Strip ANSI colour codes (ESC [ … m) before matching.
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const phases: Record<string, number> = {};
  const record = (name: string, pattern: RegExp) => {
    const match = pattern.exec(plain);
    if (match?.[1] !== undefined) phases[name] = Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  };
  record('内容检查', /内容检查：\d+ 个条目，用时 (\d+) (ms)/);
  record('内容同步（含正文渲染）与类型生成', /\[types\] Generated ([\d.]+)(ms|s)/);
  record('Vite 打包', /\[vite\] ✓ built in ([\d.]+)(ms|s)/);
  record('Astro 渲染页面', /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/);
  record('图片处理', /generating optimized images[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/);
  record('分享卡片收尾', /分享卡片：.*?收尾用时 (\d+) (ms)/);
  record('Pagefind 索引', /搜索索引：\d+ 个页面，用时 (\d+) (ms)/);
  return phases;
}
