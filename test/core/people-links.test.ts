import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEveryone } from '../../src/core/actions/plan-actions';
import { draftMessage } from '../../src/core/drafts/draft-message';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import { personName, readPeople } from '../../src/core/people';
import { buildPeopleView } from '../../src/core/people-view';
import { parseQuery } from '../../src/core/query/parse-query';
import { runQuery } from '../../src/core/query/run-query';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

// A person in a people field is found the way Obsidian finds the note a link points to: whatever
// the case, whatever the Unicode form (macOS saves names decomposed), whatever the link's form.

const TODAY = '2024-06-12';
const settings = settingsWith();
const indexOf = (records: NoteRecord[]) => indexRecords(records, settings);

function draftOf(records: NoteRecord[], path: string) {
  const index = indexOf(records);
  const facts = index.factsOf(path);
  if (!facts) throw new Error(`no facts for ${path}`);
  return draftMessage({ note: facts, points: [], snapshot: index.snapshot(TODAY), settings });
}

describe('a person written as a link of any form', () => {
  it.each([
    ['![[Jane Doe]]', 'Jane Doe'],
    ['![[People/Jane Doe.md|Jane]]', 'Jane Doe'],
    ['[[Jane Doe|Janie]]', 'Jane Doe'],
    ['[[Jane Doe#Contact|J]]', 'Jane Doe'],
    ['[[Jane Doe#^block]]', 'Jane Doe'],
    ['[Jane](People/Jane%20Doe.md)', 'Jane Doe'],
    ['[Jane](People/Jane Doe.md)', 'Jane Doe'],
    ['[Jane](<People/Jane Doe.md>)', 'Jane Doe'],
    ['[Jane](People/Jane%20Doe.md#Contact "her note")', 'Jane Doe'],
    ['[Jane](../People/Jane%20Doe)', 'Jane Doe'],
    ['![Jane](Jane%20Doe.md)', 'Jane Doe'],
    ['[Jane](People/Jos%C3%A9.md)', 'José'],
    ['[Jane](People/100%25%20sure.md)', '100% sure'],
    ['[Jane](People/bad%E0.md)', 'bad%E0'],
  ])('%j is the person %j, as a link', (text, name) => {
    expect(personName(text)).toBe(name);
    expect(readPeople([text]).linked).toEqual([name]);
  });

  it.each([
    ['[Jane](https://example.com/jane)', 'Jane'],
    ['[Jane Doe](mailto:jane@example.com)', 'Jane Doe'],
    ['[Jane]()', 'Jane'],
  ])('%j is no note: the person %j, as plain text', (text, name) => {
    expect(personName(text)).toBe(name);
    expect(readPeople([text]).linked).toEqual([]);
  });

  it('is one person however often, in whatever case, a list or the people fields name them', () => {
    expect(readPeople(['[[Jane Doe]]', '[[jane doe]]', '[Jane](People/JANE%20DOE.md)', 'Sam']).names).toEqual(['Jane Doe', 'Sam']);
    const facts = indexOf([note('Meetings/m.md', { people: ['[[Jane Doe]]', 'Sam'], attendees: 'jane doe' })]).factsOf('Meetings/m.md');
    expect(facts?.people).toEqual(['Jane Doe', 'Sam']);
  });
});

describe('the contact note of a person, found as Obsidian finds a link', () => {
  const jane = note('People/Jane Doe.md', {
    email: 'jane@example.com',
    preferred_channel: 'Email',
    follow_up_every: '2w',
    last_contact: '2024-05-01',
  });

  it('whatever the case of the link: e-mail, channel and cadence come from it', () => {
    const records = [
      jane,
      note('Deals/Acme.md', { follow_up: '2024-06-10', follow_up_with: '[[jane doe]]' }),
      note('Meetings/2024-06-05 Call.md', { attendees: ['[[JANE DOE]]'] }),
    ];
    const snapshot = indexOf(records).snapshot(TODAY);
    expect(snapshot.people.contactOf('jane doe')?.path).toBe('People/Jane Doe.md');
    expect(snapshot.items.find((item) => item.path === 'Deals/Acme.md')?.channel).toBe('email');
    // The meeting counts as contact with Jane: her cadence runs from it.
    expect(snapshot.people.person('Jane Doe').lastContact).toBe('2024-06-05');
    expect(snapshot.items.find((item) => item.path === 'People/Jane Doe.md')?.due).toBe('2024-06-19');
    expect(draftOf(records, 'Deals/Acme.md').recipients).toEqual([{ name: 'jane doe', email: 'jane@example.com', phone: null }]);
    // One person in the people view, under the name of their note.
    const view = buildPeopleView(snapshot);
    expect(view.filter((person) => person.name.toLowerCase() === 'jane doe').map((person) => person.name)).toEqual(['Jane Doe']);
    expect(view.find((person) => person.name === 'Jane Doe')?.open.map((item) => item.path)).toEqual([
      'Deals/Acme.md',
      'People/Jane Doe.md',
    ]);
  });

  it.each([
    ['a file saved decomposed (macOS), a link typed composed', 'NFD', 'NFC'],
    ['a file saved composed, a link typed decomposed', 'NFC', 'NFD'],
  ] as const)('whatever the Unicode form: %s', (_case, fileForm, linkForm) => {
    const name = 'José Núñez';
    const records = [
      note(`People/${name.normalize(fileForm)}.md`, { email: 'jose@example.com' }),
      note('Deals/Acme.md', { follow_up: '2024-06-10', follow_up_with: `[[${name.normalize(linkForm)}]]` }),
    ];
    expect(indexOf(records).snapshot(TODAY).people.contactOf(name.normalize(linkForm))?.path).toBe(`People/${name.normalize(fileForm)}.md`);
    expect(draftOf(records, 'Deals/Acme.md').recipients[0]?.email).toBe('jose@example.com');
  });

  it('between notes whose names differ only in case: the exact spelling, then the people folder, then the shortest path', () => {
    const records = [
      note('People/Jane.md', { email: 'people@example.com' }),
      note('Archive/jane.md', { email: 'archive@example.com' }),
      note('Old/Notes/JANE.md', { email: 'old@example.com' }),
      note('Deals/a.md', { follow_up: '2024-06-10', follow_up_with: ['[[jane]]', '[[JANE]]', '[[Jane]]', '[[jAnE]]'] }),
    ];
    const people = indexOf(records).snapshot(TODAY).people;
    expect(people.contactOf('jane')?.path).toBe('Archive/jane.md');
    expect(people.contactOf('JANE')?.path).toBe('Old/Notes/JANE.md');
    expect(people.contactOf('Jane')?.path).toBe('People/Jane.md');
    expect(people.contactOf('jAnE')?.path).toBe('People/Jane.md');
    const elsewhere = indexOf([
      note('b/Jane.md', { email: 'b@example.com' }),
      note('a/b/jane.md', { email: 'ab@example.com' }),
      note('Deals/a.md', { follow_up: '2024-06-10', follow_up_with: '[[JANE]]' }),
    ]).snapshot(TODAY).people;
    expect(elsewhere.contactOf('JANE')?.path).toBe('b/Jane.md');
    // Two files whose names differ only in Unicode form: each spelling finds its own, to the byte.
    const [composed, decomposed] = ['José'.normalize('NFC'), 'José'.normalize('NFD')];
    const twins = indexOf([
      note(`People/${composed}.md`, { email: 'nfc@example.com' }),
      note(`People/${decomposed}.md`, { email: 'nfd@example.com' }),
    ]).snapshot(TODAY).people;
    expect(twins.contactOf(composed)?.path).toBe(`People/${composed}.md`);
    expect(twins.contactOf(decomposed)?.path).toBe(`People/${decomposed}.md`);
    expect(twins.contactOf('JOSÉ')?.path).toBe(`People/${composed}.md`);
  });
});

describe('one person spelt two ways', () => {
  const records = [
    note('People/José Núñez.md', { email: 'jose@example.com' }),
    note('Deals/a.md', { follow_up: '2024-06-12', follow_up_with: '[[josé núñez]]' }),
    note('Deals/b.md', { follow_up: '2024-06-13', follow_up_with: '[[JOSÉ NÚÑEZ]]'.normalize('NFD') }),
    note('Meetings/2024-06-11 Call.md', { attendees: ['[[José Núñez]]'.normalize('NFD')] }),
    note('Meetings/2024-06-11 Lunch.md', { attendees: ['[[José Núñez]]'] }),
  ];
  const index = indexOf(records);
  const snapshot = index.snapshot(TODAY);

  it('is one person to do two follow-ups with together', () => {
    expect(snapshot.items.filter((item) => item.path.startsWith('Deals/')).map((item) => item.flags.includes('batch'))).toEqual([
      true,
      true,
    ]);
  });

  it('has an open follow-up, so no meeting waits for one', () => {
    expect(buildReview(snapshot, settings).meetingsWithoutFollowUp).toEqual([]);
    const meeting = index.factsOf('Meetings/2024-06-11 Call.md');
    if (!meeting) throw new Error('no meeting');
    const plan = planEveryone(meeting, snapshot, settings);
    expect(plan.patches).toEqual([]);
    expect(plan.skipped).toHaveLength(1);
  });

  it('is found by a query in any spelling', () => {
    const query = parseQuery(`with: ${'josé núñez'.normalize('NFD')}`);
    if (!query.ok) throw new Error('query');
    const run = runQuery(snapshot, query.query, null, 7);
    expect(run.ok && run.result.items.map((item) => item.path)).toEqual(['Deals/a.md', 'Deals/b.md']);
  });

  it('is the same person as the meeting in a draft', () => {
    const facts = index.factsOf('Deals/a.md');
    if (!facts) throw new Error('no facts');
    const draft = draftMessage({ note: facts, points: [], snapshot, settings, template: 'Subject: x\n\n{{meeting}}' });
    expect(draft.body).toBe('Call');
  });
});

/** Letters whose case maps one to one, composed and decomposable ones, other scripts, and controls. */
const nameCharacter = fc.constantFrom(
  ...'aBcXyZ09 -_.,'.split(''),
  'é',
  'Ñ',
  'ü',
  'Å',
  'ø',
  'Ω',
  'Ж',
  '日',
  '😀',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200f',
  '\u202e',
  '\u2066',
);
const title = fc
  .array(nameCharacter, { minLength: 1, maxLength: 10 })
  .map((characters) => `P${characters.join('')}n`.normalize('NFC'))
  .filter((name) => !name.endsWith('.md'));
const variant = fc.constantFrom(
  (name: string) => name,
  (name: string) => name.toLowerCase(),
  (name: string) => name.toUpperCase(),
  (name: string) => name.normalize('NFD'),
  (name: string) => name.normalize('NFD').toUpperCase(),
  (name: string) => [...name].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join(''),
);
const linkForm = fc.constantFrom(
  (name: string) => `[[${name}]]`,
  (name: string) => `![[${name}]]`,
  (name: string) => `[[People/${name}.md|someone]]`,
  (name: string) => `[[${name}#Heading]]`,
  (name: string) => ` [[${name}]] `,
  (name: string) => `[x](People/${encodeURIComponent(name)}.md)`,
  (name: string) => `[x](<${name}.md>)`,
);

describe('for any name, in any case or Unicode form, in any link form', () => {
  it('a people field finds the person note, and reads no one else', () => {
    fc.assert(
      fc.property(title, variant, linkForm, (name, spell, link) => {
        const written = link(spell(name));
        const records = [
          note(`People/${name}.md`, { email: 'x@example.com' }),
          note('Other/Someone else.md', { email: 'y@example.com' }),
          note('Deals/Acme.md', { follow_up: '2024-06-10', follow_up_with: written }),
        ];
        const index = indexOf(records);
        const facts = index.factsOf('Deals/Acme.md');
        expect(facts?.with).toHaveLength(1);
        const snapshot = index.snapshot(TODAY);
        expect(snapshot.people.contactOf(facts?.with[0] ?? '')?.path, JSON.stringify(written)).toBe(`People/${name}.md`);
        expect(readPeople([written]).linked).toHaveLength(1);
      }),
      propertyOptions({ numRuns: 300 }),
    );
  });
});
