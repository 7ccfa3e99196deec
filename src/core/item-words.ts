import { ageOn } from './birthday';
import type { IndexSnapshot } from './index-snapshot';
import { itemKey, type Item } from './item';
import { dateParts, type LocalDate } from './local-date';
import { noteTitle } from './note-record';
import { monthName } from './review-week';

/** `11 June`; with the year when it is not this year's: `11 June 2023`. */
export function dayInWords(date: LocalDate, today: LocalDate): string {
  const { year, month, day } = dateParts(date);
  const words = `${day} ${monthName(month)}`;
  return year === dateParts(today).year ? words : `${words} ${year}`;
}

/** A note's name without the date it starts with: `2024-06-11 Lunch` is `Lunch`. */
function meetingName(path: string): string {
  const title = noteTitle(path);
  const rest = title.replace(/^\d{4}-\d{2}-\d{2}[\s_-]*/, '').trim();
  return rest === '' ? title : rest;
}

/**
 * The question a `contacted` item asks (SPEC §4): "You met Jane Doe on 11 June (Lunch) — done?",
 * "You followed up with Jane Doe on 8 June (Renewal) — done?", or, from `last_contact`,
 * "You were in touch with Jane Doe on 9 June — done?". Null for an item without contact since.
 */
export function contactQuestion(item: Item, snapshot: Pick<IndexSnapshot, 'evidence' | 'today'>): string | null {
  const evidence = snapshot.evidence.get(itemKey(item));
  if (evidence === undefined) return null;
  const day = dayInWords(evidence.date, snapshot.today);
  // Only `last_contact` has no note to name (contact-evidence.ts).
  if (evidence.path === null) return `You were in touch with ${evidence.person} on ${day} — done?`;
  const how = evidence.kind === 'meeting' ? 'You met' : 'You followed up with';
  return `${how} ${evidence.person} on ${day} (${meetingName(evidence.path)}) — done?`;
}

/** "away until 20 June", for an item with the `away` flag. */
export function awayWords(item: Item, today: LocalDate): string | null {
  return item.away_until === null ? null : `away until ${dayInWords(item.away_until, today)}`;
}

/** After reminders by one channel without a reply, the words for trying the other one. */
const TRY_OTHER: ReadonlyMap<string | null, string> = new Map([
  ['email', 'by email — try phone'],
  ['phone', 'by phone — try email'],
  ['call', 'by call — try email'],
  ['text', 'by text — try email'],
  ['sms', 'by sms — try email'],
]);

/** "by email — try phone", when a person of the item has both an e-mail address and a phone number. */
function tryOther(item: Item, snapshot: Pick<IndexSnapshot, 'people'>): string | null {
  const words = TRY_OTHER.get(item.channel);
  if (words === undefined) return null;
  const reachable = item.people.some((name) => {
    const contact = snapshot.people.contactOf(name);
    return contact !== null && contact.email !== null && contact.phone !== null;
  });
  return reachable ? words : null;
}

/** The reminders sent, in words, with the other channel to try: "2 reminders sent by email — try phone". */
export function remindersWords(item: Item, snapshot: Pick<IndexSnapshot, 'people'>): string | null {
  if (item.attempts === 0) return null;
  const sent = item.attempts === 1 ? '1 reminder sent' : `${item.attempts} reminders sent`;
  const other = tryOther(item, snapshot);
  return other === null ? sent : `${sent} ${other}`;
}

/** "birthday today", "birthday on 14 June, turns 36". Null for other items. */
export function birthdayWords(item: Item, snapshot: Pick<IndexSnapshot, 'people' | 'today'>): string | null {
  if (item.source !== 'birthday') return null;
  const when = item.due === snapshot.today ? 'birthday today' : `birthday on ${dayInWords(item.due, snapshot.today)}`;
  // A birthday item is its person note's own, and that note has the birthday (item-rules.ts).
  const { birthday } = snapshot.people.contactOf(item.people[0]!)!;
  const age = ageOn(birthday!, item.due);
  return age === null ? when : `${when}, turns ${age}`;
}
