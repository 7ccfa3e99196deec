import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../src/core/actions/frontmatter-patch';
import {
  planDone,
  planDrop,
  planEveryone,
  planNudge,
  planSetFollowUp,
  planSnooze,
  snoozeChoices,
} from '../../src/core/actions/plan-actions';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12';
const settings = settingsWith();
const snapshotOf = (records: NoteRecord[], custom = settings) => indexRecords(records, custom).snapshot(TODAY);
const itemAt = (records: NoteRecord[], path: string, custom = settings) => {
  const snapshot = snapshotOf(records, custom);
  const item = snapshot.items.find((candidate) => candidate.path === path);
  if (!item) throw new Error(`no item at ${path}`);
  return { item, snapshot };
};

const jane = note('People/Jane.md', { last_contact: '2024-05-01' });
const meeting = note('Meetings/2024-06-03 Call.md', { attendees: '[[Jane]]', follow_up: '2024-06-10', follow_up_attempts: 2 });

describe('planning actions', () => {
  it('Done closes the follow-up, records outcome and day, and moves last contact forward', () => {
    const { item, snapshot } = itemAt([jane, meeting], meeting.path);
    expect(planDone(item, snapshot, settings)).toEqual([
      {
        path: meeting.path,
        patch: { set: { follow_up_done: TODAY, follow_up_outcome: 'replied' }, remove: ['follow_up_attempts', 'follow_up'] },
      },
      { path: 'People/Jane.md', patch: { set: { last_contact: TODAY }, remove: [] } },
    ]);
    expect(planDone(item, snapshot, settings, 'declined')[0]?.patch.set.follow_up_outcome).toBe('declined');
  });

  it('Done on a repeating follow-up moves it to today + every', () => {
    const repeating = note('Meetings/Check-in.md', { follow_up: '2024-06-12', follow_up_every: '2w', follow_up_with: 'Kim' });
    const { item, snapshot } = itemAt([repeating], repeating.path);
    expect(planDone(item, snapshot, settings)).toEqual([
      {
        path: repeating.path,
        patch: { set: { follow_up_done: TODAY, follow_up_outcome: 'replied', follow_up: '2024-06-26' }, remove: ['follow_up_attempts'] },
      },
    ]);
  });

  it('Done never moves last contact back, and can be told not to touch it', () => {
    const later = note('People/Jane.md', { last_contact: '2024-06-20' });
    const { item, snapshot } = itemAt([later, meeting], meeting.path);
    expect(planDone(item, snapshot, settings)).toHaveLength(1);
    const off = settingsWith({ updateLastContactOnDone: false });
    const second = itemAt([jane, meeting], meeting.path, off);
    expect(planDone(second.item, second.snapshot, off)).toHaveLength(1);
  });

  it('Done on a follow-up kept on the contact note itself writes once', () => {
    const own = note('People/Luca.md', { follow_up: '2024-06-12' });
    const { item, snapshot } = itemAt([own], own.path);
    expect(planDone(item, snapshot, settings)).toEqual([
      {
        path: own.path,
        patch: {
          set: { follow_up_done: TODAY, follow_up_outcome: 'replied', last_contact: TODAY },
          remove: ['follow_up_attempts', 'follow_up'],
        },
      },
    ]);
  });

  it('Done on a stay-in-touch item writes last contact on the contact note', () => {
    const cadence = note('People/Grace.md', { follow_up_every: 'monthly' });
    const { item, snapshot } = itemAt([cadence], cadence.path);
    expect(planDone(item, snapshot, settings)).toEqual([{ path: cadence.path, patch: { set: { last_contact: TODAY }, remove: [] } }]);
  });

  it('Nudge counts one more attempt, records the day, and waits the third of the nudge waits after the third reminder', () => {
    const { item, snapshot } = itemAt([jane, meeting], meeting.path);
    expect(planNudge(item, snapshot, settings)).toEqual([
      { path: meeting.path, patch: { set: { follow_up_attempts: 3, follow_up_nudged: TODAY, follow_up: '2024-06-26' }, remove: [] } },
    ]);
  });

  it('Snooze moves the date', () => {
    expect(planSnooze({ path: 'a.md' }, '2024-06-17', settings)).toEqual([
      { path: 'a.md', patch: { set: { follow_up: '2024-06-17' }, remove: [] } },
    ]);
  });

  it('offers tomorrow, in 3 days and next Monday', () => {
    expect(snoozeChoices('2024-06-12', 1).map((choice) => choice.date)).toEqual(['2024-06-13', '2024-06-15', '2024-06-17']);
    expect(snoozeChoices('2024-06-17', 1)[2]?.date).toBe('2024-06-24');
    expect(snoozeChoices('2024-11-02', 1)[0]?.date).toBe('2024-11-03');
  });

  it('names each snooze choice, and says when it had to move one to a free day', () => {
    // 2024-06-12 is a Wednesday.
    expect(snoozeChoices('2024-06-12', 1)).toEqual([
      { label: 'Tomorrow', date: '2024-06-13' },
      { label: 'In 3 days', date: '2024-06-15' },
      { label: 'Next Monday', date: '2024-06-17' },
    ]);
    expect(snoozeChoices('2024-06-12', 0)[2]).toEqual({ label: 'Next week', date: '2024-06-16' });
    // On the first day of the week, the next week starts seven days later, not today.
    expect(snoozeChoices('2024-06-16', 0)[2]).toEqual({ label: 'Next week', date: '2024-06-23' });
    expect(snoozeChoices('2024-06-15', 0)[2]).toEqual({ label: 'Next week', date: '2024-06-16' });
    const awayUntil15 = (date: string) => (date <= '2024-06-15' ? '2024-06-16' : date);
    expect(snoozeChoices('2024-06-12', 1, awayUntil15)).toEqual([
      { label: 'Next free day', date: '2024-06-16' },
      { label: 'Next free day', date: '2024-06-16' },
      { label: 'Next Monday', date: '2024-06-17' },
    ]);
  });

  it('Drop records the outcome, the day and the feedback, and removes the date', () => {
    const { item, snapshot } = itemAt([jane, meeting], meeting.path);
    expect(planDrop(item, snapshot, settings, 'declined', '  Budget frozen  ')).toEqual([
      {
        path: meeting.path,
        patch: {
          set: { follow_up_outcome: 'declined', follow_up_done: TODAY, follow_up_feedback: 'Budget frozen' },
          remove: ['follow_up'],
        },
      },
    ]);
    expect(planDrop(item, snapshot, settings, 'no-response')[0]?.patch.set).toEqual({
      follow_up_outcome: 'no-response',
      follow_up_done: TODAY,
    });
  });

  it('Nudge and Drop on a stay-in-touch item: a nudge is a contact, a drop stops the cadence', () => {
    const cadence = note('People/Grace.md', { follow_up_every: 'monthly', last_contact: '2024-04-01' });
    const { item, snapshot } = itemAt([cadence], cadence.path);
    expect(item.source).toBe('cadence');
    expect(planNudge(item, snapshot, settings)).toEqual([{ path: cadence.path, patch: { set: { last_contact: TODAY }, remove: [] } }]);
    expect(planDrop(item, snapshot, settings, 'no-response', '   ')).toEqual([
      { path: cadence.path, patch: { set: { follow_up_outcome: 'no-response', follow_up_done: TODAY }, remove: ['follow_up_every'] } },
    ]);
  });

  it('Done on the day of the last contact leaves last contact as it is; a day later moves it', () => {
    const sameDay = note('People/Jane.md', { last_contact: TODAY });
    const first = itemAt([sameDay, meeting], meeting.path);
    expect(planDone(first.item, first.snapshot, settings).map((patch) => patch.path)).toEqual([meeting.path]);
    const dayBefore = note('People/Jane.md', { last_contact: '2024-06-11' });
    const second = itemAt([dayBefore, meeting], meeting.path);
    expect(planDone(second.item, second.snapshot, settings)[1]).toEqual({
      path: 'People/Jane.md',
      patch: { set: { last_contact: TODAY }, remove: [] },
    });
  });

  it('Set follow-up writes the date and the optional details', () => {
    expect(planSetFollowUp('a.md', '2024-06-20', settings, { about: ' Send deck ', channel: '' })).toEqual([
      { path: 'a.md', patch: { set: { follow_up: '2024-06-20', follow_up_about: 'Send deck' }, remove: [] } },
    ]);
  });

  it('Set follow-up does not rewrite the details the note already says, however it spells them', () => {
    const live = snapshotOf([note('a.md', { follow_up: '2024-06-10', follow_up_about: ' Send deck ', follow_up_channel: 'Email' })])
      .facts[0];
    expect(planSetFollowUp('a.md', '2024-06-20', settings, { about: 'Send deck', channel: 'email' }, live)).toEqual([
      { path: 'a.md', patch: { set: { follow_up: '2024-06-20' }, remove: [] } },
    ]);
    expect(planSetFollowUp('a.md', '2024-06-20', settings, { about: 'Send the deck', channel: 'phone' }, live)).toEqual([
      {
        path: 'a.md',
        patch: { set: { follow_up: '2024-06-20', follow_up_about: 'Send the deck', follow_up_channel: 'phone' }, remove: [] },
      },
    ]);
  });

  it('Follow up with everyone skips people with an open follow-up and lists those without a note', () => {
    const event = note('Meetings/2024-06-11 Meetup.md', { attendees: ['[[Jane]]', '[[Sam]]', '[[Nobody]]'] });
    const sam = note('People/Sam.md', {});
    const snapshot = snapshotOf([jane, sam, meeting, event]);
    const facts = snapshot.facts.find((candidate) => candidate.path === event.path)!;
    expect(planEveryone(facts, snapshot, settings)).toEqual({
      patches: [
        {
          path: 'People/Sam.md',
          patch: { set: { follow_up: '2024-06-14', follow_up_about: 'Follow up on 2024-06-11 Meetup' }, remove: [] },
        },
      ],
      skipped: ['Jane'],
      withoutNote: ['Nobody'],
    });
  });
});

describe('applying a patch to frontmatter', () => {
  it('writes under the name the note already uses and removes duplicates', () => {
    const frontmatter: Record<string, unknown> = {
      title: 'x',
      'Follow-Up': '2024-06-01',
      followup: '2024-06-01',
      Follow_Up_Attempts: 2,
      tags: ['a'],
    };
    applyPatch(frontmatter, { set: { follow_up: '2024-06-20', follow_up_outcome: 'replied' }, remove: ['follow_up_attempts'] }, settings);
    expect(frontmatter).toEqual({ title: 'x', 'Follow-Up': '2024-06-20', tags: ['a'], follow_up_outcome: 'replied' });
    expect(Object.keys(frontmatter)).toEqual(['title', 'Follow-Up', 'tags', 'follow_up_outcome']);
  });
});

describe('flags in words', async () => {
  const { describeFlags } = await import('../../src/core/flag-words');
  it('names the people and days behind each flag', () => {
    const snapshot = snapshotOf([
      note('done.md', { follow_up_with: '[[Eve]]', follow_up_done: '2024-06-11', follow_up_outcome: 'replied' }),
      note('a.md', { follow_up: '2024-06-12', follow_up_with: ['[[Eve]]', '[[Jane]]'], follow_up_attempts: 3 }),
      note('b.md', { follow_up: '2024-06-14', follow_up_with: '[[Jane]]' }),
    ]);
    const item = snapshot.items.find((candidate) => candidate.path === 'a.md')!;
    expect(describeFlags(item, snapshot, settings)).toEqual([
      '3 reminders sent — consider letting go',
      'also due with Jane this week',
      'you followed up with Eve yesterday',
    ]);
  });

  it('names as batch partners only the people with another follow-up due within the window, in each snapshot', () => {
    const notes = [
      note('a.md', { follow_up: '2024-06-12', follow_up_with: ['[[Eve]]', '[[Jane]]', '[[Kim]]'] }),
      note('b.md', { follow_up: '2024-06-11', follow_up_with: ['[[Jane]]', '[[Jane]]'] }),
      note('c.md', { follow_up: '2024-09-01', follow_up_with: '[[Eve]]' }),
      note('d.md', { follow_up: '2024-06-13', follow_up_with: '[[Kim]]' }),
    ];
    const words = (snapshot: ReturnType<typeof snapshotOf>, path: string) =>
      describeFlags(
        snapshot.items.find((candidate) => candidate.path === path)!,
        snapshot,
        settings,
      );
    const first = snapshotOf(notes);
    expect(words(first, 'a.md')).toEqual(['also due with Jane, Kim this week']);
    expect(words(first, 'b.md')).toEqual(['also due with Jane this week']);
    expect(words(first, 'd.md')).toEqual(['also due with Kim this week']);
    const withoutKim = snapshotOf(notes.filter((record) => record.path !== 'd.md'));
    expect(words(withoutKim, 'a.md')).toEqual(['also due with Jane this week']);
  });
});
