import { describe, expect, it } from 'vitest';
import { keptFor } from './kept.ts';

describe('keptFor', () => {
  it('answers within its time, not after, and not once forgotten', () => {
    const kept = keptFor<string>(30_000, 10);
    kept.keep('a', 'first', 1_000);
    expect(kept.get('a', 30_999)).toBe('first');
    expect(kept.get('a', 31_000)).toBeUndefined();
    kept.keep('a', 'second', 40_000);
    kept.forget('a');
    expect(kept.get('a', 40_001)).toBeUndefined();
  });

  it('lets go of everything once it holds more than its bound', () => {
    const kept = keptFor<number>(30_000, 2);
    kept.keep('a', 1, 0);
    kept.keep('b', 2, 0);
    expect(kept.get('a', 1)).toBe(1);
    kept.keep('c', 3, 0);
    expect([kept.get('a', 1), kept.get('b', 1), kept.get('c', 1)]).toEqual([undefined, undefined, undefined]);
  });
});
