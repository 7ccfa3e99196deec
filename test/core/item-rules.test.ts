import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { noteOutput } from '../../src/core/item-rules';
import { readNoteFacts } from '../../src/core/note-facts';
import type { NoteRecord } from '../../src/core/note-record';
import type { Settings } from '../../src/core/settings';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
/** The last day of the upcoming window on TODAY, with the default 7 days. */
const WINDOW_END = '2024-06-19';

const snapshotOf = (records: NoteRecord[], today = TODAY, settings: Settings = settingsWith()) =>
  indexRecords(records, settings).snapshot(today);
const flagsByPath = (records: NoteRecord[], today = TODAY) =>
  Object.fromEntries(snapshotOf(records, today).items.map((item) => [`${item.source}:${item.path}`, item.flags]));

describe('batch: follow-ups with one person due within the window', () => {
  it("is no batch for an item alone, even on the window's last day", () => {
    expect(flagsByPath([note('a.md', { follow_up: WINDOW_END, follow_up_with: '[[Eve]]' })])).toEqual({ 'note:a.md': [] });
  });

  it("counts a partner due on the window's last day, and none the day after", () => {
    expect(
      flagsByPath([
        note('a.md', { follow_up: TODAY, follow_up_with: '[[Eve]]' }),
        note('b.md', { follow_up: WINDOW_END, follow_up_with: '[[Eve]]' }),
        note('c.md', { follow_up: TODAY, follow_up_with: '[[Kim]]' }),
        note('d.md', { follow_up: '2024-06-20', follow_up_with: '[[Kim]]' }),
      ]),
    ).toEqual({ 'note:a.md': ['batch'], 'note:b.md': ['batch'], 'note:c.md': [], 'note:d.md': ['batch'] });
  });

  it('counts a person once for an item that names them twice', () => {
    expect(flagsByPath([note('a.md', { follow_up: TODAY, follow_up_with: ['[[Eve]]', '[[eve]]'] })])).toEqual({ 'note:a.md': [] });
  });
});

describe('too soon: a follow-up less than the minimum gap after the last one done with the person', () => {
  const done = (day: string) => note('done.md', { follow_up_with: '[[Eve]]', follow_up_done: day, follow_up_outcome: 'replied' });

  it.each([
    // [last follow-up done, due, too soon?]
    [TODAY, TODAY, true],
    [TODAY, '2024-06-13', true],
    [TODAY, '2024-06-14', false],
    ['2024-06-10', TODAY, false],
    ['2024-06-10', '2024-06-01', false],
    ['2024-06-11', '2024-06-01', true],
  ])('done %s, due %s: %s', (day, due, tooSoon) => {
    const flags = flagsByPath([done(day), note('new.md', { follow_up: due, follow_up_with: '[[Eve]]' })])['note:new.md'];
    expect(flags?.includes('too_soon')).toBe(tooSoon);
  });

  it('takes the gap from the settings', () => {
    const records = [done('2024-06-10'), note('new.md', { follow_up: TODAY, follow_up_with: '[[Eve]]' })];
    expect(snapshotOf(records, TODAY, settingsWith({ minGapDays: 3 })).items[0]?.flags).toEqual(['too_soon']);
    expect(snapshotOf(records, TODAY, settingsWith({ minGapDays: 0 })).items[0]?.flags).toEqual([]);
  });

  it('never holds a birthday back', () => {
    const records = [
      note('People/Jane.md', { birthday: '06-13' }),
      note('done.md', { follow_up_with: '[[Jane]]', follow_up_done: TODAY }),
      note('ask.md', { follow_up: '2024-06-13', follow_up_with: '[[Jane]]' }),
    ];
    expect(flagsByPath(records)).toEqual({ 'birthday:People/Jane.md': [], 'note:ask.md': ['too_soon'] });
  });
});

describe('away', () => {
  it('takes the latest away_until of its people, in whatever order they are named', () => {
    const records = (order: string[]) => [
      note('People/Sam.md', { away_until: '2024-06-25' }),
      note('People/Jane.md', { away_until: '2024-06-20' }),
      note('a.md', { follow_up: '2024-06-14', follow_up_with: order.map((name) => `[[${name}]]`) }),
    ];
    for (const order of [
      ['Sam', 'Jane'],
      ['Jane', 'Sam'],
    ])
      expect(snapshotOf(records(order)).items[0]).toMatchObject({ away_until: '2024-06-25', flags: ['away'] });
  });
});

describe('the items of a person note', () => {
  it("go by the note's own channel, else its preferred one", () => {
    const items = snapshotOf([
      note('People/Jane.md', { follow_up_every: 'P1W', preferred_channel: 'phone', follow_up_channel: 'email', birthday: '06-14' }),
      note('People/Sam.md', { follow_up_every: 'P1W', preferred_channel: 'phone' }),
    ]).items;
    expect(items.map((item) => [item.source, item.path, item.channel])).toEqual([
      ['cadence', 'People/Jane.md', 'email'],
      ['cadence', 'People/Sam.md', 'phone'],
      ['birthday', 'People/Jane.md', 'email'],
    ]);
  });

  it('have no channel when neither the note nor the person names one', () => {
    expect(snapshotOf([note('a.md', { follow_up: TODAY })]).items[0]?.channel).toBeNull();
  });

  it('greet a birthday on the last day of the calendar, and none after it', () => {
    expect(snapshotOf([note('People/Jane.md', { birthday: '12-31' })], '9999-12-31').items.map((item) => item.due)).toEqual(['9999-12-31']);
    expect(snapshotOf([note('People/Jane.md', { birthday: '12-31', last_contact: '9999-12-31' })], '9999-12-31').items).toEqual([]);
  });
});

describe('a cadence that gives no item', () => {
  it('on a note that is not a person note says why, and how to make it one', () => {
    expect(snapshotOf([note('Projects/Site.md', { follow_up_every: 'monthly' })]).problems).toEqual([
      {
        path: 'Projects/Site.md',
        field: 'follow_up_every',
        value: 'every month',
        message:
          '"follow_up_every" keeps in touch with a person, and this is not a person note, so it gives no follow-up. To mark it as one, ' +
          'move it to the "People" folder, add "tags: [person]", add \'categories: ["[[People]]"]\', or link it from a meeting\'s "people" field; ' +
          'or give the note a "follow_up" date.',
      },
    ]);
  });

  it.each([
    ['P1W', 'every week', '1 week'],
    ['P3M', 'every 3 months', '3 months'],
  ])('past the last day of the calendar (%s) is a problem, not a clamped date', (every, value, step) => {
    const snapshot = snapshotOf([note('People/Jane.md', { last_contact: '9999-12-28', follow_up_every: every })], '9999-12-28');
    expect(snapshot.items).toEqual([]);
    expect(snapshot.problems).toEqual([
      {
        path: 'People/Jane.md',
        field: 'follow_up_every',
        value,
        message: `last_contact 9999-12-28 + ${step} falls after 9999-12-31, the last day a date can name, so no next date can be computed: check "last_contact" and "follow_up_every".`,
      },
    ]);
  });

  it("comes after the note's own problems, in the order of their fields", () => {
    const problems = snapshotOf([
      note('Projects/Site.md', { follow_up_every: 'monthly', follow_up_attempts: 'many', away_until: 'soon' }),
    ]).problems;
    expect(problems.map((problem) => problem.field)).toEqual(['away_until', 'follow_up_attempts', 'follow_up_every']);
  });
});

describe('what one note gives', () => {
  it('lists its problems in the order of their fields, the lost cadence among them', () => {
    const problems = snapshotOf([
      note('Projects/Site.md', { follow_up_every: 'monthly', last_contact: 'lately', away_until: 'soon' }),
    ]).problems;
    expect(problems.map((problem) => problem.field)).toEqual(['away_until', 'follow_up_every', 'last_contact']);
  });

  it('shares one empty output between all the notes that give nothing', () => {
    const people = indexRecords([], settingsWith()).snapshot(TODAY).people;
    const [a, b] = ['Notes/a.md', 'Notes/b.md'].map((path) =>
      noteOutput(readNoteFacts(note(path, { follow_up_done: TODAY }), settingsWith()), people, settingsWith(), TODAY),
    );
    expect(a).toEqual({ drafts: [], problems: [] });
    expect(a).toBe(b);
  });

  it('gives no birthday once the next one would fall after the calendar', () => {
    expect(snapshotOf([note('People/Jane.md', { birthday: '01-15' })], '9999-06-01').items).toEqual([]);
  });
});
