import { localDateOf, type LocalDate } from '../core/local-date';

/** The plugin's only reading of the time, injected everywhere so tests control it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function todayOf(clock: Clock): LocalDate {
  return localDateOf(clock.now());
}
