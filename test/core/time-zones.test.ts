import { describe, expect, it } from 'vitest';
import { planDone, planNudge, snoozeChoices } from '../../src/core/actions/plan-actions';
import { indexRecords } from '../../src/core/follow-up-index';
import { addDays, daysBetween, localDateOf } from '../../src/core/local-date';
import { reviewWeek } from '../../src/core/review-week';
import { note, settingsWith } from '../helpers/notes';
import { ISO_WEEKS_AT_YEAR_ENDS } from './iso-weeks.fixture';

// This file runs in every zone of vitest.config.ts. The expected values are computed here without
// the code under test and without the local zone: calendar arithmetic on UTC dates, and Intl for the
// wall calendar of an instant.

/** `date` + `days` on the calendar, by UTC arithmetic (no local zone involved). */
function calendarPlus(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The wall-calendar day of an instant in the zone the tests run in, as Intl sees it. */
const wallCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** UTC offsets in minutes (local − UTC) on 15 January and 15 July 2024, 12:00 UTC. */
const OFFSETS: Record<string, readonly [number, number]> = {
  UTC: [0, 0],
  'America/Los_Angeles': [-480, -420],
  'Pacific/Honolulu': [-600, -600],
  'America/St_Johns': [-210, -150],
  'Asia/Kolkata': [330, 330],
  'Pacific/Auckland': [780, 720],
  'Pacific/Kiritimati': [840, 840],
  'Australia/Lord_Howe': [660, 630],
};

it('runs in the time zone its project names', () => {
  const zone = process.env.TZ ?? '';
  expect(Object.keys(OFFSETS)).toContain(zone);
  const offset = (instant: Date) => 0 - instant.getTimezoneOffset();
  expect([offset(new Date(Date.UTC(2024, 0, 15, 12))), offset(new Date(Date.UTC(2024, 6, 15, 12)))]).toEqual(OFFSETS[zone]);
});

/**
 * The daylight-saving days of 2024 (US, New Zealand, Lord Howe) and Australia's of 2023 (the day
 * obsidian-tasks#2309 recreated a daily task on the same day), with the days either side.
 */
const DST_DAYS = ['2024-03-10', '2024-11-03', '2024-04-07', '2024-09-29', '2024-10-06', '2023-10-01'];
const AROUND = DST_DAYS.flatMap((day) => [-2, -1, 0, 1, 2].map((offset) => calendarPlus(day, offset)));

describe('across the daylight-saving days', () => {
  it.each(AROUND)('snoozing on %s offers tomorrow, in 3 days and next Monday, by the calendar', (today) => {
    const toMonday = (8 - weekday(today)) % 7 || 7;
    expect(snoozeChoices(today, 1).map((choice) => choice.date)).toEqual([
      calendarPlus(today, 1),
      calendarPlus(today, 3),
      calendarPlus(today, toMonday),
    ]);
  });

  it.each(AROUND)('from %s, whole days add and count exactly', (day) => {
    for (const days of [1, 2, 7, 30, -1, -7]) {
      expect(addDays(day, days)).toBe(calendarPlus(day, days));
      expect(daysBetween(day, calendarPlus(day, days))).toBe(days);
    }
  });

  it.each(AROUND)('a stay-in-touch contact last seen the day before %s is due that day, daily and weekly', (day) => {
    const settings = settingsWith();
    const yesterday = calendarPlus(day, -1);
    const daily = note('People/Daily.md', { follow_up_every: 'daily', last_contact: yesterday });
    const weekly = note('People/Weekly.md', { follow_up_every: '1w', last_contact: calendarPlus(day, -7) });
    const due = indexRecords([daily, weekly], settings)
      .snapshot(day)
      .items.map((item) => [item.path, item.due, item.bucket]);
    expect(due).toEqual([
      ['People/Daily.md', day, 'today'],
      ['People/Weekly.md', day, 'today'],
    ]);
  });

  it.each(AROUND)('on %s, nudge waits whole days and done moves a repeating follow-up by whole days', (today) => {
    const settings = settingsWith();
    const records = [note('Deals/Repeat.md', { follow_up: today, follow_up_every: '2d' }), note('Deals/Nudge.md', { follow_up: today })];
    const snapshot = indexRecords(records, settings).snapshot(today);
    const item = (path: string) => snapshot.items.find((candidate) => candidate.path === path)!;
    expect(planDone(item('Deals/Repeat.md'), snapshot, settings)[0]?.patch.set.follow_up).toBe(calendarPlus(today, 2));
    expect(planNudge(item('Deals/Nudge.md'), snapshot, settings)[0]?.patch.set.follow_up).toBe(
      calendarPlus(today, settings.nudgeWaits[0]!),
    );
  });

  it.each(AROUND)('an item due %s is upcoming the day before, today on the day, overdue the day after', (day) => {
    const index = indexRecords([note('Deals/Acme.md', { follow_up: day })], settingsWith());
    const bucket = (today: string) => index.snapshot(today).items[0]?.bucket;
    expect([bucket(calendarPlus(day, -1)), bucket(day), bucket(calendarPlus(day, 1))]).toEqual(['upcoming', 'today', 'overdue']);
  });
});

describe('around local midnight', () => {
  /** Instants each side of every local midnight, and every hour, from two days before to two days after. */
  function instantsAround(day: string): Date[] {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const instants: Date[] = [];
    for (let offset = -2; offset <= 2; offset += 1) {
      const midnight = new Date(year, month - 1, date + offset, 0, 0, 0, 0);
      instants.push(new Date(midnight.getTime() - 1), midnight, new Date(midnight.getTime() + 1));
      for (let hour = 0; hour < 24; hour += 1) instants.push(new Date(year, month - 1, date + offset, hour, 30));
    }
    return instants;
  }

  it.each([...DST_DAYS, '2024-06-12', '2024-12-31', '2025-01-01'])(
    'the day of each instant near %s is the day on the wall calendar',
    (day) => {
      for (const instant of instantsAround(day)) expect(localDateOf(instant), instant.toISOString()).toBe(wallCalendar.format(instant));
    },
  );

  it('an item is due today from 00:00 to 23:59:59.999 local time, and overdue a millisecond later', () => {
    const index = indexRecords([note('Deals/Acme.md', { follow_up: '2024-11-03' })], settingsWith());
    const bucketAt = (instant: Date) => index.snapshot(localDateOf(instant)).items[0]?.bucket;
    const lastMoment = new Date(new Date(2024, 10, 4, 0, 0, 0, 0).getTime() - 1);
    expect(bucketAt(new Date(2024, 10, 3, 0, 0, 0, 0))).toBe('today');
    expect(bucketAt(lastMoment)).toBe('today');
    expect(bucketAt(new Date(lastMoment.getTime() + 1))).toBe('overdue');
    expect(bucketAt(new Date(new Date(2024, 10, 3, 0, 0, 0, 0).getTime() - 1))).toBe('upcoming');
  });
});

describe('the weekly review at every year end from 2019 to 2030', () => {
  it.each(ISO_WEEKS_AT_YEAR_ENDS)('on %s reviews ISO week %s, year and week from the same calendar', (date, label) => {
    expect(reviewWeek(date, 1).label).toBe(label);
  });
});
