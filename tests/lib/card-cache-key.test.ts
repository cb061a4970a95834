import { describe, expect, it } from 'vitest';
import { cardCacheKey, stableJson } from '../../src/lib/card-cache-key.ts';

const card = { title: '八一前夕走访慰问驻县部队', section: '报道', site: '示例县双拥宣传站', host: '示例县双拥办' };

describe('cardCacheKey', () => {
  it('is the same for the same card, whatever the key order', () => {
    const reordered = { host: card.host, site: card.site, section: card.section, title: card.title };
    expect(cardCacheKey({ renderer: 'r1', card: reordered })).toBe(cardCacheKey({ renderer: 'r1', card }));
    expect(cardCacheKey({ renderer: 'r1', card })).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes with the title, the drawing code and the photo bytes', () => {
    const base = cardCacheKey({ renderer: 'r1', card });
    expect(cardCacheKey({ renderer: 'r1', card: { ...card, title: '八一前夕走访慰问驻县部队官兵' } })).not.toBe(base);
    expect(cardCacheKey({ renderer: 'r2', card })).not.toBe(base);
    expect(cardCacheKey({ renderer: 'r1', card, photo: 'aa' })).not.toBe(base);
    expect(cardCacheKey({ renderer: 'r1', card, photo: 'aa' })).not.toBe(cardCacheKey({ renderer: 'r1', card, photo: 'bb' }));
  });
});

describe('stableJson', () => {
  it('sorts keys at every level and leaves out undefined fields', () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: undefined, e: '军' })).toBe('{"b":[{"c":2,"d":1}],"e":"军"}');
  });
});
