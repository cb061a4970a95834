import { describe, expect, it } from 'vitest';
import { madeOnce } from '../../src/lib/made-once.ts';

describe('madeOnce', () => {
  it('shared: makes the value on first use only and gives every caller the same one', () => {
    let calls = 0;
    const get = madeOnce(() => ({ n: ++calls }), true);
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it('shared: a value that is undefined is made once too', () => {
    let calls = 0;
    const get = madeOnce(() => {
      calls++;
      return undefined;
    }, true);
    get();
    get();
    expect(calls).toBe(1);
  });

  it('not shared (the dev server): makes it afresh on every call, so edits show at once', () => {
    let calls = 0;
    const get = madeOnce(() => ({ n: ++calls }), false);
    const first = get();
    const second = get();
    expect(second).not.toBe(first);
    expect(second.n).toBe(2);
    expect(calls).toBe(2);
  });
});
