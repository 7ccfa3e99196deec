import { describe, expect, it } from 'vitest';
import { escapeText, fnv1a64, foldLine, utf8Bytes, utf8Length } from '../../src/core/ics/content-line';
import { durationValue, eventSummary, eventUid, followUpCalendar, stampOfDay } from '../../src/core/ics/follow-up-calendar';
import { indexRecords } from '../../src/core/follow-up-index';
import type { Item } from '../../src/core/item';
import type { NoteRecord } from '../../src/core/note-record';
import { anItem, note, settingsWith } from '../helpers/notes';

// The edges of the calendar file (the common cases: ics.test.ts): UTF-8 at each width's end,
// folding at exactly 75 octets, and a whole file byte for byte.

const STAMP = new Date(Date.UTC(2024, 5, 12));
const calendarOf = (records: NoteRecord[], alarmMinutesBefore = -1, vaultName?: string) =>
  followUpCalendar(indexRecords(records, settingsWith()).snapshot('2024-06-12'), {
    stamp: STAMP,
    alarmMinutesBefore,
    ...(vaultName === undefined ? {} : { vaultName }),
  });
/** The property lines of the first event, unfolded. */
const eventOf = (ics: string): string[] => {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  return lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
};

describe('UTF-8', () => {
  it.each([
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['\uffff', 3],
    ['\u{10000}', 4],
    ['\u{10ffff}', 4],
    ['\uD800', 3],
  ])('takes %j as %i octets, the bytes an encoder writes', (character, octets) => {
    expect(utf8Length(character)).toBe(octets);
    expect(utf8Bytes(character)).toEqual([...Buffer.from(character, 'utf8')]);
  });

  it('hashes the octets of any text, sixteen hex digits even with leading zeros', () => {
    expect(fnv1a64('Zoë 😀')).toBe('b1b67e19b6344899');
    expect(fnv1a64('x0')).toBe('08f10807b58d7275');
  });
});

describe('folding at 75 octets', () => {
  it.each([
    ['é', 2],
    ['€', 3],
    ['😀', 4],
  ])('moves %j whole to the next line when it would end past octet 75, and keeps it when it ends on 75', (character, octets) => {
    const fits = 'x'.repeat(75 - octets);
    expect(foldLine(`${fits}${character}`)).toBe(`${fits}${character}`);
    expect(foldLine(`${fits}x${character}`)).toBe(`${fits}x\r\n ${character}`);
  });

  it('counts the space of a continuation line', () => {
    expect(foldLine('x'.repeat(75 + 74))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}`);
    expect(foldLine('')).toBe('');
  });
});

describe('an alarm duration', () => {
  it.each([
    [0.4, 'PT0S'],
    [-0.4, 'PT0S'],
    [-15.4, '-PT15M'],
    [89.6, 'PT1H30M'],
    [1439.5, 'P1D'],
  ])('of %f minutes counts whole minutes: %s', (minutes, value) => {
    expect(durationValue(minutes)).toBe(value);
  });
});

describe('TEXT escaping', () => {
  it.each([
    ['a\u0000b\u001fc\u007fd\u0085e\u009ff', 'abcdef'],
    ['\u00a0 stays', '\u00a0 stays'],
    ['\r\r\n', '\\n\\n'],
    ['\\,', '\\\\\\,'],
  ])('of %j is %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('the calendar file', () => {
  it('is, for one all-day follow-up with an alarm, exactly these lines', () => {
    const ics = calendarOf([note('Deals/A.md', { follow_up: '2024-06-14' })], 15);
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Follow-up Tracker//Follow-up Tracker//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Follow-ups',
        'BEGIN:VEVENT',
        `UID:${eventUid({ path: 'Deals/A.md', source: 'note' })}`,
        'DTSTAMP:20240612T000000Z',
        'DTSTART;VALUE=DATE:20240614',
        'DTEND;VALUE=DATE:20240615',
        'TRANSP:TRANSPARENT',
        'SUMMARY:Follow up: A',
        'DESCRIPTION:Note: Deals/A.md',
        'CATEGORIES:Follow-up',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Follow up: A',
        'TRIGGER:PT8H45M',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes the vault name in its title', () => {
    expect(calendarOf([], -1, 'Work, home; more')).toContain('\r\nX-WR-CALNAME:Follow-ups (Work\\, home\\; more)\r\n');
  });

  it('gives an all-day follow-up on the calendar’s last day no end at all', () => {
    const lines = eventOf(calendarOf([note('Deals/Last.md', { follow_up: '9999-12-31' })]));
    expect(lines.slice(2, 5)).toEqual(['DTSTART;VALUE=DATE:99991231', 'TRANSP:TRANSPARENT', 'SUMMARY:Follow up: Last']);
  });

  it('ends a timed follow-up on the calendar’s last day when it ends before midnight', () => {
    const lines = eventOf(calendarOf([note('Deals/Late.md', { follow_up: '9999-12-31 10:00' })]));
    expect(lines.filter((line) => line.startsWith('DT'))).toEqual([
      'DTSTAMP:20240612T000000Z',
      'DTSTART:99991231T100000',
      'DTEND:99991231T103000',
    ]);
  });

  it('ends a timed follow-up at 23:30 at midnight, on the next day', () => {
    const lines = eventOf(calendarOf([note('Deals/Late.md', { follow_up: '2024-06-20 23:30' })]));
    expect(lines.filter((line) => line.startsWith('DTSTART') || line.startsWith('DTEND'))).toEqual([
      'DTSTART:20240620T233000',
      'DTEND:20240621T000000',
    ]);
  });

  it('repeats a birthday on 29 March every year, by the plain rule', () => {
    const lines = eventOf(calendarOf([note('People/Ana.md', { birthday: '03-29' })]));
    expect(lines).toContain('RRULE:FREQ=YEARLY');
    expect(lines).toContain('CATEGORIES:Birthday');
  });

  it('says no more than it knows in a description', () => {
    const lines = eventOf(calendarOf([note('Deals/A.md', { follow_up: '2024-06-14', follow_up_with: 'Sam Lee' })], -1, 'V'));
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:With: Sam Lee\\nNote: Deals/A.md\\nOpen in Obsidian: obsidian://open?vault=V&file=Deals%2FA',
    );
  });
});

describe('an event', () => {
  const base = anItem('People/Grace Mensah', { title: 'Grace Mensah', people: ['Grace Mensah'], every: 'P3M', source: 'cadence' });

  it('repeats a birthday by the plain rule when the snapshot holds no contact for it', () => {
    const empty = indexRecords([], settingsWith()).snapshot('2024-06-12');
    const birthday: Item = { ...base, path: 'People/Ana.md', title: 'Ana', people: ['Ana'], every: null, source: 'birthday' };
    const ics = followUpCalendar({ ...empty, items: [birthday] }, { stamp: STAMP, alarmMinutesBefore: -1 });
    expect(eventOf(ics)).toContain('RRULE:FREQ=YEARLY');
  });

  it('says what staying in touch is about, when the note says', () => {
    expect(eventSummary(base)).toBe('Stay in touch with Grace Mensah');
    expect(eventSummary({ ...base, about: 'ask about the move' })).toBe('Stay in touch with Grace Mensah: ask about the move');
    expect(eventSummary({ ...base, people: [] })).toBe('Stay in touch');
  });

  it('has a UID of its own even when a vault name ends the way a note path starts', () => {
    expect(eventUid({ path: 'Xnote:Y', source: 'note' }, 'V')).not.toBe(eventUid({ path: 'Y', source: 'note' }, 'Vnote:X'));
    expect(eventUid({ path: 'a.md', source: 'note' })).toBe(eventUid({ path: 'a.md', source: 'note' }, ''));
  });

  it('is stamped, for a run with a fixed day, at 00:00 UTC of that day, in any year', () => {
    expect(stampOfDay('2024-06-12').toISOString()).toBe('2024-06-12T00:00:00.000Z');
    expect(stampOfDay('2024-01-31').toISOString()).toBe('2024-01-31T00:00:00.000Z');
    expect(stampOfDay('0050-12-31').toISOString()).toBe('0050-12-31T00:00:00.000Z');
  });
});
