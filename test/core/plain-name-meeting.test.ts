import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import type { NoteRecord } from '../../src/core/note-record';
import { buildPeopleView } from '../../src/core/people-view';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';

// SPEC §4: a person is a linked note's name "or the plain text of an unlinked name". A plain name
// counts when a person note (§10) of that name exists; `with: garlic` next to a date stays a recipe.
const TODAY = '2024-06-12';
const settings = settingsWith();
const JANE = note('People/Jane Doe.md', { email: 'jane@example.com' });
const MEETING = note('Meetings/2024-06-10 Lunch.md', { attendees: ['Jane Doe'] });
/** Followed up on 3 June, due on the 14th: a meeting with Jane since then is contact. */
const OPEN = note('Notes/Proposal.md', { follow_up: '2024-06-14', follow_up_with: 'Jane Doe', follow_up_done: '2024-06-03' });

function snapshotOf(records: readonly NoteRecord[]): IndexSnapshot {
  return indexRecords(records, settings).snapshot(TODAY);
}

function meetingSeen(snapshot: IndexSnapshot, name: string, path: string) {
  const open = snapshot.items.find((item) => item.path === OPEN.path);
  const view = buildPeopleView(snapshot).find((person) => person.name === name);
  const review = buildReview(snapshot, settings);
  return {
    last: snapshot.people.lastMeetingNote(name),
    lastContact: snapshot.people.person(name).lastContact,
    contact: open?.contact ?? null,
    history: view?.history.filter((entry) => entry.kind === 'meeting').map((entry) => entry.path) ?? [],
    inReview: review.meetingsWithoutFollowUp.some((meeting) => meeting.path === path),
  };
}

describe('a meeting with a person named in plain text', () => {
  it('counts when a note in the people folder has that name', () => {
    expect(meetingSeen(snapshotOf([JANE, MEETING, OPEN]), 'Jane Doe', MEETING.path)).toEqual({
      last: { date: '2024-06-10', path: MEETING.path },
      lastContact: '2024-06-10',
      contact: { date: '2024-06-10', path: MEETING.path },
      history: [MEETING.path],
      inReview: false, // the open follow-up with Jane follows it up
    });
    expect(meetingSeen(snapshotOf([JANE, MEETING]), 'Jane Doe', MEETING.path).inReview).toBe(true);
  });

  it('counts when the person note is marked by a tag or a category elsewhere (§10)', () => {
    for (const person of [
      note('References/Jane Doe.md', { tags: ['person'], email: 'jane@example.com' }),
      note('References/Jane Doe.md', { categories: ['[[People]]'], email: 'jane@example.com' }),
    ])
      expect(snapshotOf([person, MEETING]).people.lastMeetingNote('Jane Doe')).toEqual({ date: '2024-06-10', path: MEETING.path });
  });

  it('counts when the note of that name is linked from a people field elsewhere (§10)', () => {
    const plain = note('References/Jane Doe.md', { email: 'jane@example.com' });
    const linking = note('Meetings/2024-05-01 Intro.md', { attendees: ['[[Jane Doe]]'] });
    expect(snapshotOf([plain, MEETING]).people.lastMeetingNote('Jane Doe')).toBeNull();
    expect(snapshotOf([plain, linking, MEETING]).people.lastMeetingNote('Jane Doe')).toEqual({ date: '2024-06-10', path: MEETING.path });
  });

  it('gives a follow-up on the meeting note its meeting date as the baseline for contact since', () => {
    const lunch = note('Meetings/2024-06-05 Lunch.md', { attendees: 'Jane Doe', follow_up: '2024-06-14' });
    const later = note('Meetings/2024-06-07 Call.md', { attendees: 'Jane Doe' });
    const item = snapshotOf([JANE, lunch, later]).items.find((each) => each.path === lunch.path);
    expect(item?.flags).toContain('contacted');
    expect(item?.contact).toEqual({ date: '2024-06-07', path: later.path });
  });

  it('does not count a plain word with no note of that name: "with: garlic" next to a date', () => {
    const recipe = note('Recipes/2024-06-10 Soup.md', { date: '2024-06-10', with: 'garlic' });
    const snapshot = snapshotOf([recipe]);
    expect(snapshot.people.lastMeetingNote('garlic')).toBeNull();
    expect(buildPeopleView(snapshot).flatMap((person) => person.history)).toEqual([]);
    expect(buildReview(snapshot, settings).meetingsWithoutFollowUp).toEqual([]);
  });

  it('does not count a plain name whose note is not a person note: a project called "Garlic"', () => {
    const project = note('Projects/Garlic.md', { email: 'farm@example.com' });
    const recipe = note('Recipes/2024-06-10 Soup.md', { date: '2024-06-10', with: 'Garlic' });
    const snapshot = snapshotOf([project, recipe]);
    expect(snapshot.people.lastMeetingNote('Garlic')).toBeNull();
    expect(buildPeopleView(snapshot).flatMap((person) => person.history)).toEqual([]);
    expect(buildReview(snapshot, settings).meetingsWithoutFollowUp).toEqual([]);
  });

  it('counts only the named people who are persons, beside a plain word', () => {
    const mixed = note('Meetings/2024-06-10 Lunch.md', { attendees: ['Jane Doe', 'garlic'] });
    const snapshot = snapshotOf([JANE, mixed]);
    expect(snapshot.people.lastMeetingNote('Jane Doe')?.path).toBe(mixed.path);
    expect(snapshot.people.lastMeetingNote('garlic')).toBeNull();
    expect(buildPeopleView(snapshot).find((person) => person.name === 'garlic')?.history ?? []).toEqual([]);
  });
});
