import { describe, expect, it } from 'vitest';
import { itemOfNote } from '../../src/core/actions/item-of-note';
import { planRequest, type ActionRequest } from '../../src/core/actions/plan-request';
import { DATE_HELP } from '../../src/core/date-value';
import { indexRecords } from '../../src/core/follow-up-index';
import { readNoteFacts } from '../../src/core/note-facts';
import type { NoteRecord } from '../../src/core/note-record';
import type { Settings } from '../../src/core/settings';
import { note, settingsWith } from '../helpers/notes';

// The actions as the command line asks for them (SPEC §5). Every snapshot is built inside its
// test: one built while the tests are collected would not see the code a mutation run changes.

const TODAY = '2024-06-12'; // a Wednesday
const MEETING = 'Meetings/2024-06-03 Call.md';
const JANE = 'People/Jane.md';

function plan(request: ActionRequest, path: string, records: NoteRecord[], settings: Settings = settingsWith()) {
  const snapshot = indexRecords(records, settings).snapshot(TODAY);
  const record = records.find((candidate) => candidate.path === path);
  const live = record === undefined ? undefined : readNoteFacts(record, settings);
  return planRequest(request, path, snapshot, settings, live);
}

const meeting = (fields: Record<string, unknown> = {}) =>
  note(MEETING, { attendees: '[[Jane]]', follow_up: '2024-06-10', follow_up_attempts: 1, ...fields });
const jane = (fields: Record<string, unknown> = {}) => note(JANE, { last_contact: '2024-05-01', ...fields });

describe('an action asked for on the command line', () => {
  it('Done records "replied" unless told otherwise, and moves the person’s last contact', () => {
    expect(plan({ kind: 'done' }, MEETING, [meeting(), jane()])).toEqual({
      ok: true,
      patches: [
        {
          path: MEETING,
          patch: { set: { follow_up_done: TODAY, follow_up_outcome: 'replied' }, remove: ['follow_up_attempts', 'follow_up'] },
        },
        { path: JANE, patch: { set: { last_contact: TODAY }, remove: [] } },
      ],
    });
  });

  it('Done writes the feedback, trimmed, on the note of the follow-up only, and keeps what the patch removes', () => {
    expect(plan({ kind: 'done', outcome: 'declined', feedback: '  Budget frozen  ' }, MEETING, [meeting(), jane()])).toEqual({
      ok: true,
      patches: [
        {
          path: MEETING,
          patch: {
            set: { follow_up_done: TODAY, follow_up_outcome: 'declined', follow_up_feedback: 'Budget frozen' },
            remove: ['follow_up_attempts', 'follow_up'],
          },
        },
        { path: JANE, patch: { set: { last_contact: TODAY }, remove: [] } },
      ],
    });
  });

  it('Done with feedback of blanks writes no feedback', () => {
    const result = plan({ kind: 'done', feedback: '   ' }, MEETING, [meeting(), jane()]);
    expect(result.ok && result.patches[0]?.patch.set).toEqual({ follow_up_done: TODAY, follow_up_outcome: 'replied' });
  });

  it('Done on a repeating follow-up reads "every" from the note as it is now', () => {
    const indexed = meeting({ follow_up_every: '1w' });
    const settings = settingsWith();
    const snapshot = indexRecords([indexed], settings).snapshot(TODAY);
    const live = readNoteFacts(meeting({ follow_up_every: '2w' }), settings);
    const result = planRequest({ kind: 'done' }, MEETING, snapshot, settings, live);
    expect(result.ok && result.patches[0]?.patch.set.follow_up).toBe('2024-06-26');
  });

  it('Nudge counts the attempts the note holds now, not those of the index', () => {
    const settings = settingsWith();
    const snapshot = indexRecords([meeting({ follow_up_attempts: 0 })], settings).snapshot(TODAY);
    const live = readNoteFacts(meeting({ follow_up_attempts: 2 }), settings);
    expect(planRequest({ kind: 'nudge' }, MEETING, snapshot, settings, live)).toEqual({
      ok: true,
      patches: [{ path: MEETING, patch: { set: { follow_up_attempts: 3, follow_up_nudged: TODAY, follow_up: '2024-06-26' }, remove: [] } }],
    });
  });

  it('Snooze to a date written as a date takes it as it is; a date in words is kept clear of away periods and weekends', () => {
    const records = [meeting(), jane({ away_until: '2024-06-14' })];
    const snooze = (until: string, preset: boolean, settings?: Settings) => {
      const result = plan({ kind: 'snooze', until, preset }, MEETING, records, settings);
      return result.ok ? result.patches : result.reason;
    };
    expect(snooze('2024-06-13', false)).toEqual([{ path: MEETING, patch: { set: { follow_up: '2024-06-13' }, remove: [] } }]);
    expect(snooze('2024-06-13', true)).toEqual([{ path: MEETING, patch: { set: { follow_up: '2024-06-15' }, remove: [] } }]);
    const weekdays = settingsWith({ weekdaysOnly: true });
    expect(snooze('2024-06-13', true, weekdays)).toEqual([{ path: MEETING, patch: { set: { follow_up: '2024-06-17' }, remove: [] } }]);
    expect(snooze('2024-06-15', false, weekdays)).toEqual([{ path: MEETING, patch: { set: { follow_up: '2024-06-15' }, remove: [] } }]);
  });

  it('Drop records the outcome and the feedback, and removes the date', () => {
    expect(plan({ kind: 'drop', outcome: 'no-response', feedback: ' Left the company ' }, MEETING, [meeting(), jane()])).toEqual({
      ok: true,
      patches: [
        {
          path: MEETING,
          patch: {
            set: { follow_up_outcome: 'no-response', follow_up_done: TODAY, follow_up_feedback: 'Left the company' },
            remove: ['follow_up'],
          },
        },
      ],
    });
  });

  it('acts on a person note’s stay-in-touch item when it has no follow-up of its own', () => {
    const grace = note('People/Grace.md', { follow_up_every: 'monthly', last_contact: '2024-04-01' });
    expect(plan({ kind: 'drop', outcome: 'declined' }, grace.path, [grace])).toEqual({
      ok: true,
      patches: [
        {
          path: grace.path,
          patch: { set: { follow_up_outcome: 'declined', follow_up_done: TODAY }, remove: ['follow_up_every'] },
        },
      ],
    });
  });
});

describe('Set follow-up asked for on the command line', () => {
  it('writes the date, what it is about and the channel', () => {
    expect(plan({ kind: 'set', date: '2024-06-20', about: 'Send deck', channel: 'phone' }, 'Ideas.md', [])).toEqual({
      ok: true,
      patches: [
        {
          path: 'Ideas.md',
          patch: { set: { follow_up: '2024-06-20', follow_up_about: 'Send deck', follow_up_channel: 'phone' }, remove: [] },
        },
      ],
    });
  });

  it('does not rewrite what the note already says', () => {
    const ideas = note('Ideas.md', { follow_up_about: 'Send deck' });
    expect(plan({ kind: 'set', date: '2024-06-20', about: 'Send deck' }, ideas.path, [ideas])).toEqual({
      ok: true,
      patches: [{ path: ideas.path, patch: { set: { follow_up: '2024-06-20' }, remove: [] } }],
    });
  });

  it('writes one person as a name, several as a list, trimmed, leaving out blank names', () => {
    const people = (names?: string[]) => {
      const result = plan({ kind: 'set', date: '2024-06-20', with: names }, 'Ideas.md', []);
      return result.ok ? result.patches : result.reason;
    };
    expect(people([' [[Jane]] ', ''])).toEqual([
      { path: 'Ideas.md', patch: { set: { follow_up: '2024-06-20', follow_up_with: '[[Jane]]' }, remove: [] } },
    ]);
    expect(people(['[[Jane]]', '  ', ' Sam'])).toEqual([
      { path: 'Ideas.md', patch: { set: { follow_up: '2024-06-20', follow_up_with: ['[[Jane]]', 'Sam'] }, remove: [] } },
    ]);
    const dateOnly = [{ path: 'Ideas.md', patch: { set: { follow_up: '2024-06-20' }, remove: [] } }];
    expect(people(['', ' '])).toEqual(dateOnly);
    expect(people([])).toEqual(dateOnly);
    expect(people(undefined)).toEqual(dateOnly);
  });

  it('writes the people under the field name the settings give', () => {
    const settings = settingsWith({ fields: { ...settingsWith().fields, with: 'who' } });
    const result = planRequest(
      { kind: 'set', date: '2024-06-20', with: ['Sam'] },
      'a.md',
      indexRecords([], settings).snapshot(TODAY),
      settings,
      undefined,
    );
    expect(result.ok && result.patches[0]?.patch.set).toEqual({ follow_up: '2024-06-20', who: 'Sam' });
  });
});

describe('an action on a note without an open follow-up is refused, saying why', () => {
  it('a note that names none', () => {
    const closed = note('Closed.md', { follow_up_done: '2024-06-01' });
    expect(plan({ kind: 'done' }, closed.path, [closed])).toEqual({ ok: false, reason: 'it has no open follow-up' });
    expect(plan({ kind: 'nudge' }, 'Missing.md', [])).toEqual({ ok: false, reason: 'it has no open follow-up' });
  });

  it('a note whose follow-up cannot be read: the field and the reason, without its last full stop', () => {
    const unread = note('Soon.md', { follow_up: 'soon' });
    const help = DATE_HELP.replace(/\.$/, '');
    expect(plan({ kind: 'snooze', until: '2024-06-20', preset: false }, unread.path, [unread])).toEqual({
      ok: false,
      reason: `it has no open follow-up: "follow_up" cannot be read ("soon" is not a date. ${help})`,
    });
  });

  it('a problem that names no value is no reason of its own', () => {
    const merged = note('Merged.md', { '<<': { follow_up: '2024-06-10' } });
    expect(readNoteFacts(merged, settingsWith()).problems).toEqual([expect.objectContaining({ field: '<<', value: null })]);
    expect(plan({ kind: 'done' }, merged.path, [merged])).toEqual({ ok: false, reason: 'it has no open follow-up' });
  });

  it('a frontmatter that cannot be read: its message, as the end of a sentence, before any other problem', () => {
    const broken: NoteRecord = {
      path: 'Broken.md',
      frontmatter: { follow_up: 'soon' },
      frontmatterError: 'The frontmatter is not valid YAML.',
    };
    expect(plan({ kind: 'nudge' }, broken.path, [broken])).toEqual({
      ok: false,
      reason: 'the frontmatter is not valid YAML. None of its frontmatter is read until this is fixed',
    });
  });
});

describe('the item an action on a note means', () => {
  it('is the note’s own follow-up before its birthday item, and never another note’s', () => {
    const settings = settingsWith();
    const person = note('People/Kim.md', {
      follow_up: '2024-07-01',
      follow_up_every: 'weekly',
      birthday: '06-13',
      last_contact: '2024-06-01',
    });
    const other = note('People/Lee.md', { follow_up: '2024-06-01' });
    const items = indexRecords([person, other], settings).snapshot(TODAY).items;
    expect(items.filter((item) => item.path === person.path).map((item) => item.source)).toEqual(['birthday', 'note']);
    expect(itemOfNote(items, person.path)).toMatchObject({ path: person.path, source: 'note' });
    expect(itemOfNote(items, other.path)).toMatchObject({ path: other.path, source: 'note' });
  });

  it('is the first item of the note when it has no follow-up of its own, and null when it has none', () => {
    const settings = settingsWith();
    const person = note('People/Kim.md', { follow_up_every: 'weekly', birthday: '06-13', last_contact: '2024-06-01' });
    const items = indexRecords([person, note('Meetings/Other.md', { follow_up: '2024-06-01' })], settings).snapshot(TODAY).items;
    expect(items.map((item) => [item.path, item.source])).toEqual([
      ['Meetings/Other.md', 'note'],
      [person.path, 'cadence'],
      [person.path, 'birthday'],
    ]);
    expect(itemOfNote(items, person.path)).toBe(items[1]);
    expect(itemOfNote(items, 'People/Nobody.md')).toBeNull();
    expect(itemOfNote([], person.path)).toBeNull();
  });
});

describe('an action whose date would pass the calendar’s last day', () => {
  it('is refused, naming the step in words: one of a unit, or several', () => {
    const reason = (every: string) => {
      const settings = settingsWith();
      const repeat = note('Deals/Renewal.md', { follow_up: '9999-12-20', follow_up_every: every });
      const snapshot = indexRecords([repeat], settings).snapshot('9999-12-25');
      const result = planRequest({ kind: 'done' }, repeat.path, snapshot, settings, readNoteFacts(repeat, settings));
      return result.ok ? result.patches : result.reason;
    };
    const refusal = 'it would move "follow_up" past 9999-12-31, the last date a note can hold';
    expect(reason('2w')).toBe(`${refusal} (9999-12-25 + 2 weeks)`);
    expect(reason('1w')).toBe(`${refusal} (9999-12-25 + 1 week)`);
    expect(reason('monthly')).toBe(`${refusal} (9999-12-25 + 1 month)`);
  });
});
