import { describe, expect, it } from 'vitest';
import { parseDateWords } from '../../src/core/dates/date-words';

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
