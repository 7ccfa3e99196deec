import { parseLocalDate, utcDateOf, type LocalDate } from './local-date';

/** A due date as the user wrote it: a calendar day and, optionally, a local time of day. */
export interface DateValue {
  readonly date: LocalDate;
  /** `HH:mm` local time, or null for a whole day. */
  readonly time: string | null;
}

export type DateReading = { ok: true; value: DateValue } | { ok: false; message: string };

export const DATE_HELP =
  'Write a date as YYYY-MM-DD (e.g. 2024-06-10), optionally with a time (2024-06-10 14:30), or a link to a daily note ("[[2024-06-10]]").';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?$/;
const DAILY_NOTE_LINK = /^\[\[([^\]|#]+?)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 9999;

/**
 * Reads a date field. Calendar days stay calendar days: `2024-06-10` is June 10th in every zone.
 * Refuses what could be read more than one way, with a message that says what is accepted.
 */
export function readDateValue(raw: unknown): DateReading {
  if (raw instanceof Date) return readParsedTimestamp(raw);
  if (Array.isArray(raw)) return refuse(`Expected one date, found a list. ${DATE_HELP}`);
  if (typeof raw === 'number') return refuse(`Expected a date, found the number ${raw}. ${DATE_HELP}`);
  if (typeof raw !== 'string') return refuse(`Expected a date. ${DATE_HELP}`);

  const text = raw.trim();
  const link = DAILY_NOTE_LINK.exec(text);
  const candidate = link ? link[1]!.trim().split('/').pop()! : text;
  const match = DATE_TIME.exec(candidate);
  if (!match) return refuse(`"${text}" is not a date. ${DATE_HELP}${hint(candidate)}`);

  const date = parseLocalDate(match[1] ?? '');
  if (!date) return refuse(`"${match[1]}" is not a day on the calendar. ${DATE_HELP}`);
  if (Number(date.slice(0, 4)) < EARLIEST_YEAR)
    return refuse(`The year in "${text}" is before ${EARLIEST_YEAR}; is it a typo? ${DATE_HELP}`);
  if (match[2] === undefined) return { ok: true, value: { date, time: null } };
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return refuse(`"${text}" has a time that does not exist. ${DATE_HELP}`);
  return { ok: true, value: { date, time: `${match[2]}:${match[3]}` } };
}

/** A YAML timestamp already turned into a Date by a parser: its UTC fields are what was written. */
function readParsedTimestamp(raw: Date): DateReading {
  if (Number.isNaN(raw.getTime())) return refuse(`The date could not be read. ${DATE_HELP}`);
  const year = raw.getUTCFullYear();
  if (year < EARLIEST_YEAR) return refuse(`The year ${year} is before ${EARLIEST_YEAR}; is it a typo? ${DATE_HELP}`);
  if (year > LATEST_YEAR) return refuse(`The year ${year} is after ${LATEST_YEAR}; is it a typo? ${DATE_HELP}`);
  const date = utcDateOf(raw);
  const hours = raw.getUTCHours();
  const minutes = raw.getUTCMinutes();
  const time = hours === 0 && minutes === 0 ? null : `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return { ok: true, value: { date, time } };
}

function hint(text: string): string {
  if (text.includes('<%') || text.includes('{{')) return ' This is a template placeholder: apply the template, or write the date.';
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text)) return ' Day and month could be read either way here, so write the year first.';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return ' Write the month and day with two digits.';
  if (/^\d{4}-\d{2}$/.test(text)) return ' A month is not enough: name the day.';
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return ' Leave out the time zone: times are read in your local time.';
  return '';
}

function refuse(message: string): DateReading {
  return { ok: false, message };
}
