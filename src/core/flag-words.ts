import type { IndexSnapshot } from './index-snapshot';
import { addDays } from './local-date';
import type { Item, ItemFlag } from './item';
import { awayWords, contactQuestion } from './item-words';
import { describeDayDistance } from './relative-time';
import type { Settings } from './settings';

/**
 * Each flag of an item in words, with the names and days that make it actionable: the one wording
 * of the flags, in the sidebar, the command line and the review. `omit`: flags a list already says
 * (the review's "Consider letting go" is the unresponsive ones).
 */
export function describeFlags(item: Item, snapshot: IndexSnapshot, settings: Settings, omit: readonly ItemFlag[] = []): string[] {
  const words: string[] = [];
  if (item.flags.includes('unresponsive') && !omit.includes('unresponsive')) {
    words.push(`${item.attempts} reminders sent — consider letting go`);
  }
  if (item.flags.includes('batch')) {
    const windowEnd = addDays(snapshot.today, settings.upcomingDays);
    const partners = item.people.filter((name) =>
      snapshot.items.some((other) => other !== item && other.due <= windowEnd && other.people.includes(name)),
    );
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
  if (item.flags.includes('contacted')) {
    const question = contactQuestion(item, snapshot);
    if (question !== null) words.push(question);
  }
  const away = awayWords(item, snapshot.today);
  if (away !== null) words.push(away);
  return words;
}
