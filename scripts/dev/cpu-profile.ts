/**
 * Sums a V8 .cpuprofile (`node --cpu-prof`) by function and by file: self time (the function was
 * running) and inclusive time (it was on the stack; recursion counted once per sample).
 *
 *   node scripts/dev/cpu-profile.ts /tmp/prof/CPU.….cpuprofile
 *   node scripts/dev/cpu-profile.ts FILE --within generatePages --top 40   # only samples under that function
 *   node scripts/dev/cpu-profile.ts FILE --from 19 --to 53                 # only samples in that window (seconds from the start)
 *   node scripts/dev/cpu-profile.ts FILE --callers toIsoDate                # who calls it: time by the nearest caller of ours
 *   node scripts/dev/cpu-profile.ts FILE --ours                            # list only our code (src/ and the built chunks)
 *
 * Async work (a page's render after an await) has no synchronous caller on its stack, so --within
 * sees only what runs before the first await; use a time window (the build log's times) for a phase.
 *
 * Used for issue 18 (render cost of a 2,000-entry build; see BENCHMARKS.md).
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const file = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!file) {
  console.error('用法：node scripts/dev/cpu-profile.ts <文件.cpuprofile> [--within 函数名] [--top N] [--ours]');
  process.exit(1);
}
const within = option('within');
const top = Number(option('top') ?? 30);
const oursOnly = args.includes('--ours');
const callersOf = option('callers');
const callers = new Map<string, number>();
const from = Number(option('from') ?? 0) * 1e6;
const to = Number(option('to') ?? Infinity) * 1e6;

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

/** Short location: the path from src/ or node_modules/<package>/, else the file's name. */
function where(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  const src = path.indexOf('/src/');
  if (src >= 0) return path.slice(src + 1);
  return path.split('/').slice(-3).join('/') || '(native)';
}
const fnKey = (frame: CallFrame) => `${frame.functionName || '(anonymous)'}  ${where(frame.url)}:${frame.lineNumber + 1}`;
/** Our code: src/, or the chunks Astro bundles it into (.prerender/chunks/, which also hold Astro's runtime: jsx-runtime, parts). */
const isOurs = (url: string) => !url.includes('/node_modules/') && (url.includes('/src/') || url.includes('/.prerender/'));
/** Function and file keys whose frames are our code. */
const ours = new Set<string>();

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const fileSelf = new Map<string, number>();
const fileInclusive = new Map<string, number>();
let total = 0;
let clock = 0;
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

for (let index = 0; index < profile.samples.length; index++) {
  const sampleId = profile.samples[index];
  const delta = profile.timeDeltas[index] ?? 0;
  clock += delta;
  if (sampleId === undefined || clock < from || clock > to) continue;
  const stack: CallFrame[] = [];
  for (let id: number | undefined = sampleId; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id);
    if (node) stack.push(node.callFrame);
  }
  if (within && !stack.some((frame) => frame.functionName === within)) continue;
  const leaf = stack[0];
  if (!leaf || leaf.functionName === '(idle)') continue;
  total += delta;
  add(self, fnKey(leaf), delta);
  add(fileSelf, where(leaf.url), delta);
  const seenFns = new Set<string>();
  const seenFiles = new Set<string>();
  for (const frame of stack) {
    seenFns.add(fnKey(frame));
    seenFiles.add(where(frame.url));
    if (isOurs(frame.url)) ours.add(fnKey(frame)).add(where(frame.url));
  }
  for (const key of seenFns) add(inclusive, key, delta);
  for (const key of seenFiles) add(fileInclusive, key, delta);
  if (callersOf) {
    const at = stack.findIndex((frame) => frame.functionName === callersOf);
    // The nearest named caller outside the function itself and outside node_modules and node's internals.
    const caller = stack
      .slice(at + 1)
      .find(
        (frame) => frame.functionName !== callersOf && frame.functionName && frame.url && !/node_modules|^node:|^[a-z]+\//.test(frame.url),
      );
    if (at >= 0) add(callers, caller ? fnKey(caller) : '(none)', delta);
  }
}

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
function print(title: string, map: Map<string, number>, filter: (key: string) => boolean = () => true) {
  console.log(`\n${title}`);
  for (const [key, value] of [...map]
    .filter(([key]) => filter(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(`${ms(value)} ${pct(value)}  ${key}`);
}
const ourFilter = (key: string) => !oursOnly || ours.has(key);
console.log(`样本合计 ${ms(total)}${within ? `（仅 ${within} 之内）` : ''}，剖析共 ${(clock / 1e6).toFixed(1)} s`);
if (callersOf) print(`${callersOf} 的调用者（包含时间）`, callers);
print('自身时间（函数）', self, ourFilter);
print('包含时间（函数）', inclusive, ourFilter);
print('自身时间（文件）', fileSelf, ourFilter);
print('包含时间（文件）', fileInclusive, ourFilter);
