import { describe, expect, it } from 'vitest';
import { buildDigest, digestSubject, type Digest } from '../../src/core/digest/digest-model';
import { digestNews, readDigestState } from '../../src/core/digest/digest-state';
import { renderDigestHtml, renderDigestText } from '../../src/core/digest/render-digest';
import { indexRecords } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import type { NoteRecord } from '../../src/core/note-record';
import { anItem, note, settingsWith } from '../helpers/notes';

// The edges of the morning digest (the common cases: digest.test.ts): each list on both sides of
// its window, and the words for one and for several.

const TODAY = '2024-06-12';
const settings = settingsWith();
const digestOf = (records: NoteRecord[], today = TODAY): Digest | null => buildDigest(indexRecords(records, settings).snapshot(today), 7);

function digest(fields: Partial<Digest>): Digest {
  return { today: TODAY, overdue: [], dueToday: [], maybeDone: [], questions: new Map(), birthdays: [], rest: 0, keys: [], ...fields };
}

describe('what the digest lists', () => {
  it('counts a follow-up due on the last day of the window, and not one the day after', () => {
    const records = [
      note('a.md', { follow_up: '2024-06-11' }),
      note('b.md', { follow_up: '2024-06-19' }),
      note('c.md', { follow_up: '2024-06-20' }),
      note('d.md', { follow_up: '2024-07-30' }),
    ];
    expect(digestOf(records)?.rest).toBe(1);
  });

  it('counts a birthday after this week but within the window, and not one after the window', () => {
    const within = [note('a.md', { follow_up: '2024-06-11' }), note('People/Ana.md', { birthday: '06-19' })];
    expect(digestOf(within)).toMatchObject({ birthdays: [], rest: 1 });
    const after = [note('a.md', { follow_up: '2024-06-11' }), note('People/Ana.md', { birthday: '06-20' })];
    expect(digestOf(after)).toMatchObject({ birthdays: [], rest: 0 });
  });

  it('is sent for a maybe-done follow-up alone, due within the window', () => {
    const records = [
      note('People/Jane Doe.md', {}),
      note('Meetings/2024-06-01 Call.md', { people: '[[Jane Doe]]', follow_up: '2024-06-19' }),
      note('Meetings/2024-06-11 Lunch.md', { people: '[[Jane Doe]]' }),
    ];
    const sent = digestOf(records);
    expect(sent?.maybeDone.map((entry) => entry.path)).toEqual(['Meetings/2024-06-01 Call.md']);
    expect(sent && digestSubject(sent)).toBe('Follow-ups: 1 maybe done');
    expect(sent?.questions.get('note:Meetings/2024-06-01 Call.md')).toBe('You met Jane Doe on 11 June (Lunch) — done?');
  });

  it('asks no question of a maybe-done item whose contact the snapshot does not hold', () => {
    const snapshot = {
      today: TODAY,
      items: [anItem('Call Ana', { flags: ['contacted'] })],
      evidence: new Map(),
    } as unknown as IndexSnapshot;
    const sent = buildDigest(snapshot, 7);
    expect(sent?.maybeDone.map((entry) => entry.title)).toEqual(['Call Ana']);
    expect(sent?.questions).toEqual(new Map());
  });

  it.each<[string, NoteRecord[]]>([
    ['one overdue and one due today', [note('a.md', { follow_up: '2024-06-11' }), note('b.md', { follow_up: '2024-06-12' })]],
    [
      'one due today and one maybe done',
      [
        note('a.md', { follow_up: '2024-06-12' }),
        note('Meetings/2024-06-01 Call.md', { people: '[[Jane Doe]]', follow_up: '2024-06-19' }),
        note('Meetings/2024-06-11 Lunch.md', { people: '[[Jane Doe]]' }),
      ],
    ],
    [
      'one maybe done and one birthday',
      [
        note('People/Jane Doe.md', { birthday: '06-13' }),
        note('Meetings/2024-06-01 Call.md', { people: '[[Jane Doe]]', follow_up: '2024-06-19' }),
        note('Meetings/2024-06-11 Lunch.md', { people: '[[Jane Doe]]' }),
      ],
    ],
  ])('is sent for %s', (_name, records) => {
    const sent = digestOf(records);
    expect(sent && [sent.overdue, sent.dueToday, sent.maybeDone, sent.birthdays].map((list) => list.length).reduce((a, b) => a + b)).toBe(
      2,
    );
  });

  it('leaves out a maybe-done follow-up due after the window', () => {
    const records = [
      note('People/Jane Doe.md', {}),
      note('Meetings/2024-06-01 Call.md', { people: '[[Jane Doe]]', follow_up: '2024-06-20' }),
      note('Meetings/2024-06-11 Lunch.md', { people: '[[Jane Doe]]' }),
    ];
    expect(digestOf(records)).toBeNull();
  });

  it('remembers its items by key and due date, in order', () => {
    const records = [
      note('z.md', { follow_up: '2024-06-01' }),
      note('m.md', { follow_up: '2024-06-12' }),
      note('People/Ana.md', { birthday: '06-13' }),
      note('a.md', { follow_up: '2024-06-11' }),
    ];
    expect(digestOf(records)?.keys).toEqual([
      'birthday:People/Ana.md@2024-06-13',
      'note:a.md@2024-06-11',
      'note:m.md@2024-06-12',
      'note:z.md@2024-06-01',
    ]);
  });

  it('says birthdays in the plural', () => {
    expect(digestSubject(digest({ birthdays: [anItem('Ana', { source: 'birthday' }), anItem('Bo', { source: 'birthday' })] }))).toBe(
      'Follow-ups: 2 birthdays',
    );
  });
});

describe('the digest state at its edges', () => {
  it('keeps, the same day, what was sent before and what is sent now, in order', () => {
    const today = digest({ keys: ['note:b.md@2024-06-12'] });
    const { send, state } = digestNews(today, { date: TODAY, sent: ['note:c.md@2024-06-12', 'note:a.md@2024-06-12'] });
    expect(send).toBe(true);
    expect(state).toEqual({ date: TODAY, sent: ['note:a.md@2024-06-12', 'note:b.md@2024-06-12', 'note:c.md@2024-06-12'] });
  });

  it('forgets, on a new day, what was sent before', () => {
    const today = digest({ keys: ['note:b.md@2024-06-12'] });
    expect(digestNews(today, { date: '2024-06-11', sent: ['note:a.md@2024-06-11', 'note:b.md@2024-06-12'] })).toEqual({
      send: true,
      state: { date: TODAY, sent: ['note:b.md@2024-06-12'] },
    });
  });

  it.each([
    ['null', 'null'],
    ['text', '"2024-06-12"'],
    ['a date that is not text', '{"date":["2024-06-12"],"sent":[]}'],
    ['a date with more before it', '{"date":"x2024-06-12","sent":[]}'],
    ['a date with more after it', '{"date":"2024-06-123","sent":[]}'],
    ['no keys', '{"date":"2024-06-12"}'],
    ['keys that are not a list', '{"date":"2024-06-12","sent":"note:a.md@2024-06-12"}'],
    ['some keys that are not text', '{"date":"2024-06-12","sent":["a",null]}'],
  ])('is none when the file holds %s', (_name, text) => {
    expect(readDigestState(text)).toEqual({ state: null, error: 'it holds no digest state' });
  });
});

describe('the digest in words, at its edges', () => {
  it('shows only the sections that hold something, and the rest in the plural', () => {
    const only = digest({ dueToday: [anItem('Call Ana')], rest: 2 });
    expect(renderDigestText(only)).toBe(
      'Follow-ups: 1 today (2024-06-12)\n\nDue today (1)\n- Call Ana — due today\n\nAnd 2 more follow-ups coming up.\n',
    );
  });

  it('says one reminder, no people, no channel, and no purpose for a birthday', () => {
    const text = renderDigestText(
      digest({
        overdue: [anItem('Call Ana', { due: '2024-06-11', attempts: 1, about: 'the offer' })],
        birthdays: [anItem('Ana', { source: 'birthday', due: '2024-06-14', about: 'Turns 40' })],
      }),
    );
    expect(text).toBe(
      [
        'Follow-ups: 1 overdue, 1 birthday (2024-06-12)',
        '',
        'Overdue (1)',
        '- Call Ana — 1 day overdue · 1 reminder sent',
        '  the offer',
        '',
        'Birthdays this week (1)',
        '- Ana — in 2 days',
        '',
      ].join('\n'),
    );
  });

  it('words a maybe-done item without a question like any other', () => {
    const text = renderDigestText(digest({ maybeDone: [anItem('Call Ana', { people: ['Ana', 'Bo'], channel: 'phone', time: '09:30' })] }));
    expect(text).toContain('\n- Call Ana — due today, 09:30 · with Ana, Bo · by phone\n');
  });

  it('says nothing of the rest in the page when there is none', () => {
    expect(renderDigestHtml(digest({ dueToday: [anItem('Call Ana')] }))).not.toContain('coming up');
  });

  it('is a small HTML page, exactly', () => {
    const page = digest({
      overdue: [anItem('Call Ana', { due: '2024-06-11', about: 'the offer' })],
      birthdays: [anItem('Ana', { source: 'birthday', due: '2024-06-14', about: 'Turns 40' })],
      rest: 1,
    });
    expect(renderDigestHtml(page)).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Follow-ups: 1 overdue, 1 birthday</title></head>' +
        '<body style="font-family: system-ui, sans-serif; line-height: 1.5"><h1>Follow-ups: 1 overdue, 1 birthday</h1><p>2024-06-12</p>' +
        '<h2>Overdue (1)</h2><ul><li><strong>Call Ana</strong> — 1 day overdue<br>the offer</li></ul>' +
        '<h2>Birthdays this week (1)</h2><ul><li><strong>Ana</strong> — in 2 days</li></ul>' +
        '<p>And 1 more follow-up coming up.</p></body></html>\n',
    );
  });
});
