import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/item';
import { addDays, localDateOf } from '../../src/core/local-date';
import {
  dueInstant,
  EMPTY_NOTIFY_STATE,
  notifyKey,
  readNotifyState,
  renameInNotifyState,
  summaryText,
  whatToNotify,
  type NotifyState,
} from '../../src/core/notify/notifications';
import { anItem } from '../helpers/notes';

// Every test speaks in local wall-clock time: these run in eight time zones, two of them with a
// daylight-saving change in the weeks below (Los Angeles on 10 March 2024, Auckland and Lord Howe
// on 7 April 2024).
function item(path: string, due: string, time: string | null = null): Item {
  return anItem(path.replace(/\.md$/, ''), { path, due, time });
}
const at = (date: string, time: string) => new Date(dueInstant(date, time));
const titles = (items: readonly Item[]) => items.map((entry) => entry.title);
/** Saved to plugin data and read back, as across a restart. */
const reloaded = (state: NotifyState): NotifyState => JSON.parse(JSON.stringify(state)) as NotifyState;

describe('what to notify now', () => {
  const lunch = item('Lunch.md', '2024-06-12');
  const call = item('Call.md', '2024-06-12', '14:30');

  it('notifies an all-day item at the notification time, a timed one at its time, once each', () => {
    let state = whatToNotify([lunch, call], at('2024-06-12', '08:00'), '09:00', EMPTY_NOTIFY_STATE, true).state;
    const steps: [string, string[]][] = [];
    for (const time of ['08:59', '09:00', '09:30', '14:29', '14:30', '18:00']) {
      const decision = whatToNotify([lunch, call], at('2024-06-12', time), '09:00', state, false);
      steps.push([time, titles(decision.each)]);
      expect(decision.summary).toEqual([]);
      state = decision.state;
    }
    expect(steps).toEqual([
      ['08:59', []],
      ['09:00', ['Lunch']],
      ['09:30', []],
      ['14:29', []],
      ['14:30', ['Call']],
      ['18:00', []],
    ]);
  });

  it('uses the notification time setting', () => {
    const state = whatToNotify([lunch], at('2024-06-12', '06:00'), '07:30', EMPTY_NOTIFY_STATE, true).state;
    expect(titles(whatToNotify([lunch], at('2024-06-12', '07:29'), '07:30', state, false).each)).toEqual([]);
    expect(titles(whatToNotify([lunch], at('2024-06-12', '07:30'), '07:30', state, false).each)).toEqual(['Lunch']);
  });

  it('never notifies twice across a restart', () => {
    const first = whatToNotify(
      [lunch],
      at('2024-06-12', '09:01'),
      '09:00',
      { lastCheck: at('2024-06-12', '08:00').getTime(), notified: [] },
      false,
    );
    expect(titles(first.each)).toEqual(['Lunch']);
    const restart = whatToNotify([lunch], at('2024-06-12', '11:00'), '09:00', reloaded(first.state), true);
    expect(restart.each).toEqual([]);
    expect(restart.summary).toEqual([]);
  });

  it('sums up at start what came due while closed, then notifies the rest on time', () => {
    const closed: NotifyState = { lastCheck: at('2024-06-10', '18:00').getTime(), notified: [] };
    const items = [item('Old.md', '2024-06-01'), item('Yesterday.md', '2024-06-11'), lunch, call];
    const start = whatToNotify(items, at('2024-06-12', '10:00'), '09:00', closed, true);
    expect(titles(start.summary)).toEqual(['Yesterday', 'Lunch']);
    expect(start.each).toEqual([]);
    expect(titles(whatToNotify(items, at('2024-06-12', '14:30'), '09:00', start.state, false).each)).toEqual(['Call']);
  });

  it('on the very first start, sums up what is due today but not what was overdue before', () => {
    const start = whatToNotify([item('Old.md', '2024-06-01'), lunch, call], at('2024-06-12', '10:00'), '09:00', EMPTY_NOTIFY_STATE, true);
    expect(titles(start.summary)).toEqual(['Lunch']);
  });

  it('catches up after the computer slept, as one summary when there are many', () => {
    const asleep: NotifyState = { lastCheck: at('2024-06-11', '22:00').getTime(), notified: [] };
    const few = [lunch, call];
    expect(titles(whatToNotify(few, at('2024-06-12', '15:00'), '09:00', asleep, false).each)).toEqual(['Lunch', 'Call']);
    const many = ['A', 'B', 'C', 'D'].map((name) => item(`${name}.md`, '2024-06-12'));
    const woke = whatToNotify(many, at('2024-06-12', '15:00'), '09:00', asleep, false);
    expect(woke.each).toEqual([]);
    expect(titles(woke.summary)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('never fires for an item snoozed before its time, and fires on the new day', () => {
    let state = whatToNotify([lunch], at('2024-06-12', '08:00'), '09:00', EMPTY_NOTIFY_STATE, true).state;
    const snoozed = { ...lunch, due: '2024-06-13' };
    state = whatToNotify([snoozed], at('2024-06-12', '09:00'), '09:00', state, false).state;
    expect(whatToNotify([snoozed], at('2024-06-12', '20:00'), '09:00', state, false).each).toEqual([]);
    expect(titles(whatToNotify([snoozed], at('2024-06-13', '09:00'), '09:00', state, false).each)).toEqual(['Lunch']);
  });

  it('never fires for an item done before its time', () => {
    const state = whatToNotify([lunch], at('2024-06-12', '08:00'), '09:00', EMPTY_NOTIFY_STATE, true).state;
    const after = whatToNotify([], at('2024-06-12', '09:00'), '09:00', state, false);
    expect(after.each).toEqual([]);
    expect(after.summary).toEqual([]);
  });

  it('notifies again when an item notified yesterday is due again today', () => {
    const yesterday = whatToNotify(
      [item('Lunch.md', '2024-06-11')],
      at('2024-06-11', '09:00'),
      '09:00',
      { lastCheck: at('2024-06-11', '08:00').getTime(), notified: [] },
      false,
    );
    expect(yesterday.each).toHaveLength(1);
    expect(titles(whatToNotify([lunch], at('2024-06-12', '09:00'), '09:00', yesterday.state, false).each)).toEqual(['Lunch']);
  });

  it('does not notify an item set to a past day while running, since the list shows it as overdue', () => {
    const state = whatToNotify([], at('2024-06-12', '08:00'), '09:00', EMPTY_NOTIFY_STATE, true).state;
    expect(whatToNotify([item('Late.md', '2024-06-05')], at('2024-06-12', '08:01'), '09:00', state, false).each).toEqual([]);
  });

  it('still notifies once when the clock moved back', () => {
    const ahead: NotifyState = { lastCheck: at('2024-06-12', '20:00').getTime(), notified: [] };
    const back = whatToNotify([lunch], at('2024-06-12', '10:00'), '09:00', ahead, false);
    expect(titles(back.each)).toEqual(['Lunch']);
    expect(whatToNotify([lunch], at('2024-06-12', '10:01'), '09:00', back.state, false).each).toEqual([]);
  });

  it('forgets the keys of items gone for a week, and keeps those still in the list', () => {
    const state: NotifyState = {
      lastCheck: null,
      notified: ['note:Gone.md@2024-06-01', 'note:Recent.md@2024-06-08', 'note:Old.md@2024-05-01'],
    };
    const decision = whatToNotify([item('Old.md', '2024-05-01')], at('2024-06-12', '10:00'), '09:00', state, false);
    expect(decision.state.notified).toEqual(['note:Old.md@2024-05-01', 'note:Recent.md@2024-06-08']);
  });

  it('follows a renamed note or folder, so that it is not notified again', () => {
    const state: NotifyState = {
      lastCheck: 5,
      notified: ['note:Deals/Acme.md@2024-06-12', 'note:Deals/Sub/B.md@2024-06-12', 'note:Deals2/C.md@2024-06-12'],
    };
    expect(renameInNotifyState(state, 'Deals/Acme.md', 'Deals/Acme Corp.md').notified).toEqual([
      'note:Deals/Acme Corp.md@2024-06-12',
      'note:Deals/Sub/B.md@2024-06-12',
      'note:Deals2/C.md@2024-06-12',
    ]);
    expect(renameInNotifyState(state, 'Deals', 'Clients').notified).toEqual([
      'note:Clients/Acme.md@2024-06-12',
      'note:Clients/Sub/B.md@2024-06-12',
      'note:Deals2/C.md@2024-06-12',
    ]);
    const renamed = renameInNotifyState(state, 'Deals/Acme.md', 'Deals/Acme Corp.md');
    expect(whatToNotify([item('Deals/Acme Corp.md', '2024-06-12')], at('2024-06-12', '10:00'), '09:00', renamed, false).each).toEqual([]);
  });

  it('sums up in words', () => {
    expect(summaryText([lunch])).toBe('1 follow-up came due: Lunch');
    expect(summaryText([lunch, call])).toBe('2 follow-ups came due: Lunch and Call');
    expect(summaryText(['A', 'B', 'C', 'D', 'E'].map((name) => item(`${name}.md`, '2024-06-12')))).toBe(
      '5 follow-ups came due: A, B, C and 2 more',
    );
  });
});

describe('notifications across days and daylight-saving changes', () => {
  // A check every 30 minutes for three days around each change: every item notified exactly once,
  // at the first check at or after its local time (or the first moment after a skipped hour).
  it.each([
    ['the March change', '2024-03-09'],
    ['the April change', '2024-04-06'],
    ['the October change', '2024-10-05'],
    ['an ordinary week', '2024-06-10'],
  ])('%s', (_name, first) => {
    const days = [first, addDays(first, 1), addDays(first, 2)];
    const items = days.flatMap((day) => [
      item(`All day ${day}.md`, day),
      item(`Night ${day}.md`, day, '02:30'),
      item(`Late ${day}.md`, day, '23:30'),
    ]);
    let state = whatToNotify(items, at(first, '00:00'), '09:00', EMPTY_NOTIFY_STATE, true).state;
    const fired = new Map<string, number[]>();
    const start = at(first, '00:00').getTime();
    for (let now = start + 30 * 60_000; now < start + 3 * 24 * 3_600_000; now += 30 * 60_000) {
      const decision = whatToNotify(items, new Date(now), '09:00', state, false);
      for (const entry of [...decision.each, ...decision.summary]) fired.set(entry.title, [...(fired.get(entry.title) ?? []), now]);
      state = reloaded(decision.state);
    }
    for (const entry of items) {
      const due = dueInstant(entry.due, entry.time ?? '09:00');
      const expected = start + Math.ceil((due - start) / (30 * 60_000)) * 30 * 60_000;
      if (expected >= start + 3 * 24 * 3_600_000) continue;
      expect(fired.get(entry.title), entry.title).toEqual([expected]);
      expect(localDateOf(new Date(expected))).toBe(entry.due);
    }
  });
});

describe('notifications at their edges', () => {
  it('notifies three items one by one, and four as one summary', () => {
    const asleep: NotifyState = { lastCheck: at('2024-06-11', '22:00').getTime(), notified: [] };
    const three = ['A', 'B', 'C'].map((name) => item(`${name}.md`, '2024-06-12'));
    const decision = whatToNotify(three, at('2024-06-12', '15:00'), '09:00', asleep, false);
    expect([titles(decision.each), decision.summary]).toEqual([['A', 'B', 'C'], []]);
  });

  it('does not notify again, the next day, an item that came due at the very instant of the last check', () => {
    const checked: NotifyState = { lastCheck: at('2024-06-11', '09:00').getTime(), notified: [] };
    const decision = whatToNotify([item('Lunch.md', '2024-06-11')], at('2024-06-12', '10:00'), '09:00', checked, false);
    expect([decision.each, decision.summary]).toEqual([[], []]);
    const justAfter: NotifyState = { lastCheck: at('2024-06-11', '08:59').getTime(), notified: [] };
    expect(titles(whatToNotify([item('Lunch.md', '2024-06-11')], at('2024-06-12', '10:00'), '09:00', justAfter, false).each)).toEqual([
      'Lunch',
    ]);
  });

  it('keeps the key of a gone item seven days back, and forgets it eight days back', () => {
    const state: NotifyState = { lastCheck: null, notified: ['note:Eight.md@2024-06-04', 'note:Seven.md@2024-06-05'] };
    expect(whatToNotify([], at('2024-06-12', '10:00'), '09:00', state, false).state).toEqual({
      lastCheck: at('2024-06-12', '10:00').getTime(),
      notified: ['note:Seven.md@2024-06-05'],
    });
  });

  it('remembers each item by its source, path and due date', () => {
    expect(notifyKey({ path: 'People/Ana.md', source: 'cadence', due: '2024-06-12' })).toBe('cadence:People/Ana.md@2024-06-12');
  });

  it('takes the years before 100 as written', () => {
    expect(new Date(dueInstant('0050-06-12', '09:30')).getFullYear()).toBe(50);
    expect(new Date(dueInstant('0099-06-12', '09:30')).getFullYear()).toBe(99);
    expect(new Date(dueInstant('0100-06-12', '09:30')).getFullYear()).toBe(100);
    expect(dueInstant('2024-06-12', '09:30')).toBe(new Date(2024, 5, 12, 9, 30).getTime());
  });

  it('names three items in a summary, and no more', () => {
    expect(summaryText(['A', 'B', 'C'].map((name) => item(`${name}.md`, '2024-06-12')))).toBe('3 follow-ups came due: A, B and C');
    expect(summaryText(['A', 'B', 'C', 'D'].map((name) => item(`${name}.md`, '2024-06-12')))).toBe(
      '4 follow-ups came due: A, B, C and 1 more',
    );
  });

  it('sorts the keys after a rename, and keeps the last check', () => {
    const state: NotifyState = { lastCheck: 5, notified: ['note:A.md@2024-06-12', 'note:B.md@2024-06-12'] };
    expect(renameInNotifyState(state, 'A.md', 'Z.md')).toEqual({
      lastCheck: 5,
      notified: ['note:B.md@2024-06-12', 'note:Z.md@2024-06-12'],
    });
  });

  it('follows a rename in a key whose path holds @ and :', () => {
    const state: NotifyState = { lastCheck: null, notified: ['note:a:b@c.md@2024-06-12'] };
    expect(renameInNotifyState(state, 'a:b@c.md', 'd.md').notified).toEqual(['note:d.md@2024-06-12']);
  });
});

describe('the stored notification state', () => {
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a number', 3],
    ['text', '{"lastCheck":5}'],
  ])('is a fresh start when it is %s', (_name, raw) => {
    expect(readNotifyState(raw)).toEqual({ lastCheck: null, notified: [] });
  });

  it('keeps a finite last check and the keys that are text', () => {
    expect(readNotifyState({ lastCheck: 5, notified: ['note:a.md@2024-06-12', 3, null, 'b'] })).toEqual({
      lastCheck: 5,
      notified: ['note:a.md@2024-06-12', 'b'],
    });
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['text', '5'],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('has no last check when it is %s', (_name, lastCheck) => {
    expect(readNotifyState({ lastCheck, notified: 'note:a.md@2024-06-12' })).toEqual({ lastCheck: null, notified: [] });
  });
});
