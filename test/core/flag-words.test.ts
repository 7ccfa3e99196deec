import { describe, expect, it } from 'vitest';
import { describeFlags, dueSoonByPerson } from '../../src/core/flag-words';
import { indexRecords } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import type { NoteRecord } from '../../src/core/note-record';
import type { Settings } from '../../src/core/settings';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';

function snapshotOf(records: NoteRecord[], settings: Settings = settingsWith()): IndexSnapshot {
  return indexRecords(records, settings).snapshot(TODAY);
}

function wordsOf(snapshot: IndexSnapshot, path: string, settings: Settings = settingsWith(), omit?: Parameters<typeof describeFlags>[3]) {
  const item = snapshot.items.find((candidate) => candidate.path === path);
  if (item === undefined) throw new Error(`no item of ${path}`);
  return describeFlags(item, snapshot, settings, omit);
}

describe('flags in words', () => {
  it('says nothing for an item without flags', () => {
    expect(wordsOf(snapshotOf([note('a.md', { follow_up: TODAY, follow_up_with: '[[Eve]]' })]), 'a.md')).toEqual([]);
  });

  it('leaves out the unresponsive words when the list says them already, and only those', () => {
    const snapshot = snapshotOf([
      note('a.md', { follow_up: TODAY, follow_up_with: '[[Eve]]', follow_up_attempts: 4 }),
      note('b.md', { follow_up: '2024-06-13', follow_up_with: '[[Eve]]' }),
    ]);
    expect(wordsOf(snapshot, 'a.md')).toEqual(['4 reminders sent — consider letting go', 'also due with Eve this week']);
    expect(wordsOf(snapshot, 'a.md', settingsWith(), ['unresponsive'])).toEqual(['also due with Eve this week']);
    expect(wordsOf(snapshot, 'a.md', settingsWith(), ['batch'])).toEqual([
      '4 reminders sent — consider letting go',
      'also due with Eve this week',
    ]);
  });

  it("counts a partner due on the window's last day, and names only the people who have one", () => {
    const snapshot = snapshotOf([
      note('a.md', { follow_up: TODAY, follow_up_with: ['[[Eve]]', '[[Jane]]'] }),
      note('b.md', { follow_up: '2024-06-19', follow_up_with: '[[Jane]]' }),
      note('c.md', { follow_up: '2024-06-20', follow_up_with: ['[[Eve]]', '[[Kim]]'] }),
    ]);
    expect(wordsOf(snapshot, 'a.md')).toEqual(['also due with Jane this week']);
    expect(wordsOf(snapshot, 'b.md')).toEqual(['also due with Jane this week']);
    // Beyond the window itself, it is still done best together with the ones due soon.
    expect(wordsOf(snapshot, 'c.md')).toEqual(['also due with Eve this week']);
  });

  it('names a partner behind two other items of the same person, whichever item is asked about', () => {
    const snapshot = snapshotOf([
      note('a.md', { follow_up: '2024-06-13', follow_up_with: '[[Jane]]' }),
      note('b.md', { follow_up: '2024-06-14', follow_up_with: '[[Jane]]' }),
      note('c.md', { follow_up: '2024-06-15', follow_up_with: ['[[Jane]]', '[[Kim]]'] }),
      note('d.md', { follow_up: '2024-06-16', follow_up_with: '[[Kim]]' }),
    ]);
    expect(['a.md', 'b.md', 'c.md', 'd.md'].map((path) => wordsOf(snapshot, path))).toEqual([
      ['also due with Jane this week'],
      ['also due with Jane this week'],
      ['also due with Jane, Kim this week'],
      ['also due with Kim this week'],
    ]);
  });

  it('reads the window of the settings it is given, for one snapshot asked with two windows', () => {
    const records = [
      note('a.md', { follow_up: TODAY, follow_up_with: ['[[Eve]]', '[[Jane]]'] }),
      note('b.md', { follow_up: '2024-06-13', follow_up_with: '[[Jane]]' }),
      note('c.md', { follow_up: '2024-06-19', follow_up_with: '[[Eve]]' }),
    ];
    const snapshot = snapshotOf(records);
    expect(wordsOf(snapshot, 'a.md', settingsWith({ upcomingDays: 1 }))).toEqual(['also due with Jane this week']);
    expect(wordsOf(snapshot, 'a.md')).toEqual(['also due with Eve, Jane this week']);
    expect(wordsOf(snapshot, 'a.md', settingsWith({ upcomingDays: 1 }))).toEqual(['also due with Jane this week']);
  });

  it('names the first of its people with a follow-up done, and that one alone', () => {
    const snapshot = snapshotOf([
      note('done-eve.md', { follow_up_with: '[[Eve]]', follow_up_done: '2024-06-11', follow_up_outcome: 'replied' }),
      note('done-jane.md', { follow_up_with: '[[Jane]]', follow_up_done: '2024-06-12', follow_up_outcome: 'replied' }),
      note('a.md', { follow_up: TODAY, follow_up_with: ['[[Kim]]', '[[Jane]]', '[[Eve]]'] }),
      note('b.md', { follow_up: TODAY, follow_up_with: ['[[Eve]]', '[[Jane]]'] }),
    ]);
    expect(snapshot.items.map((item) => [item.path, item.flags])).toEqual([
      ['a.md', ['batch', 'too_soon']],
      ['b.md', ['batch', 'too_soon']],
    ]);
    expect(wordsOf(snapshot, 'a.md', settingsWith(), ['unresponsive'])).toEqual([
      'also due with Jane, Eve this week',
      'you followed up with Jane today',
    ]);
    expect(wordsOf(snapshot, 'b.md')).toEqual(['also due with Eve, Jane this week', 'you followed up with Eve yesterday']);
  });

  it('says nothing of the last follow-up done with a person when it was long enough ago', () => {
    const snapshot = snapshotOf([
      note('done.md', { follow_up_with: '[[Eve]]', follow_up_done: '2024-06-01', follow_up_outcome: 'replied' }),
      note('a.md', { follow_up: TODAY, follow_up_with: '[[Eve]]' }),
    ]);
    expect(wordsOf(snapshot, 'a.md')).toEqual([]);
  });

  it('asks whether a contacted item is done, and says who is away, after the other flags', () => {
    const snapshot = snapshotOf([
      note('People/Jane.md', { last_contact: '2024-06-10', away_until: '2024-06-30' }),
      note('Meetings/2024-06-03 Intro.md', { attendees: '[[Jane]]', follow_up: '2024-06-14', follow_up_attempts: 3 }),
    ]);
    expect(wordsOf(snapshot, 'Meetings/2024-06-03 Intro.md')).toEqual([
      '3 reminders sent — consider letting go',
      'You were in touch with Jane on 10 June — done?',
      'away until 30 June',
    ]);
  });
});

describe('the items due soon per person', () => {
  it('keeps two per person, enough to tell whether an item has another, and builds them once per snapshot and window', () => {
    const snapshot = snapshotOf(['a.md', 'b.md', 'c.md'].map((path) => note(path, { follow_up: TODAY, follow_up_with: '[[Jane]]' })));
    const byPerson = dueSoonByPerson(snapshot, '2024-06-19');
    expect(byPerson.get('Jane')?.map((item) => item.path)).toEqual(['a.md', 'b.md']);
    expect(dueSoonByPerson(snapshot, '2024-06-19')).toBe(byPerson);
    expect(dueSoonByPerson(snapshot, '2024-06-11')).toEqual(new Map());
  });
});
