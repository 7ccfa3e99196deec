import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FollowUpIndex } from '../../src/core/follow-up-index';
import { isRelevant, mayBeRelevant, readNoteFacts } from '../../src/core/note-facts';
import { keysRead, normaliseKey } from '../../src/core/note-head/fields';
import type { NoteRecord } from '../../src/core/note-record';
import { settingsWith } from '../helpers/notes';

const settings = settingsWith();

// Keys in the spellings people use, the fields the index reads among others it does not.
const key = fc
  .tuple(
    fc.constantFrom(
      'follow_up',
      'follow-up',
      'followup',
      'follow_up_about',
      'follow_up_with',
      'follow_up_channel',
      'follow_up_attempts',
      'follow_up_every',
      'follow_up_done',
      'follow_up_outcome',
      'follow_up_feedback',
      'last_contact',
      'people',
      'attendees',
      'with',
      'contact',
      'contacts',
      'date',
      'email',
      'phone',
      'preferred_channel',
      'channel',
      'tags',
      'aliases',
      'created',
      'title',
      'status',
    ),
    fc.constantFrom('', ':'),
    fc.constantFrom('lower', 'upper', 'padded'),
  )
  .map(([name, colon, spelling]) => {
    const text = `${name}${colon}`;
    return spelling === 'upper' ? text.toUpperCase() : spelling === 'padded' ? ` ${text} ` : text;
  });
const value = fc.oneof(
  fc.constantFrom(
    '2024-06-10',
    '2024-02-30',
    '2024-06-10 14:30',
    '[[2024-06-10]]',
    '[[Jane Doe]]',
    'Sam',
    '2w',
    'monthly',
    'soon',
    'email',
    '',
    'x',
    '-1',
    '3',
  ),
  fc.constantFrom(null, 3, -1, 1.5, true, ['[[A]]', 'B'], [['A']], { a: 1 }),
);
const frontmatter = fc.dictionary(key, value, { maxKeys: 6 });
const path = fc.constantFrom('Notes/a.md', 'People/Jane Doe.md', 'Meetings/2024-06-10 Call.md', 'Templates/x.md');
const record = fc.record({ path, frontmatter: fc.option(frontmatter, { nil: null }) }) as fc.Arbitrary<NoteRecord>;

describe('the keys the index reads', () => {
  it('are all a note needs: dropping every other key leaves its facts as they were', () => {
    const keys = keysRead(settings).all;
    fc.assert(
      fc.property(record, (note) => {
        const kept =
          note.frontmatter === null
            ? null
            : Object.fromEntries(Object.entries(note.frontmatter).filter(([name]) => keys.has(normaliseKey(name))));
        expect(readNoteFacts({ ...note, frontmatter: kept }, settings)).toEqual(readNoteFacts(note, settings));
      }),
      { numRuns: 2000 },
    );
  });

  it('tell which notes cannot be relevant, without reading their facts', () => {
    const quick = mayBeRelevant(settings);
    fc.assert(
      fc.property(record, (note) => {
        if (!quick(note)) expect(isRelevant(readNoteFacts(note, settings))).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(quick({ path: 'a.md', frontmatter: null, frontmatterError: 'bad' })).toBe(true);
    expect(quick({ path: 'People/Jane.md', frontmatter: null })).toBe(true);
    expect(quick({ path: 'a.md', frontmatter: { tags: ['x'], date: '2024-06-10' } })).toBe(false);
  });

  it('follow the settings: renamed fields, other people fields, no people folder', () => {
    const custom = settingsWith({ fields: { ...settings.fields, followUp: 'Next Step' }, peopleFields: ['crew'], peopleFolder: '' });
    const quick = mayBeRelevant(custom);
    expect(quick({ path: 'a.md', frontmatter: { ' next step ': '2024-06-10' } })).toBe(true);
    expect(quick({ path: 'a.md', frontmatter: { crew: ['[[A]]'] } })).toBe(true);
    expect(quick({ path: 'a.md', frontmatter: { follow_up: '2024-06-10' } })).toBe(false);
    expect(quick({ path: 'People/Jane.md', frontmatter: null })).toBe(false);
  });

  it('leave the index as it was when it skips the notes that cannot matter', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (notes) => {
        const index = new FollowUpIndex(settings);
        for (const note of notes) index.upsert(note);
        // The last record of a path is the one that counts, as for a note edited twice.
        const last = new Map(notes.filter((note) => !index.isExcluded(note.path)).map((note) => [note.path, note]));
        const byPath = new Map(
          [...last.values()]
            .map((note) => readNoteFacts(note, settings))
            .filter(isRelevant)
            .map((facts) => [facts.path, facts]),
        );
        expect(index.size).toBe(byPath.size);
        for (const [notePath, facts] of byPath) expect(index.factsOf(notePath)).toEqual(facts);
      }),
      { numRuns: 500 },
    );
  });
});
