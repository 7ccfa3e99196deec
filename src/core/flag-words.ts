import type { IndexSnapshot } from './index-snapshot';
import { addDays, type LocalDate } from './local-date';
import type { Item, ItemFlag } from './item';
import { awayWords, contactQuestion } from './item-words';
import { describeDayDistance } from './relative-time';
import type { Settings } from './settings';

/**
 * Each flag of an item in words, with the names and days that make it actionable: the one wording
 * of the flags, in the sidebar, the command line and the review. `omit`: flags a list already says
 * (the review's "Consider letting go" is the unresponsive ones).
 */
export function describeFlags(item: Item, snapshot: IndexSnapshot, settings: Settings, omit?: readonly ItemFlag[]): string[] {
  const words: string[] = [];
  if (item.flags.includes('unresponsive') && omit?.includes('unresponsive') !== true) {
    words.push(`${item.attempts} reminders sent — consider letting go`);
  }
  if (item.flags.includes('batch')) {
    const dueSoon = dueSoonByPerson(snapshot, addDays(snapshot.today, settings.upcomingDays));
    const partners = item.people.filter((name) => (dueSoon.get(name) ?? []).some((other) => other !== item));
    words.push(`also due with ${partners.join(', ')} this week`);
  }
  if (item.flags.includes('too_soon')) {
    for (const name of item.people) {
      const last = snapshot.people.lastFollowUpDone(name);
      if (last !== null) {
        words.push(`you followed up with ${name} ${describeDayDistance(last, snapshot.today)}`);
        break;
      }
    }
  }
  // The `contacted` flag and the evidence asked about go together (item-rules.ts `itemOf`).
  const question = contactQuestion(item, snapshot);
  if (question !== null) words.push(question);
  const away = awayWords(item, snapshot.today);
  if (away !== null) words.push(away);
  return words;
}

/** Per snapshot (which never changes) and window's end: each person's first two items due by then. */
const dueSoonCache = new WeakMap<IndexSnapshot, { readonly windowEnd: LocalDate; readonly byPerson: Map<string, Item[]> }>();

/**
 * For each person, up to two of their items due on or before `windowEnd`: enough to tell whether
 * an item has another one. Built once per snapshot, so that wording the flags of every row costs
 * a lookup each, not a scan of all items each.
 */
export function dueSoonByPerson(snapshot: IndexSnapshot, windowEnd: LocalDate): ReadonlyMap<string, readonly Item[]> {
  const cached = dueSoonCache.get(snapshot);
  if (cached?.windowEnd === windowEnd) return cached.byPerson;
  const byPerson = new Map<string, Item[]>();
  for (const other of snapshot.items) {
    if (other.due > windowEnd) continue;
    // An item's people are distinct (the snapshot reads each name once).
    for (const name of other.people) {
      const items = byPerson.get(name);
      if (items === undefined) byPerson.set(name, [other]);
      else if (items.length < 2) items.push(other);
    }
  }
  dueSoonCache.set(snapshot, { windowEnd, byPerson });
  return byPerson;
}
