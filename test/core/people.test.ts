import { describe, expect, it } from 'vitest';
import { personName, readPeople } from '../../src/core/people';

describe('personName', () => {
  it.each([
    ['[[Jane Doe]]', 'Jane Doe'],
    ['[[People/Jane Doe|Jane]]', 'Jane Doe'],
    ['[[People/Jane Doe.md]]', 'Jane Doe'],
    ['[[Jane Doe#Contact]]', 'Jane Doe'],
    ['  Jane Doe  ', 'Jane Doe'],
    ['Jane', 'Jane'],
    ['', null],
    ['[[]]', null],
  ])('%j → %j', (text, name) => {
    expect(personName(text)).toBe(name);
  });
});

describe('readPeople', () => {
  it('reads one value or a list, without duplicates', () => {
    expect(readPeople('[[Jane Doe]]').names).toEqual(['Jane Doe']);
    expect(readPeople(['[[Jane Doe]]', 'Sam Lee', '[[People/Jane Doe|J]]']).names).toEqual(['Jane Doe', 'Sam Lee']);
  });
  it('reads an unquoted [[link]] that YAML turned into a nested list', () => {
    expect(readPeople([['Jane Doe']]).names).toEqual(['Jane Doe']);
    expect(readPeople([[['Jane Doe']], [['Sam Lee']]]).names).toEqual([]);
  });
  it('sets aside values that are not names', () => {
    expect(readPeople([42, '[[Jane Doe]]', null])).toEqual({ names: ['Jane Doe'], linked: ['Jane Doe'], rejected: [42] });
    expect(readPeople({ name: 'Jane' }).rejected).toHaveLength(1);
    expect(readPeople(undefined)).toEqual({ names: [], linked: [], rejected: [] });
  });
});
