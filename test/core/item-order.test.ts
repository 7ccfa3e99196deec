import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareItems, itemKey, type Item } from '../../src/core/item';
import { propertyOptions } from '../helpers/property';

const item = fc.record({
  due: fc.constantFrom('2023-12-31', '2024-06-11', '2024-06-12', '2024-12-01'),
  time: fc.constantFrom(null, '00:30', '09:05', '14:00'),
  path: fc.constantFrom('a.md', 'B.md', 'b.md', 'Deals/Acme.md'),
  source: fc.constantFrom<Item['source']>('note', 'cadence', 'birthday'),
});
type Keyed = Pick<Item, 'due' | 'time' | 'path' | 'source'>;
const asItem = (keyed: Keyed) => keyed as unknown as Item;

/** The order SPEC §8 lists them in, field by field: due date, a whole day before a timed one, time, path, source. */
function oracle(a: Keyed, b: Keyed): number {
  const fields = (x: Keyed) => [x.due, x.time === null ? 0 : 1, x.time ?? '', x.path, x.source] as const;
  const [left, right] = [fields(a), fields(b)];
  for (let index = 0; index < left.length; index += 1) {
    const [l, r] = [left[index]!, right[index]!];
    if (l !== r) return l < r ? -1 : 1;
  }
  return 0;
}

describe('the order of items', () => {
  it('sorts any items, in any starting order, by due date, then whole day before time, then time, path and source', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const sorted = [...items].map(asItem).sort(compareItems);
        expect(sorted).toEqual([...items].sort(oracle));
        for (const a of items) for (const b of items) expect(Math.sign(compareItems(asItem(a), asItem(b)))).toBe(Math.sign(oracle(a, b)));
      }),
      propertyOptions(),
    );
  });

  it('keys an item by its source and path, so a note can carry one item of each source', () => {
    expect(itemKey({ path: 'People/Jane.md', source: 'cadence' })).toBe('cadence:People/Jane.md');
    expect(itemKey({ path: 'People/Jane.md', source: 'birthday' })).not.toBe(itemKey({ path: 'People/Jane.md', source: 'cadence' }));
  });
});
