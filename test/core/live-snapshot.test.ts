import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FollowUpIndex, indexRecords } from '../../src/core/follow-up-index';
import { buildSnapshot } from '../../src/core/index-snapshot';
import type { Item } from '../../src/core/item';
import { LiveSnapshot } from '../../src/core/live-snapshot';
import { readNoteFacts } from '../../src/core/note-facts';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

const TODAY = '2024-06-12';
const settings = settingsWith();

// A small world, so that random notes collide: a few names, person notes and other notes that
// share those names as titles (also but for case or Unicode form: one person by personKey),
// meetings, follow-ups done before and after today.
const ZOE_NFC = 'Zoé'.normalize('NFC');
const ZOE_NFD = 'Zoé'.normalize('NFD');
const NAMES = ['Ann', 'Bo', 'Cy', 'ann', 'BO', ZOE_NFC, ZOE_NFD];
const PATHS = [
  'People/Ann.md',
  'People/Bo.md',
  'Ann.md',
  'Archive/Bo.md',
  'Archive/ann.md',
  'Cy.md',
  `People/${ZOE_NFD}.md`,
  `${ZOE_NFC}.md`,
  'Meetings/2024-06-03 Call.md',
  'Meetings/2024-06-20 Lunch.md',
  'Notes/a.md',
  'Notes/b.md',
  'Notes/c.md',
];
const DATES = ['2024-05-20', '2024-06-01', '2024-06-10', '2024-06-11', '2024-06-12', '2024-06-14', '2024-06-19', '2024-06-25', 'next week'];

const links = fc.subarray(NAMES, { maxLength: 2 }).map((names) => names.map((name) => `[[${name}]]`));
// A plain name is a person only while a person note of that name exists (SPEC §4, §10).
const linksOrPlain = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), fc.boolean()), { maxLength: 2 })
  .map((names) => names.map(([name, linked]) => (linked ? `[[${name}]]` : name)));
const frontmatter: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    follow_up: fc.constantFrom(...DATES),
    follow_up_with: links,
    attendees: linksOrPlain,
    date: fc.constantFrom(...DATES),
    follow_up_done: fc.constantFrom(...DATES),
    follow_up_nudged: fc.constantFrom(...DATES),
    follow_up_every: fc.constantFrom('P1W', 'P10D', 'monthly', 'sometimes'),
    follow_up_attempts: fc.integer({ min: 0, max: 4 }),
    follow_up_channel: fc.constantFrom('email', 'call'),
    preferred_channel: fc.constantFrom('email', 'phone'),
    last_contact: fc.constantFrom(...DATES),
    away_until: fc.constantFrom(...DATES),
    birthday: fc.constantFrom('1990-06-13', '06-20', '1985-01-02'),
    tags: fc.constant(['person']),
  },
  { requiredKeys: [] },
);
const path = fc.constantFrom(...PATHS);
type Step =
  | { kind: 'set'; path: string; frontmatter: Record<string, unknown> }
  | { kind: 'delete'; path: string }
  | { kind: 'rename'; from: string; to: string };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), path, frontmatter }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path }) },
);

describe('the snapshot kept current one note at a time', () => {
  it('equals the snapshot built from scratch after every change, deletion and rename', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, frontmatter), { maxLength: 8 }),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        (initial, steps) => {
          const records = new Map<string, NoteRecord>(initial.map(([at, fm]) => [at, note(at, fm)]));
          const index = indexRecords(records.values(), settings);
          index.snapshot(TODAY);
          for (const change of steps) {
            if (change.kind === 'set') {
              records.set(change.path, note(change.path, change.frontmatter));
              index.upsert(note(change.path, change.frontmatter));
            } else if (change.kind === 'delete') {
              records.delete(change.path);
              index.remove(change.path);
            } else {
              const moved = records.get(change.from);
              if (moved === undefined || change.from === change.to) continue;
              records.delete(change.from);
              records.set(change.to, note(change.to, moved.frontmatter));
              index.rename(change.from, note(change.to, moved.frontmatter));
            }
            expect(index.snapshot(TODAY)).toEqual(indexRecords(records.values(), settings).snapshot(TODAY));
          }
        },
      ),
      propertyOptions({ numRuns: 200 }),
    );
  });

  it('counts a plain-name meeting from the moment a person note of that name appears, until it goes', () => {
    const meeting = note('Meetings/2024-06-10 Call.md', { attendees: ['Ann'] });
    const ask = note('Notes/ask.md', { follow_up: '2024-06-14', follow_up_with: 'Ann', follow_up_done: '2024-06-03' });
    const index = indexRecords([meeting, ask], settings);
    const seen = () => {
      const snapshot = index.snapshot(TODAY);
      return [snapshot.people.lastMeetingNote('Ann')?.path ?? null, snapshot.items.find((item) => item.path === ask.path)?.contact ?? null];
    };
    const met = [meeting.path, { date: '2024-06-10', path: meeting.path }];
    expect(seen()).toEqual([null, null]);
    index.upsert(note('Ann.md', { email: 'ann@example.com' }));
    expect(seen()).toEqual([null, null]); // a note of that name, but no person note
    index.upsert(note('Ann.md', { email: 'ann@example.com', tags: ['person'] }));
    expect(seen()).toEqual(met);
    index.remove('Ann.md');
    expect(seen()).toEqual([null, null]);
    index.upsert(note('Archive/Ann.md', { email: 'ann@example.com' }));
    expect(seen()).toEqual([null, null]);
    index.rename('Archive/Ann.md', note('People/Ann.md', { email: 'ann@example.com' }));
    expect(seen()).toEqual(met);
    index.rename('People/Ann.md', note('People/Anne.md', { email: 'ann@example.com' }));
    expect(seen()).toEqual([null, null]);
    expect(index.snapshot(TODAY)).toEqual(
      indexRecords([meeting, ask, note('People/Anne.md', { email: 'ann@example.com' })], settings).snapshot(TODAY),
    );
  });

  it('recomputes only the items of the changed note and of the people it touches', () => {
    const records = [
      note('People/Ann.md', { tags: ['person'], follow_up_every: 'P1W', last_contact: '2024-06-01' }),
      note('Notes/ann-1.md', { follow_up: '2024-06-14', follow_up_with: '[[Ann]]' }),
      note('Notes/ann-2.md', { follow_up: '2024-06-30', follow_up_with: '[[Ann]]' }),
      ...Array.from({ length: 40 }, (_, i) => note(`Notes/other-${i}.md`, { follow_up: '2024-06-13', follow_up_with: `[[Person ${i}]]` })),
    ];
    const live = LiveSnapshot.build(
      records.map((record) => readNoteFacts(record, settings)),
      settings,
      TODAY,
    );
    const before = live.snapshot();
    const recomputed: Item[] = [];
    live.onItem = (item) => recomputed.push(item);

    // A meeting with Ann: her last contact moves, so her cadence and her follow-ups are read again.
    const meeting = note('Meetings/2024-06-10 Call.md', { attendees: ['[[Ann]]'] });
    live.apply(meeting.path, readNoteFacts(meeting, settings));
    const after = live.snapshot();

    expect(recomputed.map((item) => item.path).sort()).toEqual(['Notes/ann-1.md', 'Notes/ann-2.md', 'People/Ann.md']);
    expect(after.items.find((item) => item.path === 'People/Ann.md')?.due).toBe('2024-06-17');
    for (const item of after.items.filter((each) => each.path.startsWith('Notes/other-'))) expect(before.items).toContain(item); // the very same object
    expect(after).toEqual(buildSnapshot(after.facts, settings, TODAY));
    // The snapshot handed out before stays as it was.
    expect(before.items.find((item) => item.path === 'People/Ann.md')?.due).toBe('2024-06-08');
    expect(before.facts.map((facts) => facts.path)).not.toContain(meeting.path);
  });

  it('recomputes one item when a note changes that touches nobody else', () => {
    const records = Array.from({ length: 40 }, (_, i) => note(`Notes/n-${i}.md`, { follow_up: '2024-06-13', follow_up_with: `[[P${i}]]` }));
    const live = LiveSnapshot.build(
      records.map((record) => readNoteFacts(record, settings)),
      settings,
      TODAY,
    );
    let count = 0;
    live.onItem = () => (count += 1);
    const changed = note('Notes/n-7.md', { follow_up: '2024-06-20', follow_up_with: '[[P7]]' });
    live.apply(changed.path, readNoteFacts(changed, settings));
    expect(count).toBe(1);
    expect(live.snapshot().items.at(-1)?.path).toBe('Notes/n-7.md');
  });

  const factsOf = (records: NoteRecord[]) => records.map((record) => readNoteFacts(record, settings));

  it('holds the facts in path order, whatever order they come in or change in', () => {
    const live = LiveSnapshot.build(factsOf([note('c.md', { follow_up: TODAY }), note('a.md', { follow_up: TODAY })]), settings, TODAY);
    expect(live.snapshot().facts.map((facts) => facts.path)).toEqual(['a.md', 'c.md']);
    for (const path of ['b.md', 'd.md', '0.md']) live.apply(path, readNoteFacts(note(path, { follow_up: TODAY }), settings));
    live.apply('c.md', undefined);
    expect(live.snapshot().facts.map((facts) => facts.path)).toEqual(['0.md', 'a.md', 'b.md', 'd.md']);
  });

  it('changes nothing, and hands out the same snapshot, when a note comes again with the very same facts', () => {
    const [facts] = factsOf([note('a.md', { follow_up: TODAY })]);
    const live = LiveSnapshot.build([facts!], settings, TODAY);
    const before = live.snapshot();
    live.onItem = () => expect.fail('no item is recomputed');
    live.apply('a.md', facts);
    live.apply('b.md', undefined);
    expect(live.snapshot()).toBe(before);
  });

  it("recomputes only a note's own items when its change moves no person's entry or due-soon count", () => {
    const records = [
      note('Notes/a.md', { follow_up: '2024-06-14', follow_up_with: '[[Ann]]' }),
      note('Notes/b.md', { follow_up: '2024-06-25', follow_up_with: '[[Ann]]' }),
      note('Notes/c.md', { follow_up: '2024-06-15', follow_up_with: '[[Ann]]' }),
    ];
    const live = LiveSnapshot.build(factsOf(records), settings, TODAY);
    const recomputed: string[] = [];
    live.onItem = (item) => recomputed.push(item.path);
    const changed = note('Notes/a.md', { follow_up: '2024-06-14', follow_up_with: '[[Ann]]', follow_up_about: 'Pricing' });
    live.apply(changed.path, readNoteFacts(changed, settings));
    expect(recomputed).toEqual(['Notes/a.md']);
    // Out of the window: Ann's count moves, and her other items are read again.
    const later = note('Notes/a.md', { follow_up: '2024-06-30', follow_up_with: '[[Ann]]' });
    live.apply(later.path, readNoteFacts(later, settings));
    expect(recomputed.slice(1).sort()).toEqual(['Notes/a.md', 'Notes/b.md', 'Notes/c.md']);
    expect(live.snapshot()).toEqual(buildSnapshot(live.snapshot().facts, settings, TODAY));
  });

  it('leaves a snapshot handed out as it was in every part: problems, evidence, people, items, facts', () => {
    const records = [
      note('People/Ann.md', { follow_up_every: 'P1W', last_contact: '2024-06-01' }),
      note('Meetings/2024-06-03 Call.md', { attendees: '[[Ann]]', follow_up: '2024-06-14' }),
      note('Notes/z.md', { follow_up: 'soon' }),
    ];
    const live = LiveSnapshot.build(factsOf(records), settings, TODAY);
    const before = live.snapshot();
    const expected = buildSnapshot(factsOf(records), settings, TODAY);
    expect(before).toEqual(expected);
    const changes = [
      note('Meetings/2024-06-10 Lunch.md', { attendees: '[[Ann]]' }),
      note('Notes/a.md', { follow_up: 'tomorrow', follow_up_with: '[[Ann]]' }),
      note('People/Bo.md', { follow_up_every: 'P2W' }),
    ];
    for (const change of changes) live.apply(change.path, readNoteFacts(change, settings));
    live.apply('Notes/z.md', undefined);
    expect(live.snapshot().problems.map((problem) => problem.path)).toEqual(['Notes/a.md']);
    expect(live.snapshot().evidence.size).toBe(1);
    expect(before).toEqual(expected);
    expect(before.evidence.size).toBe(0);
    expect(before.people.person('Ann').lastContact).toBe('2024-06-03');
    expect(before.people.person('Bo').contact).toBeNull();
  });

  it('builds a new day from scratch, and keeps the index current in between', () => {
    const index = new FollowUpIndex(settings);
    index.upsert(note('Notes/a.md', { follow_up: '2024-06-13' }));
    expect(index.snapshot(TODAY).items[0]?.bucket).toBe('upcoming');
    expect(index.snapshot('2024-06-13').items[0]?.bucket).toBe('today');
    index.upsert(note('Notes/b.md', { follow_up: '2024-06-12' }));
    expect(index.snapshot('2024-06-13').items.map((item) => item.bucket)).toEqual(['overdue', 'today']);
  });
});
