import { describe, expect, it } from 'vitest';
import { personKey, personName, readPeople } from '../../src/core/people';

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

describe('a person name, at the edges of each form', () => {
  it.each([
    ['  ![[Jane Doe]]  ', 'Jane Doe'],
    ['[[People/ Jane Doe .MD]]', 'Jane Doe'],
    ['[[Jane.md.md]]', 'Jane.md'],
    ['[[Jane Doe.md ]]', 'Jane Doe'],
    ['[Jane]( <People/Jane Doe.md> )', 'Jane Doe'],
    ['[Jane](<Jane Doe.md)', 'Jane Doe'],
    ['[[Jane Doe|]]', 'Jane Doe'],
    ['[[#Heading]]', null],
    ['[[People/]]', null],
    ['x[[Jane Doe]]', 'x[[Jane Doe]]'],
    ['[[Jane Doe]] x', '[[Jane Doe]] x'],
    ['[[Ja]ne]]', '[[Ja]ne]]'],
    ['[[Jane\nDoe]]', 'Jane\nDoe'],
    ['[Jane](<People/Jane Doe.md)', 'Jane Doe'],
    ['[Jane](<People/Jane Doe.md> "her note")', 'Jane Doe'],
    ["[Jane](People/Jane.md 'her note')", 'Jane'],
    ['[Jane](People/Jane.md (her note))', 'Jane'],
    ['[Jane](People/Jane Doe.md her note)', 'Jane Doe.md her note'],
    ['[Jane]( People/Jane.md )', 'Jane'],
    ['[Jane](People/Jane.md#Contact)', 'Jane'],
    ['[Jane](#Contact)', null],
    ['[Jane](People/)', null],
    ['x[Jane](Jane.md)', 'x[Jane](Jane.md)'],
    ['[Jane](Jane.md) x', '[Jane](Jane.md) x'],
    ['[Ja]ne](Jane.md)', '[Ja]ne](Jane.md)'],
    ['[Jane](HTTPS://example.com)', 'Jane'],
    ['[Jane](a.b+c-d1:x)', 'Jane'],
    ['[Jane](1a:x)', '1a:x'],
    ['[](https://example.com)', null],
    ['[  ](mailto:x@example.com)', null],
    ['[ Jane ](mailto:x@example.com)', 'Jane'],
    ['\t', null],
  ])('%j → %j', (text, name) => {
    expect(personName(text)).toBe(name);
  });
});

describe('the people of a field, at the edges', () => {
  it('reads a link or a plain name one list deep, and a name two lists deep as a link', () => {
    expect(readPeople('Sam')).toEqual({ names: ['Sam'], linked: [], rejected: [] });
    expect(readPeople(['Sam', ['Jane']])).toEqual({ names: ['Sam', 'Jane'], linked: ['Jane'], rejected: [] });
  });

  it('sets aside lists three deep, and skips blank names', () => {
    expect(readPeople([[['Jane Doe']], '  ', ''])).toEqual({ names: [], linked: [], rejected: [['Jane Doe']] });
  });

  it('keeps the first spelling of a person, linked or not', () => {
    expect(readPeople(['jane', '[[Jane]]', '[[JANE]]'])).toEqual({ names: ['jane'], linked: ['jane'], rejected: [] });
    expect(readPeople(['[[Sam]]', '[[Jane]]', 'sam', '[[SAM]]'])).toEqual({
      names: ['Sam', 'Jane'],
      linked: ['Sam', 'Jane'],
      rejected: [],
    });
  });

  it('finds a person however the name is spelt in case or Unicode form', () => {
    expect(personKey('José')).toBe(personKey('JOSE\u0301'));
    expect(personKey('Jane')).not.toBe(personKey('Jane '));
  });
});
