import { nextAnniversary } from './birthday';
import { contactBaseline, contactSince, type ContactEvidence } from './contact-evidence';
import { addDurationWithinCalendar, describeEvery, formatDuration, type Duration } from './duration';
import { compareProblems, type Problem } from './problem';
import type { Bucket, Item, ItemFlag } from './item';
import { addDays, daysBetween, LAST_DATE, maxDate, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';
import { howToMarkAPerson } from './note-head/person';
import { personKey } from './people';
import { followUpPeople, type PeopleDirectory } from './people-directory';
import type { Settings } from './settings';

/**
 * The rules that turn one note, and the people it names, into items: used alike by the full
 * snapshot and by the update after one note changed (live-snapshot.ts), so they cannot disagree.
 */

/** An item before its bucket, flags, contact and away are derived. */
export type Draft = Omit<Item, 'flags' | 'bucket' | 'contact' | 'away_until'> & {
  /** The note's baseline for `contacted` (SPEC §4); null for no baseline, and for cadence and birthday items. */
  readonly baseline: LocalDate | null;
};

/** What one note gives the snapshot: its items before flags, and its problems in order. */
export interface NoteOutput {
  readonly drafts: readonly Draft[];
  readonly problems: readonly Problem[];
}

/** What most notes give: shared, since the snapshot keeps one output per note. */
const NOTHING: NoteOutput = { drafts: [], problems: [] };

/**
 * One note's items and problems. Besides the note, they read only the entries of the note's own
 * title (is it the contact note?) and of its first person (their preferred channel).
 */
export function noteOutput(note: NoteFacts, people: PeopleDirectory, settings: Settings, today: LocalDate): NoteOutput {
  const drafts: Draft[] = [];
  let lost: Problem | null = null;
  const isContact = people.isContactNote(note);
  if (note.followUp !== null) {
    const names = followUpPeople(note, isContact);
    drafts.push({
      path: note.path,
      title: note.title,
      due: note.followUp.date,
      time: note.followUp.time,
      people: names,
      channel: note.channel ?? firstPreferredChannel(names, people),
      about: note.about,
      attempts: note.attempts,
      every: note.every ? formatDuration(note.every) : null,
      source: 'note',
      baseline: contactBaseline(note, people),
    });
  } else if (isContact && note.every !== null) {
    const last = people.person(note.title).lastContact;
    const due = last === null ? today : addDurationWithinCalendar(last, note.every);
    if (due === null) lost = cadencePastCalendar(note, last as LocalDate, note.every, settings);
    else
      drafts.push(
        personDraft(note, due, { about: note.about, attempts: note.attempts, every: formatDuration(note.every), source: 'cadence' }),
      );
  } else if (note.every !== null) lost = cadenceWithoutPerson(note, settings);
  if (isContact && note.birthday !== null) {
    let due = nextAnniversary(note.birthday, today);
    // Done on the day writes `last_contact`: this year's birthday is then greeted.
    // (No last contact is before any day.)
    if (due !== null && (note.lastContact ?? '') >= due) due = due === LAST_DATE ? null : nextAnniversary(note.birthday, addDays(due, 1));
    // A birthday after the calendar's last day is no date to show: there is none.
    if (due !== null) drafts.push(personDraft(note, due, { about: 'Birthday', attempts: 0, every: null, source: 'birthday' }));
  }
  // Stable: a note's own problems come before the lost cadence on the same field.
  const problems = lost === null ? note.problems : [...note.problems, lost];
  if (drafts.length === 0 && problems.length === 0) return NOTHING;
  return { drafts, problems: [...problems].sort(compareProblems) };
}

/** An item of a person note itself (its stay-in-touch cadence or birthday): due for that person alone, with no baseline. */
function personDraft(note: NoteFacts, due: LocalDate, what: Pick<Draft, 'about' | 'attempts' | 'every' | 'source'>): Draft {
  return {
    path: note.path,
    title: note.title,
    due,
    time: null,
    people: [note.title],
    channel: note.channel ?? note.preferredChannel,
    ...what,
    baseline: null,
  };
}

/** SPEC §4: a stay-in-touch cadence on a note that is not a person note makes no item, and says why. */
function cadenceWithoutPerson(note: NoteFacts, settings: Settings): Problem {
  const every = settings.fields.every;
  return {
    path: note.path,
    field: every,
    value: describeEvery(note.every as NonNullable<NoteFacts['every']>),
    message: `"${every}" keeps in touch with a person, and this is not a person note, so it gives no follow-up. To mark it as one, ${howToMarkAPerson(settings)}; or give the note a "${settings.fields.followUp}" date.`,
  };
}

/** A cadence whose next date would fall after the last day a date can name: a problem, never a clamped date. */
function cadencePastCalendar(note: NoteFacts, last: LocalDate, every: Duration, settings: Settings): Problem {
  const step = `${every.amount === 1 ? '1 ' : ''}${describeEvery(every).slice('every '.length)}`;
  return {
    path: note.path,
    field: settings.fields.every,
    value: describeEvery(every),
    message: `${settings.fields.lastContact} ${last} + ${step} falls after ${LAST_DATE}, the last day a date can name, so no next date can be computed: check "${settings.fields.lastContact}" and "${settings.fields.every}".`,
  };
}

/** Whether a draft counts toward its people's follow-ups due soon (the `batch` flag's count). */
export function countsAsDueSoon(draft: Draft, windowEnd: LocalDate): boolean {
  // A birthday is greeted on its day: it is no follow-up to do together with others.
  return draft.due <= windowEnd && draft.source !== 'birthday';
}

export function bucketOf(due: LocalDate, today: LocalDate, windowEnd: LocalDate): Bucket {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= windowEnd ? 'upcoming' : 'later';
}

export interface FlagContext {
  readonly people: PeopleDirectory;
  readonly settings: Settings;
  readonly today: LocalDate;
  readonly windowEnd: LocalDate;
  /** How many open items per person (by `personKey`) are due by the end of the upcoming window ({@link countsAsDueSoon}). */
  readonly dueSoonPerPerson: ReadonlyMap<string, number>;
}

/** An item and its `contact` evidence. Reads the draft, and of the vault only the entries and counts of its people. */
export function itemOf(draft: Draft, context: FlagContext): { item: Item; evidence: ContactEvidence | null } {
  const evidence = draft.baseline === null ? null : contactSince(draft.people, draft.baseline, draft.path, context.people, context.today);
  return { item: toItem(draft, evidence, context), evidence };
}

function flagsOf(item: Draft, contact: ContactEvidence | null, awayUntil: LocalDate | null, context: FlagContext): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (item.attempts >= context.settings.maxAttempts) flags.push('unresponsive');
  if (hasBatchPartner(item, context)) flags.push('batch');
  // A birthday is on its day whatever came before: never too soon.
  if (item.source !== 'birthday' && tooSoon(item, context.people, context.settings, context.today)) flags.push('too_soon');
  if (contact !== null) flags.push('contacted');
  if (awayUntil !== null) flags.push('away');
  return flags;
}

/** The latest `away_until` of the item's people that is on or after its due date. */
function awayUntilOf(item: Draft, people: PeopleDirectory): LocalDate | null {
  // (No away_until is before any day.)
  return maxDate(item.people.map((name) => people.contactOf(name)?.awayUntil ?? '').filter((until) => until >= item.due));
}

/** Another open item with one of the same people is due within the window: do them together. */
function hasBatchPartner(item: Draft, context: FlagContext): boolean {
  if (item.source === 'birthday') return false;
  const self = item.due <= context.windowEnd ? 1 : 0;
  return item.people.some((name) => (context.dueSoonPerPerson.get(personKey(name)) ?? 0) - self > 0);
}

/**
 * Whether acting on this item would follow up with one of its people sooner than the minimum gap
 * after the last follow-up done with them. It would be acted on at its due date, or today if late.
 */
function tooSoon(item: Draft, people: PeopleDirectory, settings: Settings, today: LocalDate): boolean {
  const actedOn = item.due > today ? item.due : today;
  return item.people.some((name) => {
    const lastDone = people.lastFollowUpDone(name);
    if (lastDone === null) return false;
    // Never negative: a follow-up done counts up to today (people-directory.ts), and acting is today or later.
    return daysBetween(lastDone, actedOn) < settings.minGapDays;
  });
}

function firstPreferredChannel(names: readonly string[], people: PeopleDirectory): string | null {
  const first = names[0];
  return first === undefined ? null : (people.contactOf(first)?.preferredChannel ?? null);
}

/** The item with its bucket and flags, its keys in the order of SPEC §8, built in one literal (no spread and reorder). */
function toItem(draft: Draft, contact: ContactEvidence | null, context: FlagContext): Item {
  const awayUntil = awayUntilOf(draft, context.people);
  return {
    path: draft.path,
    title: draft.title,
    due: draft.due,
    time: draft.time,
    bucket: bucketOf(draft.due, context.today, context.windowEnd),
    people: draft.people,
    channel: draft.channel,
    about: draft.about,
    attempts: draft.attempts,
    every: draft.every,
    source: draft.source,
    flags: flagsOf(draft, contact, awayUntil, context),
    contact: contact === null ? null : { date: contact.date, path: contact.path },
    away_until: awayUntil,
  };
}
