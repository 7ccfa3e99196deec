import { describe, expect, it } from 'vitest';
import { describeFlags } from '../../src/core/flag-words';
import { indexRecords } from '../../src/core/follow-up-index';
import { awayWords, birthdayWords, contactQuestion, dayInWords, remindersWords } from '../../src/core/item-words';
import type { NoteRecord } from '../../src/core/note-record';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const snapshotOf = (records: NoteRecord[], today = TODAY) => indexRecords(records, settings).snapshot(today);
const ITEM = note('Meetings/2024-06-03 Intro.md', { attendees: '[[Jane Doe]]', follow_up: '2024-06-14', follow_up_channel: 'email' });

describe('dates in words', () => {
  it.each([
    ['2024-06-11', '11 June'],
    ['2024-01-01', '1 January'],
    ['2023-12-31', '31 December 2023'],
    ['2025-02-28', '28 February 2025'],
  ])('%s is %s on 2024-06-12', (date, words) => {
    expect(dayInWords(date, TODAY)).toBe(words);
  });
});

describe('the question of a contacted item', () => {
  it.each<[string, NoteRecord[], string | null]>([
    [
      'a meeting',
      [note('People/Jane Doe.md', {}), ITEM, note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' })],
      'You met Jane Doe on 11 June (Lunch) — done?',
    ],
    [
      'a meeting note without a date in its name',
      [note('People/Jane Doe.md', {}), ITEM, note('Meetings/Offsite.md', { date: '2024-06-10', people: '[[Jane Doe]]' })],
      'You met Jane Doe on 10 June (Offsite) — done?',
    ],
    [
      'a follow-up done on another note',
      [note('People/Jane Doe.md', {}), ITEM, note('Deals/Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-06-08' })],
      'You followed up with Jane Doe on 8 June (Renewal) — done?',
    ],
    [
      'their last_contact',
      [note('People/Jane Doe.md', { last_contact: '2024-06-09' }), ITEM],
      'You were in touch with Jane Doe on 9 June — done?',
    ],
    [
      'a meeting named with a dash after its date',
      [note('People/Jane Doe.md', {}), ITEM, note('Meetings/2024-06-11 - Lunch.md', { attendees: '[[Jane Doe]]' })],
      'You met Jane Doe on 11 June (Lunch) — done?',
    ],
    [
      'a meeting named by its date alone',
      [note('People/Jane Doe.md', {}), ITEM, note('Daily/2024-06-11.md', { attendees: '[[Jane Doe]]' })],
      'You met Jane Doe on 11 June (2024-06-11) — done?',
    ],
    [
      'a meeting with a date later in its name',
      [note('People/Jane Doe.md', {}), ITEM, note('Meetings/Offsite 2024-06-10.md', { date: '2024-06-10', people: '[[Jane Doe]]' })],
      'You met Jane Doe on 10 June (Offsite 2024-06-10) — done?',
    ],
    [
      'a follow-up done on a note named with its date',
      [
        note('People/Jane Doe.md', {}),
        ITEM,
        note('Deals/2024-06-08_Renewal.md', { follow_up_with: '[[Jane Doe]]', follow_up_done: '2024-06-08' }),
      ],
      'You followed up with Jane Doe on 8 June (Renewal) — done?',
    ],
    [
      'a meeting whose name ends in a space',
      [note('People/Jane Doe.md', {}), ITEM, note('Meetings/2024-06-11 Lunch .md', { attendees: '[[Jane Doe]]' })],
      'You met Jane Doe on 11 June (Lunch) — done?',
    ],
    ['no contact since', [note('People/Jane Doe.md', {}), ITEM], null],
  ])('%s', (_what, records, question) => {
    const snapshot = snapshotOf(records);
    const item = snapshot.items.find((candidate) => candidate.path === ITEM.path)!;
    expect(contactQuestion(item, snapshot)).toBe(question);
    expect(describeFlags(item, snapshot, settings).includes(question ?? '')).toBe(question !== null);
  });
});

describe('away, reminders and birthdays in words', () => {
  it('says until when a person is away', () => {
    const snapshot = snapshotOf([note('People/Jane Doe.md', { away_until: '2024-06-20' }), ITEM]);
    const item = snapshot.items[0]!;
    expect(awayWords(item, TODAY)).toBe('away until 20 June');
    expect(describeFlags(item, snapshot, settings)).toContain('away until 20 June');
  });

  it.each<[Record<string, unknown>, number, string | null, string | null]>([
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 2, 'email', '2 reminders sent by email — try phone'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 1, 'phone', '1 reminder sent by phone — try email'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 1, 'text', '1 reminder sent by text — try email'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 3, 'call', '3 reminders sent by call — try email'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 1, 'sms', '1 reminder sent by sms — try email'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 1, 'linkedin', '1 reminder sent'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 1, null, '1 reminder sent'],
    [{ email: 'jane@example.com' }, 2, 'email', '2 reminders sent'],
    [{ phone: '+1 555 0100' }, 2, 'phone', '2 reminders sent'],
    [{ email: 'jane@example.com', phone: '+1 555 0100' }, 0, 'email', null],
  ])('contact %j, %i reminders by %s: %s', (contact, attempts, channel, words) => {
    const records = [
      note('People/Jane Doe.md', contact),
      note('Deals/Offer.md', {
        follow_up: '2024-06-14',
        follow_up_with: '[[Jane Doe]]',
        follow_up_attempts: attempts,
        follow_up_channel: channel,
      }),
    ];
    const snapshot = snapshotOf(records);
    expect(
      remindersWords(
        snapshot.items.find((item) => item.source === 'note')!,
        snapshot,
      ),
    ).toBe(words);
  });

  it('suggests no other channel for a person without a note', () => {
    const snapshot = snapshotOf([
      note('Deals/Offer.md', {
        follow_up: '2024-06-14',
        follow_up_with: '[[Jane Doe]]',
        follow_up_attempts: 1,
        follow_up_channel: 'email',
      }),
    ]);
    expect(remindersWords(snapshot.items[0]!, snapshot)).toBe('1 reminder sent');
  });

  it('suggests the other channel when any one of the people can be reached both ways', () => {
    const snapshot = snapshotOf([
      note('People/Jane Doe.md', { email: 'jane@example.com' }),
      note('People/Sam Lee.md', { email: 'sam@example.com', phone: '+1 555 0101' }),
      note('Deals/Offer.md', {
        follow_up: '2024-06-14',
        follow_up_with: ['[[Jane Doe]]', '[[Sam Lee]]'],
        follow_up_attempts: 1,
        follow_up_channel: 'email',
      }),
    ]);
    const item = snapshot.items.find((candidate) => candidate.source === 'note')!;
    expect(remindersWords(item, snapshot)).toBe('1 reminder sent by email — try phone');
    expect(birthdayWords(item, snapshot)).toBeNull();
  });

  it.each([
    ['1990-06-14', 'birthday on 14 June, turns 34'],
    ['06-14', 'birthday on 14 June'],
    ['1990-06-12', 'birthday today, turns 34'],
    ['1990-01-02', 'birthday on 2 January 2025, turns 35'],
  ])('born %s: %s', (birthday, words) => {
    const snapshot = snapshotOf([note('People/Jane Doe.md', { birthday })]);
    expect(birthdayWords(snapshot.items[0]!, snapshot)).toBe(words);
  });
});

describe('the weekly review', () => {
  const records = [
    note('People/Jane Doe.md', { birthday: '1990-06-14' }),
    note('People/Sam Lee.md', { birthday: '07-30' }),
    ITEM,
    note('Meetings/2024-06-11 Lunch.md', { attendees: '[[Jane Doe]]' }),
  ];
  // Built in each test, neither while the tests are collected nor in a hook, so that a mutation run
  // sees the mutant and counts the test as covering it.
  const reviewOf = () => buildReview(snapshotOf(records), settings);

  it('asks about each follow-up that may be done', () => {
    const model = reviewOf();
    expect(model.maybeDone.map((entry) => [entry.item.path, entry.question])).toEqual([
      [ITEM.path, 'You met Jane Doe on 11 June (Lunch) — done?'],
    ]);
  });

  it('lists the birthdays of the coming week, and never counts them as open follow-ups', () => {
    const model = reviewOf();
    expect(model.birthdays.map((entry) => [entry.item.people, entry.words])).toEqual([[['Jane Doe'], 'birthday on 14 June, turns 34']]);
    expect(model.summary.open).toBe(1);
  });
});
