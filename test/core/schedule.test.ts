import { describe, expect, it } from 'vitest';
import { snoozeChoicesFor, planEveryone, planSetFollowUp } from '../../src/core/actions/plan-actions';
import { latestAwayUntil, nudgeWait } from '../../src/core/actions/schedule';
import { indexRecords } from '../../src/core/follow-up-index';
import { note, settingsWith } from '../helpers/notes';

const TODAY = '2024-06-12'; // a Wednesday

describe('the away periods of a follow-up’s people', () => {
  it('end on the latest away_until among them, in any order, whoever has no note or no away period', () => {
    const records = [
      note('People/Jane.md', { away_until: '2024-06-20' }),
      note('People/Sam.md', { away_until: '2024-06-25' }),
      note('People/Kim.md', {}),
    ];
    const snapshot = indexRecords(records, settingsWith()).snapshot(TODAY);
    expect(latestAwayUntil(['Jane', 'Sam'], snapshot)).toBe('2024-06-25');
    expect(latestAwayUntil(['Sam', 'Jane'], snapshot)).toBe('2024-06-25');
    expect(latestAwayUntil(['Kim', 'Nobody', 'Jane'], snapshot)).toBe('2024-06-20');
    expect(latestAwayUntil(['Kim', 'Nobody'], snapshot)).toBeNull();
    expect(latestAwayUntil([], snapshot)).toBeNull();
  });
});

describe('the nudge waits', () => {
  it('are the default ones when the settings hold none, and the first before any reminder', () => {
    expect(nudgeWait(1, { nudgeWaits: [] })).toBe(3);
    expect(nudgeWait(5, { nudgeWaits: [] })).toBe(14);
    expect(nudgeWait(0, { nudgeWaits: [4, 9] })).toBe(4);
  });
});

describe('the snooze choices for an item', () => {
  it('keep clear of its people’s away periods and, when set, of weekends', () => {
    const records = [note('People/Jane.md', { away_until: '2024-06-13' })];
    const snapshot = indexRecords(records, settingsWith()).snapshot(TODAY);
    expect(snoozeChoicesFor({ people: ['Jane'] }, snapshot, settingsWith())).toEqual([
      { label: 'Next free day', date: '2024-06-14' },
      { label: 'In 3 days', date: '2024-06-15' },
      { label: 'Next Monday', date: '2024-06-17' },
    ]);
    const sundays = settingsWith({ weekStart: 0, weekdaysOnly: true });
    expect(snoozeChoicesFor({ people: [] }, indexRecords([], sundays).snapshot(TODAY), sundays)).toEqual([
      { label: 'Tomorrow', date: '2024-06-13' },
      { label: 'Next free day', date: '2024-06-17' },
      { label: 'Next free day', date: '2024-06-17' },
    ]);
  });
});

describe('following up with everyone in a meeting', () => {
  it('skips only people with an open follow-up of their own, not those with a stay-in-touch item or a birthday', () => {
    const settings = settingsWith();
    const records = [
      note('People/Grace.md', { follow_up_every: 'monthly', last_contact: '2024-04-01', birthday: '06-13' }),
      note('Meetings/2024-06-11 Meetup.md', { attendees: ['[[Grace]]'] }),
    ];
    const snapshot = indexRecords(records, settings).snapshot(TODAY);
    const meeting = snapshot.facts.find((facts) => facts.path === 'Meetings/2024-06-11 Meetup.md')!;
    expect(snapshot.items.map((item) => item.source).sort()).toEqual(['birthday', 'cadence']);
    expect(planEveryone(meeting, snapshot, settings)).toEqual({
      patches: [
        {
          path: 'People/Grace.md',
          patch: { set: { follow_up: '2024-06-14', follow_up_about: 'Follow up on 2024-06-11 Meetup' }, remove: [] },
        },
      ],
      skipped: [],
      withoutNote: [],
    });
  });
});

describe('setting a follow-up', () => {
  it('writes the channel trimmed, as it was given', () => {
    expect(planSetFollowUp('a.md', '2024-06-20', settingsWith(), { channel: '  Phone ' })).toEqual([
      { path: 'a.md', patch: { set: { follow_up: '2024-06-20', follow_up_channel: 'Phone' }, remove: [] } },
    ]);
  });
});
