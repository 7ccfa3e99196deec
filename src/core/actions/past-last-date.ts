import { describeEvery, addDurationWithinCalendar, type Duration } from '../duration';
import { addWithinCalendar, LAST_DATE, type LocalDate } from '../local-date';
import type { Settings } from '../settings';

/**
 * A date an action would write falls after LAST_DATE. Thrown by the planning of every action
 * that computes a date (Done on a repeat, Nudged, a snooze preset, follow up with everyone, a
 * day after an away period): a clamp would write a day nobody asked for without a word, so the
 * action is refused instead ({@link refusalPastLastDate}) and the note left as it is.
 */
export class PastLastDate extends Error {
  constructor(readonly step: string) {
    super(`${step} falls after ${LAST_DATE}`);
  }
}

/** The day `days` after `date`, for a date an action writes: never clamped. */
export function daysLater(date: LocalDate, days: number): LocalDate {
  const later = addWithinCalendar(date, days, 'days');
  if (later === null) throw new PastLastDate(`${date} + ${days} ${days === 1 ? 'day' : 'days'}`);
  return later;
}

/** `date` plus a duration, for a date an action writes: never clamped. */
export function durationLater(date: LocalDate, duration: Duration): LocalDate {
  const later = addDurationWithinCalendar(date, duration);
  if (later === null) throw new PastLastDate(`${date} + ${describeEvery(duration).replace(/^every /, duration.amount === 1 ? '1 ' : '')}`);
  return later;
}

/**
 * Runs an action's planning; a date it would write past LAST_DATE is a refusal in words that name
 * the field, for the plugin's notice and the command line's error line alike.
 */
export function refusalPastLastDate<T>(
  plan: () => T,
  settings: Pick<Settings, 'fields'>,
): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: plan() };
  } catch (error) {
    if (!(error instanceof PastLastDate)) throw error;
    return {
      ok: false,
      reason: `it would move "${settings.fields.followUp}" past ${LAST_DATE}, the last date a note can hold (${error.step})`,
    };
  }
}
