import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/lib/text-fold.ts';

describe('foldForMatching', () => {
  it('folds full-width digits and letters, hyphens, invisible characters and odd spaces, keeping every position', () => {
    const text = '１３８－００１３\u200b８０００ Ｘ\u00a0a\u3000b\u2060c——';
    const folded = foldForMatching(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('138-0013 8000 X a b c--');
  });
  it('leaves Chinese text, punctuation and emoji alone', () => {
    const text = '军民同心，（县双拥办）“好”😀';
    expect(foldForMatching(text)).toBe(text);
  });
});
