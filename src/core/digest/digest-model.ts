import type { IndexSnapshot } from '../index-snapshot';
import { itemKey, type Item } from '../item';
import { contactQuestion } from '../item-words';
import { addDays, type LocalDate } from '../local-date';

/** The morning digest of SPEC §8: what to act on today, decided from a snapshot and its day. */
export interface Digest {
  readonly today: LocalDate;
  readonly overdue: readonly Item[];
  readonly dueToday: readonly Item[];
  /** Items you have been in touch about since (flag `contacted`): maybe they are done. */
  readonly maybeDone: readonly Item[];
  /** By item key, the question each maybe-done item asks, worded as in the sidebar and `due`. */
  readonly questions: ReadonlyMap<string, string>;
  /** Birthdays from today to six days ahead. */
  readonly birthdays: readonly Item[];
  /** Other follow-ups due within the upcoming window, counted, not listed. */
  readonly rest: number;
  /** One key per listed item and its due date: what a `--state` file remembers as sent. */
  readonly keys: readonly string[];
}

/** Days ahead, today included, whose birthdays the digest lists: a week. */
const BIRTHDAY_DAYS = 7;

/**
 * The digest for `snapshot.today`, or null when there is nothing to act on (nothing overdue, due
 * today, maybe done or a birthday this week): then nothing is sent. A `contacted` item is listed
 * once, under "maybe done", wherever its date is; a birthday once, under birthdays.
 */
export function buildDigest(snapshot: IndexSnapshot, upcomingDays: number): Digest | null {
  const today = snapshot.today;
  const windowEnd = addDays(today, upcomingDays);
  const birthdayEnd = addDays(today, BIRTHDAY_DAYS - 1);
  const overdue: Item[] = [];
  const dueToday: Item[] = [];
  const maybeDone: Item[] = [];
  const birthdays: Item[] = [];
  let rest = 0;
  for (const item of snapshot.items) {
    if (item.source === 'birthday') {
      if (item.due <= birthdayEnd) birthdays.push(item);
      else if (item.due <= windowEnd) rest += 1;
    } else if (item.flags.includes('contacted') && item.due <= windowEnd) maybeDone.push(item);
    else if (item.due < today) overdue.push(item);
    else if (item.due === today) dueToday.push(item);
    else if (item.due <= windowEnd) rest += 1;
  }
  if (overdue.length + dueToday.length + maybeDone.length + birthdays.length === 0) return null;
  const keys = [...overdue, ...dueToday, ...maybeDone, ...birthdays].map(digestKey).sort();
  const questions = new Map<string, string>();
  for (const item of maybeDone) {
    const question = contactQuestion(item, snapshot);
    if (question !== null) questions.set(itemKey(item), question);
  }
  return { today, overdue, dueToday, maybeDone, questions, birthdays, rest, keys };
}

/** An item and its due date: the same item due again later, or snoozed, is news again. */
export function digestKey(item: Item): string {
  return `${itemKey(item)}@${item.due}`;
}

/** `Follow-ups: 3 overdue, 2 today, 1 maybe done, 1 birthday`. */
export function digestSubject(digest: Digest): string {
  const parts = [
    digest.overdue.length > 0 ? `${digest.overdue.length} overdue` : null,
    digest.dueToday.length > 0 ? `${digest.dueToday.length} today` : null,
    digest.maybeDone.length > 0 ? `${digest.maybeDone.length} maybe done` : null,
    digest.birthdays.length > 0 ? `${digest.birthdays.length} ${digest.birthdays.length === 1 ? 'birthday' : 'birthdays'}` : null,
  ].filter((part): part is string => part !== null);
  return `Follow-ups: ${parts.join(', ')}`;
}
