import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEveryone, snoozeChoices } from '../../src/core/actions/plan-actions';
import { planRequest, type ActionRequest } from '../../src/core/actions/plan-request';
import { refusalPastLastDate } from '../../src/core/actions/past-last-date';
import { placeFor } from '../../src/core/actions/schedule';
import { snoozeTarget } from '../../src/core/actions/snooze-target';
import { parseDateWords } from '../../src/core/dates/date-words';
import { indexRecords } from '../../src/core/follow-up-index';
import { addWithinCalendar } from '../../src/core/local-date';
import type { NoteRecord } from '../../src/core/note-record';
import { note, settingsWith } from '../helpers/notes';

// A date an action writes is computed, never clamped: where it would pass 9999-12-31 (the last
// day `YYYY-MM-DD` can name), the action is refused with words naming the field, and the note is
// left as it is. A clamp would write a day nobody asked for without a word.

const settings = settingsWith();
const PAST = /^it would move "follow_up" past 9999-12-31, the last date a note can hold \(.+\)$/;

function plan(records: NoteRecord[], path: string, today: string, request: ActionRequest, custom = settings) {
  return planRequest(request, path, indexRecords(records, custom).snapshot(today), custom, undefined);
}

const written = (result: ReturnType<typeof plan>) => (result.ok ? result.patches[0]?.patch.set.follow_up : result.reason);

describe('an action that would step past 9999-12-31 is refused, not clamped', () => {
  it.each<[string, Record<string, unknown>, string, ActionRequest]>([
    [
      'Done on a weekly follow-up done on 9999-12-25',
      { follow_up: '9999-12-25', follow_up_every: 'weekly' },
      '9999-12-25',
      { kind: 'done' },
    ],
    ['Done on a monthly follow-up done on 9999-12-01', { follow_up: '9999-12-01', follow_up_every: '1m' }, '9999-12-01', { kind: 'done' }],
    [
      'Done on a yearly follow-up done on 9999-02-01',
      { follow_up: '9999-02-01', follow_up_every: 'yearly' },
      '9999-02-01',
      { kind: 'done' },
    ],
    ['Nudged on 9999-12-29 (waits 3 days)', { follow_up: '9999-12-29' }, '9999-12-29', { kind: 'nudge' }],
    [
      'Nudged a second time on 9999-12-25 (waits 7 days)',
      { follow_up: '9999-12-25', follow_up_attempts: 1 },
      '9999-12-25',
      { kind: 'nudge' },
    ],
  ])('%s', (_, frontmatter, today, request) => {
    expect(written(plan([note('Deals/Acme.md', frontmatter)], 'Deals/Acme.md', today, request))).toMatch(PAST);
  });

  it.each<[string, Record<string, unknown>, string, ActionRequest, string]>([
    [
      'Done on a weekly follow-up done on 9999-12-24',
      { follow_up: '9999-12-24', follow_up_every: 'weekly' },
      '9999-12-24',
      { kind: 'done' },
      '9999-12-31',
    ],
    ['Nudged on 9999-12-28 (waits 3 days)', { follow_up: '9999-12-28' }, '9999-12-28', { kind: 'nudge' }, '9999-12-31'],
    [
      'Snoozed to 9999-12-31 as written',
      { follow_up: '9999-12-28' },
      '9999-12-28',
      { kind: 'snooze', until: '9999-12-31', preset: false },
      '9999-12-31',
    ],
  ])('still writes the last day itself: %s', (_, frontmatter, today, request, date) => {
    expect(written(plan([note('Deals/Acme.md', frontmatter)], 'Deals/Acme.md', today, request))).toBe(date);
  });

  it('names the field as the settings call it', () => {
    const custom = settingsWith({ fields: { ...settings.fields, followUp: 'next_step' } });
    const result = plan([note('Deals/Acme.md', { next_step: '9999-12-29' })], 'Deals/Acme.md', '9999-12-29', { kind: 'nudge' }, custom);
    expect(written(result)).toMatch(/^it would move "next_step" past 9999-12-31, the last date a note can hold/);
  });

  it('says which step would pass it', () => {
    const result = plan([note('Deals/Acme.md', { follow_up: '9999-12-29' })], 'Deals/Acme.md', '9999-12-29', { kind: 'nudge' });
    expect(written(result)).toBe('it would move "follow_up" past 9999-12-31, the last date a note can hold (9999-12-29 + 3 days)');
  });

  describe('someone away until 9999-12-31: the day after their away period is no day', () => {
    const away = note('People/Jane.md', { away_until: '9999-12-31' });
    const deal = (frontmatter: Record<string, unknown>) => note('Deals/Acme.md', { follow_up_with: '[[Jane]]', ...frontmatter });

    it.each<[string, Record<string, unknown>, ActionRequest]>([
      ['Done on a repeating follow-up', { follow_up: '2024-06-12', follow_up_every: '2w' }, { kind: 'done' }],
      ['Nudged', { follow_up: '2024-06-12' }, { kind: 'nudge' }],
      ['Snoozed to tomorrow (a preset)', { follow_up: '2024-06-12' }, { kind: 'snooze', until: '2024-06-13', preset: true }],
    ])('%s is refused', (_, frontmatter, request) => {
      expect(written(plan([away, deal(frontmatter)], 'Deals/Acme.md', '2024-06-12', request))).toBe(
        'it would move "follow_up" past 9999-12-31, the last date a note can hold (9999-12-31 + 1 day)',
      );
    });

    it('a date the user wrote is theirs, away or not', () => {
      const result = plan([away, deal({ follow_up: '2024-06-12' })], 'Deals/Acme.md', '2024-06-12', {
        kind: 'snooze',
        until: '2024-07-01',
        preset: false,
      });
      expect(written(result)).toBe('2024-07-01');
    });

    it('Follow up with everyone is refused as a whole, and says why', () => {
      const meeting = note('Meetings/Kickoff.md', { attendees: ['[[Jane]]', '[[Sam]]'] });
      const snapshot = indexRecords([away, note('People/Sam.md', {}), meeting], settings).snapshot('2024-06-12');
      const facts = snapshot.facts.find((candidate) => candidate.path === meeting.path)!;
      expect(refusalPastLastDate(() => planEveryone(facts, snapshot, settings), settings)).toEqual({
        ok: false,
        reason: 'it would move "follow_up" past 9999-12-31, the last date a note can hold (9999-12-31 + 1 day)',
      });
    });
  });

  it('Follow up with everyone, some days out from 9999-12-30', () => {
    const meeting = note('Meetings/Kickoff.md', { attendees: ['[[Sam]]'] });
    const snapshot = indexRecords([note('People/Sam.md', {}), meeting], settings).snapshot('9999-12-30');
    const facts = snapshot.facts.find((candidate) => candidate.path === meeting.path)!;
    expect(refusalPastLastDate(() => planEveryone(facts, snapshot, settings), settings)).toEqual({
      ok: false,
      reason: 'it would move "follow_up" past 9999-12-31, the last date a note can hold (9999-12-30 + 2 days)',
    });
  });

  it('hands anything else on untouched', () => {
    const boom = new TypeError('boom');
    expect(() =>
      refusalPastLastDate(() => {
        throw boom;
      }, settings),
    ).toThrow(boom);
    expect(refusalPastLastDate(() => 7, settings)).toEqual({ ok: true, value: 7 });
  });
});

describe('the choices and words that count days never offer a clamped day', () => {
  it('the snooze presets leave out what would pass the last day', () => {
    // 9999-12-30 is a Thursday: tomorrow is the last day; in three days and next Monday are none.
    expect(snoozeChoices('9999-12-30', 1)).toEqual([{ label: 'Tomorrow', date: '9999-12-31' }]);
    expect(snoozeChoices('9999-12-31', 1)).toEqual([]);
    const away = indexRecords([note('People/Jane.md', { away_until: '9999-12-31' })], settings).snapshot('2024-06-12');
    expect(snoozeChoices('2024-06-12', 1, placeFor(['Jane'], away, settings))).toEqual([]);
  });

  it.each([
    ['tomorrow', '9999-12-31'],
    ['+1d', '9999-12-31'],
    ['+1w', '9999-12-28'],
    ['+3d', '9999-12-29'],
    ['monday', '9999-12-28'], // a Tuesday: the next Monday is in 10000
  ])('snooze --to %s from %s is refused', (to, today) => {
    expect(() => snoozeTarget(to, today)).toThrow(/falls after 9999-12-31/);
  });

  it('snooze --to still reaches the last day', () => {
    expect(snoozeTarget('+3d', '9999-12-28')).toBe('9999-12-31');
    expect(snoozeTarget('friday', '9999-12-28')).toBe('9999-12-31');
  });

  it.each(['tomorrow', 'in 2 weeks', '+3d', '2w', 'next month', 'next year', 'next week', 'monday'])(
    '"%s" typed on 9999-12-30 reads as the day it means, or as no date when that is past the last one',
    (words) => {
      expect(parseDateWords(words, '9999-12-30', { dayFirst: true, weekStart: 1 })).toBe(words === 'tomorrow' ? '9999-12-31' : null);
    },
  );

  it('a nudge from any day of the last month writes the exact day or is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 4 }), (day, attempts) => {
        const today = `9999-12-${String(day).padStart(2, '0')}`;
        const result = plan([note('a.md', { follow_up: today, follow_up_attempts: attempts })], 'a.md', today, { kind: 'nudge' });
        const exact = addWithinCalendar(today, [3, 7, 14][Math.min(attempts, 2)]!, 'days');
        expect(written(result)).toEqual(exact ?? expect.stringMatching(PAST));
      }),
      { numRuns: 40 },
    );
  });
});
