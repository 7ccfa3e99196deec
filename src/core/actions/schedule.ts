import type { IndexSnapshot } from '../index-snapshot';
import { dayOfWeek, maxDate, type LocalDate } from '../local-date';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { daysLater } from './past-last-date';

/** The latest `away_until` among people, or null when none of them is away. */
export function latestAwayUntil(people: readonly string[], snapshot: Pick<IndexSnapshot, 'people'>): LocalDate | null {
  return maxDate(people.flatMap((name) => snapshot.people.contactOf(name)?.awayUntil ?? []));
}

/**
 * Where a date an action computes lands (SPEC §5): never inside a person's away period (it moves
 * to the day after `away_until`), and with "weekdays only" never on a Saturday or Sunday (it moves
 * to the Monday after). A date the user picks is theirs, and never goes through here. Throws
 * PastLastDate when the day it moves to would pass the calendar's last day (away until 9999-12-31).
 */
export function placeDate(date: LocalDate, awayUntil: LocalDate | null, settings: Pick<Settings, 'weekdaysOnly'>): LocalDate {
  let placed = awayUntil !== null && date <= awayUntil ? daysLater(awayUntil, 1) : date;
  if (settings.weekdaysOnly) {
    const day = dayOfWeek(placed);
    if (day === 6) placed = daysLater(placed, 2);
    else if (day === 0) placed = daysLater(placed, 1);
  }
  return placed;
}

/** {@link placeDate} for a follow-up with these people. */
export function placeFor(
  people: readonly string[],
  snapshot: Pick<IndexSnapshot, 'people'>,
  settings: Pick<Settings, 'weekdaysOnly'>,
): (date: LocalDate) => LocalDate {
  const awayUntil = latestAwayUntil(people, snapshot);
  return (date) => placeDate(date, awayUntil, settings);
}

/** The days to wait after the n-th reminder (n ≥ 1): the n-th of the nudge waits, the last repeating. */
export function nudgeWait(reminder: number, settings: Pick<Settings, 'nudgeWaits'>): number {
  const waits = settings.nudgeWaits.length > 0 ? settings.nudgeWaits : DEFAULT_SETTINGS.nudgeWaits;
  return waits[Math.min(Math.max(reminder, 1), waits.length) - 1]!;
}
