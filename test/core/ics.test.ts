import fc from 'fast-check';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { escapeText, fnv1a64, foldLine, utf8Length } from '../../src/core/ics/content-line';
import { durationValue, eventUid, followUpCalendar, type CalendarOptions } from '../../src/core/ics/follow-up-calendar';
import { obsidianOpenUrl } from '../../src/core/obsidian-url';
import { indexRecords } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import type { NoteRecord } from '../../src/core/note-record';
import { migrateSettings } from '../../src/core/settings-migration';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const STAMP = new Date(Date.UTC(2024, 5, 12));

describe('iCalendar text', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['tab\tstays, bell\u0007 goes', 'tab\tstays\\, bell goes'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['ümlaut: "quoted"', 'ümlaut: "quoted"'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it('folds at 75 octets, counting the leading space, and never splits a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 74 ASCII octets, then a 4-octet emoji that would straddle the limit: it moves whole.
    expect(foldLine(`${'x'.repeat(74)}😀`)).toBe(`${'x'.repeat(74)}\r\n 😀`);
    expect(foldLine(`${'x'.repeat(73)}é`)).toBe(`${'x'.repeat(73)}é`);
  });

  it('folds any text so that unfolding gives it back and every line fits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', 'é', '€', '語', '😀', '👩‍👩‍👧', '\\'), maxLength: 400 }), (text) => {
        const folded = foldLine(text);
        const lines = folded.split('\r\n');
        for (const [index, line] of lines.entries()) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          expect(utf8Length(line)).toBe(Buffer.byteLength(line, 'utf8'));
          if (index > 0) expect(line.startsWith(' ')).toBe(true);
          expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
          expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });

  it('hashes with FNV-1a 64 (the published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it.each([
    [0, 'PT0S'],
    [540, 'PT9H'],
    [525, 'PT8H45M'],
    [-15, '-PT15M'],
    [-900, '-PT15H'],
    [-1440, '-P1D'],
    [-10080 + 540, '-P6DT15H'],
  ])('writes %i minutes as the duration %s', (minutes, value) => {
    expect(durationValue(minutes)).toBe(value);
  });
});

describe('the calendar of open follow-ups', () => {
  const settings = settingsWith();
  const records: NoteRecord[] = [
    note('People/Jane Doe.md', { email: 'jane@example.com', phone: '+1 415 555 0100' }),
    note('People/Grace Mensah.md', { follow_up_every: 'quarterly' }),
    note('Deals/Acme, Inc; "big".md', {
      follow_up: '2024-06-14',
      follow_up_with: ['[[Jane Doe]]', 'Sam Lee'],
      follow_up_about: 'Send the pricing deck, v2; ask about Q3 — naïve café 😀 with a long tail of words to fold the line',
      follow_up_channel: 'email',
      follow_up_attempts: 3,
      follow_up_every: '2w',
    }),
    note('Meetings/2024-06-10 Call.md', { follow_up: '2024-06-12T15:30', attendees: ['[[Jane Doe]]'] }),
    note('Late/Night.md', { follow_up: '2024-06-20 23:45' }),
  ];
  const options: CalendarOptions = { stamp: STAMP, alarmMinutesBefore: 0, vaultName: 'Work vault' };
  // Built before each test, not once: a mutation run counts what a beforeAll hook runs as no
  // test's coverage, and would not run these tests against the mutants they reach.
  let snapshot: IndexSnapshot;
  let ics: string;
  let calendar: ICAL.Component;
  let events: ICAL.Event[];
  beforeEach(() => {
    snapshot = indexRecords(records, settings).snapshot(TODAY);
    ics = followUpCalendar(snapshot, options);
    calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  });
  const byPath = (path: string) => {
    const found = events.find((event) => event.description.includes(`Note: ${path}\n`));
    if (!found) throw new Error(`no event for ${path}`);
    return found;
  };

  it('is a VCALENDAR that an independent parser reads, with one VEVENT per open follow-up', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Follow-up Tracker//Follow-up Tracker//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Follow-ups (Work vault)');
    expect(events.map((event) => event.summary)).toEqual([
      'Stay in touch with Grace Mensah',
      'Follow up with Jane Doe: 2024-06-10 Call',
      'Follow up with Jane Doe and Sam Lee: Send the pricing deck, v2; ask about Q3 — naïve café 😀 with a long tail of words to fold the line',
      'Follow up: Night',
    ]);
    expect(snapshot.items).toHaveLength(4);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r\n]/);
  });

  it('makes a dated follow-up an all-day event that ends the next day and does not block time', () => {
    const event = byPath('Deals/Acme, Inc; "big".md');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-06-14');
    expect(event.endDate.toString()).toBe('2024-06-15');
    expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(ics).toContain('DTSTART;VALUE=DATE:20240614\r\nDTEND;VALUE=DATE:20240615\r\n');
  });

  it('makes a timed follow-up a 30-minute event in floating local time, across midnight too', () => {
    const call = byPath('Meetings/2024-06-10 Call.md');
    expect(call.startDate.isDate).toBe(false);
    expect(call.startDate.toString()).toBe('2024-06-12T15:30:00');
    expect(call.startDate.zone?.tzid).toBe('floating');
    expect(call.endDate.toString()).toBe('2024-06-12T16:00:00');
    expect(ics).toContain('DTSTART:20240612T153000\r\nDTEND:20240612T160000\r\n');
    const night = byPath('Late/Night.md');
    expect(night.startDate.toString()).toBe('2024-06-20T23:45:00');
    expect(night.endDate.toString()).toBe('2024-06-21T00:15:00');
  });

  it('gives every event a stable UID of its own, and a DTSTAMP from the given instant', () => {
    const again = followUpCalendar(indexRecords([...records].reverse(), settings).snapshot('2024-06-13'), options);
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{16}@follow-up-tracker$/);
    for (const uid of uids) expect(again).toContain(`UID:${uid}\r\n`);
    expect(eventUid({ path: 'a.md', source: 'note' }, 'One')).not.toBe(eventUid({ path: 'a.md', source: 'note' }, 'Two'));
    expect(eventUid({ path: 'a.md', source: 'note' })).not.toBe(eventUid({ path: 'a.md', source: 'cadence' }));
    for (const event of events) expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-06-12T00:00:00Z');
    expect(followUpCalendar(snapshot, options)).toBe(ics);
  });

  it('describes who, what, how and where, with the note linked in Obsidian', () => {
    const event = byPath('Deals/Acme, Inc; "big".md');
    const url = 'obsidian://open?vault=Work%20vault&file=Deals%2FAcme%2C%20Inc%3B%20%22big%22';
    expect(event.description).toBe(
      [
        'About: Send the pricing deck, v2; ask about Q3 — naïve café 😀 with a long tail of words to fold the line',
        'With: Jane Doe · jane@example.com · +1 415 555 0100',
        'With: Sam Lee',
        'Channel: email',
        'Reminders sent without a reply: 3',
        'No reply after several reminders: consider letting go.',
        'Repeats every 2 weeks',
        'Note: Deals/Acme, Inc; "big".md',
        `Open in Obsidian: ${url}`,
      ].join('\n'),
    );
    expect(event.component.getFirstPropertyValue('url')).toBe(url);
    expect(obsidianOpenUrl('Work vault', 'Deals/Acme, Inc; "big".md')).toBe(url);
  });

  it('reminds at 09:00 on the day of an all-day follow-up, and at the time of a timed one', () => {
    const trigger = (path: string) => byPath(path).component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString();
    expect(trigger('Deals/Acme, Inc; "big".md')).toBe('PT9H');
    expect(trigger('Meetings/2024-06-10 Call.md')).toBe('PT0S');
    const alarm = byPath('Meetings/2024-06-10 Call.md').component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Follow up with Jane Doe: 2024-06-10 Call');
  });

  it('reminds earlier as the setting says, or not at all', () => {
    const earlier = new ICAL.Component(ICAL.parse(followUpCalendar(snapshot, { ...options, alarmMinutesBefore: 24 * 60 })) as unknown[]);
    const triggers = earlier
      .getAllSubcomponents('vevent')
      .map((event) => event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString());
    expect(triggers).toEqual(['-PT15H', '-P1D', '-PT15H', '-P1D']);
    expect(followUpCalendar(snapshot, { ...options, alarmMinutesBefore: -1 })).not.toContain('VALARM');
  });

  it('leaves out links without a vault name, and is an empty calendar without follow-ups', () => {
    const plain = followUpCalendar(snapshot, { stamp: STAMP, alarmMinutesBefore: 0 });
    expect(plain).not.toContain('obsidian://');
    expect(plain).toContain('X-WR-CALNAME:Follow-ups\r\n');
    const empty = followUpCalendar(indexRecords([], settings).snapshot(TODAY), options);
    expect(empty).not.toContain('VEVENT');
    expect(new ICAL.Component(ICAL.parse(empty) as unknown[]).getAllSubcomponents('vevent')).toEqual([]);
  });

  it('keeps the alarm setting within a week, -1 turning it off', () => {
    expect(migrateSettings(undefined).settings.icsAlarmMinutesBefore).toBe(0);
    expect(migrateSettings({ icsAlarmMinutesBefore: -1 }).settings.icsAlarmMinutesBefore).toBe(-1);
    expect(migrateSettings({ icsAlarmMinutesBefore: 15 }).settings.icsAlarmMinutesBefore).toBe(15);
    const bad = migrateSettings({ icsAlarmMinutesBefore: -5 });
    expect(bad.settings.icsAlarmMinutesBefore).toBe(0);
    expect(bad.warnings).toHaveLength(1);
  });
});

describe('birthdays in the calendar', () => {
  const records: NoteRecord[] = [
    note('People/Jane Doe.md', { birthday: '1990-06-14', email: 'jane@example.com' }),
    note('People/Leap Kid.md', { birthday: '--02-29' }),
    note('People/Feb Twin.md', { birthday: '02-28' }),
  ];
  let events: ICAL.Event[];
  beforeEach(() => {
    const snapshot = indexRecords(records, settingsWith()).snapshot(TODAY);
    const calendar = new ICAL.Component(ICAL.parse(followUpCalendar(snapshot, { stamp: STAMP, alarmMinutesBefore: 0 })) as unknown[]);
    events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  });
  const eventOf = (name: string) => {
    const found = events.find((event) => event.summary === `Birthday: ${name}`);
    if (!found) throw new Error(`no birthday event for ${name}`);
    return found;
  };
  /** The first `count` days the event falls on, as an independent parser expands its rule. */
  const occurrences = (name: string, count: number): string[] => {
    const iterator = eventOf(name).iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next && days.length < count; next = iterator.next()) days.push(next.toString().slice(0, 10));
    return days;
  };

  it('holds each birthday as a yearly all-day event from its next day', () => {
    const jane = eventOf('Jane Doe');
    expect(jane.isRecurring()).toBe(true);
    expect(jane.startDate.toString()).toBe('2024-06-14');
    expect(jane.startDate.isDate).toBe(true);
    expect(occurrences('Jane Doe', 3)).toEqual(['2024-06-14', '2025-06-14', '2026-06-14']);
    expect(jane.component.getFirstPropertyValue('categories')).toBe('Birthday');
  });

  it('puts 29 February on 28 February in other years, and leaves 28 February alone', () => {
    expect(occurrences('Leap Kid', 5)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28']);
    expect(occurrences('Feb Twin', 5)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-28', '2029-02-28']);
  });
});
