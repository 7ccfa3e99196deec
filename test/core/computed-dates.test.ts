import { describe, expect, it } from 'vitest';
import { planDone, planEveryone, planNudge, snoozeChoices } from '../../src/core/actions/plan-actions';
import { nudgeWait, placeDate, placeFor } from '../../src/core/actions/schedule';
import { indexRecords } from '../../src/core/follow-up-index';
import type { NoteRecord } from '../../src/core/note-record';
import type { Settings } from '../../src/core/settings';
import { migrateSettings } from '../../src/core/settings-migration';
import { note, settingsWith } from '../helpers/notes';

const settings = settingsWith();
const weekdays = settingsWith({ weekdaysOnly: true });

function planFor(records: NoteRecord[], path: string, today: string, custom: Settings = settings) {
  const snapshot = indexRecords(records, custom).snapshot(today);
  const item = snapshot.items.find((candidate) => candidate.path === path && candidate.source === 'note');
  if (!item) throw new Error(`no item at ${path}`);
  return { item, snapshot };
}

describe('the nudge ladder', () => {
  it.each([
    // [reminders already sent, waits, days to wait after this one]
    [0, [3, 7, 14], 3],
    [1, [3, 7, 14], 7],
    [2, [3, 7, 14], 14],
    [3, [3, 7, 14], 14],
    [9, [3, 7, 14], 14],
    [0, [5], 5],
    [4, [5], 5],
    [1, [1, 2], 2],
  ])('after %i reminders with waits %j, the next waits %i days', (sent, nudgeWaits, wait) => {
    expect(nudgeWait(sent + 1, { nudgeWaits })).toBe(wait);
  });

  it.each([
    // [today, attempts, follow_up written]
    ['2024-06-12', 0, '2024-06-15'],
    ['2024-06-12', 1, '2024-06-19'],
    ['2024-06-12', 2, '2024-06-26'],
    ['2024-06-12', 5, '2024-06-26'],
    ['2024-01-29', 0, '2024-02-01'],
    ['2024-02-25', 1, '2024-03-03'],
    ['2023-02-25', 1, '2023-03-04'],
    ['2024-12-25', 1, '2025-01-01'],
    ['2024-12-30', 2, '2025-01-13'],
  ])('Nudged on %s after %i reminders writes the attempt, the day of the reminder and follow_up %s', (today, attempts, next) => {
    const records = [note('Deals/Offer.md', { follow_up: today, follow_up_with: 'Kim', follow_up_attempts: attempts })];
    const { item, snapshot } = planFor(records, 'Deals/Offer.md', today);
    expect(planNudge(item, snapshot, settings)).toEqual([
      {
        path: 'Deals/Offer.md',
        patch: { set: { follow_up_attempts: attempts + 1, follow_up_nudged: today, follow_up: next }, remove: [] },
      },
    ]);
  });

  it('takes the waits from the settings', () => {
    const custom = settingsWith({ nudgeWaits: [2, 30] });
    const records = [note('Deals/Offer.md', { follow_up: '2024-06-12', follow_up_attempts: 1 })];
    const { item, snapshot } = planFor(records, 'Deals/Offer.md', '2024-06-12', custom);
    expect(planNudge(item, snapshot, custom)[0]?.patch.set.follow_up).toBe('2024-07-12');
  });
});

describe('placing a computed date', () => {
  it.each([
    // [date, away_until, weekdays only, placed]
    ['2024-06-14', null, false, '2024-06-14'],
    ['2024-06-14', '2024-06-13', false, '2024-06-14'],
    ['2024-06-14', '2024-06-14', false, '2024-06-15'],
    ['2024-06-14', '2024-06-20', false, '2024-06-21'],
    ['2024-01-15', '2024-01-31', false, '2024-02-01'],
    ['2024-02-10', '2024-02-28', false, '2024-02-29'],
    ['2023-02-10', '2023-02-28', false, '2023-03-01'],
    ['2024-12-20', '2024-12-31', false, '2025-01-01'],
    ['2024-06-15', null, true, '2024-06-17'],
    ['2024-06-16', null, true, '2024-06-17'],
    ['2024-06-17', null, true, '2024-06-17'],
    ['2024-06-14', null, true, '2024-06-14'],
    ['2024-08-31', null, true, '2024-09-02'],
    ['2024-03-31', null, true, '2024-04-01'],
    ['2022-12-31', null, true, '2023-01-02'],
    ['2023-01-01', null, true, '2023-01-02'],
    ['2024-12-20', '2025-01-03', true, '2025-01-06'],
    ['2024-12-20', '2024-12-27', true, '2024-12-30'],
    ['2024-06-15', null, false, '2024-06-15'],
  ])('%s, away until %s, weekdays only %s: %s', (date, awayUntil, weekdaysOnly, placed) => {
    expect(placeDate(date, awayUntil, { weekdaysOnly })).toBe(placed);
  });

  it('waits for the last of the people to come back', () => {
    const records = [note('People/Jane.md', { away_until: '2024-06-20' }), note('People/Sam.md', { away_until: '2024-06-25' })];
    const snapshot = indexRecords(records, settings).snapshot('2024-06-12');
    expect(placeFor(['Jane', 'Sam'], snapshot, settings)('2024-06-15')).toBe('2024-06-26');
    expect(placeFor(['Jane', 'Kim'], snapshot, settings)('2024-06-15')).toBe('2024-06-21');
    expect(placeFor(['Kim'], snapshot, settings)('2024-06-15')).toBe('2024-06-15');
  });
});

describe('the actions keep their computed dates clear of away periods and weekends', () => {
  const jane = note('People/Jane.md', { away_until: '2024-06-20' });

  it('Nudged: after the away period', () => {
    const records = [jane, note('Deals/Offer.md', { follow_up: '2024-06-12', follow_up_with: '[[Jane]]' })];
    const { item, snapshot } = planFor(records, 'Deals/Offer.md', '2024-06-12');
    expect(planNudge(item, snapshot, settings)[0]?.patch.set.follow_up).toBe('2024-06-21');
  });

  it('Nudged: on a weekday (Friday 14 June + 3 days is Monday; Wednesday 19 June + 3 is Saturday → Monday)', () => {
    const friday = planFor([note('a.md', { follow_up: '2024-06-14' })], 'a.md', '2024-06-14', weekdays);
    expect(planNudge(friday.item, friday.snapshot, weekdays)[0]?.patch.set.follow_up).toBe('2024-06-17');
    const wednesday = planFor([note('a.md', { follow_up: '2024-06-19' })], 'a.md', '2024-06-19', weekdays);
    expect(planNudge(wednesday.item, wednesday.snapshot, weekdays)[0]?.patch.set.follow_up).toBe('2024-06-24');
  });

  it('Done with a repeat: after the away period, and on a weekday', () => {
    const records = [jane, note('Deals/Check-in.md', { follow_up: '2024-06-12', follow_up_every: 'weekly', follow_up_with: '[[Jane]]' })];
    const { item, snapshot } = planFor(records, 'Deals/Check-in.md', '2024-06-12');
    expect(planDone(item, snapshot, settings)[0]?.patch.set.follow_up).toBe('2024-06-21');
    const saturday = planFor([note('a.md', { follow_up: '2024-12-21', follow_up_every: '2w' })], 'a.md', '2024-12-21', weekdays);
    expect(planDone(saturday.item, saturday.snapshot, weekdays)[0]?.patch.set.follow_up).toBe('2025-01-06');
  });

  it('Follow up with everyone: each person after their own away period', () => {
    const meeting = note('Meetings/2024-06-12 Kickoff.md', { attendees: ['[[Jane]]', '[[Sam]]'] });
    const records = [jane, note('People/Sam.md', {}), meeting];
    const snapshot = indexRecords(records, settings).snapshot('2024-06-12');
    const facts = snapshot.facts.find((facts) => facts.path === meeting.path)!;
    expect(planEveryone(facts, snapshot, settings).patches.map((patch) => [patch.path, patch.patch.set.follow_up])).toEqual([
      ['People/Jane.md', '2024-06-21'],
      ['People/Sam.md', '2024-06-14'],
    ]);
  });

  it('Snooze presets: moved ones say so', () => {
    const records = [note('People/Jane.md', { away_until: '2024-06-13' })];
    const snapshot = indexRecords(records, settings).snapshot('2024-06-12');
    expect(snoozeChoices('2024-06-12', 1, placeFor(['Jane'], snapshot, settings))).toEqual([
      { label: 'Next free day', date: '2024-06-14' },
      { label: 'In 3 days', date: '2024-06-15' },
      { label: 'Next Monday', date: '2024-06-17' },
    ]);
    // Friday 2024-06-14, weekdays only: tomorrow (a Saturday) becomes Monday.
    expect(snoozeChoices('2024-06-14', 1, placeFor([], snapshot, weekdays))).toEqual([
      { label: 'Next free day', date: '2024-06-17' },
      { label: 'In 3 days', date: '2024-06-17' },
      { label: 'Next Monday', date: '2024-06-17' },
    ]);
    expect(snoozeChoices('2024-06-14', 1, placeFor([], snapshot, settings))[0]).toEqual({ label: 'Tomorrow', date: '2024-06-15' });
  });
});

describe('Done on a birthday, and on a contacted item', () => {
  it('a birthday item’s Done writes last_contact: today on the person note, and nothing else', () => {
    const records = [note('People/Jane.md', { birthday: '06-12', last_contact: '2024-01-01' })];
    const snapshot = indexRecords(records, settings).snapshot('2024-06-12');
    const item = snapshot.items.find((candidate) => candidate.source === 'birthday')!;
    expect(planDone(item, snapshot, settings)).toEqual([
      { path: 'People/Jane.md', patch: { set: { last_contact: '2024-06-12' }, remove: [] } },
    ]);
    const after = indexRecords([note('People/Jane.md', { birthday: '06-12', last_contact: '2024-06-12' })], settings).snapshot(
      '2024-06-12',
    );
    expect(after.items.find((candidate) => candidate.source === 'birthday')?.due).toBe('2025-06-12');
  });

  it('records the day of the contact as the done day, and last_contact on it unless later', () => {
    const records = [
      note('People/Jane.md', { last_contact: '2024-06-01' }),
      note('Meetings/2024-06-03 Intro.md', { attendees: '[[Jane]]', follow_up: '2024-06-12', follow_up_every: 'weekly' }),
      note('Meetings/2024-06-10 Lunch.md', { attendees: '[[Jane]]' }),
    ];
    const { item, snapshot } = planFor(records, 'Meetings/2024-06-03 Intro.md', '2024-06-12');
    expect(item.contact?.date).toBe('2024-06-10');
    expect(planDone(item, snapshot, settings, 'replied', undefined, item.contact!.date)).toEqual([
      {
        path: 'Meetings/2024-06-03 Intro.md',
        patch: {
          set: { follow_up_done: '2024-06-10', follow_up_outcome: 'replied', follow_up: '2024-06-17' },
          remove: ['follow_up_attempts'],
        },
      },
      { path: 'People/Jane.md', patch: { set: { last_contact: '2024-06-10' }, remove: [] } },
    ]);
  });

  it('never brings a repeat due before today when the contact was long ago', () => {
    const records = [note('Meetings/2024-05-01 Intro.md', { attendees: 'Jane', follow_up: '2024-06-12', follow_up_every: 'weekly' })];
    const { item, snapshot } = planFor(records, 'Meetings/2024-05-01 Intro.md', '2024-06-12');
    expect(planDone(item, snapshot, settings, 'replied', undefined, '2024-05-10')[0]?.patch.set.follow_up).toBe('2024-06-12');
  });
});

describe('the ladder and weekday settings', () => {
  it.each<[unknown, number[], number]>([
    [{}, [3, 7, 14], 0],
    [{ nudgeWaits: [2, 4] }, [2, 4], 0],
    [{ nudgeWaits: '1, 5, 10' }, [1, 5, 10], 0],
    [{ waitDays: 5 }, [5], 0],
    [{ nudgeWaits: [] }, [3, 7, 14], 1],
    [{ nudgeWaits: [3, 0] }, [3, 7, 14], 1],
    [{ nudgeWaits: [3, 2.5] }, [3, 7, 14], 1],
    [{ nudgeWaits: 'soon' }, [3, 7, 14], 1],
    [{ waitDays: 'x' }, [3, 7, 14], 1],
  ])('%j gives waits %j with %i warnings', (raw, waits, warnings) => {
    const migrated = migrateSettings(raw);
    expect(migrated.settings.nudgeWaits).toEqual(waits);
    expect(migrated.warnings).toHaveLength(warnings);
  });

  it('weekdays only is off by default, and read when stored', () => {
    expect(migrateSettings({}).settings.weekdaysOnly).toBe(false);
    expect(migrateSettings({ weekdaysOnly: true }).settings.weekdaysOnly).toBe(true);
  });
});
