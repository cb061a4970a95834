/**
 * The Astro build process's V8 heap limit. Left alone, V8 lets the old generation grow to about
 * 1 GB before collecting hard, and the process peaked at 1.63–1.68 GB at 2,000 entries, above the
 * 1.5 GB budget (issue 18); a limit near what the build really keeps alive makes V8 collect sooner
 * (1.38 GB with 768 MB, no slower). The limit grows with the site, 0.4 MB per entry, so that a
 * county's tenth year (10,000 entries) never runs out of heap: at 2,000 entries the build runs with
 * an 800 MB limit.
 */
export const MIN_HEAP_MB = 800;
export const HEAP_MB_PER_ENTRY = 0.4;

export function astroHeapLimitMb(entries: number): number {
  return Math.max(MIN_HEAP_MB, Math.ceil(entries * HEAP_MB_PER_ENTRY));
}

/** NODE_OPTIONS for the Astro process: the caller's own heap limit wins. */
export function nodeOptionsWithHeapLimit(current: string | undefined, entries: number): string {
  const given = current ?? '';
  if (/--max-old-space-size[=\s]/.test(given)) return given;
  return `${given} --max-old-space-size=${astroHeapLimitMb(entries)}`.trim();
}
