import { describe, expect, it } from 'vitest';
import { describeDayDistance, describeDue } from '../../src/core/relative-time';

// Every boundary of the wording (0, ±1, ±2) on both sides, across the end of a month and of a year.
const TODAY = '2024-12-31';

describe('how a due date stands against today', () => {
  it.each([
    ['2024-12-01', '30 days overdue'],
    ['2024-12-29', '2 days overdue'],
    ['2024-12-30', '1 day overdue'],
    ['2024-12-31', 'due today'],
    ['2025-01-01', 'due tomorrow'],
    ['2025-01-02', 'due in 2 days'],
    ['2025-03-01', 'due in 60 days'],
  ])('due %s, today 2024-12-31: %s', (due, words) => {
    expect(describeDue(due, TODAY)).toBe(words);
  });
});

describe('how far a day is from today', () => {
  it.each([
    ['2024-12-01', '30 days ago'],
    ['2024-12-29', '2 days ago'],
    ['2024-12-30', 'yesterday'],
    ['2024-12-31', 'today'],
    ['2025-01-01', 'tomorrow'],
    ['2025-01-02', 'in 2 days'],
    ['2025-03-01', 'in 60 days'],
  ])('%s, today 2024-12-31: %s', (date, words) => {
    expect(describeDayDistance(date, TODAY)).toBe(words);
  });
});
