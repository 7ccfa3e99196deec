import { addDays, addMonths, addYears, addWithinCalendar, type LocalDate } from './local-date';
import { wordTable } from './word-table';

export type DurationUnit = 'D' | 'W' | 'M' | 'Y';

/** A calendar duration, e.g. `{ amount: 2, unit: 'W' }` for every two weeks. */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const WORDS = wordTable<Duration>({
  daily: { amount: 1, unit: 'D' },
  weekly: { amount: 1, unit: 'W' },
  biweekly: { amount: 2, unit: 'W' },
  fortnightly: { amount: 2, unit: 'W' },
  monthly: { amount: 1, unit: 'M' },
  quarterly: { amount: 3, unit: 'M' },
  yearly: { amount: 1, unit: 'Y' },
  annually: { amount: 1, unit: 'Y' },
});

const UNIT_WORDS = wordTable<DurationUnit>({
  d: 'D',
  day: 'D',
  days: 'D',
  w: 'W',
  wk: 'W',
  wks: 'W',
  week: 'W',
  weeks: 'W',
  m: 'M',
  mo: 'M',
  month: 'M',
  months: 'M',
  y: 'Y',
  yr: 'Y',
  yrs: 'Y',
  year: 'Y',
  years: 'Y',
});

const SHORT_OR_LONG = /^(?:every\s+)?(\d{1,4})\s*([a-z]+)$/;
const ISO = /^P(\d{1,4})([DWMY])$/;

export const DURATION_HELP =
  'Use a number and a unit (3d, 2w, 1m, 1y, "10 days", "2 weeks"), a word (daily, weekly, biweekly, monthly, quarterly, yearly) or ISO 8601 (P10D, P2W, P1M), at most 100 years.';

/** The most of each unit: 100 years, so that a date plus a duration keeps a four-digit year. */
const MOST: Record<DurationUnit, number> = { D: 9999, W: 5200, M: 1200, Y: 100 };

/** Reads a duration as people write it; null when it is not one. */
export function parseDuration(raw: string): Duration | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = WORDS[text.replace(/^every /, '')];
  if (word) return word;
  const iso = ISO.exec(raw.trim().toUpperCase());
  if (iso) return positive(Number(iso[1]), iso[2] as DurationUnit);
  const single = /^every (day|week|month|year)$/.exec(text);
  if (single) return { amount: 1, unit: UNIT_WORDS[single[1]!]! };
  const match = SHORT_OR_LONG.exec(text);
  if (!match) return null;
  const unit = UNIT_WORDS[match[2]!];
  return unit ? positive(Number(match[1]), unit) : null;
}

/** ISO 8601 form: `P2W`, `P1M`, `P10D`, `P1Y`. */
export function formatDuration(duration: Duration): string {
  return `P${duration.amount}${duration.unit}`;
}

const UNIT_NAMES: Record<DurationUnit, string> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/** In words, as the sidebar and every text output say it: `every 2 weeks`, `every month`. */
export function describeEvery(duration: Duration | string): string {
  if (typeof duration === 'string') {
    const value = parseDuration(duration);
    return value === null ? `every ${duration}`.trim() : describeEvery(value);
  }
  const unit = UNIT_NAMES[duration.unit];
  return duration.amount === 1 ? `every ${unit}` : `every ${duration.amount} ${unit}s`;
}

/** Calendar arithmetic: months clamp to the month's end, days never depend on daylight saving. */
export function addDuration(date: LocalDate, duration: Duration): LocalDate {
  switch (duration.unit) {
    case 'D':
      return addDays(date, duration.amount);
    case 'W':
      return addDays(date, duration.amount * 7);
    case 'M':
      return addMonths(date, duration.amount);
    case 'Y':
      return addYears(date, duration.amount);
  }
}

/** addDuration for a date computed from a note's values: null past the calendar's last day, never clamped. */
export function addDurationWithinCalendar(date: LocalDate, duration: Duration): LocalDate | null {
  const units = { D: 'days', W: 'days', M: 'months', Y: 'years' } as const;
  return addWithinCalendar(date, duration.unit === 'W' ? duration.amount * 7 : duration.amount, units[duration.unit]);
}

function positive(amount: number, unit: DurationUnit): Duration | null {
  return amount > 0 && amount <= MOST[unit] ? { amount, unit } : null;
}
