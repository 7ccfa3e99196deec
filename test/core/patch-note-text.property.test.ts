import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyPatch, type FrontmatterPatch } from '../../src/core/actions/frontmatter-patch';
import { patchNoteText } from '../../src/core/actions/patch-note-text';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { isOwn, localDate, OWN_FIELDS } from '../helpers/arbitraries';
import { noteText } from '../helpers/note-texts';
import { outsideOwnLines, splitNote } from '../helpers/own-lines';

// For random notes (see test/helpers/note-texts.ts) and random sequences of patches: a note that
// can be read is always patched, and then every line but those of our own keys stays byte for
// byte, the fields read back are exactly the intended ones, new lines are in the note's line
// ending, and the same patch again changes nothing; a note that cannot be read is refused.

const settings = DEFAULT_SETTINGS;
const NOTE = 'Notes/Note.md';

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('yes', 'a: b', '# x', 'two\nlines', '', ' pad ', "it's", '[[Jane]]', 'no-response', '2024-06-10 14:30', '"q"'),
);

const patchArb: fc.Arbitrary<FrontmatterPatch> = fc
  .tuple(
    fc.subarray([...OWN_FIELDS]),
    fc.subarray([...OWN_FIELDS]),
    fc.array(fc.oneof(localDate, fc.nat({ max: 1000 }), text), { minLength: OWN_FIELDS.length, maxLength: OWN_FIELDS.length }),
  )
  .map(([setFields, removeFields, values]) => ({
    set: Object.fromEntries(setFields.map((field, index) => [field, values[index] as string | number])),
    remove: removeFields.filter((field) => !setFields.includes(field)),
  }));

function fieldsOf(note: string): Record<string, unknown> {
  const { yaml } = splitNote(note);
  return yaml === null ? {} : ((parse(yaml, { schema: 'core' }) as Record<string, unknown> | null) ?? {});
}

const fieldOf = (key: string): string | null => {
  if (!isOwn(key)) return null;
  const name = key.trim().toLowerCase();
  return settings.followUpAliases.includes(name) ? settings.fields.followUp : name;
};

const sorted = (entries: [string, unknown][]) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const RUNS = { numRuns: 200 };

describe('patching random notes with random actions', () => {
  it('keeps every byte outside our keys’ lines and writes exactly the intended fields', () => {
    fc.assert(
      fc.property(noteText, fc.array(patchArb, { minLength: 1, maxLength: 4 }), (note, patches) => {
        let current = note.text;
        for (const change of patches) {
          const result = patchNoteText(current, change, settings, NOTE);
          if (!note.parses) {
            expect(result.ok, 'a note whose frontmatter cannot be read is refused').toBe(false);
            return;
          }
          if (!result.ok) throw new Error(`refused: ${result.reason}`);
          const next = result.text;

          // Outside our keys' lines, every byte is the same (a note without a block gains one at the top).
          expect(outsideOwnLines(current, next, note.eol)).toBeNull();

          // The fields read back: others as they were, in order; ours exactly as intended.
          const old = fieldsOf(current);
          const intended = { ...old };
          applyPatch(intended, change, settings);
          const now = fieldsOf(next);
          const others = (data: Record<string, unknown>) => Object.entries(data).filter(([key]) => fieldOf(key) === null);
          const ours = (data: Record<string, unknown>) => sorted(Object.entries(data).filter(([key]) => fieldOf(key) !== null));
          expect(others(now)).toEqual(others(old));
          expect(ours(now)).toEqual(ours(intended));
          for (const [field, value] of Object.entries(change.set)) {
            const keys = Object.keys(now).filter((key) => fieldOf(key) === field);
            expect(keys).toHaveLength(1);
            expect(Object.is(now[keys[0]!], value)).toBe(true);
          }
          for (const field of change.remove) expect(Object.keys(now).filter((key) => fieldOf(key) === field)).toEqual([]);

          // The same patch again finds nothing to change.
          expect(patchNoteText(next, change, settings, NOTE)).toEqual({ ok: true, text: next });
          current = next;
        }
      }),
      RUNS,
    );
  }, 120_000);
});
