import { describe, expect, it } from 'vitest';
import { contactSince } from '../../src/core/contact-evidence';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const snapshotOf = (records: NoteRecord[]) => indexRecords(records, settings).snapshot(TODAY);

/** The `contact` of the item of `Deals/Offer.md`, written with `fields`, among the other notes. */
function contactOfOffer(fields: Record<string, unknown>, others: NoteRecord[]) {
  const snapshot = snapshotOf([...others, note('Deals/Offer.md', { follow_up: '2024-06-20', follow_up_with: '[[Jane]]', ...fields })]);
  const item = snapshot.items.find((candidate) => candidate.path === 'Deals/Offer.md')!;
  expect(item.flags.includes('contacted')).toBe(item.contact !== null);
  return item.contact;
}

describe("an item's baseline for contact since", () => {
  const jane = (lastContact: string) => note('People/Jane.md', { last_contact: lastContact });

  it('is none on a note that says no meeting, reminder or follow-up done: no contact counts', () => {
    expect(contactOfOffer({}, [jane('2024-06-11')])).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['its last reminder', { follow_up_nudged: '2024-06-05' }],
    ['its last follow-up done', { follow_up_done: '2024-06-05' }],
    ['the latest of its reminder and follow-up done', { follow_up_nudged: '2024-06-01', follow_up_done: '2024-06-05' }],
    ['the latest of its follow-up done and reminder', { follow_up_nudged: '2024-06-05', follow_up_done: '2024-06-01' }],
    ['the latest of its meeting date and reminder', { date: '2024-06-01', attendees: '[[Jane]]', follow_up_nudged: '2024-06-05' }],
    ['its meeting date, the latest', { date: '2024-06-05', attendees: '[[Jane]]', follow_up_nudged: '2024-06-01' }],
  ])('is %s: a contact on that day is none since, the day after is', (_what, fields) => {
    expect(contactOfOffer(fields, [jane('2024-06-05')])).toBeNull();
    expect(contactOfOffer(fields, [jane('2024-06-06')])).toEqual({ date: '2024-06-06', path: null });
  });

  it('takes a dated note as a meeting only when it is one', () => {
    // A plain name with no person note of it names no person: the note is no meeting, and has no baseline.
    expect(contactOfOffer({ date: '2024-06-05', attendees: 'Garlic' }, [jane('2024-06-06')])).toBeNull();
    expect(contactOfOffer({ date: '2024-06-05', attendees: '[[Garlic]]' }, [jane('2024-06-06')])).toEqual({
      date: '2024-06-06',
      path: null,
    });
  });
});

describe('the contact since an item was last followed up', () => {
  it('counts a contact up to today, and none after today', () => {
    const fields = { follow_up_nudged: '2024-06-01' };
    expect(contactOfOffer(fields, [note('People/Jane.md', { last_contact: TODAY })])).toEqual({ date: TODAY, path: null });
    expect(contactOfOffer(fields, [note('People/Jane.md', { last_contact: '2024-06-13' })])).toBeNull();
  });

  // Each case in both orders of the people, so that no answer is the first or last one considered.
  const people = [
    ['Ann', 'Bo'],
    ['Bo', 'Ann'],
  ];

  it.each(people)('is the newest contact with any of its people (%s first)', (first, second) => {
    const snapshot = snapshotOf([
      note('People/Ann.md', { last_contact: '2024-06-08' }),
      note('Meetings/2024-06-10 Call.md', { attendees: '[[Bo]]' }),
      note('Deals/Old.md', { follow_up_with: '[[Ann]]', follow_up_done: '2024-06-09' }),
    ]);
    expect(contactSince([first, second], '2024-06-01', 'Deals/Offer.md', snapshot.people, TODAY)).toEqual({
      date: '2024-06-10',
      path: 'Meetings/2024-06-10 Call.md',
      person: 'Bo',
      kind: 'meeting',
    });
  });

  it.each(people)('on one day, prefers a meeting to a follow-up done, and both to a last contact (%s first)', (first, second) => {
    const since = (records: NoteRecord[]) =>
      contactSince([first, second], '2024-06-01', 'Deals/Offer.md', snapshotOf(records).people, TODAY);
    const annLastContact = note('People/Ann.md', { last_contact: '2024-06-10' });
    const boMeeting = note('Meetings/2024-06-10 Call.md', { attendees: '[[Bo]]' });
    const boDone = note('Deals/Old.md', { follow_up_with: '[[Bo]]', follow_up_done: '2024-06-10' });
    const annDone = note('Deals/Old.md', { follow_up_with: '[[Ann]]', follow_up_done: '2024-06-10' });
    expect(since([annLastContact, boMeeting])).toMatchObject({ person: 'Bo', kind: 'meeting' });
    expect(since([annLastContact, boDone])).toMatchObject({ person: 'Bo', kind: 'follow-up', path: 'Deals/Old.md' });
    expect(since([annDone, boMeeting])).toMatchObject({ person: 'Bo', kind: 'meeting' });
  });

  it.each(people)('on one day and of one kind, takes the note first by path (%s first)', (first, second) => {
    const snapshot = snapshotOf([
      note('Meetings/2024-06-10 b.md', { attendees: '[[Ann]]' }),
      note('Meetings/2024-06-10 a.md', { attendees: '[[Bo]]' }),
    ]);
    expect(contactSince([first, second], '2024-06-01', 'Deals/Offer.md', snapshot.people, TODAY)).toMatchObject({
      person: 'Bo',
      path: 'Meetings/2024-06-10 a.md',
    });
  });

  it('between two last contacts on one day, takes the first person', () => {
    const snapshot = snapshotOf([
      note('People/Ann.md', { last_contact: '2024-06-10' }),
      note('People/Bo.md', { last_contact: '2024-06-10' }),
    ]);
    expect(contactSince(['Bo', 'Ann'], '2024-06-01', 'x.md', snapshot.people, TODAY)).toMatchObject({ person: 'Bo', path: null });
    expect(contactSince(['Ann', 'Bo'], '2024-06-01', 'x.md', snapshot.people, TODAY)).toMatchObject({ person: 'Ann', path: null });
  });

  it("does not count a follow-up done on the item's own note", () => {
    const snapshot = snapshotOf([note('Deals/Offer.md', { follow_up_with: '[[Ann]]', follow_up_done: '2024-06-10' })]);
    expect(contactSince(['Ann'], '2024-06-01', 'Deals/Offer.md', snapshot.people, TODAY)).toBeNull();
    expect(contactSince(['Ann'], '2024-06-01', 'Deals/Other.md', snapshot.people, TODAY)).toMatchObject({ kind: 'follow-up' });
  });
});
