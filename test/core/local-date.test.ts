import { describe, expect, it } from 'vitest';
import {
  compareDates,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isoWeekLabel,
  localDateOf,
  parseLocalDate,
  startOfWeek,
  utcDateOf,
} from '../../src/core/local-date';
import { ISO_WEEKS_AT_YEAR_ENDS } from './iso-weeks.fixture';

describe('parseLocalDate', () => {
  it.each(['2024-06-10', '2024-02-29', '2000-02-29', '1999-12-31', '9999-12-31'])('accepts %s', (text) => {
    expect(parseLocalDate(text)).toBe(text);
  });
  it.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-06-00',
    '2024-06-31',
    '2024-6-1',
    '2024-06',
    '20240610',
    ' 2024-06-10',
    '2024-06-10 ',
    '2024-06-101',
    'x2024-06-10',
    '',
  ])('refuses %j', (text) => {
    expect(parseLocalDate(text)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  // Daylight-saving changes of 2024: the next calendar day, never 23 or 25 hours later.
  it.each([
    ['2024-03-09', 1, '2024-03-10'],
    ['2024-03-10', 1, '2024-03-11'],
    ['2024-11-02', 1, '2024-11-03'],
    ['2024-11-03', 1, '2024-11-04'],
    ['2024-04-06', 1, '2024-04-07'],
    ['2024-04-07', 1, '2024-04-08'],
    ['2024-09-28', 1, '2024-09-29'],
    ['2024-09-29', 1, '2024-09-30'],
    ['2023-09-30', 1, '2023-10-01'],
    ['2024-03-08', 3, '2024-03-11'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-06-10', 0, '2024-06-10'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-08-31', 3, '2024-11-30'],
    ['2024-11-15', 2, '2025-01-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %i months = %s (clamped)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-06-10', 1)).toBe('2025-06-10');
  });

  it('counts days across a year end and a leap day', () => {
    expect(daysBetween('2023-12-25', '2024-03-01')).toBe(67);
    expect(daysBetween('2024-03-01', '2023-12-25')).toBe(-67);
  });
});

describe('days of instants', () => {
  it('reads the local calendar day of an instant', () => {
    const instant = new Date(2024, 5, 10, 23, 59);
    expect(localDateOf(instant)).toBe('2024-06-10');
    expect(localDateOf(new Date(2024, 5, 11, 0, 0))).toBe('2024-06-11');
  });
  it('reads the UTC calendar day of a parsed YAML timestamp, whatever the zone', () => {
    expect(utcDateOf(new Date(Date.UTC(2024, 5, 10)))).toBe('2024-06-10');
  });
});

describe('weeks', () => {
  it.each(ISO_WEEKS_AT_YEAR_ENDS)('%s is in ISO week %s', (date, label) => {
    expect(isoWeekLabel(date)).toBe(label);
  });

  it('names the cases the spec calls out', () => {
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
  });

  it.each([
    ['2024-06-12', 1, '2024-06-10'],
    ['2024-06-10', 1, '2024-06-10'],
    ['2024-06-16', 1, '2024-06-10'],
    ['2024-06-12', 0, '2024-06-09'],
    ['2024-06-15', 6, '2024-06-15'],
    ['2024-06-14', 6, '2024-06-08'],
    ['2025-01-01', 1, '2024-12-30'],
  ])('the week of %s starting on day %i begins %s', (date, weekStart, start) => {
    expect(startOfWeek(date, weekStart)).toBe(start);
  });
});

describe('comparing dates of different widths', () => {
  it('puts a longer year after a shorter one, whichever comes first', () => {
    expect(compareDates('10000-01-03', '9999-12-20')).toBe(1);
    expect(compareDates('9999-12-20', '10000-01-03')).toBe(-1);
  });
});
