import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/bounded-memo';

describe('answers kept for a bounded number of arguments', () => {
  it('computes each argument once, up to the limit, and the rest each time they come', () => {
    const asked: string[] = [];
    const length = boundedMemo((key) => {
      asked.push(key);
      return key.length;
    }, 2);
    expect(['a', 'bb', 'a', 'bb', 'ccc', 'ccc', 'a'].map(length)).toEqual([1, 2, 1, 2, 3, 3, 1]);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'ccc']);
  });

  it('keeps an answer that is false or nothing', () => {
    let calls = 0;
    const never = boundedMemo(() => {
      calls += 1;
      return false;
    }, 10);
    expect([never('x'), never('x')]).toEqual([false, false]);
    expect(calls).toBe(1);
  });
});
