import { maxDate, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';
import { personKey } from './people';

/** What the vault knows about one person, gathered across notes. */
export interface PersonRecord {
  readonly name: string;
  /** Their contact note, if there is one. */
  readonly contact: NoteFacts | null;
  /** Dates of meeting notes that name them in a people field, up to today. */
  readonly lastMeeting: LocalDate | null;
  /** The latest `follow_up_done` of notes that follow up with them, up to today. */
  readonly lastFollowUpDone: LocalDate | null;
  /** Latest of their `last_contact`, meetings and follow-ups done. */
  readonly lastContact: LocalDate | null;
}

/** The people a note follows up with: its follow-up field, else its people fields, else itself if it is a contact note. */
export function followUpPeople(facts: NoteFacts, isContact: boolean): readonly string[] {
  if (facts.with.length > 0) return facts.with;
  if (facts.people.length > 0) return facts.people;
  return isContact ? [facts.title] : [];
}

/**
 * Sets of the long name lists, made once per list. A note may name 80,000 people, and an entry is
 * made for each of them: a search of the list per name took half a minute (issue 15). The lists
 * are the facts' own, never changed, so a set made from one stays right; it goes with its list.
 */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const SHORT_LIST = 8;

/** Whether a list of names holds the person `key` (a `personKey`): the list's keys are worked out once. */
function holds(names: readonly string[], key: string): boolean {
  // Most lists name one to three people: a scan costs less than a set for them.
  if (names.length <= SHORT_LIST) return names.some((name) => personKey(name) === key);
  let set = nameSets.get(names);
  if (set === undefined) {
    set = new Set(names.map(personKey));
    nameSets.set(names, set);
  }
  return set.has(key);
}

/** A dated note about a person: a meeting, or a follow-up done. */
export interface DatedNote {
  readonly date: LocalDate;
  readonly path: string;
}

/**
 * What the notes that touch one name (see {@link namesTouched}) say about that person, for one day.
 *
 * A name is matched as Obsidian resolves a link, by `personKey` (no case, no Unicode form):
 * `[[jane]]` finds `People/Jane.md`, and meetings and follow-ups done count for the person however
 * they spell the name.
 */
export interface PersonEntry {
  /** The preferred contact note. */
  readonly contact: NoteFacts | null;
  /**
   * Every note that could be their contact note, the preferred first: names that differ only in
   * case or Unicode form each find their exact spelling first, as Obsidian does (`contactIn`).
   */
  readonly contacts: readonly NoteFacts[];
  /**
   * Whether the name written in plain text names a person (SPEC §4, §10): their contact note is a
   * person note by itself, or a people field elsewhere links it. `with: garlic` beside a recipe's
   * date, with no person note called Garlic, is no meeting.
   */
  readonly isPerson: boolean;
  /** The latest meeting note, up to today, that names them in a people field. */
  readonly meeting: DatedNote | null;
  /** The two latest follow-ups done with them, up to today, on two notes: `contacted` looks past the item's own note. */
  readonly followUpsDone: readonly DatedNote[];
}

/**
 * The people (by `personKey`) whose {@link PersonEntry} a note can change: its own title (it may be
 * that person's note) and every name in its follow-up and people fields. An entry depends on these
 * notes only, which is what lets a change to one note recompute only the people it touches.
 */
export function namesTouched(note: NoteFacts): readonly string[] {
  const title = personKey(note.title);
  if (note.with.length === 0 && note.people.length === 0) return [title];
  return [...new Set([title, ...note.with.map(personKey), ...note.people.map(personKey)])];
}

/**
 * The one rule for a person's entry, from the notes that touch the name; null when they say
 * nothing about that person. `name` is the name's `personKey`. A contact note is a person note by
 * itself (folder, tag, category: note-head/person.ts), or any note of that title once a people
 * field names it.
 */
export function personEntry(name: string, notes: readonly NoteFacts[], today: LocalDate): PersonEntry | null {
  // Most names are the title of one note that names nobody and is no person note: it says nothing.
  const only = notes.length === 1 ? notes[0] : undefined;
  if (only !== undefined && !only.isPersonNote && only.with.length === 0 && only.people.length === 0) return null;
  let named = false;
  let linked = false;
  for (const note of notes) {
    if (holds(note.with, name) || holds(note.people, name)) named = true;
    // A link names them too: once linked, nothing more to learn here.
    if (holds(note.linkedPeople, name)) {
      linked = true;
      break;
    }
  }
  const contacts: NoteFacts[] = [];
  for (const note of notes) if ((note.isPersonNote || named) && personKey(note.title) === name) contacts.push(note);
  if (contacts.length > 1) contacts.sort((x, y) => (prefer(x, y) ? -1 : 1));
  const contact = contacts[0] ?? null;
  // `prefer` puts a person note first: the contact is one if any candidate is.
  const isPerson = contact !== null && (contact.isPersonNote || linked);
  let meeting: DatedNote | null = null;
  let first: DatedNote | null = null;
  let second: DatedNote | null = null;
  for (const note of notes) {
    if (note.noteDate !== null && note.noteDate <= today && isMeetingWith(note, isPerson) && holds(note.people, name)) {
      const candidate = { date: note.noteDate, path: note.path };
      if (meeting === null || newer(candidate, meeting)) meeting = candidate;
    }
    if (note.done !== null && note.done <= today && holds(followUpPeople(note, contactIn(contacts, note.title) === note), name)) {
      const done = { date: note.done, path: note.path };
      if (first === null || newer(done, first)) [first, second] = [done, first];
      else if (second === null || newer(done, second)) second = done;
    }
  }
  if (contact === null && meeting === null && first === null) return null;
  return { contact, contacts, isPerson, meeting, followUpsDone: first === null ? [] : second === null ? [first] : [first, second] };
}

/**
 * The note `[[name]]` leads to among one person's candidate notes (the preferred first): the exact
 * spelling (to the byte, then in any Unicode form), else the preferred one.
 */
function contactIn(contacts: readonly NoteFacts[], name: string): NoteFacts | null {
  const spelling = name.normalize('NFC');
  return (
    contacts.find((note) => note.title === name) ?? contacts.find((note) => note.title.normalize('NFC') === spelling) ?? contacts[0] ?? null
  );
}

/**
 * SPEC §4: whether a dated note that names someone in a people field is a meeting with them. It
 * is when the note links a person (everyone it names met then), or when the name, written plain,
 * names a person (`PersonEntry.isPerson`). The one rule, for the entries and for every reader
 * (`meetingPeople`, `meetingDateOf`).
 */
function isMeetingWith(note: NoteFacts, nameIsPerson: boolean): boolean {
  return note.noteDate !== null && (note.linkedPeople.length > 0 || nameIsPerson);
}

/** The people of a note it is a meeting with (SPEC §4); none when it is no meeting note. */
export function meetingPeople(note: NoteFacts, people: PeopleDirectory): readonly string[] {
  if (note.noteDate === null || note.people.length === 0) return [];
  if (isMeetingWith(note, false)) return note.people;
  return note.people.filter((name) => people.isPerson(name));
}

/** A note's meeting date: its date when it is a meeting with someone (`meetingPeople`), else null. */
export function meetingDateOf(note: NoteFacts, people: PeopleDirectory): LocalDate | null {
  return meetingPeople(note, people).length > 0 ? note.noteDate : null;
}

/** Whether two entries say the same: then nothing that reads the person can change. */
export function sameEntry(a: PersonEntry | null, b: PersonEntry | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.contacts.length === b.contacts.length &&
    a.contacts.every((note, i) => note === b.contacts[i]) &&
    a.isPerson === b.isPerson &&
    sameDated(a.meeting, b.meeting) &&
    a.followUpsDone.length === b.followUpsDone.length &&
    a.followUpsDone.every((done, i) => sameDated(done, b.followUpsDone[i] ?? null))
  );
}

function sameDated(a: DatedNote | null, b: DatedNote | null): boolean {
  return a === null || b === null ? a === b : a.date === b.date && a.path === b.path;
}

/**
 * The per-person view of the vault: one {@link PersonEntry} per person (by `personKey`) the notes
 * say something about. Every name given is looked up by its key, so any spelling finds the person.
 */
export class PeopleDirectory {
  constructor(private readonly entries: ReadonlyMap<string, PersonEntry>) {}

  private entry(name: string): PersonEntry | undefined {
    return this.entries.get(personKey(name));
  }

  isContactNote(facts: NoteFacts): boolean {
    return this.contactOf(facts.title) === facts;
  }

  /** Whether the name, written plain, names a person ({@link PersonEntry.isPerson}). */
  isPerson(name: string): boolean {
    return this.entry(name)?.isPerson ?? false;
  }

  /** The note `[[name]]` leads to among the contact notes: the exact spelling first, else the preferred. */
  contactOf(name: string): NoteFacts | null {
    const entry = this.entry(name);
    return entry === undefined ? null : contactIn(entry.contacts, name);
  }

  /** Every contact note: the preferred one of each person, and any that another spelling finds exactly. */
  *contactNotes(): Iterable<NoteFacts> {
    for (const entry of this.entries.values())
      for (const note of entry.contacts) if (contactIn(entry.contacts, note.title) === note) yield note;
  }

  lastFollowUpDone(name: string): LocalDate | null {
    return this.entry(name)?.followUpsDone[0]?.date ?? null;
  }

  /** The latest follow-up done with them, up to today, on a note other than `exceptPath`. */
  lastFollowUpDoneElsewhere(name: string, exceptPath: string): DatedNote | null {
    return this.entry(name)?.followUpsDone.find((done) => done.path !== exceptPath) ?? null;
  }

  /** The latest meeting note, up to today, that names them in a people field. */
  lastMeetingNote(name: string): DatedNote | null {
    return this.entry(name)?.meeting ?? null;
  }

  person(name: string): PersonRecord {
    const contact = this.contactOf(name);
    const lastMeeting = this.lastMeetingNote(name)?.date ?? null;
    const lastFollowUpDone = this.lastFollowUpDone(name);
    const known = [contact?.lastContact ?? null, lastMeeting, lastFollowUpDone].filter((date): date is LocalDate => date !== null);
    return { name, contact, lastMeeting, lastFollowUpDone, lastContact: maxDate(known) };
  }
}

/** Between two notes with one name (but for case or Unicode form), the one in the people folder wins, then one marked as a person, then the shorter path. */
function prefer(candidate: NoteFacts, existing: NoteFacts): boolean {
  if (candidate.inPeopleFolder !== existing.inPeopleFolder) return candidate.inPeopleFolder;
  if (candidate.isPersonNote !== existing.isPersonNote) return candidate.isPersonNote;
  if (candidate.path.length !== existing.path.length) return candidate.path.length < existing.path.length;
  return candidate.path < existing.path;
}

/** The later note; on one day, the first path, so that every reader picks the same note. */
function newer(candidate: DatedNote, current: DatedNote): boolean {
  if (candidate.date !== current.date) return candidate.date > current.date;
  return candidate.path < current.path;
}
