import { describe, expect, it } from 'vitest';
import { isDayFirst, parseDateWords } from '../../src/core/dates/date-words';

const WEDNESDAY = '2024-06-12';
const UK = { dayFirst: true, weekStart: 1 };

describe('a date in words named like a property every object has', () => {
  it.each([
    'constructor',
    'next constructor',
    'on __proto__',
    'in constructor',
    'in 3 constructor',
    'constructor 5',
    '5 constructor',
    'tostring',
  ])('%j is no date', (text) => {
    expect(parseDateWords(text, WEDNESDAY, UK)).toBeNull();
  });
});

describe('dates in words, each word and form on its own', () => {
  it.each<[string, string | null]>([
    ['now', WEDNESDAY],
    ['tod', WEDNESDAY],
    ['TODAY.', WEDNESDAY],
    ['tmr', '2024-06-13'],
    ['tomorrow,', '2024-06-13'],
    ['this fri', '2024-06-14'],
    ['next foo', null],
    ['in a month', '2024-07-12'],
    ['in  2   weeks', '2024-06-26'],
    ['+1y', '2025-06-12'],
    ['in 0 days', null],
    ['10d', '2024-06-22'],
    ['2 w', '2024-06-26'],
    ['1m', '2024-07-12'],
    ['0d', null],
    ['10000d', null],
    ['jun 12', WEDNESDAY],
    ['jun 11', '2025-06-11'],
    ['june 20 2026', '2026-06-20'],
    ['20 june 2026', '2026-06-20'],
    ['20 june, 2026', '2026-06-20'],
    ['june 20, 1000', '1000-06-20'],
    ['june 20, 0999', null],
    ['20-6', '2024-06-20'],
    ['20.6.2025', '2025-06-20'],
    ['20/6.2025', null],
    ['20/0', null],
    ['0/6', null],
    ['1/13', null],
    ['32/1', null],
    ['31/6', null],
    [' tomorrow ', '2024-06-13'],
    ['next  week', '2024-06-17'],
    ['next year', '2025-06-12'],
    // Nothing before or after the words of a form.
    ['1 thu', null],
    ['thu 5', null],
    ['soon in 2 days', null],
    ['1 jun 20', null],
    ['jun 20 x', null],
    ['20 june x', null],
    ['x20/6', null],
  ])('%j on a Wednesday (day first) is %s', (text, expected) => {
    expect(parseDateWords(text, WEDNESDAY, UK)).toBe(expected);
  });

  it('finds 29 February without a year in the next year that has one, eight years on across 2100', () => {
    expect(parseDateWords('feb 29', '2096-03-01', UK)).toBe('2104-02-29');
    expect(parseDateWords('29/2', '2097-01-01', UK)).toBe('2104-02-29');
  });

  it('has no date after the calendar’s last year', () => {
    expect(parseDateWords('jan 1', '9999-06-12', UK)).toBeNull();
    expect(parseDateWords('dec 31', '9999-06-12', UK)).toBe('9999-12-31');
  });

  it('reads numeric dates day first when the locale cannot be read', () => {
    expect(isDayFirst('not a locale!')).toBe(true);
    expect(isDayFirst('en-US')).toBe(false);
    expect(isDayFirst('en-GB')).toBe(true);
  });
});
