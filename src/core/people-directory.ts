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

/** A dated note about a person: a meeting, or a follow-up done. */
export interface DatedNote {
  readonly date: LocalDate;
  readonly path: string;
}

/**
 * Builds the per-person view of the vault from the facts of every relevant note.
 * A contact note is a person note by itself (folder, tag, category: note-head/person.ts) or one
 * that a people field names.
 *
 * Names are matched as Obsidian resolves links, by `personKey` (no case, no Unicode form):
 * `[[jane]]` finds `People/Jane.md`. Meetings and follow-ups done count for the person whatever
 * the spelling. When several notes share a name but for case, a spelling finds its exact match
 * first, as Obsidian does (`[[jane]]` opens `jane.md` beside `Jane.md`), then the note `prefer`
 * picks.
 */
export class PeopleDirectory {
  /** Per person, their candidate notes, the preferred first. */
  private readonly contacts = new Map<string, NoteFacts[]>();
  private readonly meetings = new Map<string, DatedNote>();
  /** Per person the two latest follow-ups done, on two notes: `contacted` looks past the item's own note. */
  private readonly followUpsDone = new Map<string, readonly DatedNote[]>();

  constructor(allFacts: Iterable<NoteFacts>, today: LocalDate) {
    const facts = Array.isArray(allFacts) ? (allFacts as readonly NoteFacts[]) : [...allFacts];
    const named = new Set<string>();
    for (const note of facts) {
      for (const name of note.with) named.add(personKey(name));
      for (const name of note.people) named.add(personKey(name));
    }
    for (const note of facts) {
      const key = personKey(note.title);
      if (!note.isPersonNote && !named.has(key)) continue;
      const candidates = this.contacts.get(key);
      if (candidates === undefined) this.contacts.set(key, [note]);
      else candidates.push(note);
    }
    for (const candidates of this.contacts.values()) if (candidates.length > 1) candidates.sort((a, b) => (prefer(a, b) ? -1 : 1));
    for (const note of facts) {
      if (note.meetingDate !== null && note.meetingDate <= today) {
        const meeting = { date: note.meetingDate, path: note.path };
        for (const name of note.people) {
          const key = personKey(name);
          const current = this.meetings.get(key);
          if (current === undefined || newer(meeting, current)) this.meetings.set(key, meeting);
        }
      }
      if (note.done !== null && note.done <= today) {
        const done = { date: note.done, path: note.path };
        for (const name of followUpPeople(note, this.isContactNote(note))) {
          const key = personKey(name);
          const [first, second] = this.followUpsDone.get(key) ?? [];
          if (first === undefined || newer(done, first)) this.followUpsDone.set(key, first === undefined ? [done] : [done, first]);
          else if (second === undefined || newer(done, second)) this.followUpsDone.set(key, [first, done]);
        }
      }
    }
  }

  isContactNote(facts: NoteFacts): boolean {
    return this.contactOf(facts.title) === facts;
  }

  /** The note `[[name]]` leads to among the contact notes: the exact spelling first (to the byte, then in any Unicode form), else the preferred. */
  contactOf(name: string): NoteFacts | null {
    const candidates = this.contacts.get(personKey(name));
    if (candidates === undefined) return null;
    const first = candidates[0] ?? null;
    if (candidates.length === 1 || first?.title === name) return first;
    const spelling = name.normalize('NFC');
    return candidates.find((note) => note.title === name) ?? candidates.find((note) => note.title.normalize('NFC') === spelling) ?? first;
  }

  /** Every contact note: the preferred one of each person, and any that another spelling finds exactly. */
  *contactNotes(): Iterable<NoteFacts> {
    for (const candidates of this.contacts.values()) for (const note of candidates) if (this.isContactNote(note)) yield note;
  }

  lastFollowUpDone(name: string): LocalDate | null {
    return this.followUpsDone.get(personKey(name))?.[0]?.date ?? null;
  }

  /** The latest follow-up done with them, up to today, on a note other than `exceptPath`. */
  lastFollowUpDoneElsewhere(name: string, exceptPath: string): DatedNote | null {
    return this.followUpsDone.get(personKey(name))?.find((done) => done.path !== exceptPath) ?? null;
  }

  /** The latest meeting note, up to today, that names them in a people field. */
  lastMeetingNote(name: string): DatedNote | null {
    return this.meetings.get(personKey(name)) ?? null;
  }

  person(name: string): PersonRecord {
    const contact = this.contactOf(name);
    const lastMeeting = this.lastMeetingNote(name)?.date ?? null;
    const lastFollowUpDone = this.lastFollowUpDone(name);
    const known = [contact?.lastContact ?? null, lastMeeting, lastFollowUpDone].filter((date): date is LocalDate => date !== null);
    return { name, contact, lastMeeting, lastFollowUpDone, lastContact: maxDate(known) };
  }
}

/** Between two notes with one name (but for case), the one in the people folder wins, then one marked as a person, then the shorter path. */
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
