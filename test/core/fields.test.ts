import { describe, expect, it } from 'vitest';
import { readNoteFacts } from '../../src/core/note-facts';
import { keysRead, normaliseKey, ownFieldNames, readingSettings } from '../../src/core/note-head/fields';
import type { NoteRecord } from '../../src/core/note-record';
import type { Settings } from '../../src/core/settings';
import { note, settingsWith } from '../helpers/notes';

describe('a key that makes a note relevant by itself', () => {
  it.each([
    ['a field of the settings', { follow_up_feedback: 'Loved it' }],
    ['a follow-up alias', { 'follow-up': '2024-06-10' }],
    ['a Dataview-style key', { 'follow_up_outcome:': 'replied' }],
    ['a merge key', { '<<': { a: 1 } }],
    ['a people field', { attendees: 'Sam' }],
    ['the e-mail field', { email: 'sam@example.com' }],
    ['the phone field', { phone: '+1 555 0100' }],
    ['a preferred channel field', { channel: 'email' }],
    ['any spelling of one', { ' Follow_Up ': '2024-06-10' }],
  ])('is %s', (_name, frontmatter) => {
    expect(readNoteFacts(note('Notes/a.md', frontmatter), settingsWith()).holdsKeyRead).toBe(true);
  });

  it.each([
    ['the meeting date field', { date: '2024-06-10' }],
    ['a person tag', { tags: ['person'] }],
    ['a person category', { categories: ['[[People]]'], category: 'People', type: 'Person' }],
    ['a key the index never reads', { title: 'x', aliases: ['y'] }],
    ['a field of the settings left blank', { follow_up: '  ', email: null }],
  ])('is not %s', (_name, frontmatter) => {
    expect(readNoteFacts(note('Notes/a.md', frontmatter), settingsWith()).holdsKeyRead).toBe(false);
  });

  it('is read, as the keys that count only next to one, in whatever spelling', () => {
    const { all, standalone } = keysRead(settingsWith({ emailField: ' E-Mail ' }));
    expect(standalone.has('e-mail')).toBe(true);
    for (const key of ['date', 'tags', 'tag', 'categories', 'category', 'type']) {
      expect(all.has(key)).toBe(true);
      expect(standalone.has(key)).toBe(false);
    }
  });

  it('is worked out once per settings value', () => {
    const settings = settingsWith();
    expect(keysRead(settings)).toBe(keysRead(settings));
    expect(keysRead(settingsWith())).not.toBe(keysRead(settings));
    expect(keysRead(settingsWith())).toEqual(keysRead(settings));
  });
});

describe('a key as the index matches it', () => {
  it('is trimmed and lower-cased, and nothing else', () => {
    expect(normaliseKey('  Follow_Up\t')).toBe('follow_up');
    expect(normaliseKey('Follow Up')).toBe('follow up');
  });

  it("names the product's own fields and the aliases, as a Dataview-style key is looked for", () => {
    const names = ownFieldNames(settingsWith({ followUpAliases: ['next'] }));
    expect(names).toContain('follow_up');
    expect(names).toContain('away_until');
    expect(names).toContain('next');
    expect(names).not.toContain('email');
    expect(readNoteFacts(note('a.md', { 'next:': '2024-06-10' }), settingsWith({ followUpAliases: ['next'] })).problems).toEqual([
      expect.objectContaining({ field: 'next:', message: expect.stringContaining('write "next: value"') as unknown }),
    ]);
  });
});

describe("the settings a cache of readings is kept for (the command line's cache key)", () => {
  const base = settingsWith();
  const cases: [keyof Settings, Partial<Settings>, NoteRecord][] = [
    ['fields', { fields: { ...base.fields, followUp: 'next' } }, note('a.md', { next: '2024-06-10' })],
    ['followUpAliases', { followUpAliases: ['next'] }, note('a.md', { next: '2024-06-10' })],
    ['peopleFields', { peopleFields: ['crew'] }, note('a.md', { crew: 'Sam' })],
    ['emailField', { emailField: 'mail' }, note('a.md', { mail: 'sam@example.com' })],
    ['phoneField', { phoneField: 'tel' }, note('a.md', { tel: '555' })],
    ['preferredChannelFields', { preferredChannelFields: ['via'] }, note('a.md', { via: 'phone' })],
    ['meetingDateField', { meetingDateField: 'when' }, note('a.md', { when: '2024-06-10' })],
    ['personTags', { personTags: ['crm'] }, note('a.md', { tags: ['crm'] })],
    ['personCategories', { personCategories: ['Crm'] }, note('a.md', { categories: 'Crm' })],
    ['peopleFolder', { peopleFolder: 'Contacts' }, note('Contacts/a.md', {})],
  ];

  it.each(cases)('hold %s, which changes what a note reads as', (setting, change, record) => {
    const changed = settingsWith(change);
    expect(readNoteFacts(record, changed)).not.toEqual(readNoteFacts(record, base));
    expect(readingSettings(changed)).not.toEqual(readingSettings(base));
    expect(readingSettings(changed)[setting]).toEqual(changed[setting]);
  });

  it('hold no setting that changes no reading', () => {
    const other = settingsWith({ upcomingDays: 30, excludedFolders: [], reviewFolder: 'Elsewhere', maxAttempts: 9 });
    expect(readingSettings(other)).toEqual(readingSettings(base));
    expect(Object.keys(readingSettings(base))).toHaveLength(cases.length);
  });
});
