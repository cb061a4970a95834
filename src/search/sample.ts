/**
 * Sampling for the substring-recall measurement (scripts/dev/search-recall.ts): short runs of Chinese
 * characters taken at random, but reproducibly, from the text a reader sees on each page — what a
 * resident might type after reading or hearing it. Pure functions; the script extracts the text.
 */

export interface Sample {
  query: string;
  /** Page the query was taken from (it must be in the results). */
  url: string;
}

export interface SampleOptions {
  /** Substrings per page and length; default 4. */
  perLength?: number;
  /** Substring lengths in characters; default 2, 3 and 4. */
  lengths?: number[];
  seed?: number;
}

/** A small deterministic PRNG (LCG), so that the same pages always give the same samples. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Runs of Chinese characters in text blocks; a run never spans two blocks (paragraphs, cells…). */
export function hanRunsOf(blocks: string[]): string[] {
  return blocks.flatMap((block) => block.match(/\p{Script=Han}+/gu) ?? []);
}

/**
 * Picks `perLength` substrings of each length from a page's text, each starting at a character
 * chosen uniformly among all positions where a substring of that length fits inside one run.
 * Repeats within a page are dropped.
 */
export function sampleSubstrings(
  url: string,
  blocks: string[],
  options: SampleOptions = {},
  random = seededRandom(options.seed ?? 1),
): Sample[] {
  const runs = hanRunsOf(blocks).map((run) => [...run]);
  const samples = new Map<string, Sample>();
  for (const length of options.lengths ?? [2, 3, 4]) {
    const starts: [number, number][] = [];
    runs.forEach((run, r) => {
      for (let i = 0; i + length <= run.length; i++) starts.push([r, i]);
    });
    if (starts.length === 0) continue;
    for (let k = 0; k < (options.perLength ?? 4); k++) {
      const pick = starts[Math.floor(random() * starts.length)];
      const run = pick && runs[pick[0]];
      if (!pick || !run) continue;
      const query = run.slice(pick[1], pick[1] + length).join('');
      samples.set(query, { query, url });
    }
  }
  return [...samples.values()];
}
