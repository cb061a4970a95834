/**
 * Property test of the gate (issue 13): demo entry bodies mutated at random — `<`, `{`, `}`, `#`,
 * `:`, quotes, invisible characters, full-width punctuation and digits inserted into prose — must
 * never give "check passes, build fails", and a body that passes must render exactly the text
 * written (each inserted character shows up as written, nothing else changes).
 *
 * Hundreds of mutations run in-process through the body check (src/lib/mdx-body.ts) and the
 * build's own Markdown renderer (the content-layer fast path of src/integration/entries-loader.ts:
 * Astro's unified processor with remark-mdx, the plain-Markdown guard and remark-gfm); a handful
 * then go through `npm run build` for real.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { remarkPlainMarkdownOnly } from '../../src/content-layer/entries-loader.ts';
import { checkMdxBody } from '../../src/lib/mdx-body.ts';
import { lintContentText } from '../../src/lib/content-lint.ts';
import { filesUnder } from '../../tools/files.ts';
import { ENGLISH_OR_STACK, freshContent, runBuild } from '../helpers/gate.ts';
import { repoRoot } from '../helpers/paths.ts';

const INSERTS = [
  '<',
  '{',
  '}',
  '#',
  ':',
  '"',
  "'",
  '\u200b',
  '\u00a0',
  '\u2060',
  '：',
  '，',
  '“',
  '”',
  '‘',
  '’',
  '（',
  '）',
  '【',
  '】',
  '１２３',
  '０５７１－８８８８',
  '#二',
  '{}',
  '}{',
  '<<',
  '< ',
  ' > ',
  '：{',
  '"引号"',
  '\\<',
  '\\{',
  '\\}',
];

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

interface Body {
  file: string;
  frontmatter: string;
  body: string;
}

function demoBodies(): Body[] {
  return filesUnder(join(repoRoot, 'content'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const match = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text)!;
      return { file, frontmatter: match[1]!, body: match[2]! };
    });
}

/** Offsets in prose lines, right after a Chinese character (not at a line start: no new block syntax). */
function prosePositions(body: string): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const prose = line.trim() !== '' && !/^\s*([#>|\-*]|\d+\.|\{\/\*|!\[)/.test(line);
    if (prose) {
      for (let i = 1; i < line.length; i++) if (/\p{Script=Han}/u.test(line[i - 1]!)) positions.push(offset + i);
    }
    offset += line.length + 1;
  }
  return positions;
}

/** What a reader sees of rendered HTML, with typographic quotes folded and whitespace dropped. */
function readerText(html: string): string {
  return parse(html).textContent.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\s/g, '');
}

function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const char of text) map.set(char, (map.get(char) ?? 0) + 1);
  return map;
}

/** The characters a written insertion should add to what the reader sees (`\<` shows `<`). */
const shown = (insert: string) => readerText(insert.replace(/\\([<{}])/g, '$1'));

type Render = (body: string) => Promise<{ html: string; needsMdx: boolean }>;
let render: Render;

beforeAll(async () => {
  // The content-layer renderer of entries-loader.ts, configured as astro.config.mjs configures it.
  const renderer = await astroUnified({ remarkPlugins: [remarkMdx, remarkPlainMarkdownOnly, remarkGfm] }).createRenderer({
    syntaxHighlight: false,
    gfm: true,
    smartypants: true,
    image: { service: { entrypoint: 'astro/assets/services/sharp', config: {} }, domains: [], remotePatterns: [] },
  } as never);
  render = async (body) => {
    const frontmatter = {};
    const result = await renderer.render(body, { frontmatter });
    const needsMdx = result.code.trim() === '' && body.trim() !== '';
    return { html: result.code, needsMdx };
  };
});

describe('random mutations of demo bodies', () => {
  const bodies = demoBodies();
  const next = random(20261201);
  const mutations = Array.from({ length: 400 }, () => {
    const entry = bodies[Math.floor(next() * bodies.length)]!;
    const positions = prosePositions(entry.body);
    const at = positions[Math.floor(next() * positions.length)]!;
    const insert = INSERTS[Math.floor(next() * INSERTS.length)]!;
    return { entry, insert, at, body: entry.body.slice(0, at) + insert + entry.body.slice(at) };
  });
  const passed: typeof mutations = [];

  it('never "check passes, build fails"; a passing body renders the text as written; a refusal is Chinese', async () => {
    let refused = 0;
    for (const mutation of mutations) {
      const text = mutation.entry.frontmatter + mutation.body;
      const label = `${mutation.entry.file}: ${JSON.stringify(mutation.insert)}`;
      const { problems } = checkMdxBody(text, mutation.entry.file);
      if (problems.length > 0) {
        refused++;
        for (const problem of problems) {
          expect(`${problem.message}${problem.fix}`, label).not.toMatch(ENGLISH_OR_STACK);
          expect(problem.line, label).toBeGreaterThan(0);
        }
        continue;
      }
      const original = await render(mutation.entry.body);
      let mutated: { html: string; needsMdx: boolean };
      try {
        mutated = await render(mutation.body);
      } catch (error) {
        throw new Error(`${label}: the check passed, the build's renderer threw: ${String(error)}`, { cause: error });
      }
      expect(mutated.needsMdx, `${label}: passed the check but needs the MDX compiler`).toBe(false);
      // Every character the reader sees: the original's, plus exactly the inserted ones.
      const expected = counts(readerText(original.html) + shown(mutation.insert));
      expect(counts(readerText(mutated.html)), label).toEqual(expected);
      passed.push(mutation);
    }
    // Both outcomes occur, or the test proves nothing.
    expect(refused).toBeGreaterThan(20);
    expect(passed.length).toBeGreaterThan(100);
    console.log(`性质测试：${mutations.length} 次随机修改，检查拒绝 ${refused} 次，通过并逐字渲染 ${passed.length} 次`);
  });

  it('a handful of passing mutations build for real, showing the inserted text on the page', async () => {
    const root = freshContent('property-build');
    const target = join(root, 'reports/2026-08-01-bayi-zuotan.mdx');
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(target, 'utf8'))![0];
    /** The mutated line of a body: only the prose around the insertion. */
    const lineOf = (mutation: (typeof passed)[number]) => {
      const start = mutation.body.lastIndexOf('\n', mutation.at) + 1;
      const end = mutation.body.indexOf('\n', mutation.at);
      return mutation.body.slice(start, end === -1 ? undefined : end);
    };
    // A few different insertions; lines the personal-data rules would refuse are left out (they stop the build by design).
    const chosen = ['\\<', '\\{', '\\}', '#二', '\u00a0', '"引号"', '：', '}']
      .map((insert) =>
        passed.find(
          (mutation) => mutation.insert === insert && lintContentText(`${frontmatter}\n${lineOf(mutation)}\n`, target).length === 0,
        ),
      )
      .filter((pick): pick is NonNullable<typeof pick> => pick !== undefined);
    expect(chosen.length).toBeGreaterThanOrEqual(4);
    const body = chosen.map(lineOf).join('\n\n');
    writeFileSync(target, `${frontmatter}\n${body}\n`);
    const outDir = join(dirname(root), 'dist');
    const result = await runBuild(root, outDir);
    expect(result.status, result.output).toBe(0);
    const page = parse(readFileSync(join(outDir, 'reports/2026-08-01-bayi-zuotan/index.html'), 'utf8'));
    const article = readerText(page.querySelector('article')!.innerHTML);
    const rendered = readerText((await render(body)).html);
    expect(article).toContain(rendered);
  });
});
