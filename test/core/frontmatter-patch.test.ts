import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, type FrontmatterPatch } from '../../src/core/actions/frontmatter-patch';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { frontmatterObject, isOwn, localDate, OWN_FIELDS } from '../helpers/arbitraries';

const settings = DEFAULT_SETTINGS;

/** The field a key means, as the patch layer matches it; null for a key the product does not own. */
function fieldOf(key: string): string | null {
  if (!isOwn(key)) return null;
  const name = key.trim().toLowerCase();
  return settings.followUpAliases.includes(name) ? settings.fields.followUp : name;
}

const patch: fc.Arbitrary<FrontmatterPatch> = fc
  .tuple(
    fc.subarray([...OWN_FIELDS]),
    fc.subarray([...OWN_FIELDS]),
    fc.array(fc.oneof(localDate, fc.nat({ max: 1000 }), fc.string({ maxLength: 12 })), {
      minLength: OWN_FIELDS.length,
      maxLength: OWN_FIELDS.length,
    }),
  )
  .map(([setFields, removeFields, values]) => ({
    set: Object.fromEntries(setFields.map((field, index) => [field, values[index] as string | number])),
    remove: removeFields.filter((field) => !setFields.includes(field)),
  }));

const entries = (object: Record<string, unknown>) => Object.keys(object).map((key) => [key, object[key]] as const);
const RUNS = { numRuns: 200 };

describe('a frontmatter patch, for any frontmatter and any patch', () => {
  it('leaves every key it does not own as it was, in its order, with the very same value', () => {
    fc.assert(
      fc.property(frontmatterObject, patch, (original, change) => {
        const frontmatter = { ...original };
        applyPatch(frontmatter, change, settings);
        const others = (object: Record<string, unknown>) => entries(object).filter(([key]) => fieldOf(key) === null);
        expect(others(frontmatter)).toEqual(others(original));
        for (const [key, value] of others(frontmatter)) expect(Object.is(value, original[key])).toBe(true);
      }),
      RUNS,
    );
  });

  it('leaves exactly the intended fields: one key per field it sets, with its value, none for a field it removes', () => {
    fc.assert(
      fc.property(frontmatterObject, patch, (original, change) => {
        const frontmatter = { ...original };
        applyPatch(frontmatter, change, settings);
        for (const [field, value] of Object.entries(change.set)) {
          expect(entries(frontmatter).filter(([key]) => fieldOf(key) === field)).toEqual([[expect.any(String), value]]);
        }
        for (const field of change.remove) expect(Object.keys(frontmatter).filter((key) => fieldOf(key) === field)).toEqual([]);
        // An own field the patch does not name is not touched either.
        const named = new Set([...Object.keys(change.set), ...change.remove]);
        const untouched = (object: Record<string, unknown>) =>
          entries(object).filter(([key]) => fieldOf(key) !== null && !named.has(fieldOf(key)!));
        expect(untouched(frontmatter)).toEqual(untouched(original));
      }),
      RUNS,
    );
  });

  it('gives the same result applied twice as once', () => {
    fc.assert(
      fc.property(frontmatterObject, patch, (original, change) => {
        const once = { ...original };
        applyPatch(once, change, settings);
        const twice = { ...once };
        applyPatch(twice, change, settings);
        expect(entries(twice)).toEqual(entries(once));
      }),
      RUNS,
    );
  });
});
