import { addDurationWithinCalendar, parseDuration } from '../duration';
import { addDays, addWithinCalendar, dateParts, dayOfWeek, makeLocalDate, parseLocalDate, type LocalDate } from '../local-date';
import { wordTable } from '../word-table';

/**
 * How a date written in words reads: whether `20/6` is day then month (most of the world) or
 * month then day (the United States and a few others), and the first day of the week.
 */
export interface DateWordsLocale {
  readonly dayFirst: boolean;
  /** 0 = Sunday … 6 = Saturday: where "next week" starts. */
  readonly weekStart: number;
}

const WEEKDAYS = wordTable<number>({
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
}); // prettier-ignore
const MONTHS = wordTable<number>({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
}); // prettier-ignore

/**
 * A date typed in words, relative to `today` (injected): `today`, `tomorrow`, `yesterday`,
 * `mon`…`sunday` and `next tue` (the coming one, one to seven days ahead), `next week` (its first
 * day), `next month`, `in 2 weeks`, `+3d`, `2w`, `jun 20`, `20 june`, `june 20, 2025`, `20/6`,
 * `20/6/2025`, `20.6.` (by the locale's order), and `2024-06-20`. A month and day without a year is
 * the next one on or after today. Null for anything else, for a day the calendar lacks, and for a
 * day counted past its last one (never clamped to 9999-12-31).
 *
 * A small grammar of our own rather than chrono-node: its English parser alone adds about 47 KB
 * to main.js, more than the rest of this feature, for phrases a date picker does not need.
 */
export function parseDateWords(raw: string, today: LocalDate, locale: DateWordsLocale): LocalDate | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,]$/, '');
  if (text === '') return null;
  const iso = parseLocalDate(text);
  if (iso !== null) return iso;
  if (text === 'today' || text === 'tod' || text === 'now') return today;
  if (text === 'tomorrow' || text === 'tmr' || text === 'tmrw') return addWithinCalendar(today, 1, 'days');
  if (text === 'yesterday') return addDays(today, -1);
  if (text === 'next week') return addWithinCalendar(today, ((locale.weekStart - dayOfWeek(today) + 6) % 7) + 1, 'days');
  if (text === 'next month') return addWithinCalendar(today, 1, 'months');
  if (text === 'next year') return addWithinCalendar(today, 1, 'years');

  const weekday = /^(?:(?:next|this|on) )?([a-z]+)$/.exec(text);
  if (weekday && weekday[1]! in WEEKDAYS)
    return addWithinCalendar(today, ((WEEKDAYS[weekday[1]!]! - dayOfWeek(today) + 6) % 7) + 1, 'days');

  const ahead = /^(?:in |\+)(.+)$/.exec(text);
  if (ahead) {
    const duration = parseDuration(ahead[1]!.replace(/^an? /, '1 '));
    return duration === null ? null : addDurationWithinCalendar(today, duration);
  }
  if (/^\d{1,4} ?[dwmy]$/.test(text)) {
    const duration = parseDuration(text);
    return duration === null ? null : addDurationWithinCalendar(today, duration);
  }

  const monthFirst = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text);
  if (monthFirst && monthFirst[1]! in MONTHS) return monthDay(MONTHS[monthFirst[1]!]!, Number(monthFirst[2]), monthFirst[3], today);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?:,? (\d{4}))?$/.exec(text);
  if (dayFirst && dayFirst[2]! in MONTHS) return monthDay(MONTHS[dayFirst[2]!]!, Number(dayFirst[1]), dayFirst[3], today);

  const numeric = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2})?)?$/.exec(text);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4] === undefined ? undefined : numeric[4].length === 2 ? `20${numeric[4]}` : numeric[4];
    return locale.dayFirst ? monthDay(second, first, year, today) : monthDay(first, second, year, today);
  }
  return null;
}

function monthDay(month: number, day: number, year: string | undefined, today: LocalDate): LocalDate | null {
  if (year !== undefined) return valid(Number(year), month, day);
  const thisYear = dateParts(today).year;
  const date = valid(thisYear, month, day);
  if (date !== null && date >= today) return date;
  // 29 February without a year: the next year that has one.
  for (let next = thisYear + 1; next <= thisYear + 8; next += 1) {
    const later = valid(next, month, day);
    if (later !== null) return later;
  }
  return null;
}

/** The day, when the calendar has it; a year before 1000 would be written with a leading zero. */
function valid(year: number, month: number, day: number): LocalDate | null {
  return year < 1000 ? null : parseLocalDate(makeLocalDate(year, month, day));
}

/**
 * Whether a locale writes the day before the month in numeric dates (`en-GB`, `de`, `fr`: yes;
 * `en-US`: no), read from the platform's own date formatting.
 */
export function isDayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(new Date(2024, 10, 22));
    return parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
  } catch {
    return true;
  }
}

const LONG_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `Tuesday, 18 June 2024`: the date a phrase means, shown before it is saved. */
export function describeDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${LONG_WEEKDAYS[dayOfWeek(date)]}, ${day} ${LONG_MONTHS[month - 1]} ${year}`;
}
