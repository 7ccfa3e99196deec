import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { readNoteFacts } from '../../src/core/note-facts';
import { FIELD_TABLE, keysRead, SETTINGS_THAT_CHANGE_A_READING } from '../../src/core/note-head/fields';
import { isPersonByItself } from '../../src/core/note-head/person';
import { findFrontmatterBlock } from '../../src/core/note-head/fences';
import { isTemplatePlaceholder } from '../../src/core/note-head/placeholder';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const settings = settingsWith();

describe('a person note, by what it says itself (SPEC §10)', () => {
  it.each([
    ['in the people folder', 'People/Ana.md', {}],
    ['in a subfolder of it', 'People/Clients/Ana.md', null],
    ['tagged person', 'References/Ana.md', { tags: ['person'] }],
    ['tagged #people in one text', 'References/Ana.md', { tags: 'work, #people' }],
    ['tagged with a nested person tag', 'References/Ana.md', { tags: ['person/colleague'] }],
    ['tagged Contact, whatever the case', 'References/Ana.md', { Tags: ['Contact'] }],
    ['with categories "[[People]]"', 'References/Ana.md', { categories: ['[[People]]'] }],
    ['with an unquoted [[People]] (a list in a list)', 'References/Ana.md', { categories: [['People']] }],
    ['with a category link with a display text', 'References/Ana.md', { categories: '[[Categories/People|people]]' }],
    ['with type Person', 'References/Ana.md', { type: 'Person' }],
  ])('is one %s', (_name, path, frontmatter) => {
    expect(isPersonByItself(path, frontmatter, settings)).toBe(true);
  });

  it.each([
    ['a note elsewhere', 'References/Ana.md', { tags: ['personal'] }],
    ['a note of another category', 'References/Ana.md', { categories: ['[[Meetings]]'] }],
    ['a note of another type', 'References/Ana.md', { type: 'Peoples' }],
    ['a note that only names people', 'References/Ana.md', { people: ['[[Ana]]'] }],
    ['a folder that only starts like the people folder', 'People Archive/Ana.md', null],
  ])('is not %s', (_name, path, frontmatter) => {
    expect(isPersonByItself(path, frontmatter, settings)).toBe(false);
  });

  it('follows the settings', () => {
    const custom = settingsWith({ personTags: ['crm'], personCategories: ['Contacts'], peopleFolder: '' });
    expect(isPersonByItself('x.md', { tags: ['crm'] }, custom)).toBe(true);
    expect(isPersonByItself('x.md', { categories: ['[[Contacts]]'] }, custom)).toBe(true);
    expect(isPersonByItself('People/x.md', { tags: ['person'] }, custom)).toBe(false);
  });
});

const index = (records: NoteRecord[], today = '2024-06-12') => indexRecords(records, settings).snapshot(today);

describe('a stay-in-touch cadence', () => {
  it('gives an item on a person note outside the people folder, marked by its category', () => {
    const snapshot = index([
      note('References/Dana Reyes.md', { categories: ['[[People]]'], follow_up_every: '2w', last_contact: '2024-05-01' }),
    ]);
    expect(snapshot.items.map((item) => [item.path, item.due, item.source])).toEqual([
      ['References/Dana Reyes.md', '2024-05-15', 'cadence'],
    ]);
    expect(snapshot.problems).toEqual([]);
  });

  it('on a note that is not a person note gives no item, and a problem that says how to mark one', () => {
    const snapshot = index([note('Projects/Website.md', { follow_up_every: '2w' })]);
    expect(snapshot.items).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        path: 'Projects/Website.md',
        field: 'follow_up_every',
        value: 'every 2 weeks',
        message: expect.stringMatching(/not a person note.*"People" folder.*tags: \[person\].*categories: \["\[\[People\]\]"\]/) as unknown,
      },
    ]);
  });

  it("on a note linked from a meeting's people field is a person's, with no problem", () => {
    const snapshot = index([
      note('Projects/Kai.md', { follow_up_every: '3w' }),
      note('Meetings/2024-06-01 Lunch.md', { people: ['[[Kai]]'] }),
    ]);
    expect(snapshot.items.map((item) => [item.path, item.due])).toEqual([['Projects/Kai.md', '2024-06-22']]);
    expect(snapshot.problems).toEqual([]);
  });
});

describe('a template placeholder left in a note', () => {
  it.each([
    ['an unquoted {{date}}', { '{ date }': null }, '{{date}}'],
    ['a quoted {{date:YYYY-MM-DD}}', '{{date:YYYY-MM-DD}}', '{{date:YYYY-MM-DD}}'],
    ['a Templater call', '<% tp.date.now("YYYY-MM-DD", 2) %>', '<% tp.date.now("YYYY-MM-DD", 2) %>'],
  ])('is named as one: %s', (_name, value, shown) => {
    expect(isTemplatePlaceholder(value)).toBe(true);
    const [problem] = readNoteFacts(note('Inbox/New.md', { follow_up: value }), settings).problems;
    expect(problem).toMatchObject({
      field: 'follow_up',
      value: shown,
      message: expect.stringContaining('is a template placeholder') as unknown,
    });
  });

  it.each([['2024-06-10'], [{ a: 1 }], ['{ not a placeholder }'], [['{{date}}', 'x']]])('is not %j', (value) => {
    expect(isTemplatePlaceholder(value)).toBe(false);
  });
});

describe('two keys that differ only in case', () => {
  it.each([['Follow_up'], ['FOLLOW_UP'], [' follow_up ']])('with different values are a problem: %s and follow_up', (variant) => {
    const read = readNoteFacts(note('a.md', { [variant]: '2024-06-10', follow_up: '2024-06-11' }), settings);
    expect(read.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/Both ".*" and ".*" are set, to different values/) as unknown }),
    ]);
  });

  it('with the same value are not', () => {
    expect(readNoteFacts(note('a.md', { Follow_up: '2024-06-10', follow_up: '2024-06-10' }), settings).problems).toEqual([]);
  });

  it('outside the fields read are none of our business', () => {
    expect(readNoteFacts(note('a.md', { Tags: ['a'], tags: ['b'], follow_up: '2024-06-10' }), settings).problems).toEqual([]);
  });
});

describe('the table of fields', () => {
  it('gives every key read, and the settings the cache key holds', () => {
    expect([...keysRead(settings).standalone]).toEqual(expect.arrayContaining(['follow_up', 'follow-up', 'people', 'email', 'follow_up:']));
    expect(keysRead(settings).standalone.has('date')).toBe(false);
    expect(keysRead(settings).all.has('date')).toBe(true);
    expect(keysRead(settings).all.has('categories')).toBe(true);
    for (const row of FIELD_TABLE) if (row.setting !== null) expect(SETTINGS_THAT_CHANGE_A_READING).toContain(row.setting);
    expect(SETTINGS_THAT_CHANGE_A_READING).toContain('peopleFolder');
  });

  it('makes a new name in the fields setting read, relevant and kept without another edit', () => {
    const custom = settingsWith({ fields: { ...settings.fields, feedback: 'verdict' } });
    expect(keysRead(custom).standalone.has('verdict')).toBe(true);
    expect(readNoteFacts(note('a.md', { verdict: 'yes' }), custom).holdsKeyRead).toBe(true);
  });
});

describe('where the frontmatter block lies (one fence finder, for reading and writing)', () => {
  it.each([
    ['LF', '---\na: 1\n---\nbody', { from: 4, to: 9, end: 13, eol: '\n', body: 'a: 1' }],
    ['CRLF and a byte-order mark', '\uFEFF---\r\na: 1\r\n---\r\nbody', { from: 6, to: 12, end: 17, eol: '\r\n', body: 'a: 1' }],
    ['spaces after the fences and no body', '---  \na: 1\n--- \t', { from: 6, to: 11, end: 16, eol: '\n', body: 'a: 1' }],
    ['an empty block', '---\n---\n', { from: 4, to: 4, end: 8, eol: '\n', body: '' }],
  ])('gives the offsets of the YAML and of the body: %s', (_name, text, where) => {
    const block = findFrontmatterBlock(text);
    expect(block).toMatchObject({ language: '', ...where });
    if (typeof block !== 'object' || block === null) return;
    expect(text.slice(block.from, block.to).replace(/\r?\n$/, '')).toBe(block.body);
  });

  it('takes "----", "--- x" and "...", inside a block, for no closing fence', () => {
    expect(findFrontmatterBlock('---\na: 1\n----\n--- x\n...\n---\nbody')).toMatchObject({ to: 24, end: 28 });
  });
});
