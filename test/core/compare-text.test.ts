import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/compare-text';

describe('the order of texts', () => {
  it('is the order of their code units, the same in every locale', () => {
    const texts = ['b', 'a', 'B', 'é', 'e', 'a', '', 'ab'];
    expect([...texts].sort(compareText)).toEqual(['', 'B', 'a', 'a', 'ab', 'b', 'e', 'é']);
    expect([compareText('a', 'b'), compareText('b', 'a'), compareText('a', 'a')]).toEqual([-1, 1, 0]);
  });
});
