import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  addYears as addYearsFns,
  differenceInCalendarDays,
  getISOWeek,
  getISOWeekYear,
} from 'date-fns';

/**
 * A calendar date in the user's local time zone, written `YYYY-MM-DD`.
 *
 * Kept as a string so that it can never be shifted by a UTC conversion. Arithmetic goes through
 * a Date at local *noon*: noon exists on every day in every zone (midnight does not, where a
 * daylight-saving change happens at 00:00), so adding calendar days is always exact.
 */
export type LocalDate = string & { readonly __brand?: 'LocalDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a `YYYY-MM-DD` string if it names a real calendar day, else null. */
export function parseLocalDate(text: string): LocalDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text;
}

export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The local calendar day of an instant: what the user's wall calendar shows at `now`. */
export function localDateOf(instant: Date): LocalDate {
  return makeLocalDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** The UTC calendar day of a Date, for values a YAML parser has already turned into UTC midnight. */
export function utcDateOf(instant: Date): LocalDate {
  return makeLocalDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/**
 * The last day a LocalDate can name: `YYYY-MM-DD` has four digits of year, and dates are compared
 * as those strings. Arithmetic stops here: a window or a step that would pass it ends on it.
 */
export const LAST_DATE: LocalDate = '9999-12-31';

export function addDays(date: LocalDate, days: number): LocalDate {
  return withinCalendar(addDaysFns(atNoon(date), days));
}

/** Adds months, clamping to the end of a shorter month (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return withinCalendar(addMonthsFns(atNoon(date), months));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return withinCalendar(addYearsFns(atNoon(date), years));
}

function withinCalendar(noon: Date): LocalDate {
  return noon.getFullYear() > 9999 ? LAST_DATE : localDateOf(noon);
}

/**
 * The day `amount` days, months or years after `date`, or null when it would pass LAST_DATE: for a
 * date computed from a note's values, where a clamp would be a wrong answer given silently.
 */
export function addWithinCalendar(date: LocalDate, amount: number, unit: 'days' | 'months' | 'years'): LocalDate | null {
  const noon = atNoon(date);
  const moved = unit === 'days' ? addDaysFns(noon, amount) : unit === 'months' ? addMonthsFns(noon, amount) : addYearsFns(noon, amount);
  return moved.getFullYear() > 9999 ? null : localDateOf(moved);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(atNoon(to), atNoon(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return atNoon(date).getDay();
}

/** The first day of the week that contains `date`, for a week that starts on `weekStartsOn`. */
export function startOfWeek(date: LocalDate, weekStartsOn: number): LocalDate {
  const back = (dayOfWeek(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

/** The ISO 8601 week label, e.g. `2025-W01` for 2024-12-30: year and week from the same calendar. */
export function isoWeekLabel(date: LocalDate): string {
  const noon = atNoon(date);
  return `${getISOWeekYear(noon)}-W${pad(getISOWeek(noon), 2)}`;
}

/** Calendar order; a longer string has a longer year, so a date from outside (`10000-01-03`) is not mistaken for an early one. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(dates: Iterable<LocalDate>): LocalDate | null {
  let latest: LocalDate | null = null;
  for (const date of dates) if (latest === null || compareDates(date, latest) > 0) latest = date;
  return latest;
}

export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function atNoon(date: LocalDate): Date {
  const { year, month, day } = dateParts(date);
  const noon = new Date(2000, 0, 1, 12);
  noon.setFullYear(year, month - 1, day);
  return noon;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years < 100 literal.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
