import type { IndexSnapshot } from './index-snapshot';
import { addDays, daysBetween, type LocalDate } from './local-date';
import { followUpPeople, meetingDateOf } from './people-directory';
import { reviewWeek } from './review-week';
import type { Settings } from './settings';

/** How many weeks the figures look back (the review's own week included) and ahead. */
export const WEEKS_BACK = 8;
export const WEEKS_AHEAD = 4;

export interface WeekFigures {
  /** ISO week label, e.g. `2024-W24`. */
  readonly label: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** Whether this is the week of the review (the one that holds today). */
  readonly current: boolean;
  /** Follow-ups done in the week: notes whose `follow_up_done` falls in it. */
  readonly done: number;
  /** Open follow-ups due in the week, from today on. */
  readonly open: number;
  /** Open follow-ups due in the week before today: late. */
  readonly overdue: number;
}

export interface ChannelFigures {
  /** The note's channel, else its first person's preferred channel; null when neither says. */
  readonly channel: string | null;
  /** Follow-ups with an outcome. */
  readonly closed: number;
  /** Of those, the ones whose outcome is `replied`. */
  readonly replied: number;
}

export interface PromptnessFigures {
  /** Meetings from this day on, up to today, are measured. */
  readonly since: LocalDate;
  /** Meetings in that span that have a first follow-up. */
  readonly measured: number;
  /** Meetings in that span with no follow-up at all. */
  readonly without: number;
  /** Median days from a meeting to its first follow-up; null when none is measured. */
  readonly medianDays: number | null;
}

/** The review's figures: the weekly trend, the reply rate per channel and promptness. */
export interface ReviewFigures {
  /** `WEEKS_BACK` weeks up to and including the review's, then `WEEKS_AHEAD` after it. */
  readonly weeks: readonly WeekFigures[];
  /** Open follow-ups overdue from before the first week shown. */
  readonly overdueEarlier: number;
  /** In order of channel name; the follow-ups without a channel last. */
  readonly channels: readonly ChannelFigures[];
  readonly promptness: PromptnessFigures;
}

/**
 * Computes the figures from the index's facts, for the snapshot's day.
 *
 * - Weeks start on the settings' week start, like the review. `done` counts notes by their
 *   `follow_up_done`, so a recurring follow-up counts once, in the week it was last done: the
 *   notes keep no history of earlier ones. `open` and `overdue` count the open items by due date.
 * - Reply rate per channel: the same closed follow-ups as the review's summary (notes with an
 *   outcome), so the channels add up to its reply rate.
 * - Promptness: for each meeting note dated in the weeks shown up to today, its *first follow-up*
 *   is the earlier of the note's `follow_up` due date and its `follow_up_done` date; the days from
 *   the meeting to it (never fewer than 0) give the median. Meetings with neither are counted
 *   apart, as `without`.
 */
export function buildFigures(snapshot: IndexSnapshot, settings: Pick<Settings, 'weekStart'>): ReviewFigures {
  const today = snapshot.today;
  const thisWeek = reviewWeek(today, settings.weekStart);
  const first = addDays(thisWeek.start, -7 * (WEEKS_BACK - 1));
  const weeks: WeekFigures[] = [];
  for (let index = 0; index < WEEKS_BACK + WEEKS_AHEAD; index += 1) {
    const week = reviewWeek(addDays(first, 7 * index), settings.weekStart);
    const inWeek = (date: LocalDate | null): date is LocalDate => date !== null && date >= week.start && date <= week.end;
    // A birthday comes every year: it is no follow-up to count as open.
    const due = snapshot.items.filter((item) => item.source !== 'birthday' && inWeek(item.due));
    weeks.push({
      label: week.label,
      start: week.start,
      end: week.end,
      current: week.start === thisWeek.start,
      done: snapshot.facts.filter((facts) => inWeek(facts.done)).length,
      open: due.filter((item) => item.due >= today).length,
      overdue: due.filter((item) => item.due < today).length,
    });
  }
  return {
    weeks,
    overdueEarlier: snapshot.items.filter((item) => item.due < first).length,
    channels: channelFigures(snapshot),
    promptness: promptness(snapshot, first),
  };
}

export function replyRateOf(figures: Pick<ChannelFigures, 'closed' | 'replied'>): number | null {
  return figures.closed === 0 ? null : figures.replied / figures.closed;
}

function channelFigures(snapshot: IndexSnapshot): ChannelFigures[] {
  const byChannel = new Map<string | null, { closed: number; replied: number }>();
  for (const facts of snapshot.facts) {
    if (facts.outcome === null) continue;
    const firstPerson = followUpPeople(facts, snapshot.people.isContactNote(facts))[0];
    const channel =
      facts.channel ?? (firstPerson === undefined ? null : (snapshot.people.contactOf(firstPerson)?.preferredChannel ?? null));
    const entry = byChannel.get(channel) ?? { closed: 0, replied: 0 };
    entry.closed += 1;
    if (facts.outcome.toLowerCase() === 'replied') entry.replied += 1;
    byChannel.set(channel, entry);
  }
  // Each channel is listed once: no two entries compare equal.
  return [...byChannel.entries()]
    .map(([channel, counts]) => ({ channel, ...counts }))
    .sort((a, b) => (a.channel === null ? 1 : b.channel === null ? -1 : a.channel < b.channel ? -1 : 1));
}

function promptness(snapshot: IndexSnapshot, since: LocalDate): PromptnessFigures {
  const days: number[] = [];
  let without = 0;
  for (const facts of snapshot.facts) {
    const meeting = meetingDateOf(facts, snapshot.people);
    if (meeting === null || meeting < since || meeting > snapshot.today) continue;
    const dates = [facts.followUp?.date ?? null, facts.done].filter((date): date is LocalDate => date !== null);
    if (dates.length === 0) {
      without += 1;
      continue;
    }
    const firstFollowUp = dates.reduce((a, b) => (a < b ? a : b));
    days.push(Math.max(0, daysBetween(meeting, firstFollowUp)));
  }
  return { since, measured: days.length, without, medianDays: median(days) };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The middle value of an odd count, the two middle ones of an even count.
  const middle = sorted.slice(Math.floor((sorted.length - 1) / 2), Math.floor(sorted.length / 2) + 1);
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
}
