import { readDateValue } from './date-value';
import { dateParts, makeLocalDate, type LocalDate } from './local-date';

/** A person's birthday: month and day, and the year when the note gives it. */
export interface Birthday {
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
}

export type BirthdayReading = { ok: true; value: Birthday } | { ok: false; message: string };

export const BIRTHDAY_HELP = 'Write a birthday as YYYY-MM-DD (1990-06-14), or the month and day alone: 06-14 or --06-14.';

/** `06-14` and `--06-14` (ISO 8601's form for a date without a year). */
const MONTH_DAY = /^(?:--)?(\d{2})-(\d{2})$/;
/** The days of each month in a leap year: a month-day birthday may be 29 February. */
const LONGEST_MONTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function readBirthday(raw: unknown): BirthdayReading {
  if (typeof raw === 'string') {
    const text = raw.trim();
    const match = MONTH_DAY.exec(text);
    if (match) {
      const month = Number(match[1]);
      const day = Number(match[2]);
      if (month < 1 || month > 12 || day < 1 || day > (LONGEST_MONTHS[month - 1] ?? 0))
        return { ok: false, message: `"${text}" is not a day of the year. ${BIRTHDAY_HELP}` };
      return { ok: true, value: { month, day, year: null } };
    }
  }
  const reading = readDateValue(raw);
  if (!reading.ok) {
    const what = typeof raw === 'string' ? `"${raw.trim()}" is not a birthday.` : 'Expected one birthday.';
    return { ok: false, message: `${what} ${BIRTHDAY_HELP}` };
  }
  const { year, month, day } = dateParts(reading.value.date);
  return { ok: true, value: { month, day, year } };
}

/** The birthday in a given year; 29 February falls on 28 February in other years. */
export function anniversaryIn(birthday: Birthday, year: number): LocalDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day;
  return makeLocalDate(year, birthday.month, day);
}

/** The next birthday on or after `from`; null when it falls after 9999, the last year a date can name. */
export function nextAnniversary(birthday: Birthday, from: LocalDate): LocalDate | null {
  const year = dateParts(from).year;
  const thisYear = anniversaryIn(birthday, year);
  if (thisYear >= from) return thisYear;
  return year >= 9999 ? null : anniversaryIn(birthday, year + 1);
}

/** The age a person turns on the given anniversary, when the year of birth is known. */
export function ageOn(birthday: Birthday, anniversary: LocalDate): number | null {
  if (birthday.year === null) return null;
  const age = dateParts(anniversary).year - birthday.year;
  return age > 0 ? age : null;
}
