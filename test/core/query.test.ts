import { beforeEach, describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { describeQueryError, parseQuery, type FollowUpQuery } from '../../src/core/query/parse-query';
import { runQuery, type QueryNote } from '../../src/core/query/run-query';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
// Built before each test, not once before all: Stryker counts what runs in a beforeAll hook as
// no test's coverage, so the tests reading it would never be run against a mutant.
let snapshot: ReturnType<ReturnType<typeof indexRecords>['snapshot']>;
beforeEach(() => {
  snapshot = indexRecords(
    [
      note('Meetings/2024-06-01 Pricing call.md', {
        follow_up: '2024-06-05',
        follow_up_with: '[[Jane Doe]]',
        follow_up_about: 'Send the pricing sheet',
      }),
      note('Meetings/2024-06-10 Demo.md', {
        follow_up: '2024-06-12',
        follow_up_with: ['[[Sam Lee]]', '[[Jane Doe]]'],
        follow_up_attempts: 3,
      }),
      note('Projects/Roadmap.md', { follow_up: '2024-06-15', follow_up_with: 'Ana Ruiz', follow_up_about: 'Q3 dates' }),
      note('Projects/C# port.md', { follow_up: '2024-06-25', follow_up_about: 'Check the build' }),
      note('People/Jane Doe.md', { follow_up_every: '2w', last_contact: '2024-06-01' }),
      note('Inbox/Far away.md', { follow_up: '2025-01-01', follow_up_with: '[[Sam Lee]]' }),
    ],
    settings,
  ).snapshot(TODAY);
});

function paths(text: string, at: QueryNote | null = null): string[] {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.errors.map(describeQueryError).join('\n'));
  const run = runQuery(snapshot, parsed.query, at, settings.upcomingDays);
  if (!run.ok) throw new Error(run.errors.map(describeQueryError).join('\n'));
  return run.result.items.map((item) => item.path);
}

function errorOf(text: string): string {
  const parsed = parseQuery(text);
  if (parsed.ok) throw new Error(`parsed: ${JSON.stringify(parsed.query)}`);
  return parsed.errors.map(describeQueryError).join('\n');
}

const JANE: QueryNote = { path: 'People/Jane Doe.md', title: 'Jane Doe' };
const DEMO: QueryNote = { path: 'Meetings/2024-06-10 Demo.md', title: '2024-06-10 Demo' };

describe('the follow-ups query selects items', () => {
  it.each<[string, string, QueryNote | null, string[]]>([
    [
      'an empty query shows what is due',
      '',
      null,
      ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md', 'People/Jane Doe.md', 'Projects/Roadmap.md'],
    ],
    [
      'only comments',
      '# nothing but a comment\n   \n',
      null,
      ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md', 'People/Jane Doe.md', 'Projects/Roadmap.md'],
    ],
    ['due: overdue, today', 'due: overdue, today', null, ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md']],
    ['due: later', 'due: later', null, ['Projects/C# port.md', 'Inbox/Far away.md']],
    [
      'due: all',
      'due: all',
      null,
      [
        'Meetings/2024-06-01 Pricing call.md',
        'Meetings/2024-06-10 Demo.md',
        'People/Jane Doe.md',
        'Projects/Roadmap.md',
        'Projects/C# port.md',
        'Inbox/Far away.md',
      ],
    ],
    ['within widens upcoming', 'due: upcoming\nwithin: 14', null, ['People/Jane Doe.md', 'Projects/Roadmap.md', 'Projects/C# port.md']],
    ['within: 0 leaves no upcoming', 'due: upcoming; within: 0', null, []],
    [
      'with a link',
      'with: [[Jane Doe]]',
      null,
      ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md', 'People/Jane Doe.md'],
    ],
    ['with a link with a folder and display text', 'with: [[People/Sam Lee|Sam]]', null, ['Meetings/2024-06-10 Demo.md']],
    ['with a plain name in any case', 'with: ana ruiz', null, ['Projects/Roadmap.md']],
    [
      'with: this in a person note',
      'with: this',
      JANE,
      ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md', 'People/Jane Doe.md'],
    ],
    ['path: this', 'path: this', DEMO, ['Meetings/2024-06-10 Demo.md']],
    ['path prefix', 'path: Meetings/', null, ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md']],
    ['path prefix with a leading slash', 'path: /Projects', null, ['Projects/Roadmap.md']],
    ['about in the about field, any case', 'about: PRICING', null, ['Meetings/2024-06-01 Pricing call.md']],
    ['about in the title', 'about: demo', null, ['Meetings/2024-06-10 Demo.md']],
    ['a # inside a word is text', 'about: C# port\ndue: all', null, ['Projects/C# port.md']],
    ['a comment after a value', 'about: roadmap   # the big one', null, ['Projects/Roadmap.md']],
    ['source: cadence', 'source: cadence', null, ['People/Jane Doe.md']],
    ['source: note, cadence', 'source: note, cadence; due: today', null, ['Meetings/2024-06-10 Demo.md']],
    ['source: birthday is accepted', 'source: birthday', null, []],
    ['flag: unresponsive', 'flag: unresponsive', null, ['Meetings/2024-06-10 Demo.md']],
    ['flag: batch', 'flag: batch', null, ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md', 'People/Jane Doe.md']],
    ['flag written with a space', 'flag: too soon', null, []],
    ['flag: contacted and away are accepted', 'flag: contacted, away', null, []],
    ['all lines must hold', 'with: Jane Doe\npath: Meetings/\ndue: overdue', null, ['Meetings/2024-06-01 Pricing call.md']],
    ['limit keeps the first items', 'limit: 2', null, ['Meetings/2024-06-01 Pricing call.md', 'Meetings/2024-06-10 Demo.md']],
    ['keys in any case, CRLF lines', 'DUE: today\r\nWith: Sam Lee', null, ['Meetings/2024-06-10 Demo.md']],
    ['quoted values', 'about: "pricing sheet"', null, ['Meetings/2024-06-01 Pricing call.md']],
  ])('%s', (_name, text, at, expected) => {
    expect(paths(text, at)).toEqual(expected);
  });
});

describe('the follow-ups query refuses what it cannot use, naming the line', () => {
  it.each([
    [
      'an unknown key',
      'due: today\ncolour: red',
      'Line 2: unknown key "colour": use due, within, with, about, path, source, flag, limit, group.',
    ],
    ['a bad due word', 'due: soon', 'Line 1: "due: soon" is not a due word: use overdue, today, upcoming, later or all.'],
    ['all mixed with words', 'due: all, today', 'Line 1: "due: all" is not a due word: use overdue, today, upcoming, later or all.'],
    ['a bad source', '# sources\nsource: calendar', 'Line 2: "source: calendar" is not a source: use note, cadence, birthday.'],
    ['a bad flag', 'flag: urgent', 'Line 1: "flag: urgent" is not a flag: use contacted, unresponsive, batch, too_soon, away.'],
    ['within not a number', 'within: two weeks', 'Line 1: "within: two weeks" must be a whole number of days from 0 to 3660.'],
    ['a negative within', 'within: -3', 'Line 1: "within: -3" must be a whole number of days from 0 to 3660.'],
    ['limit zero', 'limit: 0', 'Line 1: "limit: 0" must be a whole number, 1 or more.'],
    ['a bad group', 'group: week', 'Line 1: "group: week" must be one of date, person, none.'],
    ['no colon', 'overdue', 'Line 1: "overdue" is not a condition: write a key, a colon and a value, e.g. "due: today".'],
    ['an empty value', 'with:', 'Line 1: "with" needs a value: a name, a link or this.'],
    ['a setting given twice', 'limit: 3\nlimit: 4', 'Line 2: "limit" is already given on line 1; give it once.'],
    ['an empty link', 'with: [[]]', 'Line 1: "with: [[]]" names nobody: write a name or a link such as [[Jane Doe]].'],
    [
      'every bad line, in order',
      'due: soon; flag: urgent',
      'Line 1: "due: soon" is not a due word: use overdue, today, upcoming, later or all.\nLine 1: "flag: urgent" is not a flag: use contacted, unresponsive, batch, too_soon, away.',
    ],
  ])('%s', (_name, text, expected) => {
    expect(errorOf(text)).toBe(expected);
  });

  it('says that `this` needs a note when the query is in none', () => {
    const parsed = parseQuery('due: all\nwith: this');
    expect(parsed.ok).toBe(true);
    const run = runQuery(snapshot, (parsed as { query: FollowUpQuery }).query, null, 7);
    expect(run).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: '"with: this" means the note the query is in, and there is none here (on the command line, give --note NOTE).',
        },
      ],
    });
  });
});

describe('the follow-ups query groups and limits', () => {
  function groups(text: string) {
    const parsed = parseQuery(text);
    if (!parsed.ok) throw new Error('bad query');
    const run = runQuery(snapshot, parsed.query, null, 7);
    if (!run.ok) throw new Error('bad run');
    return { groups: run.result.groups.map((group) => [group.label, group.items.map((item) => item.title)]), more: run.result.more };
  }

  it('groups by date bucket by default, in order', () => {
    expect(groups('due: all').groups).toEqual([
      ['Overdue', ['2024-06-01 Pricing call']],
      ['Today', ['2024-06-10 Demo']],
      ['Upcoming', ['Jane Doe', 'Roadmap']],
      ['Later', ['C# port', 'Far away']],
    ]);
  });

  it('groups by first person, by name, no one last', () => {
    expect(groups('due: all\ngroup: person').groups).toEqual([
      ['Ana Ruiz', ['Roadmap']],
      ['Jane Doe', ['2024-06-01 Pricing call', 'Jane Doe']],
      ['Sam Lee', ['2024-06-10 Demo', 'Far away']],
      ['No one named', ['C# port']],
    ]);
  });

  it('shows one group without a heading for group: none, and counts what limit left out', () => {
    expect(groups('due: all; group: none; limit: 4')).toEqual({
      groups: [['', ['2024-06-01 Pricing call', '2024-06-10 Demo', 'Jane Doe', 'Roadmap']]],
      more: 2,
    });
  });
});

describe('the follow-ups query at the edges of what it accepts', () => {
  const parsed = (text: string): FollowUpQuery => {
    const result = parseQuery(text);
    if (!result.ok) throw new Error(result.errors.map(describeQueryError).join('\n'));
    return result.query;
  };

  it('reads the settings lines at both ends of their range, and defaults without them', () => {
    expect(parsed('')).toEqual({ conditions: [], within: null, limit: null, group: 'date' });
    expect(parsed('within: 3660; limit: 100000; group: PERSON')).toEqual({ conditions: [], within: 3660, limit: 100_000, group: 'person' });
    expect(parsed('within: 0; limit: 1; group: none')).toMatchObject({ within: 0, limit: 1, group: 'none' });
    expect(errorOf('within: 3661')).toBe('Line 1: "within: 3661" must be a whole number of days from 0 to 3660.');
    expect(errorOf('limit: 100001')).toBe('Line 1: "limit: 100001" must be a whole number, 1 or more.');
    expect(errorOf('limit: 0000001')).toBe('Line 1: "limit: 0000001" must be a whole number, 1 or more.');
    expect(errorOf('limit: 2.5')).toBe('Line 1: "limit: 2.5" must be a whole number, 1 or more.');
    expect(errorOf('limit: 3 items')).toBe('Line 1: "limit: 3 items" must be a whole number, 1 or more.');
    for (const number of ['+3', '0x10', '1e3', '3.'])
      expect(errorOf(`within: ${number}`)).toBe(`Line 1: "within: ${number}" must be a whole number of days from 0 to 3660.`);
  });

  it('reads each condition line into its condition, numbering lines after any line ending', () => {
    expect(
      parsed(
        "Due: Overdue,, Today\rsource: Note\nflag: Too-Soon, away\r\nwith: [[Jane Doe]]\n\npath: /Meetings/\npath: THIS; with: This\nabout:  'C# port'  ",
      ).conditions,
    ).toEqual([
      { key: 'due', line: 1, buckets: ['overdue', 'today'] },
      { key: 'source', line: 2, sources: ['note'] },
      { key: 'flag', line: 3, flags: ['too_soon', 'away'] },
      { key: 'with', line: 4, person: { kind: 'name', name: 'Jane Doe' } },
      { key: 'path', line: 6, path: { kind: 'prefix', prefix: 'Meetings/' } },
      { key: 'path', line: 7, path: { kind: 'this' } },
      { key: 'with', line: 7, person: { kind: 'this' } },
      { key: 'about', line: 8, text: 'C# port' },
    ]);
    expect(parsed('due: ALL').conditions).toEqual([{ key: 'due', line: 1, buckets: 'all' }]);
    expect(parsed('Due : today').conditions).toEqual([{ key: 'due', line: 1, buckets: ['today'] }]);
    expect(parsed('path: Meetings/2024/').conditions).toEqual([
      { key: 'path', line: 1, path: { kind: 'prefix', prefix: 'Meetings/2024/' } },
    ]);
    expect(parsed('about: "C#" port\nabout: the "big" one\nabout: say "hi"').conditions).toEqual([
      { key: 'about', line: 1, text: '"C#" port' },
      { key: 'about', line: 2, text: 'the "big" one' },
      { key: 'about', line: 3, text: 'say "hi"' },
    ]);
    expect(parsed('flag: too - soon; path: //Meetings/').conditions).toEqual([
      { key: 'flag', line: 1, flags: ['too_soon'] },
      { key: 'path', line: 1, path: { kind: 'prefix', prefix: 'Meetings/' } },
    ]);
    expect(parsed('about: " spaced "').conditions).toEqual([{ key: 'about', line: 1, text: 'spaced' }]);
    expect(parsed('about: "half quoted\'').conditions).toEqual([{ key: 'about', line: 1, text: '"half quoted\'' }]);
  });

  it('takes # as a comment at the start of a line or after white space only', () => {
    expect(parsed('#due: soon').conditions).toEqual([]);
    expect(parsed('about: a#b\t# c#d').conditions).toEqual([{ key: 'about', line: 1, text: 'a#b' }]);
    expect(parsed('about: C#, F# #note').conditions).toEqual([{ key: 'about', line: 1, text: 'C#, F#' }]);
  });

  it('takes a line that starts with its colon as an unknown key', () => {
    expect(errorOf(': today')).toBe('Line 1: unknown key "": use due, within, with, about, path, source, flag, limit, group.');
  });

  it('allows a condition twice (both must hold) but a setting once', () => {
    expect(parsed('due: overdue\ndue: today').conditions).toHaveLength(2);
    expect(errorOf('group: none\n\nwithin: 3\ngroup: date\nwithin: 4')).toBe(
      'Line 4: "group" is already given on line 1; give it once.\nLine 5: "within" is already given on line 3; give it once.',
    );
  });

  it.each([
    ['due', ': overdue, today, upcoming, later or all'],
    ['source', ': note, cadence, birthday'],
    ['flag', ': contacted, unresponsive, batch, too_soon, away'],
    ['group', ': date, person, none'],
    ['with', ': a name, a link or this'],
    ['path', ': a folder such as Meetings/ or this'],
    ['about', ''],
    ['within', ''],
    ['limit', ''],
  ])('says what "%s" needs when it has no value', (key, hint) => {
    expect(errorOf(`${key}:  # nothing`)).toBe(`Line 1: "${key}" needs a value${hint}.`);
  });

  it('names an unknown key as written and a wrong word by the first one wrong', () => {
    expect(errorOf('  Colour : red')).toBe('Line 1: unknown key "Colour": use due, within, with, about, path, source, flag, limit, group.');
    expect(errorOf('source: note, calendar, ics')).toBe('Line 1: "source: calendar" is not a source: use note, cadence, birthday.');
    expect(errorOf('flag: batch, urgent')).toBe(
      'Line 1: "flag: urgent" is not a flag: use contacted, unresponsive, batch, too_soon, away.',
    );
    expect(errorOf('due: today, soon')).toBe('Line 1: "due: soon" is not a due word: use overdue, today, upcoming, later or all.');
  });
});

describe('the follow-ups query runs', () => {
  function run(text: string, at: QueryNote | null = null, upcomingDays = settings.upcomingDays) {
    const parsed = parseQuery(text);
    if (!parsed.ok) throw new Error('bad query');
    return runQuery(snapshot, parsed.query, at, upcomingDays);
  }
  const titles = (text: string, upcomingDays?: number) => {
    const result = run(text, null, upcomingDays);
    if (!result.ok) throw new Error('bad run');
    return result.result.items.map((item) => item.title);
  };

  it('says that `path: this` needs a note, each such line by its number', () => {
    expect(run('due: all\npath: this\nwith: Jane Doe; with: this')).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: '"path: this" means the note the query is in, and there is none here (on the command line, give --note NOTE).',
        },
        {
          line: 3,
          message: '"with: this" means the note the query is in, and there is none here (on the command line, give --note NOTE).',
        },
      ],
    });
  });

  it('ends "upcoming" at the window setting unless the query says within', () => {
    expect(titles('due: upcoming', 3)).toEqual(['Jane Doe', 'Roadmap']);
    expect(titles('due: upcoming', 2)).toEqual([]);
    expect(titles('due: upcoming; within: 3', 30)).toEqual(['Jane Doe', 'Roadmap']);
    expect(titles('', 30)).toEqual(['2024-06-01 Pricing call', '2024-06-10 Demo', 'Jane Doe', 'Roadmap', 'C# port']);
  });

  it('finds about in the about field or the title only', () => {
    expect(titles('about: sheet')).toEqual(['2024-06-01 Pricing call']);
    expect(titles('about: here; due: all')).toEqual([]);
    expect(titles('about: q3; due: all')).toEqual(['Roadmap']);
    expect(titles('about: Ana Ruiz; due: all')).toEqual([]);
  });

  it('finds items with any of the flags asked for', () => {
    expect(titles('flag: unresponsive, batch')).toEqual(['2024-06-01 Pricing call', '2024-06-10 Demo', 'Jane Doe']);
  });

  it('with: this names the person of the note, even with spaces around its title', () => {
    const result = run('with: this', { path: 'People/Jane Doe .md', title: ' Jane Doe ' });
    expect(result.ok && result.result.items.map((item) => item.title)).toEqual(['2024-06-01 Pricing call', '2024-06-10 Demo', 'Jane Doe']);
  });

  it('with: this in a note of nobody’s name finds nobody, in no group however grouped', () => {
    for (const group of ['date', 'person', 'none'])
      expect(run(`with: this; due: all; group: ${group}`, DEMO)).toEqual({ ok: true, result: { items: [], groups: [], more: 0 } });
  });

  it('groups by first person with no one last, whatever comes first, by name in any case', () => {
    const result = run('due: later; group: person');
    expect(result.ok && result.result.groups.map((group) => [group.label, group.items.map((item) => item.title)])).toEqual([
      ['Sam Lee', ['Far away']],
      ['No one named', ['C# port']],
    ]);
  });

  it('groups by date in the order of the buckets, each with its items, and counts none left out without a limit', () => {
    const result = run('due: today, later');
    expect(result.ok && result.result).toMatchObject({
      groups: [
        { label: 'Today', items: [{ title: '2024-06-10 Demo' }] },
        { label: 'Later', items: [{ title: 'C# port' }, { title: 'Far away' }] },
      ],
      more: 0,
    });
  });
});
