import type { DueReport } from '../core/due-report';
import { describeEvery } from '../core/duration';
import { describeFlags } from '../core/flag-words';
import type { IndexSnapshot } from '../core/index-snapshot';
import type { Bucket, Item } from '../core/item';
import { birthdayWords, remindersWords } from '../core/item-words';
import { describeDue } from '../core/relative-time';
import type { Settings } from '../core/settings';

/** What turns an item's flags into the sidebar's words (flag-words.ts). */
export interface WordsContext {
  readonly snapshot: IndexSnapshot;
  readonly settings: Settings;
}

const BUCKET_TITLES: Record<Bucket, string> = { overdue: 'Overdue', today: 'Today', upcoming: 'Upcoming', later: 'Later' };

/** The due list for a terminal: one line per follow-up, grouped by how urgent it is. */
export function formatDueText(report: DueReport, withinDays: number, context: WordsContext): string {
  const lines: string[] = [`Follow-ups as of ${report.today} (overdue and due within ${withinDays} days)`];
  if (report.items.length === 0) lines.push('', 'Nothing due. Add `follow_up: YYYY-MM-DD` to a note to track a follow-up.');
  for (const bucket of ['overdue', 'today', 'upcoming', 'later'] as const) {
    const items = report.items.filter((item) => item.bucket === bucket);
    if (items.length === 0) continue;
    lines.push('', `${BUCKET_TITLES[bucket]} (${items.length})`);
    for (const item of items) lines.push(`  ${itemLine(item, report.today, context)}`);
  }
  if (report.problems.length > 0) {
    lines.push('', `Problems (${report.problems.length}): run "follow-up check" for details`);
    for (const problem of report.problems) lines.push(`  ${problem.path}: ${problem.field}`);
  }
  return `${lines.join('\n')}\n`;
}

export function itemLine(item: Item, today: string, context: WordsContext): string {
  const when = item.time === null ? item.due : `${item.due} ${item.time}`;
  const flags = describeFlags(item, context.snapshot, context.settings).join(' · ');
  const details = [
    item.people.length > 0 ? `with ${item.people.join(', ')}` : null,
    item.channel === null ? null : `by ${item.channel}`,
    birthdayWords(item, context.snapshot) ?? item.about,
    remindersWords(item, context.snapshot),
    item.every === null ? null : describeEvery(item.every),
    flags === '' ? null : flags,
  ].filter((part): part is string => part !== null);
  return `${when}  ${item.title} (${describeDue(item.due, today)})${details.length > 0 ? ` — ${details.join(' · ')}` : ''}`;
}
