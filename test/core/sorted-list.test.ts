import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertSorted, lowerBound, removeSorted } from '../../src/core/sorted-list';
import { propertyOptions } from '../helpers/property';

interface Entry {
  readonly key: number;
  readonly id: string;
}
const byKey = (a: Entry, b: Entry): number => a.key - b.key;
const entry = (key: number, id: string): Entry => ({ key, id });

describe('a list kept in order', () => {
  it('finds the first place not before a value', () => {
    const keys = [1, 3, 3, 3, 7];
    const compare = (element: number, value: number) => element - value;
    expect([0, 1, 2, 3, 4, 7, 8].map((value) => lowerBound(keys, value, compare))).toEqual([0, 0, 1, 1, 4, 4, 5]);
    expect(lowerBound([], 5, compare)).toBe(0);
  });

  it('inserts after the equal elements, as a stable sort places a later one', () => {
    const list = [entry(1, 'a'), entry(2, 'b'), entry(2, 'c'), entry(4, 'd')];
    insertSorted(list, entry(2, 'new'), byKey);
    insertSorted(list, entry(0, 'first'), byKey);
    insertSorted(list, entry(9, 'last'), byKey);
    expect(list.map((each) => each.id)).toEqual(['first', 'a', 'b', 'c', 'new', 'd', 'last']);
  });

  it('removes the very element given, not an equal one, and says whether it was there', () => {
    const [a, b, c, d] = [entry(1, 'a'), entry(2, 'b'), entry(2, 'c'), entry(2, 'd')];
    const list = [a, b, c, d];
    expect(removeSorted(list, entry(2, 'c'), byKey)).toBe(false);
    expect(removeSorted(list, entry(5, 'e'), byKey)).toBe(false);
    expect(list).toEqual([a, b, c, d]);
    expect(removeSorted(list, d, byKey)).toBe(true);
    expect(removeSorted(list, b, byKey)).toBe(true);
    expect(removeSorted(list, a, byKey)).toBe(true);
    expect(list).toEqual([c]);
    expect(removeSorted(list, c, byKey)).toBe(true);
    expect(list).toEqual([]);
    expect(removeSorted(list, c, byKey)).toBe(false);
  });

  it('stays what a stable sort of the same insertions and removals gives', () => {
    const step = fc.oneof(fc.record({ insert: fc.integer({ min: 0, max: 5 }) }), fc.record({ remove: fc.nat({ max: 20 }) }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const list: Entry[] = [];
        const expected: Entry[] = [];
        steps.forEach((each, at) => {
          if ('insert' in each) {
            const value = entry(each.insert, `#${at}`);
            insertSorted(list, value, byKey);
            expected.push(value);
            expected.sort(byKey);
          } else if (expected.length > 0) {
            const value = expected[each.remove % expected.length]!;
            expect(removeSorted(list, value, byKey)).toBe(true);
            expected.splice(expected.indexOf(value), 1);
          }
          expect(list).toEqual(expected);
          expect(list.every((value, i) => value === expected[i])).toBe(true);
        });
      }),
      propertyOptions({ numRuns: 40 }),
    );
  });
});
