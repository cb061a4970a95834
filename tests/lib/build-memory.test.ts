import { describe, expect, it } from 'vitest';
import { astroHeapLimitMb, nodeOptionsWithHeapLimit } from '../../src/lib/build-memory.ts';

describe('the Astro build heap limit', () => {
  it('is 800 MB for a county site of up to 2,000 entries and grows with larger sites', () => {
    expect(astroHeapLimitMb(50)).toBe(800);
    expect(astroHeapLimitMb(2000)).toBe(800);
    expect(astroHeapLimitMb(10000)).toBe(4000);
  });
  it('adds to NODE_OPTIONS, and never overrides a limit someone set', () => {
    expect(nodeOptionsWithHeapLimit(undefined, 10)).toBe('--max-old-space-size=800');
    expect(nodeOptionsWithHeapLimit('--enable-source-maps', 10)).toBe('--enable-source-maps --max-old-space-size=800');
    expect(nodeOptionsWithHeapLimit('--max-old-space-size=3000', 10)).toBe('--max-old-space-size=3000');
  });
});
