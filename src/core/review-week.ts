import { addDays, dateParts, isoWeekLabel, startOfWeek, type LocalDate } from './local-date';

export interface ReviewWeek {
  /** ISO week label, e.g. `2024-W24`. */
  readonly label: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** The days in words, e.g. `10–16 June 2024`. */
  readonly span: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The week that contains `today`. It is named by the ISO week of its fourth day, so that with a
 * Monday start it is exactly the ISO week, and with another start the week that holds most of it.
 */
export function reviewWeek(today: LocalDate, weekStart: number): ReviewWeek {
  const start = startOfWeek(today, weekStart);
  const end = addDays(start, 6);
  return { label: isoWeekLabel(addDays(start, 3)), start, end, span: describeSpan(start, end) };
}

export function reviewNoteName(template: string, week: ReviewWeek): string {
  return template.split('{{week}}').join(week.label);
}

/** `10–16 June 2024`, `27 May – 2 June 2024`, `30 December 2024 – 5 January 2025`. */
export function describeSpan(start: LocalDate, end: LocalDate): string {
  const a = dateParts(start);
  const b = dateParts(end);
  const monthA = monthName(a.month);
  const monthB = monthName(b.month);
  if (a.year !== b.year) return `${a.day} ${monthA} ${a.year} – ${b.day} ${monthB} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${monthA} – ${b.day} ${monthB} ${b.year}`;
  return `${a.day}–${b.day} ${monthB} ${b.year}`;
}

/** `12 June 2024`. */
export function describeDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** `June` for 6: a month of a LocalDate, from 1 to 12. */
export function monthName(month: number): string {
  // A LocalDate's month is always one of the twelve.
  return MONTHS[month - 1]!;
}
