import { describe, expect, it } from 'vitest';
import { describeDate, isDayFirst, parseDateWords } from '../../src/core/dates/date-words';

const WEDNESDAY = '2024-06-12';
const UK = { dayFirst: true, weekStart: 1 };
const US = { dayFirst: false, weekStart: 0 };

describe('dates typed in words', () => {
  it.each<[string, string | null]>([
    ['2024-06-20', '2024-06-20'],
    ['today', '2024-06-12'],
    ['Tomorrow', '2024-06-13'],
    ['tmrw', '2024-06-13'],
    ['yesterday', '2024-06-11'],
    ['thu', '2024-06-13'],
    ['tue', '2024-06-18'],
    ['next tue', '2024-06-18'],
    ['next Tuesday', '2024-06-18'],
    ['wednesday', '2024-06-19'],
    ['on friday', '2024-06-14'],
    ['next week', '2024-06-17'],
    ['next month', '2024-07-12'],
    ['next year', '2025-06-12'],
    ['in 2 weeks', '2024-06-26'],
    ['in 3 days', '2024-06-15'],
    ['in a week', '2024-06-19'],
    ['in 1 month', '2024-07-12'],
    ['+3d', '2024-06-15'],
    ['2w', '2024-06-26'],
    ['jun 20', '2024-06-20'],
    ['June 20th', '2024-06-20'],
    ['20 june', '2024-06-20'],
    ['the 20 jun', null],
    ['20th of june', '2024-06-20'],
    ['jun 1', '2025-06-01'],
    ['june 20, 2026', '2026-06-20'],
    ['20/6', '2024-06-20'],
    ['20.6.', '2024-06-20'],
    ['20/6/2025', '2025-06-20'],
    ['20/6/25', '2025-06-20'],
    ['1/2', '2025-02-01'],
    ['6/20', null],
    ['feb 29', '2028-02-29'],
    ['feb 30', null],
    ['31/4', null],
    ['soon', null],
    ['in 2 fortnights', null],
    ['', null],
    ['   ', null],
  ])('%s (day first)', (text, expected) => {
    expect(parseDateWords(text, WEDNESDAY, UK)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['6/20', '2024-06-20'],
    ['20/6', null],
    ['1/2', '2025-01-02'],
    ['next week', '2024-06-16'],
    ['jun 20', '2024-06-20'],
  ])('%s (month first)', (text, expected) => {
    expect(parseDateWords(text, WEDNESDAY, US)).toBe(expected);
  });

  it('counts the week from today on the first day of the week', () => {
    expect(parseDateWords('next week', '2024-06-17', UK)).toBe('2024-06-24');
    expect(parseDateWords('mon', '2024-06-17', UK)).toBe('2024-06-24');
  });

  it('reads the order of day and month from the locale', () => {
    expect(isDayFirst('en-GB')).toBe(true);
    expect(isDayFirst('de-DE')).toBe(true);
    expect(isDayFirst('en-US')).toBe(false);
  });

  it('says the date it means in words', () => {
    expect(describeDate('2024-06-18')).toBe('Tuesday, 18 June 2024');
    expect(describeDate('2028-02-29')).toBe('Tuesday, 29 February 2028');
  });
});
