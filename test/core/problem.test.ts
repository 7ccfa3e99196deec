import { describe, expect, it } from 'vitest';
import { compareProblems, describeValue, type Problem } from '../../src/core/problem';

describe('a frontmatter value shown as the user wrote it', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;

  it.each([
    ['text, as it is', ' next week ', ' next week '],
    ['a date, as an instant', new Date(Date.UTC(2024, 5, 10, 14, 30)), '2024-06-10T14:30:00.000Z'],
    ['a date that is none', new Date(Number.NaN), 'Invalid Date'],
    ['nothing, as nothing', undefined, ''],
    ['a number', 2.5, '2.5'],
    ['a number that is none', Number.NaN, 'NaN'],
    ['an infinite number', -Infinity, '-Infinity'],
    ['a truth value', false, 'false'],
    ['a big integer', 12345678901234567890n, '12345678901234567890'],
    ['null', null, 'null'],
    ['a list', ['[[Ana]]', 3], '["[[Ana]]",3]'],
    ['a map', { a: 1 }, '{"a":1}'],
    ['a function, by its kind', () => 1, 'function'],
    ['a symbol, by its kind', Symbol('x'), 'symbol'],
    ['a map that holds itself, by its kind', circular, 'object'],
  ])('shows %s', (_name, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('the order of problems', () => {
  const problem = (path: string, field: string): Problem => ({ path, field, value: null, message: '' });

  it('is by path, then by field', () => {
    const problems = [problem('b.md', 'a'), problem('a.md', 'z'), problem('a.md', 'b'), problem('b.md', 'a'), problem('a.md', 'c')];
    expect([...problems].sort(compareProblems).map((p) => `${p.path} ${p.field}`)).toEqual([
      'a.md b',
      'a.md c',
      'a.md z',
      'b.md a',
      'b.md a',
    ]);
    expect(
      [...problems]
        .reverse()
        .sort(compareProblems)
        .map((p) => `${p.path} ${p.field}`),
    ).toEqual(['a.md b', 'a.md c', 'a.md z', 'b.md a', 'b.md a']);
  });

  it('compares each side both ways, and equal problems as equal', () => {
    expect(compareProblems(problem('a.md', 'x'), problem('b.md', 'a'))).toBe(-1);
    expect(compareProblems(problem('b.md', 'a'), problem('a.md', 'x'))).toBe(1);
    expect(compareProblems(problem('a.md', 'a'), problem('a.md', 'b'))).toBe(-1);
    expect(compareProblems(problem('a.md', 'b'), problem('a.md', 'a'))).toBe(1);
    expect(compareProblems(problem('a.md', 'a'), problem('a.md', 'a'))).toBe(0);
  });
});
