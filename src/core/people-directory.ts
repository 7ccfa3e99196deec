import { maxDate, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';

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
 */
export class PeopleDirectory {
  private readonly contacts = new Map<string, NoteFacts>();
  private readonly meetings = new Map<string, DatedNote>();
  /** Per person the two latest follow-ups done, on two notes: `contacted` looks past the item's own note. */
  private readonly followUpsDone = new Map<string, readonly DatedNote[]>();

  constructor(allFacts: Iterable<NoteFacts>, today: LocalDate) {
    const facts = Array.isArray(allFacts) ? (allFacts as readonly NoteFacts[]) : [...allFacts];
    const named = new Set<string>();
    for (const note of facts) {
      for (const name of note.with) named.add(name);
      for (const name of note.people) named.add(name);
    }
    for (const note of facts) {
      if (!note.isPersonNote && !named.has(note.title)) continue;
      const existing = this.contacts.get(note.title);
      if (!existing || prefer(note, existing)) this.contacts.set(note.title, note);
    }
    for (const note of facts) {
      if (note.meetingDate !== null && note.meetingDate <= today) {
        const meeting = { date: note.meetingDate, path: note.path };
        for (const name of note.people) {
          const current = this.meetings.get(name);
          if (current === undefined || newer(meeting, current)) this.meetings.set(name, meeting);
        }
      }
      if (note.done !== null && note.done <= today) {
        const done = { date: note.done, path: note.path };
        for (const name of followUpPeople(note, this.isContactNote(note))) {
          const [first, second] = this.followUpsDone.get(name) ?? [];
          if (first === undefined || newer(done, first)) this.followUpsDone.set(name, first === undefined ? [done] : [done, first]);
          else if (second === undefined || newer(done, second)) this.followUpsDone.set(name, [first, done]);
        }
      }
    }
  }

  isContactNote(facts: NoteFacts): boolean {
    return this.contacts.get(facts.title) === facts;
  }

  contactOf(name: string): NoteFacts | null {
    return this.contacts.get(name) ?? null;
  }

  contactNotes(): Iterable<NoteFacts> {
    return this.contacts.values();
  }

  lastFollowUpDone(name: string): LocalDate | null {
    return this.followUpsDone.get(name)?.[0]?.date ?? null;
  }

  /** The latest follow-up done with them, up to today, on a note other than `exceptPath`. */
  lastFollowUpDoneElsewhere(name: string, exceptPath: string): DatedNote | null {
    return this.followUpsDone.get(name)?.find((done) => done.path !== exceptPath) ?? null;
  }

  /** The latest meeting note, up to today, that names them in a people field. */
  lastMeetingNote(name: string): DatedNote | null {
    return this.meetings.get(name) ?? null;
  }

  person(name: string): PersonRecord {
    const contact = this.contactOf(name);
    const lastMeeting = this.meetings.get(name)?.date ?? null;
    const lastFollowUpDone = this.lastFollowUpDone(name);
    const known = [contact?.lastContact ?? null, lastMeeting, lastFollowUpDone].filter((date): date is LocalDate => date !== null);
    return { name, contact, lastMeeting, lastFollowUpDone, lastContact: maxDate(known) };
  }
}

/** Between two notes with one name, the one in the people folder wins, then one marked as a person, then the shorter path. */
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
