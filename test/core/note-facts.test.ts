import { describe, expect, it } from 'vitest';
import { DURATION_HELP } from '../../src/core/duration';
import { isRelevant, mayBeRelevant, readNoteFacts } from '../../src/core/note-facts';
import { note, settingsWith } from '../helpers/notes';

const settings = settingsWith();
const facts = (frontmatter: Record<string, unknown> | null, path = 'Meetings/Note.md') => readNoteFacts(note(path, frontmatter), settings);

describe('reading the follow-up fields of a note', () => {
  it('reads every field', () => {
    const read = facts({
      follow_up: '2024-06-10',
      follow_up_about: 'Send the deck',
      follow_up_with: ['[[People/Jane Doe|Jane]]', 'Sam Lee'],
      follow_up_channel: 'Email',
      follow_up_attempts: 2,
      follow_up_every: '2 weeks',
      follow_up_done: '2024-06-01',
      follow_up_outcome: 'replied',
      follow_up_feedback: 'Loved it',
    });
    expect(read).toMatchObject({
      followUp: { date: '2024-06-10', time: null },
      about: 'Send the deck',
      with: ['Jane Doe', 'Sam Lee'],
      channel: 'email',
      attempts: 2,
      every: { amount: 2, unit: 'W' },
      done: '2024-06-01',
      outcome: 'replied',
      feedback: 'Loved it',
      problems: [],
    });
  });

  it.each([null, '', '   ', undefined])('treats %j as no follow-up', (value) => {
    const read = facts({ follow_up: value });
    expect(read.followUp).toBeNull();
    expect(read.problems).toEqual([]);
  });

  it('reads the aliases follow-up and followup, and keys in any case', () => {
    expect(facts({ 'follow-up': '2024-06-10' }).followUp?.date).toBe('2024-06-10');
    expect(facts({ followup: '2024-06-11' }).followUp?.date).toBe('2024-06-11');
    expect(facts({ Follow_Up: '2024-06-12' }).followUp?.date).toBe('2024-06-12');
    expect(facts({ ' follow_up ': '2024-06-13' }).followUp?.date).toBe('2024-06-13');
  });

  it('reports a note that sets the date under two names to different days', () => {
    const read = facts({ follow_up: '2024-06-10', 'follow-up': '2024-06-12' });
    expect(read.followUp?.date).toBe('2024-06-10');
    expect(read.problems).toEqual([
      expect.objectContaining({
        field: 'follow-up',
        value: '2024-06-12',
        message: expect.stringMatching(/Both "follow_up" and "follow-up"/) as unknown,
      }),
    ]);
    expect(facts({ follow_up: '2024-06-10', followup: '2024-06-10' }).problems).toEqual([]);
  });

  it('uses the field names from the settings', () => {
    const custom = settingsWith({ fields: { ...settings.fields, followUp: 'next_contact', about: 'why' }, followUpAliases: [] });
    const read = readNoteFacts(note('a.md', { next_contact: '2024-06-10', why: 'Intro', follow_up: '2024-01-01' }), custom);
    expect(read.followUp?.date).toBe('2024-06-10');
    expect(read.about).toBe('Intro');
  });

  it.each([
    ['follow_up', '2024-02-30', /not a day on the calendar/],
    ['follow_up', 'next week', /not a date/],
    ['follow_up', ['2024-06-10'], /list/],
    ['follow_up_attempts', -1, /whole number, 0 or more/],
    ['follow_up_attempts', 2.5, /whole number/],
    ['follow_up_attempts', 'three', /whole number/],
    ['follow_up_attempts', '-1', /whole number/],
    ['follow_up_attempts', 1e21, /whole number/],
    ['follow_up_attempts', '99999999999999999999', /whole number/],
    ['follow_up_attempts', ['1'], /whole number/],
    ['follow_up_every', 'now and then', /not a duration/],
    ['follow_up_every', 7, /not a duration/],
    ['follow_up_every', '9000y', /not a duration/],
    ['follow_up_every', ['weekly'], /not a duration/],
    ['follow_up_every', true, /not a duration/],
    ['follow_up_done', '2024-13-01', /not a day on the calendar/],
    ['last_contact', 'last Tuesday', /not a date/],
    ['follow_up_channel', ['email', 'phone'], /one text value/],
    ['follow_up_about', { a: 1 }, /one text value/],
    ['follow_up_with', [42], /link like/],
  ])('reports %s: %j as a problem naming the file and the field', (field, value, message) => {
    const read = facts({ [field]: value }, 'Inbox/typo.md');
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ path: 'Inbox/typo.md', field, message: expect.stringMatching(message) as unknown });
  });

  it('reports a Dataview-style field written into the frontmatter', () => {
    // YAML reads `follow_up:: 2024-06-10` as the key "follow_up:"; left alone, the follow-up would vanish.
    expect(facts({ 'follow_up:': '2024-06-10' }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: 'follow_up:',
        value: '2024-06-10',
        message: expect.stringContaining('write "follow_up: value"') as unknown,
      },
    ]);
  });

  it('reports a stay-in-touch span of thousands of years instead of making its date a five-digit year', async () => {
    const { indexRecords } = await import('../../src/core/follow-up-index');
    const snapshot = indexRecords([note('People/Ana.md', { follow_up_every: '9000y', last_contact: '2024-06-01' })], settings).snapshot(
      '2024-06-12',
    );
    expect(snapshot.items).toEqual([]);
    expect(snapshot.problems).toEqual([expect.objectContaining({ path: 'People/Ana.md', field: 'follow_up_every', value: '9000y' })]);
  });

  it('reports a merge key that brings in fields it reads, which YAML does not merge here', async () => {
    const { indexRecords } = await import('../../src/core/follow-up-index');
    const merged = note('Deals/Acme.md', { defaults: { follow_up: '2024-06-10' }, '<<': { follow_up: '2024-06-10' } });
    expect(indexRecords([merged], settings).snapshot('2024-06-12').problems).toEqual([
      { path: 'Deals/Acme.md', field: '<<', value: null, message: expect.stringMatching(/merge key .*"follow_up"/i) as unknown },
    ]);
    expect(facts({ '<<': [{ tags: ['a'] }, { Follow_Up_Every: 'weekly' }] }).problems).toEqual([
      expect.objectContaining({ field: '<<', message: expect.stringContaining('"Follow_Up_Every"') as unknown }),
    ]);
    expect(facts({ '<<': { tags: ['client'] }, follow_up: '2024-06-10' }).problems).toEqual([]);
    expect(facts({ '<<': { follow_up: '2024-06-10', follow_up_with: '[[Ana]]' } }).problems.map((problem) => problem.message)).toEqual([
      'A merge key ("<<") brings in "follow_up", "follow_up_with", and merged fields are not read: write them in the note\'s own fields.',
    ]);
  });

  // The edge of what each field accepts, read without a problem: the other side is reported above.
  it.each([
    ['follow_up_attempts', 0, { attempts: 0 }],
    ['follow_up_attempts', '0', { attempts: 0 }],
    ['follow_up_attempts', ' 12 ', { attempts: 12 }],
    ['follow_up_attempts', Number.MAX_SAFE_INTEGER, { attempts: Number.MAX_SAFE_INTEGER }],
    ['follow_up_attempts', '  ', { attempts: 0 }],
    ['follow_up_every', '1d', { every: { amount: 1, unit: 'D' } }],
    ['follow_up_done', '1900-01-01', { done: '1900-01-01' }],
    ['follow_up_channel', 7, { channel: '7' }],
    ['follow_up_about', true, { about: 'true' }],
    ['follow_up_about', '  Call back  ', { about: 'Call back' }],
  ])('reads %s: %j as %j, with no problem', (field, value, read) => {
    const result = facts({ [field]: value });
    expect(result).toMatchObject(read);
    expect(result.problems).toEqual([]);
  });

  it('reads attempts written as text', () => {
    expect(facts({ follow_up_attempts: '3' }).attempts).toBe(3);
  });

  it('reports a frontmatter that could not be read', () => {
    const read = readNoteFacts({ path: 'a.md', frontmatter: null, frontmatterError: 'Bad indentation at line 2.' }, settings);
    expect(read.problems).toEqual([
      { path: 'a.md', field: 'frontmatter', value: null, message: expect.stringContaining('Bad indentation at line 2.') as unknown },
    ]);
    // The whole block is lost, contact details and people included, not only the follow-up fields.
    expect(read.problems[0]?.message).toBe('Bad indentation at line 2. None of its frontmatter is read until this is fixed.');
  });

  describe("meeting notes: the note's own date and the people it links (a meeting: people-directory.ts)", () => {
    it('reads the date field', () => {
      expect(facts({ date: '2024-06-10', attendees: ['[[Jane Doe]]'] }).noteDate).toBe('2024-06-10');
    });
    it('takes the date from the file name when there is no date field', () => {
      expect(facts({ people: '[[Jane Doe]]' }, 'Meetings/2024-06-03 Call.md').noteDate).toBe('2024-06-03');
    });
    it('prefers the date field to the file name', () => {
      expect(facts({ date: '2024-06-05', with: '[[Jane]]' }, 'Meetings/2024-06-03 Call.md').noteDate).toBe('2024-06-05');
    });
    it('keeps the date whatever its people: a plain name may name a person note (plain-name-meeting.test.ts)', () => {
      expect(facts({ date: '2024-06-05', with: 'garlic' }).noteDate).toBe('2024-06-05');
      expect(facts({ date: '2024-06-05', attendees: ['Jane Doe', 'Sam Lee'] }).noteDate).toBe('2024-06-05');
      expect(facts({ date: '2024-06-05', with: 'garlic' }).people).toEqual(['garlic']);
    });
    it('tells the names written as links, quoted or not, from plain ones', () => {
      expect(facts({ date: '2024-06-05', attendees: ['[[People/Jane Doe|Jane]]', 'Marcus Webb'] }).linkedPeople).toEqual(['Jane Doe']);
      expect(facts({ date: '2024-06-05', with: [['Jane Doe']] }).linkedPeople).toEqual(['Jane Doe']);
      expect(facts({ date: '2024-06-05', with: 'garlic' }).linkedPeople).toEqual([]);
    });
    it('has a date but no people on a daily note', () => {
      const daily = facts({ tags: ['daily'] }, 'Daily/2024-06-03.md');
      expect([daily.noteDate, daily.people]).toEqual(['2024-06-03', []]);
    });
    it('gathers people from every people field, in order, without duplicates', () => {
      expect(facts({ people: ['[[A]]'], attendees: ['[[B]]', '[[A]]'], with: 'C', contact: '[[D]]', contacts: ['[[E]]'] }).people).toEqual([
        'A',
        'B',
        'C',
        'D',
        'E',
      ]);
    });
  });

  describe('contact fields', () => {
    it('reads email, phone, preferred channel (or channel) and last contact', () => {
      const read = facts(
        { email: 'jane@example.com', phone: '+1 555 0100', channel: 'Phone', last_contact: '2024-05-01' },
        'People/Jane Doe.md',
      );
      expect(read).toMatchObject({
        email: 'jane@example.com',
        phone: '+1 555 0100',
        preferredChannel: 'phone',
        lastContact: '2024-05-01',
        inPeopleFolder: true,
      });
      expect(facts({ preferred_channel: 'text', channel: 'email' }).preferredChannel).toBe('text');
    });
  });
});

describe('text that names a key the index reads', () => {
  it.each([
    ['follow_up: 2024-06-10', true],
    ['  Follow-Up : tomorrow', true],
    ['"follow_up_every": weekly', true],
    ['follow_up:: 2024-06-10', true],
    ['people:\n  - "[[Ana]]"', true],
    // Said yes to: one test for both sides, which may say yes to a mention but never no to a key.
    ['title: Call\nbody text that says follow_up: later', true],
    ['{follow_up: 2024-06-10}', true],
    ['title: Call\nnotes: about the follow-up', false],
    ['title: Call\ntags: [a]', false],
    ['', false],
  ])('%j: %s', async (text, expected) => {
    const { mentionsKeyRead } = await import('../../src/core/note-head/key-mention');
    expect(mentionsKeyRead(text, settings)).toBe(expected);
  });
});

describe('a record that stands for what could not be read', () => {
  it('is a folder that could not be listed: a problem, and no note, even in the people folder', () => {
    const read = readNoteFacts(
      { path: 'People/Clients', frontmatter: null, folderError: 'Could not list it: permission denied.' },
      settings,
    );
    expect(read.problems).toEqual([
      { path: 'People/Clients', field: 'folder', value: null, message: 'Could not list it: permission denied.' },
    ]);
    expect([read.isPersonNote, read.inPeopleFolder]).toEqual([false, false]);
  });

  it('is a link that was not followed: a problem, and no note', () => {
    const read = readNoteFacts({ path: 'People/Ana.md', frontmatter: null, linkError: 'It leads out of the vault.' }, settings);
    expect(read.problems).toEqual([{ path: 'People/Ana.md', field: 'link', value: null, message: 'It leads out of the vault.' }]);
    expect([read.isPersonNote, read.inPeopleFolder]).toEqual([false, false]);
  });

  it('is a note whose file name is a problem: its frontmatter is read all the same', () => {
    const read = readNoteFacts(
      { path: 'People/An\uFFFD.md', frontmatter: { follow_up: '2024-06-10' }, nameError: 'Its name is not UTF-8.' },
      settings,
    );
    expect(read.problems).toEqual([{ path: 'People/An\uFFFD.md', field: 'file', value: null, message: 'Its name is not UTF-8.' }]);
    expect([read.isPersonNote, read.inPeopleFolder, read.followUp?.date]).toEqual([true, true, '2024-06-10']);
  });

  it('says each of its problems, in the order folder, file, link, frontmatter', () => {
    const read = readNoteFacts(
      { path: 'x', frontmatter: null, folderError: 'F.', nameError: 'N.', linkError: 'L.', frontmatterError: 'Y.' },
      settings,
    );
    expect(read.problems.map((problem) => problem.field)).toEqual(['folder', 'file', 'link', 'frontmatter']);
  });
});

describe('whether a record may be relevant, before its facts are read', () => {
  it.each([
    ['a frontmatter error', { frontmatterError: 'Bad.' }],
    ['a folder error', { folderError: 'Bad.' }],
    ['a name error', { nameError: 'Bad.' }],
    ['a link error', { linkError: 'Bad.' }],
  ])('is yes for %s, with no key at all', (_name, error) => {
    const record = { path: 'Notes/a.md', frontmatter: { title: 'x' }, ...error };
    expect(mayBeRelevant(settings)(record)).toBe(true);
    expect(isRelevant(readNoteFacts(record, settings))).toBe(true);
  });

  it('is yes for a key read after keys that are not, and the same each time a key comes back', () => {
    const quick = mayBeRelevant(settings);
    expect(quick(note('a.md', { title: 'x', tags: ['y'], Follow_Up: '2024-06-10' }))).toBe(true);
    expect(quick(note('b.md', { title: 'x', tags: ['y'] }))).toBe(false);
    expect(quick(note('c.md', { title: 'x', Follow_Up: '' }))).toBe(true);
    expect(quick(note('d.md', { tags: ['y'], title: 'x' }))).toBe(false);
  });
});

describe('whether the facts of a note matter to the index', () => {
  it('is yes for a note in the people folder, a value under a key read, or a problem, and no otherwise', () => {
    expect(isRelevant(facts({ title: 'x' }, 'People/Ana.md'))).toBe(true);
    expect(isRelevant(facts({ follow_up_about: 'x' }))).toBe(true);
    expect(isRelevant(facts({ date: 'not a date', follow_up_channel: ['a', 'b'] }))).toBe(true);
    expect(isRelevant(facts({ title: 'x', date: '2024-06-10', tags: ['person'] }))).toBe(false);
  });
});

describe('the follow-up date under several names', () => {
  it('skips a blank name for the next one that is set, with no problem', () => {
    const read = facts({ follow_up: '  ', 'follow-up': null, followup: '2024-06-10' });
    expect([read.followUp?.date, read.problems]).toEqual(['2024-06-10', []]);
  });

  it('names both keys, as written, when they differ', () => {
    expect(facts({ Follow_Up: '2024-06-10', FollowUp: '2024-06-11' }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: 'FollowUp',
        value: '2024-06-11',
        message: 'Both "Follow_Up" and "FollowUp" are set, to different dates; keep one of them.',
      },
    ]);
  });

  it('names two spellings of one key, as written, when they differ', () => {
    expect(facts({ Follow_up: '2024-06-10', follow_up: '2024-06-11' }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: 'follow_up',
        value: '2024-06-11',
        message:
          'Both "Follow_up" and "follow_up" are set, to different values; keys are read without regard to case, so keep one of them.',
      },
    ]);
    expect(facts({ Follow_up: '2024-06-10', follow_up: '2024-06-11' }).followUp?.date).toBe('2024-06-10');
  });
});

describe('each field of a note, at its edges', () => {
  it.each([
    ['follow_up_nudged', 'nudged'],
    ['away_until', 'awayUntil'],
    ['last_contact', 'lastContact'],
    ['follow_up_done', 'done'],
  ])('reads the day %s, ignores it blank, and reports it when it is no day', (field, fact) => {
    expect(facts({ [field]: '2024-06-10 14:30' })).toMatchObject({ [fact]: '2024-06-10', problems: [] });
    expect(facts({ [field]: ' ' })).toMatchObject({ [fact]: null, problems: [] });
    expect(facts({ [field]: 'soon' })).toMatchObject({ [fact]: null, problems: [expect.objectContaining({ field, value: 'soon' })] });
  });

  it('reads a birthday with or without its year, ignores it blank, and reports one that is no day', () => {
    expect(facts({ birthday: '06-14' }).birthday).toEqual({ month: 6, day: 14, year: null });
    expect(facts({ birthday: '1990-06-14' }).birthday).toEqual({ month: 6, day: 14, year: 1990 });
    expect(facts({ birthday: '' })).toMatchObject({ birthday: null, problems: [] });
    expect(facts({ birthday: '13-01' })).toMatchObject({
      birthday: null,
      problems: [
        expect.objectContaining({
          field: 'birthday',
          value: '13-01',
          message: expect.stringContaining('not a day of the year') as unknown,
        }),
      ],
    });
  });

  it('reports a duration that is not text in words that show it and say what to write', () => {
    expect(facts({ follow_up_every: 7 }).problems).toEqual([
      { path: 'Meetings/Note.md', field: 'follow_up_every', value: '7', message: `"7" is not a duration. ${DURATION_HELP}` },
    ]);
    expect(facts({ follow_up_every: '' })).toMatchObject({ every: null, problems: [] });
  });

  it.each([['3x'], ['x3'], ['3 4'], ['0x10'], ['1e3'], ['12.0'], ['+3'], ['']])('reads attempts %j only as a whole number', (raw) => {
    const read = facts({ follow_up_attempts: raw });
    expect(read.attempts).toBe(0);
    expect(read.problems).toHaveLength(raw === '' ? 0 : 1);
  });

  it('reports attempts in words that say what is expected', () => {
    expect(facts({ follow_up_attempts: true }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: 'follow_up_attempts',
        value: 'true',
        message: 'Expected the number of reminders already sent: a whole number, 0 or more.',
      },
    ]);
  });

  it('reads a text field from a number or a truth value, and reports a list in words that say what is expected', () => {
    expect(facts({ follow_up_outcome: 0, follow_up_feedback: false })).toMatchObject({ outcome: '0', feedback: 'false', problems: [] });
    expect(facts({ follow_up_outcome: ['a'] }).problems).toEqual([
      { path: 'Meetings/Note.md', field: 'follow_up_outcome', value: '["a"]', message: 'Expected one text value, not a list or a map.' },
    ]);
    expect(facts({ follow_up_channel: ' SMS ' }).channel).toBe('sms');
    expect(facts({ follow_up_channel: '' }).channel).toBeNull();
  });

  it('reads a contact detail only from text with something in it, or a number', () => {
    expect(facts({ email: '  ana@example.com ', phone: 5550100 })).toMatchObject({ email: 'ana@example.com', phone: '5550100' });
    for (const odd of ['   ', true, ['ana@example.com'], { a: 1 }, null]) {
      expect(facts({ email: odd, phone: odd })).toMatchObject({ email: null, phone: null, problems: [] });
    }
  });

  it('takes the first preferred channel field that is set, lower-cased', () => {
    expect(facts({ preferred_channel: ' ', channel: 'Phone' }).preferredChannel).toBe('phone');
    expect(facts({ preferred_channel: 'Text' }).preferredChannel).toBe('text');
    expect(facts({ preferred_channel: null, channel: '' }).preferredChannel).toBeNull();
  });

  it("takes the note's date from the file name when the date field is blank or no date, and only from its start", () => {
    expect(facts({ date: ' ' }, 'Meetings/2024-06-03 Call.md').noteDate).toBe('2024-06-03');
    expect(facts({ date: 'soon' }, 'Meetings/2024-06-03 Call.md').noteDate).toBe('2024-06-03');
    expect(facts({ date: '2024-06-05 10:00' }, 'Meetings/2024-06-03 Call.md').noteDate).toBe('2024-06-05');
    expect(facts({}, 'Meetings/2024-06-03.md').noteDate).toBe('2024-06-03');
    expect(facts({}, 'Meetings/Call 2024-06-03.md').noteDate).toBeNull();
    expect(facts({}, 'Meetings/2024-02-30 Call.md').noteDate).toBeNull();
    expect(facts({}, '2024-06/03 Call.md').noteDate).toBeNull();
  });

  it('keeps the first spelling of a person linked in two fields', () => {
    const read = facts({ people: ['[[Jane]]'], attendees: ['[[JANE]]', '[[Sam]]'] });
    expect([read.people, read.linkedPeople]).toEqual([
      ['Jane', 'Sam'],
      ['Jane', 'Sam'],
    ]);
  });

  it('shows a template placeholder in a problem as written, not as what YAML made of it', () => {
    expect(facts({ follow_up_every: { '{ date }': null } }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: 'follow_up_every',
        value: '{{date}}',
        message: expect.stringMatching(/^"\{\{date\}\}" is a template placeholder/) as unknown,
      },
    ]);
  });
});

describe('a merge key', () => {
  it('that brings in one field read says "it", and names keys as written', () => {
    expect(facts({ '<<': [{ Follow_Up: '2024-06-10' }, 'text', null, ['x'], { title: 'y' }] }).problems).toEqual([
      {
        path: 'Meetings/Note.md',
        field: '<<',
        value: null,
        message: 'A merge key ("<<") brings in "Follow_Up", and merged fields are not read: write it in the note\'s own fields.',
      },
    ]);
  });

  it('that brings in nothing read, or holds no map, is no problem', () => {
    for (const merged of ['text', null, 3, [['follow_up']], { title: 'y' }]) expect(facts({ '<<': merged }).problems).toEqual([]);
  });
});
