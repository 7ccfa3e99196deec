import { describe, expect, it } from 'vitest';
import { addDuration, describeEvery, formatDuration, parseDuration } from '../../src/core/duration';
import { indexRecords } from '../../src/core/follow-up-index';
import { note, settingsWith } from '../helpers/notes';

describe('parseDuration', () => {
  it.each([
    ['3d', 'P3D'],
    ['2w', 'P2W'],
    ['1m', 'P1M'],
    ['1y', 'P1Y'],
    ['10 days', 'P10D'],
    ['1 day', 'P1D'],
    ['2 weeks', 'P2W'],
    ['1 month', 'P1M'],
    ['6 months', 'P6M'],
    ['2 years', 'P2Y'],
    ['every 2 weeks', 'P2W'],
    ['Every Month', 'P1M'],
    ['every week', 'P1W'],
    ['every fortnight', null],
    ['every day', 'P1D'],
    ['every month', 'P1M'],
    ['every year', 'P1Y'],
    ['every monthly', 'P1M'],
    ['annually', 'P1Y'],
    ['  2   Weeks ', 'P2W'],
    ['every  2   weeks', 'P2W'],
    [' P2W ', 'P2W'],
    ['10 day', 'P10D'],
    ['4 wks', 'P4W'],
    ['6 mo', 'P6M'],
    ['3 yrs', 'P3Y'],
    ['month', null],
    ['daily', 'P1D'],
    ['weekly', 'P1W'],
    ['biweekly', 'P2W'],
    ['fortnightly', 'P2W'],
    ['monthly', 'P1M'],
    ['quarterly', 'P3M'],
    ['yearly', 'P1Y'],
    ['Monthly', 'P1M'],
    ['P2W', 'P2W'],
    ['P1M', 'P1M'],
    ['P10D', 'P10D'],
    ['p1y', 'P1Y'],
    ['0d', null],
    ['P0D', null],
    ['-1w', null],
    ['soon', null],
    ['2 fortnights', null],
    ['P1M2D', null],
    ['', null],
    ['3', null],
    // Junk, and spans nobody means: at most 100 years, so a date stays a four-digit year.
    ['P', null],
    ['1.5w', null],
    ['2w3d', null],
    ['P-1W', null],
    ['every', null],
    ['weekly!', null],
    ['99999d', null],
    ['100y', 'P100Y'],
    ['101y', null],
    ['9000y', null],
    ['1200m', 'P1200M'],
    ['1201 months', null],
    ['5200w', 'P5200W'],
    ['5201w', null],
    ['9999d', 'P9999D'],
  ])('%j is %s', (raw, iso) => {
    const duration = parseDuration(raw);
    expect(duration === null ? null : formatDuration(duration)).toBe(iso);
  });
});

describe('parseDuration, each spelling on its own', () => {
  it.each([
    ['1 wk', 'P1W'],
    ['2 yr', 'P2Y'],
    ['2 year', 'P2Y'],
    ['3 week', 'P3W'],
    ['every\t \tmonth', 'P1M'],
    ['every \n week', 'P1W'],
    ['every  quarterly', 'P3M'],
    // Nothing before the number or the P, nothing after the unit, at most four digits.
    ['x3d', null],
    ['3d!', null],
    ['3 days later', null],
    ['xp2w', null],
    ['p2w!', null],
    ['0003d', 'P3D'],
    ['00003d', null],
    ['P00003D', null],
    ['every days', null],
    ['every weeks', null],
    ['every 2', null],
    ['weekly monthly', null],
  ])('%j is %s', (raw, iso) => {
    const duration = parseDuration(raw);
    expect(duration === null ? null : formatDuration(duration)).toBe(iso);
  });
});

describe('addDuration', () => {
  it.each([
    ['2024-01-31', 'P1M', '2024-02-29'],
    ['2023-01-31', 'P1M', '2023-02-28'],
    ['2024-11-30', 'P3M', '2025-02-28'],
    ['2024-03-09', 'P1D', '2024-03-10'],
    ['2024-11-02', 'P1W', '2024-11-09'],
    ['2024-09-22', 'P2W', '2024-10-06'],
    ['2024-02-29', 'P1Y', '2025-02-28'],
  ])('%s + %s = %s', (from, iso, to) => {
    expect(addDuration(from, parseDuration(iso)!)).toBe(to);
  });
});

describe('describeEvery', () => {
  it.each([
    [{ amount: 1, unit: 'D' } as const, 'every day'],
    [{ amount: 1, unit: 'W' } as const, 'every week'],
    [{ amount: 2, unit: 'W' } as const, 'every 2 weeks'],
    [{ amount: 3, unit: 'M' } as const, 'every 3 months'],
    [{ amount: 5, unit: 'Y' } as const, 'every 5 years'],
    ['2w', 'every 2 weeks'],
    ['monthly', 'every month'],
    ['now and then', 'every now and then'],
    ['', 'every'],
  ])('%j in words is %j', (duration, words) => {
    expect(describeEvery(duration)).toBe(words);
  });
});

describe('a duration named like a property every object has', () => {
  it.each(['constructor', '__proto__', 'every constructor', 'every __proto__', '3 constructor', 'every tostring', 'P1CONSTRUCTOR'])(
    '%j is no duration',
    (raw) => {
      expect(parseDuration(raw)).toBeNull();
    },
  );

  it('is a problem naming the note and the field, not a due date that is no date', () => {
    const records = [note('People/Jane.md', { follow_up_every: 'constructor', last_contact: '2024-06-01' })];
    const snapshot = indexRecords(records, settingsWith()).snapshot('2024-06-12');
    expect(snapshot.items).toEqual([]);
    expect(snapshot.problems).toEqual([
      expect.objectContaining({ path: 'People/Jane.md', field: 'follow_up_every', value: 'constructor' }),
    ]);
  });
});
