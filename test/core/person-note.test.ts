import { describe, expect, it } from 'vitest';
import { howToMarkAPerson, isInPeopleFolder, isPersonByItself } from '../../src/core/note-head/person';
import { settingsWith } from '../helpers/notes';

const isPerson = (frontmatter: Record<string, unknown> | null, overrides = {}) =>
  isPersonByItself('References/Ana.md', frontmatter, settingsWith(overrides));

describe('a person tag', () => {
  it.each([
    ['under "tag"', { tag: 'person' }],
    ['with a leading #, in any case', { tags: ['#Person'] }],
    ['among others in one text, separated by spaces', { tags: 'work  person' }],
    ['after a leading comma', { tags: ', person' }],
    ['nested deeper', { tags: ['people/clients/key'] }],
    ['in an unquoted [[…]] list', { tags: [['person']] }],
    ['after values that are no tags', { tags: [3, null, { a: 1 }, 'contact'] }],
  ])('makes a person note: %s', (_name, frontmatter) => {
    expect(isPerson(frontmatter)).toBe(true);
  });

  it.each([
    ['a tag that only contains one', { tags: ['personal', 'xperson', 'per#son'] }],
    ['a tag whose nested part is one', { tags: ['work/person'] }],
    ['a tag that starts with a slash', { tags: ['/person'] }],
    ['a list three deep', { tags: [[['person']]] }],
    ['a number or a map', { tags: { person: true } }],
    ['under another key', { labels: ['person'], tagged: 'person' }],
    ['a person tag under a category key', { categories: 'contact', type: '#contact' }],
  ])('is not %s', (_name, frontmatter) => {
    expect(isPerson(frontmatter)).toBe(false);
  });

  it('is read from the settings as people write them there', () => {
    expect(isPerson({ tags: ['crm'] }, { personTags: [' #CRM '] })).toBe(true);
    expect(isPerson({ tags: ['crm/lead'] }, { personTags: [' #CRM '] })).toBe(true);
    expect(isPerson({ tags: ['person'] }, { personTags: [' #CRM '] })).toBe(false);
  });
});

describe('a person category', () => {
  it.each([
    ['under "category"', { category: 'People' }],
    ['as a plain text with spaces and in any case', { categories: '  person ' }],
    ['as a link with a heading', { categories: ['[[People#Clients]]'] }],
    ['as a link into a folder, with a display text', { type: '[[Categories/Person|who]]' }],
    ['as a path in plain text', { categories: 'Categories/People' }],
    ['in a nested list', { categories: [['People']] }],
  ])('makes a person note: %s', (_name, frontmatter) => {
    expect(isPerson(frontmatter)).toBe(true);
  });

  it.each([
    ['a category text that only holds one among others', { categories: 'Work, People' }],
    ['a link with text after it', { categories: '[[People]] x' }],
    ['a link to a note under the name', { categories: '[[People/Clients]]' }],
    ['a list three deep', { categories: [[['People']]] }],
    ['a tag key', { tags: ['[[People]]'] }],
  ])('is not %s', (_name, frontmatter) => {
    expect(isPerson(frontmatter)).toBe(false);
  });

  it('is read from the settings as people write them there', () => {
    expect(isPerson({ categories: 'crm' }, { personCategories: ['[[Lists/CRM]]'] })).toBe(true);
    expect(isPerson({ categories: 'People' }, { personCategories: ['CRM'] })).toBe(false);
  });
});

describe('a blank entry in the settings', () => {
  it('makes no note a person, whatever blanks the note holds', () => {
    const blanks = { personTags: ['', ' # ', 'person'], personCategories: ['', '[[]]', 'People'] };
    expect(isPerson({ tags: ', work', categories: '', type: '[[ ]]' }, blanks)).toBe(false);
    expect(isPerson({ tags: ['', '/x', ' '] }, blanks)).toBe(false);
    expect(isPerson({ tags: 'work, person' }, blanks)).toBe(true);
  });
});

describe('the people folder', () => {
  it('holds person notes, deep or not, and only when one is set', () => {
    const settings = settingsWith();
    expect(isInPeopleFolder('People/Ana.md', settings)).toBe(true);
    expect(isInPeopleFolder('People/Clients/Ana.md', settings)).toBe(true);
    expect(isInPeopleFolder('Ana.md', settings)).toBe(false);
    expect(isInPeopleFolder('People.md', settings)).toBe(false);
    for (const peopleFolder of ['', '  ']) {
      expect(isInPeopleFolder('Ana.md', settingsWith({ peopleFolder }))).toBe(false);
      expect(isPersonByItself('Ana.md', null, settingsWith({ peopleFolder }))).toBe(false);
    }
  });
});

describe('how to mark a note as a person note', () => {
  it('names each way the settings allow, the first tag and category of each', () => {
    expect(howToMarkAPerson(settingsWith())).toBe(
      'move it to the "People" folder, add "tags: [person]", add \'categories: ["[[People]]"]\', or link it from a meeting\'s "people" field',
    );
    expect(
      howToMarkAPerson(settingsWith({ peopleFolder: 'Contacts', personTags: ['#CRM', 'x'], personCategories: ['Clients', 'y'] })),
    ).toBe(
      'move it to the "Contacts" folder, add "tags: [crm]", add \'categories: ["[[Clients]]"]\', or link it from a meeting\'s "people" field',
    );
  });

  it('leaves out what the settings turn off', () => {
    expect(howToMarkAPerson(settingsWith({ peopleFolder: ' ', personTags: [], personCategories: [] }))).toBe(
      'or link it from a meeting\'s "people" field',
    );
    expect(howToMarkAPerson(settingsWith({ peopleFolder: '', personTags: ['person'], personCategories: [] }))).toBe(
      'add "tags: [person]", or link it from a meeting\'s "people" field',
    );
  });
});
