import { joinNames } from '../drafts/draft-message';
import { describeEvery } from '../duration';
import type { IndexSnapshot } from '../index-snapshot';
import { itemKey, type Item } from '../item';
import { addDays, dateParts, LAST_DATE, type LocalDate } from '../local-date';
import { obsidianOpenUrl } from '../obsidian-url';
import { escapeText, fnv1a64, foldLine } from './content-line';

export interface CalendarOptions {
  /**
   * DTSTAMP of every event: when the calendar was made, as an instant (written in UTC). Callers
   * pass either the real time or, for a run with a fixed day, that day at 00:00:00Z, so the same
   * vault and day give the same file byte for byte.
   */
  readonly stamp: Date;
  /** Minutes before a follow-up to remind; an all-day follow-up counts as due at 09:00. -1: none. */
  readonly alarmMinutesBefore: number;
  /** The vault's name: for `obsidian://open` links, and so that two vaults never share a UID. */
  readonly vaultName?: string;
}

/** Where a follow-up without a time of day is reminded of: 09:00, local time, on its day. */
export const ALL_DAY_ALARM_MINUTES = 9 * 60;
/** A follow-up at a time of day is put in the calendar as a half-hour event. */
export const TIMED_EVENT_MINUTES = 30;
export const PRODUCT_ID = '-//Follow-up Tracker//Follow-up Tracker//EN';

/**
 * Every open follow-up as an iCalendar file (RFC 5545), one VEVENT each, in the index's order.
 *
 * - A follow-up on a day is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the next day) that
 *   does not block time (TRANSP:TRANSPARENT); one at a time of day is a 30-minute event in
 *   floating local time (`DTSTART:20240612T153000`), as the note means the user's own clock.
 * - The UID is a hash of the vault's name, the note's path and the item's source, so re-importing
 *   or re-subscribing updates the same events instead of adding copies; snoozing moves the event.
 * - SUMMARY says who and what ("Follow up with Jane Doe: Send the pricing deck"); DESCRIPTION
 *   adds the purpose, the people and how to reach them, the channel, reminders sent, the repeat,
 *   and the note; URL opens the note in Obsidian.
 * - A VALARM reminds `alarmMinutesBefore` minutes before (see CalendarOptions).
 *
 * Lines end in CRLF and are folded at 75 octets; TEXT values are escaped.
 */
export function followUpCalendar(snapshot: IndexSnapshot, options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.vaultName === undefined ? 'Follow-ups' : `Follow-ups (${options.vaultName})`)}`,
    ...snapshot.items.flatMap((item) => eventLines(item, snapshot, options)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The DTSTAMP for a run with a fixed day: that day at 00:00:00 UTC, so the output depends on the day only. */
export function stampOfDay(date: LocalDate): Date {
  const { year, month, day } = dateParts(date);
  const stamp = new Date(0);
  stamp.setUTCFullYear(year, month - 1, day);
  return stamp;
}

/** The event's UID: stable across runs, different for every note, source and vault. */
export function eventUid(item: Pick<Item, 'path' | 'source'>, vaultName?: string): string {
  return `${fnv1a64(`${vaultName ?? ''}\n${itemKey(item)}`)}@follow-up-tracker`;
}

/** `Follow up with Jane Doe: Send the pricing deck`; `Stay in touch with Grace Mensah`. */
export function eventSummary(item: Item): string {
  const people = item.people.length > 0 ? ` with ${joinNames(item.people)}` : '';
  if (item.source === 'cadence') return `Stay in touch${people}${item.about === null ? '' : `: ${item.about}`}`;
  if (item.source === 'birthday') return `Birthday: ${joinNames(item.people)}`;
  return `Follow up${people}: ${item.about ?? item.title}`;
}

function eventLines(item: Item, snapshot: IndexSnapshot, options: CalendarOptions): string[] {
  const summary = eventSummary(item);
  const url = options.vaultName === undefined ? null : obsidianOpenUrl(options.vaultName, item.path);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(item, options.vaultName)}`,
    `DTSTAMP:${utcStamp(options.stamp)}`,
    ...when(item),
    ...(item.source === 'birthday' ? [yearly(item, snapshot)] : []),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description(item, snapshot, url))}`,
    ...(url === null ? [] : [`URL:${url}`]),
    `CATEGORIES:${item.source === 'birthday' ? 'Birthday' : 'Follow-up'}`,
  ];
  if (options.alarmMinutesBefore >= 0) {
    const start = item.time === null ? ALL_DAY_ALARM_MINUTES : 0;
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${durationValue(start - options.alarmMinutesBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A birthday repeats every year from its next day. One on 29 February is on the last day of
 * February: the 29th in leap years, the 28th in others (a plain yearly rule would skip them).
 */
function yearly(item: Item, snapshot: IndexSnapshot): string {
  const birthday = snapshot.people.contactOf(item.people[0] ?? '')?.birthday ?? null;
  const leapDay = birthday !== null && birthday.month === 2 && birthday.day === 29;
  return leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY';
}

function when(item: Item): string[] {
  // On the calendar's last day there is no next day to end on: without DTEND an all-day event
  // lasts its day (RFC 5545 §3.6.1), and a timed one its start.
  const lastDay = item.due === LAST_DATE;
  if (item.time === null) {
    const end = lastDay ? [] : [`DTEND;VALUE=DATE:${basicDate(addDays(item.due, 1))}`];
    return [`DTSTART;VALUE=DATE:${basicDate(item.due)}`, ...end, 'TRANSP:TRANSPARENT'];
  }
  const [hours = 0, minutes = 0] = item.time.split(':').map(Number);
  const end = hours * 60 + minutes + TIMED_EVENT_MINUTES;
  const endDate = addDays(item.due, Math.floor(end / 1440));
  const start = `DTSTART:${basicDate(item.due)}T${pad(hours)}${pad(minutes)}00`;
  if (lastDay && end >= 1440) return [start];
  return [start, `DTEND:${basicDate(endDate)}T${pad(Math.floor((end % 1440) / 60))}${pad(end % 60)}00`];
}

function description(item: Item, snapshot: IndexSnapshot, url: string | null): string {
  const lines: string[] = [];
  if (item.about !== null) lines.push(`About: ${item.about}`);
  for (const name of item.people) {
    const contact = snapshot.people.contactOf(name);
    const reach = [contact?.email, contact?.phone].filter((value): value is string => typeof value === 'string');
    lines.push(`With: ${[name, ...reach].join(' · ')}`);
  }
  if (item.channel !== null) lines.push(`Channel: ${item.channel}`);
  if (item.attempts > 0) lines.push(`Reminders sent without a reply: ${item.attempts}`);
  if (item.flags.includes('unresponsive')) lines.push('No reply after several reminders: consider letting go.');
  if (item.every !== null) lines.push(`Repeats ${describeEvery(item.every)}`);
  lines.push(`Note: ${item.path}`);
  if (url !== null) lines.push(`Open in Obsidian: ${url}`);
  return lines.join('\n');
}

/** An RFC 5545 duration for a signed number of minutes: `PT9H`, `-PT15M`, `-P1DT15H`, `PT0S`. */
export function durationValue(totalMinutes: number): string {
  const whole = Math.round(totalMinutes);
  if (whole === 0) return 'PT0S';
  const sign = whole < 0 ? '-' : '';
  const minutes = Math.abs(whole);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = hours === 0 && rest === 0 ? '' : `T${hours === 0 ? '' : `${hours}H`}${rest === 0 ? '' : `${rest}M`}`;
  return `${sign}P${days === 0 ? '' : `${days}D`}${time}`;
}

function basicDate(date: LocalDate): string {
  return date.replace(/-/g, '');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z/, 'Z')
    .replace(/[-:]/g, '');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
