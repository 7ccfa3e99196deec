import { compareDates, maxDate, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';
import { meetingDateOf, type PeopleDirectory } from './people-directory';

/** The `contact` of an item in the JSON (SPEC §4): `path` is null for a `last_contact` field. */
export interface ItemContact {
  readonly date: LocalDate;
  readonly path: string | null;
}

/** How the notes show you were in touch: a meeting, a follow-up done on another note, or `last_contact`. */
export type ContactKind = 'meeting' | 'follow-up' | 'last-contact';

/** The contact with one of an item's people since its baseline, with who and how, for the words. */
export interface ContactEvidence extends ItemContact {
  readonly person: string;
  readonly kind: ContactKind;
}

/**
 * When you last followed up on a note: the latest of its meeting date, its last reminder
 * (`follow_up_nudged`) and its last follow-up done. Null when the note says none of them.
 */
export function contactBaseline(note: NoteFacts, people: PeopleDirectory): LocalDate | null {
  return maxDate([meetingDateOf(note, people), note.nudged, note.done].filter((date): date is LocalDate => date !== null));
}

/** When one kind of evidence ties with another on a day, the one with a note to open wins. */
const KIND_RANK: Record<ContactKind, number> = { meeting: 0, 'follow-up': 1, 'last-contact': 2 };

/**
 * The newest contact with any of `people` after `baseline` and on or before today (SPEC §4
 * `contacted`): a meeting note naming them in a people field, their `last_contact`, or a
 * `follow_up_done` on a note other than the item's own that follows up with them.
 */
export function contactSince(
  people: readonly string[],
  baseline: LocalDate,
  ownPath: string,
  directory: PeopleDirectory,
  today: LocalDate,
): ContactEvidence | null {
  let best: ContactEvidence | null = null;
  const consider = (candidate: ContactEvidence): void => {
    if (candidate.date <= baseline || candidate.date > today) return;
    if (best === null || outranks(candidate, best)) best = candidate;
  };
  for (const person of people) {
    const meeting = directory.lastMeetingNote(person);
    if (meeting !== null) consider({ date: meeting.date, path: meeting.path, person, kind: 'meeting' });
    const done = directory.lastFollowUpDoneElsewhere(person, ownPath);
    if (done !== null) consider({ date: done.date, path: done.path, person, kind: 'follow-up' });
    const lastContact = directory.contactOf(person)?.lastContact ?? null;
    if (lastContact !== null) consider({ date: lastContact, path: null, person, kind: 'last-contact' });
  }
  return best;
}

/** Newer first; on one day, the kind with a note to open; then the first path. */
function outranks(candidate: ContactEvidence, best: ContactEvidence): boolean {
  const order = compareDates(best.date, candidate.date) || KIND_RANK[candidate.kind] - KIND_RANK[best.kind];
  // One kind has a path on both sides or on neither (`last_contact`): then the first person named stays.
  return order < 0 || (order === 0 && (candidate.path ?? '') < (best.path ?? ''));
}
