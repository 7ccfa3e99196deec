import { describe, expect, it } from 'vitest';
import { FollowUpIndex, indexRecords } from '../../src/core/follow-up-index';
import type { Item } from '../../src/core/item';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const JANE = note('People/Jane Doe.md', {});
const ITEM_PATH = 'Meetings/2024-06-03 Intro.md';

function itemAt(records: readonly NoteRecord[], path = ITEM_PATH, today = TODAY): Item {
  const item = indexRecords(records, settings)
    .snapshot(today)
    .items.find((candidate) => candidate.path === path && candidate.source === 'note');
  expect(item).toBeDefined();
  return item!;
}

/** The item under test: a meeting on 3 June with Jane, to follow up on the 14th, plus any fields. */
function followUp(extra: Record<string, unknown> = {}): NoteRecord {
  return note(ITEM_PATH, { attendees: '[[Jane Doe]]', follow_up: '2024-06-14', ...extra });
}

describe('contacted: the baseline of an item', () => {
  it.each([
    // [what, the item note's fields, a later meeting's date, contacted?]
    ['the meeting date (3 June), a meeting on 5 June', {}, '2024-06-05', true],
    ['the meeting date, a meeting on the same day', {}, '2024-06-03', false],
    ['follow_up_nudged on 6 June, a meeting on 5 June', { follow_up_nudged: '2024-06-06' }, '2024-06-05', false],
    ['follow_up_nudged on 6 June, a meeting on 7 June', { follow_up_nudged: '2024-06-06' }, '2024-06-07', true],
    ['follow_up_done on 8 June, a meeting on 7 June', { follow_up_done: '2024-06-08' }, '2024-06-07', false],
    ['follow_up_done on 8 June, a meeting on 9 June', { follow_up_done: '2024-06-08' }, '2024-06-09', true],
    [
      'the latest of all three (done 10 June), a meeting on 9 June',
      { follow_up_nudged: '2024-06-06', follow_up_done: '2024-06-10' },
      '2024-06-09',
      false,
    ],
    ['the meeting date, a meeting after today', {}, '2024-06-13', false],
    ['the meeting date, a meeting today', {}, '2024-06-12', true],
  ])('baseline %s', (_what, fields, meetingDate, contacted) => {
    const item = itemAt([JANE, followUp(fields), note(`Meetings/${meetingDate} Lunch.md`, { attendees: '[[Jane Doe]]' })]);
    expect(item.flags.includes('contacted')).toBe(contacted);
    expect(item.contact).toEqual(contacted ? { date: meetingDate, path: `Meetings/${meetingDate} Lunch.md` } : null);
  });
});

describe('contacted: the kinds of evidence', () => {
  it.each<[string, NoteRecord[], { date: string; path: string | null } | null]>([
    [
      'a meeting note naming them in a people field',
      [JANE, followUp(), note('Meetings/2024-06-11 Lunch.md', { people: ['[[Jane Doe]]', '[[Sam Lee]]'] })],
      { date: '2024-06-11', path: 'Meetings/2024-06-11 Lunch.md' },
    ],
    [
      'a meeting note dated by its date field',
      [JANE, followUp(), note('Meetings/Lunch.md', { date: '2024-06-10', with: '[[Jane Doe]]' })],
      { date: '2024-06-10', path: 'Meetings/Lunch.md' },
    ],
    [
      'their last_contact (path null)',
      [note('People/Jane Doe.md', { last_contact: '2024-06-09' }), followUp()],
      { date: '2024-06-09', path: null },
    ],
    [
      'a follow_up_done on another note that follows up with them',
      [JANE, followUp(), note('Deals/Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-06-08' })],
      { date: '2024-06-08', path: 'Deals/Renewal.md' },
    ],
    [
      'a dated note naming them outside a people field: none',
      [JANE, followUp(), note('Notes/2024-06-11 Idea.md', { related: '[[Jane Doe]]' })],
      null,
    ],
    ['a daily note with a date but nobody in it: none', [JANE, followUp(), note('Daily/2024-06-11.md', { mood: 'good' })], null],
    ['their last_contact before the baseline: none', [note('People/Jane Doe.md', { last_contact: '2024-06-02' }), followUp()], null],
    ['their last_contact after today: none', [note('People/Jane Doe.md', { last_contact: '2024-06-20' }), followUp()], null],
    [
      'a follow_up_done after today: none',
      [JANE, followUp(), note('Deals/Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-06-13' })],
      null,
    ],
    ['a meeting with someone else: none', [JANE, followUp(), note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Sam Lee]]' })], null],
  ])('%s', (_what, records, contact) => {
    const item = itemAt(records);
    expect(item.contact).toEqual(contact);
    expect(item.flags.includes('contacted')).toBe(contact !== null);
  });

  it('counts any of the item’s people', () => {
    const item = itemAt([
      JANE,
      note(ITEM_PATH, { attendees: ['[[Jane Doe]]', '[[Sam Lee]]'], follow_up: '2024-06-14' }),
      note('Meetings/2024-06-07 Coffee.md', { attendees: '[[Sam Lee]]' }),
    ]);
    expect(item.contact).toEqual({ date: '2024-06-07', path: 'Meetings/2024-06-07 Coffee.md' });
  });

  it('does not count the item’s own follow_up_done as contact since', () => {
    const item = itemAt(
      [JANE, note('Deals/Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up: '2024-06-14', follow_up_done: '2024-06-05' })],
      'Deals/Renewal.md',
    );
    expect(item.contact).toBeNull();
  });
});

describe('contacted: newest wins', () => {
  it.each<[string, NoteRecord[], { date: string; path: string | null }]>([
    [
      'a meeting after a last_contact',
      [
        note('People/Jane Doe.md', { last_contact: '2024-06-05' }),
        followUp(),
        note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' }),
      ],
      { date: '2024-06-11', path: 'Meetings/2024-06-11 Lunch.md' },
    ],
    [
      'a last_contact after a meeting',
      [
        note('People/Jane Doe.md', { last_contact: '2024-06-11' }),
        followUp(),
        note('Meetings/2024-06-05 Lunch.md', { attendees: '[[Jane Doe]]' }),
      ],
      { date: '2024-06-11', path: null },
    ],
    [
      'a follow-up done after a meeting',
      [
        JANE,
        followUp(),
        note('Meetings/2024-06-05 Lunch.md', { attendees: '[[Jane Doe]]' }),
        note('Deals/Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-06-10' }),
      ],
      { date: '2024-06-10', path: 'Deals/Renewal.md' },
    ],
    [
      'the later of two meetings',
      [
        JANE,
        followUp(),
        note('Meetings/2024-06-05 Lunch.md', { attendees: '[[Jane Doe]]' }),
        note('Meetings/2024-06-09 Dinner.md', { attendees: '[[Jane Doe]]' }),
      ],
      { date: '2024-06-09', path: 'Meetings/2024-06-09 Dinner.md' },
    ],
    [
      'a meeting over a last_contact on the same day (it has a note to open)',
      [
        note('People/Jane Doe.md', { last_contact: '2024-06-11' }),
        followUp(),
        note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' }),
      ],
      { date: '2024-06-11', path: 'Meetings/2024-06-11 Lunch.md' },
    ],
  ])('%s', (_what, records, contact) => {
    expect(itemAt(records).contact).toEqual(contact);
  });
});

describe('contacted: never without a baseline, never for cadence or birthday items', () => {
  it('an item on a note without a meeting date, reminder or done has no baseline', () => {
    const item = itemAt(
      [
        note('People/Jane Doe.md', { last_contact: '2024-06-11' }),
        note('Deals/Renewal.md', { follow_up: '2024-06-14', follow_up_with: '[[Jane Doe]]' }),
      ],
      'Deals/Renewal.md',
    );
    expect(item.contact).toBeNull();
    expect(item.flags).not.toContain('contacted');
  });

  it.each([
    ['cadence', { follow_up_every: 'monthly', last_contact: '2024-05-01' }],
    ['birthday', { birthday: '06-20', last_contact: '2024-05-01' }],
  ])('a %s item', (source, fields) => {
    const items = indexRecords(
      [note('People/Jane Doe.md', fields), note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' })],
      settings,
    ).snapshot(TODAY).items;
    const item = items.find((candidate) => candidate.source === source);
    expect(item).toBeDefined();
    expect(item!.contact).toBeNull();
    expect(item!.flags).not.toContain('contacted');
  });
});

describe('contacted: incremental', () => {
  it('a new meeting note with Jane updates Jane’s open items at once, and its removal undoes it', () => {
    const index = new FollowUpIndex(settings);
    index.upsert(JANE);
    index.upsert(followUp());
    index.upsert(note('Deals/Renewal.md', { follow_up: '2024-06-20', follow_up_with: '[[Jane Doe]]', follow_up_nudged: '2024-06-04' }));
    expect(index.snapshot(TODAY).items.map((item) => item.contact)).toEqual([null, null]);

    expect(index.upsert(note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' }))).toBe(true);
    const contact = { date: '2024-06-11', path: 'Meetings/2024-06-11 Lunch.md' };
    expect(index.snapshot(TODAY).items.map((item) => [item.path, item.contact, item.flags.includes('contacted')])).toEqual([
      [ITEM_PATH, contact, true],
      ['Deals/Renewal.md', contact, true],
    ]);

    index.remove('Meetings/2024-06-11 Lunch.md');
    expect(index.snapshot(TODAY).items.map((item) => item.contact)).toEqual([null, null]);
  });
});

describe('away', () => {
  it.each([
    // [away_until, item due, away?]
    ['2024-06-20', '2024-06-14', '2024-06-20'],
    ['2024-06-14', '2024-06-14', '2024-06-14'],
    ['2024-06-13', '2024-06-14', null],
    [null, '2024-06-14', null],
  ])('away_until %s, due %s: away until %s', (awayUntil, due, expected) => {
    const item = itemAt(
      [
        note('People/Jane Doe.md', awayUntil === null ? {} : { away_until: awayUntil }),
        note('Deals/Renewal.md', { follow_up: due, follow_up_with: '[[Jane Doe]]' }),
      ],
      'Deals/Renewal.md',
    );
    expect(item.away_until).toBe(expected);
    expect(item.flags.includes('away')).toBe(expected !== null);
  });

  it('takes the latest away_until of the item’s people', () => {
    const item = itemAt(
      [
        note('People/Jane Doe.md', { away_until: '2024-06-20' }),
        note('People/Sam Lee.md', { away_until: '2024-06-25' }),
        note('People/Ana Ruiz.md', { away_until: '2024-06-01' }),
        note('Deals/Renewal.md', { follow_up: '2024-06-14', follow_up_with: ['[[Jane Doe]]', '[[Ana Ruiz]]', '[[Sam Lee]]'] }),
      ],
      'Deals/Renewal.md',
    );
    expect(item.away_until).toBe('2024-06-25');
  });

  it('reports an away_until that is not a date, naming the field', () => {
    const problems = indexRecords([note('People/Jane Doe.md', { away_until: 'next week' })], settings).snapshot(TODAY).problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'People/Jane Doe.md', field: 'away_until', value: 'next week' })]);
  });
});
