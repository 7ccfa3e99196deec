import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../src/core/local-date';
import { readNoteFacts, type NoteFacts } from '../../src/core/note-facts';
import {
  followUpPeople,
  meetingDateOf,
  meetingPeople,
  namesTouched,
  PeopleDirectory,
  personEntry,
  sameEntry,
  type PersonEntry,
} from '../../src/core/people-directory';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const facts = (path: string, frontmatter: Record<string, unknown> = {}): NoteFacts => readNoteFacts(note(path, frontmatter), settings);

/** The entry of a person (by `personKey`) from the notes that touch the name, as the index gathers them. */
function entryOf(name: string, notes: NoteFacts[], today: LocalDate = TODAY): PersonEntry | null {
  return personEntry(
    name,
    notes.filter((each) => namesTouched(each).includes(name)),
    today,
  );
}

/** The directory of these notes, as the index builds it. */
function directoryOf(notes: NoteFacts[], today: LocalDate = TODAY): PeopleDirectory {
  const entries = new Map<string, PersonEntry>();
  for (const name of new Set(notes.flatMap(namesTouched))) {
    const entry = entryOf(name, notes, today);
    if (entry !== null) entries.set(name, entry);
  }
  return new PeopleDirectory(entries);
}

describe('the people a note follows up with', () => {
  it('are its follow-up field, else its people fields, else the person of a contact note, else none', () => {
    const both = facts('Deals/Acme.md', { follow_up_with: 'Ana', people: ['Sam'] });
    expect(followUpPeople(both, true)).toEqual(['Ana']);
    expect(followUpPeople(facts('Deals/Acme.md', { people: ['Sam'] }), true)).toEqual(['Sam']);
    expect(followUpPeople(facts('People/Ana.md'), true)).toEqual(['Ana']);
    expect(followUpPeople(facts('People/Ana.md'), false)).toEqual([]);
  });
});

describe('the names a note touches', () => {
  it('are its own title, then the people it names, each once, by key', () => {
    expect(namesTouched(facts('Notes/Ana.md'))).toEqual(['ana']);
    expect(namesTouched(facts('Notes/Ana.md', { follow_up_with: 'Sam' }))).toEqual(['ana', 'sam']);
    expect(namesTouched(facts('Notes/Ana.md', { people: ['Sam'] }))).toEqual(['ana', 'sam']);
    expect(namesTouched(facts('Notes/Ana.md', { follow_up_with: ['ANA', 'Kai'], people: ['[[Sam]]', 'kai'] }))).toEqual([
      'ana',
      'kai',
      'sam',
    ]);
  });
});

describe("a person's entry", () => {
  it('is none for a lone note that is no person note and names nobody', () => {
    expect(entryOf('ana', [facts('Notes/Ana.md', { follow_up_done: '2024-06-01' })])).toBeNull();
  });

  it('is their person note, alone, naming nobody', () => {
    const ana = facts('People/Ana.md');
    expect(entryOf('ana', [ana])).toEqual({ contact: ana, contacts: [ana], isPerson: true, meeting: null, followUpsDone: [] });
  });

  it('holds a follow-up done on a lone note that names them, and none done after today', () => {
    const deal = facts('Deals/Acme.md', { follow_up_with: 'Ana', follow_up_done: TODAY });
    expect(entryOf('ana', [deal])).toEqual({
      contact: null,
      contacts: [],
      isPerson: false,
      meeting: null,
      followUpsDone: [{ date: TODAY, path: 'Deals/Acme.md' }],
    });
    expect(entryOf('ana', [facts('Deals/Acme.md', { follow_up_with: 'Ana', follow_up_done: '2024-06-13' })])).toBeNull();
  });

  it('holds a follow-up done on their own contact note', () => {
    const ana = facts('People/Ana.md', { follow_up_done: '2024-06-01' });
    expect(entryOf('ana', [ana])?.followUpsDone).toEqual([{ date: '2024-06-01', path: 'People/Ana.md' }]);
    expect(entryOf('ana', [facts('Notes/Ana.md', { people: ['Sam'], follow_up_done: '2024-06-01' })])).toBeNull();
  });

  it('holds a meeting on a lone note that links them, up to today and not after', () => {
    const meeting = facts('Meetings/Call.md', { date: TODAY, people: ['[[Ana]]'] });
    expect(entryOf('ana', [meeting])?.meeting).toEqual({ date: TODAY, path: 'Meetings/Call.md' });
    expect(entryOf('ana', [facts('Meetings/Call.md', { date: '2024-06-13', people: ['[[Ana]]'] })])).toBeNull();
    expect(entryOf('ana', [facts('Meetings/Call.md', { people: ['[[Ana]]'] })])).toBeNull();
  });

  it('holds a meeting that names them plain only when the name is a person', () => {
    const meeting = facts('Meetings/Call.md', { date: '2024-06-10', people: ['Ana'] });
    expect(entryOf('ana', [meeting])).toBeNull();
    const withNote = entryOf('ana', [meeting, facts('People/Ana.md')]);
    expect(withNote?.meeting).toEqual({ date: '2024-06-10', path: 'Meetings/Call.md' });
    expect(withNote?.isPerson).toBe(true);
  });

  it('takes the latest meeting, and on one day the first path, whatever the order of the notes', () => {
    const notes = [
      facts('Meetings/b.md', { date: '2024-06-10', people: ['[[Ana]]'] }),
      facts('Meetings/c.md', { date: '2024-06-11', people: ['[[Ana]]'] }),
      facts('Meetings/a.md', { date: '2024-06-11', people: ['[[Ana]]'] }),
      facts('Meetings/0.md', { date: '2024-06-09', people: ['[[Ana]]'] }),
    ];
    for (const order of [notes, [...notes].reverse()]) {
      expect(entryOf('ana', order)?.meeting).toEqual({ date: '2024-06-11', path: 'Meetings/a.md' });
    }
  });

  it('keeps the two latest follow-ups done, on two notes, whatever the order of the notes', () => {
    const done = (path: string, date: string) => facts(path, { follow_up_with: 'Ana', follow_up_done: date });
    const notes = [
      done('Deals/d.md', '2024-06-01'),
      done('Deals/b.md', '2024-06-10'),
      done('Deals/c.md', '2024-06-05'),
      done('Deals/a.md', '2024-06-10'),
      done('Deals/e.md', '2024-06-13'),
    ];
    for (const order of [notes, [...notes].reverse(), [notes[2], notes[0], notes[1], notes[3], notes[4]] as NoteFacts[]]) {
      expect(entryOf('ana', order)?.followUpsDone).toEqual([
        { date: '2024-06-10', path: 'Deals/a.md' },
        { date: '2024-06-10', path: 'Deals/b.md' },
      ]);
    }
    const three = [done('Deals/x.md', '2024-06-01'), done('Deals/y.md', '2024-06-03'), done('Deals/z.md', '2024-06-02')];
    expect(entryOf('ana', three)?.followUpsDone).toEqual([
      { date: '2024-06-03', path: 'Deals/y.md' },
      { date: '2024-06-02', path: 'Deals/z.md' },
    ]);
  });

  it('counts a meeting or a follow-up done only for the people it names', () => {
    const notes = [
      facts('Meetings/Call.md', { date: '2024-06-10', people: ['[[Sam]]', 'Ana'] }),
      facts('Deals/Acme.md', { follow_up_with: 'Sam', people: ['Ana'], follow_up_done: '2024-06-10' }),
      facts('People/Ana.md'),
    ];
    expect(entryOf('ana', notes)).toMatchObject({ meeting: { date: '2024-06-10', path: 'Meetings/Call.md' }, followUpsDone: [] });
  });
});

describe('the contact note of a person', () => {
  it('is a note of their name once a people field names them, else only a person note', () => {
    const kai = facts('Projects/Kai.md');
    expect(entryOf('kai', [kai])).toBeNull();
    const named = entryOf('kai', [kai, facts('Deals/Acme.md', { follow_up_with: 'kai' })]);
    expect(named).toMatchObject({ contact: kai, isPerson: false });
    const linked = entryOf('kai', [kai, facts('Meetings/Lunch.md', { people: ['[[Kai]]'] })]);
    expect(linked).toMatchObject({ contact: kai, isPerson: true });
  });

  it('is not a note of another name', () => {
    const entry = entryOf('kai', [
      facts('People/Kai Lee.md', { follow_up_with: 'Kai' }),
      facts('Deals/Acme.md', { follow_up_with: 'Kai' }),
    ]);
    expect(entry).toBeNull();
  });

  it.each([
    ['the one in the people folder', 'People/Zed/Ana.md', 'Archive/Ana.md', { tags: ['person'] }],
    ['a person note', 'Archive/Long/Ana.md', 'Work/Ana.md', {}],
    ['the shorter path', 'B/Ana.md', 'Archive/Ana.md', { tags: ['person'] }],
    ['the first path of one length', 'A/Ana.md', 'B/Ana.md', { tags: ['person'] }],
  ])('is, between two of one name, %s', (_name, winner, loser, loserFrontmatter) => {
    const first = facts(winner, { tags: ['person'] });
    const second = facts(loser, loserFrontmatter);
    const named = facts('Deals/Acme.md', { follow_up_with: 'Ana' });
    for (const notes of [
      [first, second, named],
      [second, first, named],
    ]) {
      expect(entryOf('ana', notes)?.contacts).toEqual([first, second]);
      expect(directoryOf(notes).contactOf('Ana')).toBe(first);
    }
  });

  it('is, for a link spelt as one of the notes is, that note; else the preferred one', () => {
    const jane = facts('People/Jane.md');
    const shouting = facts('Archive/JANE.md', { tags: ['person'] });
    const decomposed = facts('People/Jose\u0301.md');
    const composed = facts('Archive/JOSÉ.md', { tags: ['person'] });
    const directory = directoryOf([jane, shouting, decomposed, composed]);
    expect(directory.contactOf('JANE')).toBe(shouting);
    expect(directory.contactOf('Jane')).toBe(jane);
    expect(directory.contactOf('jane')).toBe(jane);
    expect(directory.contactOf('José')).toBe(decomposed);
    expect(directory.contactOf('JOSE\u0301')).toBe(composed);
    expect(directory.contactOf('Nobody')).toBeNull();
    expect([...directory.contactNotes()].map((each) => each.path).sort()).toEqual([
      'Archive/JANE.md',
      'Archive/JOSÉ.md',
      'People/Jane.md',
      'People/Jose\u0301.md',
    ]);
    expect(directory.isContactNote(shouting)).toBe(true);
    expect(directory.isContactNote(facts('Archive/JANE.md', { tags: ['person'] }))).toBe(false);
  });

  it('is not listed twice, nor a note no spelling finds', () => {
    const ana = facts('People/Ana.md');
    const other = facts('Archive/ana.md', { tags: ['person'] });
    const third = facts('Old/ana.md', { tags: ['person'] });
    expect([...directoryOf([ana, other, third]).contactNotes()]).toEqual([ana, third]);
  });
});

describe('what the directory says about a person', () => {
  it('answers by any spelling, and nothing for a name it does not know', () => {
    const directory = directoryOf([
      facts('People/Ana.md', { last_contact: '2024-05-01' }),
      facts('Meetings/Call.md', { date: '2024-06-03', people: ['[[Ana]]'] }),
      facts('Deals/a.md', { follow_up_with: 'ANA', follow_up_done: '2024-06-05' }),
      facts('Deals/b.md', { follow_up_with: 'ana', follow_up_done: '2024-06-04' }),
    ]);
    expect(directory.isPerson('aNA')).toBe(true);
    expect(directory.isPerson('Sam')).toBe(false);
    expect(directory.lastMeetingNote('ana')).toEqual({ date: '2024-06-03', path: 'Meetings/Call.md' });
    expect(directory.lastFollowUpDone('Ana')).toBe('2024-06-05');
    expect(directory.lastFollowUpDoneElsewhere('Ana', 'Deals/a.md')).toEqual({ date: '2024-06-04', path: 'Deals/b.md' });
    expect(directory.lastFollowUpDoneElsewhere('Ana', 'Deals/c.md')).toEqual({ date: '2024-06-05', path: 'Deals/a.md' });
    expect(directory.person('ANA')).toMatchObject({
      name: 'ANA',
      lastMeeting: '2024-06-03',
      lastFollowUpDone: '2024-06-05',
      lastContact: '2024-06-05',
    });
    expect(directory.person('ANA').contact?.path).toBe('People/Ana.md');
    expect(directory.lastMeetingNote('Sam')).toBeNull();
    expect(directory.lastFollowUpDone('Sam')).toBeNull();
    expect(directory.lastFollowUpDoneElsewhere('Sam', 'x.md')).toBeNull();
    expect(directory.person('Sam')).toEqual({ name: 'Sam', contact: null, lastMeeting: null, lastFollowUpDone: null, lastContact: null });
  });

  it('takes the last contact as the latest of the note, the meetings and the follow-ups done', () => {
    const person = (lastContact: string, meeting: string, done: string) =>
      directoryOf([
        facts('People/Ana.md', { last_contact: lastContact }),
        facts('Meetings/Call.md', { date: meeting, people: ['[[Ana]]'] }),
        facts('Deals/a.md', { follow_up_with: 'Ana', follow_up_done: done }),
      ]).person('Ana').lastContact;
    expect(person('2024-06-09', '2024-06-01', '2024-06-02')).toBe('2024-06-09');
    expect(person('2024-06-01', '2024-06-09', '2024-06-02')).toBe('2024-06-09');
    expect(person('2024-06-01', '2024-06-02', '2024-06-09')).toBe('2024-06-09');
  });
});

describe('the people a note is a meeting with (SPEC §4)', () => {
  it('are all it names when it links one, and a dated note only', () => {
    const directory = directoryOf([]);
    const linked = facts('Meetings/Call.md', { date: '2024-06-10', people: ['[[Ana]]', 'garlic'] });
    expect(meetingPeople(linked, directory)).toEqual(['Ana', 'garlic']);
    expect(meetingDateOf(linked, directory)).toBe('2024-06-10');
    const undated = facts('Meetings/Call.md', { people: ['[[Ana]]'] });
    expect(meetingPeople(undated, directory)).toEqual([]);
    expect(meetingDateOf(undated, directory)).toBeNull();
    expect(meetingPeople(facts('Meetings/2024-06-10.md'), directory)).toEqual([]);
  });

  it('are the plain names that are people, when it links none', () => {
    const plain = facts('Meetings/Call.md', { date: '2024-06-10', people: ['Ana', 'garlic'] });
    const directory = directoryOf([plain, facts('People/Ana.md')]);
    expect(meetingPeople(plain, directory)).toEqual(['Ana']);
    expect(meetingDateOf(plain, directory)).toBe('2024-06-10');
    const undated = facts('Notes/Call.md', { people: ['Ana'] });
    expect(meetingPeople(undated, directory)).toEqual([]);
    expect(meetingDateOf(undated, directory)).toBeNull();
    const none = facts('Meetings/Call.md', { date: '2024-06-10', people: ['garlic'] });
    expect(meetingPeople(none, directory)).toEqual([]);
    expect(meetingDateOf(none, directory)).toBeNull();
  });
});

describe('two entries that say the same', () => {
  const entry = (ana: NoteFacts): PersonEntry => ({
    contact: ana,
    contacts: [ana],
    isPerson: true,
    meeting: { date: '2024-06-10', path: 'Meetings/a.md' },
    followUpsDone: [{ date: '2024-06-05', path: 'Deals/a.md' }],
  });

  it('are the same, built apart', () => {
    const ana = facts('People/Ana.md');
    expect(sameEntry(entry(ana), entry(ana))).toBe(true);
    expect(sameEntry(null, null)).toBe(true);
    expect(sameEntry({ ...entry(ana), meeting: null }, { ...entry(ana), meeting: null })).toBe(true);
  });

  it.each([
    ['none', () => null],
    ['other contacts', (ana: NoteFacts) => ({ ...entry(ana), contacts: [facts('People/Ana.md')] })],
    ['more contacts', (ana: NoteFacts) => ({ ...entry(ana), contacts: [ana, ana] })],
    ['not a person', (ana: NoteFacts) => ({ ...entry(ana), isPerson: false })],
    ['no meeting', (ana: NoteFacts) => ({ ...entry(ana), meeting: null })],
    ['a meeting on another day', (ana: NoteFacts) => ({ ...entry(ana), meeting: { date: '2024-06-11', path: 'Meetings/a.md' } })],
    ['a meeting on another note', (ana: NoteFacts) => ({ ...entry(ana), meeting: { date: '2024-06-10', path: 'Meetings/b.md' } })],
    ['no follow-up done', (ana: NoteFacts) => ({ ...entry(ana), followUpsDone: [] })],
    ['another follow-up done', (ana: NoteFacts) => ({ ...entry(ana), followUpsDone: [{ date: '2024-06-05', path: 'Deals/b.md' }] })],
    [
      'one more follow-up done',
      (ana: NoteFacts) => ({ ...entry(ana), followUpsDone: [...entry(ana).followUpsDone, { date: '2024-06-01', path: 'Deals/c.md' }] }),
    ],
  ])('differ with %s', (_name, other: (ana: NoteFacts) => PersonEntry | null) => {
    const ana = facts('People/Ana.md');
    expect(sameEntry(entry(ana), other(ana))).toBe(false);
    expect(sameEntry(other(ana), entry(ana))).toBe(false);
  });
});
