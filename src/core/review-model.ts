import { describeFlags } from './flag-words';
import type { IndexSnapshot } from './index-snapshot';
import { itemKey, type Item } from './item';
import { birthdayWords, contactQuestion } from './item-words';
import { addDays, compareDates, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';
import { personKey } from './people';
import { followUpPeople, meetingPeople } from './people-directory';
import type { Problem } from './problem';
import { buildFigures, type ReviewFigures } from './review-figures';
import { reviewWeek, type ReviewWeek } from './review-week';
import type { Settings } from './settings';

export interface DoneEntry {
  readonly path: string;
  readonly title: string;
  readonly done: LocalDate;
  readonly people: readonly string[];
  readonly outcome: string | null;
  readonly feedback: string | null;
}

export interface MeetingWithoutFollowUp {
  readonly path: string;
  readonly title: string;
  readonly date: LocalDate;
  /** The people in it who have no open follow-up. */
  readonly people: readonly string[];
}

/** An open follow-up the notes suggest is done: you have been in touch since (SPEC §4 `contacted`). */
export interface MaybeDone {
  readonly item: Item;
  /** "You met Jane Doe on 11 June (Lunch) — done?" */
  readonly question: string;
}

export interface BirthdaySoon {
  readonly item: Item;
  /** "birthday on 14 June, turns 36" */
  readonly words: string;
}

export interface ReviewSummary {
  readonly open: number;
  readonly overdue: number;
  readonly doneThisWeek: number;
  /** Closed follow-ups (with an outcome) and how many of them got a reply. */
  readonly closed: number;
  readonly replied: number;
}

/** The weekly review of SPEC §6, as data: every output format renders this one model. */
export interface ReviewModel {
  readonly today: LocalDate;
  readonly week: ReviewWeek;
  /** Days ahead covered by "due soon". */
  readonly windowDays: number;
  readonly summary: ReviewSummary;
  readonly maybeDone: readonly MaybeDone[];
  readonly overdue: readonly Item[];
  readonly dueSoon: readonly Item[];
  readonly done: readonly DoneEntry[];
  readonly waiting: readonly Item[];
  readonly lettingGo: readonly Item[];
  readonly meetingsWithoutFollowUp: readonly MeetingWithoutFollowUp[];
  /** Cadence items due from today to the end of the window (overdue ones are under overdue). */
  readonly stayInTouch: readonly Item[];
  /** Open follow-ups due after the window: in the summary's open count, so listed too. */
  readonly later: readonly Item[];
  /** Birthdays due within the upcoming window. */
  readonly birthdays: readonly BirthdaySoon[];
  readonly problems: readonly Problem[];
  /** The contact note of each person named above who has one, by name. */
  readonly contactPaths: Readonly<Record<string, string>>;
  /** The weekly trend, reply rate per channel and promptness (review-figures.ts). */
  readonly figures: ReviewFigures;
  /** The flags of each listed item in words (flag-words.ts), by item key; items without flags are left out. */
  readonly flagWords: Readonly<Record<string, readonly string[]>>;
}

export function buildReview(snapshot: IndexSnapshot, settings: Settings): ReviewModel {
  const today = snapshot.today;
  const week = reviewWeek(today, settings.weekStart);
  const windowEnd = addDays(today, settings.upcomingDays);
  const noteItems = snapshot.items.filter((item) => item.source === 'note');
  const done = byDate(
    snapshot.facts.flatMap((facts) =>
      facts.done !== null && facts.done >= week.start && facts.done <= week.end ? [doneEntry(facts, facts.done, snapshot)] : [],
    ),
    (entry) => entry.done,
  );
  const closed = snapshot.facts.flatMap((facts) => (facts.outcome === null ? [] : [facts.outcome]));
  // Every open follow-up is in exactly one list (SPEC §6: each count of the summary can be found):
  // overdue, due soon (notes), stay in touch (cadences due soon), or later. Birthdays apart.
  const open = snapshot.items.filter((item) => item.source !== 'birthday');
  const overdue = open.filter((item) => item.bucket === 'overdue');
  const dueSoon = noteItems.filter((item) => item.due >= today && item.due <= windowEnd);
  const waiting = noteItems.filter((item) => item.attempts >= 1 && !item.flags.includes('unresponsive'));
  const lettingGo = snapshot.items.filter((item) => item.flags.includes('unresponsive'));
  const meetings = meetingsWithoutFollowUp(snapshot, week);
  const stayInTouch = open.filter((item) => item.source === 'cadence' && item.due >= today && item.due <= windowEnd);
  const later = open.filter((item) => item.due > windowEnd);
  const maybeDone = noteItems.flatMap((item) => {
    const question = contactQuestion(item, snapshot);
    return question === null ? [] : [{ item, question }];
  });
  // Only a birthday has birthday words.
  const birthdays = snapshot.items.flatMap((item) => {
    const words = item.due <= windowEnd ? birthdayWords(item, snapshot) : null;
    return words === null ? [] : [{ item, words }];
  });
  // Waiting, letting go and maybe done list open follow-ups, each already in one of these lists.
  const named = [
    ...[overdue, dueSoon, done, meetings, stayInTouch, later].flatMap((entries) => entries.flatMap((entry) => entry.people)),
    ...birthdays.flatMap((entry) => entry.item.people),
  ];

  return {
    today,
    week,
    windowDays: settings.upcomingDays,
    summary: {
      // A birthday comes every year: it is not a follow-up left open.
      open: open.length,
      overdue: overdue.length,
      doneThisWeek: done.length,
      closed: closed.length,
      replied: closed.filter((outcome) => outcome.toLowerCase() === 'replied').length,
    },
    maybeDone,
    overdue,
    dueSoon,
    done,
    waiting,
    lettingGo,
    meetingsWithoutFollowUp: meetings,
    stayInTouch,
    later,
    birthdays,
    problems: snapshot.problems,
    contactPaths: contactPaths(named, snapshot),
    figures: buildFigures(snapshot, settings),
    flagWords: flagWordsOf([...overdue, ...dueSoon, ...waiting, ...lettingGo, ...stayInTouch, ...later], snapshot, settings),
  };
}

/** The flags of the items in words, once each, as the sidebar says them. */
function flagWordsOf(items: readonly Item[], snapshot: IndexSnapshot, settings: Settings): Record<string, readonly string[]> {
  const words: Record<string, readonly string[]> = {};
  for (const item of items) {
    const phrases = describeFlags(item, snapshot, settings, ['unresponsive']);
    if (phrases.length > 0) words[itemKey(item)] = phrases;
  }
  return words;
}

function contactPaths(names: readonly string[], snapshot: IndexSnapshot): Record<string, string> {
  const paths: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const name of [...new Set(names)].sort()) {
    const contact = snapshot.people.contactOf(name);
    if (contact) paths[name] = contact.path;
  }
  return paths;
}

/**
 * The entries in order of their date. The index gives the facts in order of path (IndexSnapshot)
 * and the sort is stable, so the entries of one day stay in order of path.
 */
function byDate<T>(entries: T[], dateOf: (entry: T) => LocalDate): T[] {
  return entries.sort((a, b) => compareDates(dateOf(a), dateOf(b)));
}

function doneEntry(facts: NoteFacts, done: LocalDate, snapshot: IndexSnapshot): DoneEntry {
  return {
    path: facts.path,
    title: facts.title,
    done,
    people: followUpPeople(facts, snapshot.people.isContactNote(facts)),
    outcome: facts.outcome,
    feedback: facts.feedback,
  };
}

/**
 * Meetings of this week, up to today, that nobody has followed up yet: the note has no follow-up
 * (open or done), and some of its people have no open follow-up anywhere.
 */
function meetingsWithoutFollowUp(snapshot: IndexSnapshot, week: ReviewWeek): MeetingWithoutFollowUp[] {
  const followedUp = new Set<string>();
  for (const item of snapshot.items) for (const name of item.people) followedUp.add(personKey(name));
  const result: MeetingWithoutFollowUp[] = [];
  for (const facts of snapshot.facts) {
    const date = facts.noteDate;
    if (date === null || date < week.start || date > snapshot.today) continue;
    if (facts.followUp !== null || facts.done !== null) continue;
    const missing = meetingPeople(facts, snapshot.people).filter((name) => !followedUp.has(personKey(name)));
    if (missing.length > 0) result.push({ path: facts.path, title: facts.title, date, people: missing });
  }
  return byDate(result, (meeting) => meeting.date);
}
