import { describe, expect, it } from 'vitest';
import { deepEqual, ownedFields, readsAsIntended } from '../../src/core/actions/patch-check';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { settingsWith } from '../helpers/notes';

// The check every patched note passes before it is written (SPEC §5): other keys as they were,
// ours exactly as intended. The line edits never fail it; these blocks are made to.

const settings = DEFAULT_SETTINGS;
const BEFORE = { title: 'Call', follow_up: '2024-06-10', tags: ['a'], follow_up_attempts: 1 };
const SNOOZE = { set: { follow_up: '2024-06-12', follow_up_done: '2024-06-11' }, remove: ['follow_up_attempts'] };
const reads = (after: Record<string, unknown>) => readsAsIntended(BEFORE, after, SNOOZE, settings);

describe('a patched block reads as intended', () => {
  it('when ours are as the patch makes them, a new one after the others of ours, and the rest as it was', () => {
    expect(reads({ title: 'Call', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'] })).toBe(true);
    expect(readsAsIntended(BEFORE, BEFORE, { set: {}, remove: [] }, settings)).toBe(true);
  });

  it('and when our key keeps the spelling the note gave it', () => {
    const before = { ' Follow-Up ': '2024-06-10' };
    expect(readsAsIntended(before, { ' Follow-Up ': '2024-06-12' }, { set: { follow_up: '2024-06-12' }, remove: [] }, settings)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['another key changed', { title: 'Intro', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'] }],
    ['another key gone', { follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'] }],
    ['another key added', { title: 'Call', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'], x: 1 }],
    ['other keys in another order', { tags: ['a'], follow_up: '2024-06-12', follow_up_done: '2024-06-11', title: 'Call' }],
    ['a list that became longer', { title: 'Call', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a', 'b'] }],
    ['our key not as intended', { title: 'Call', follow_up: '2024-06-13', follow_up_done: '2024-06-11', tags: ['a'] }],
    ['our key missing', { title: 'Call', follow_up: '2024-06-12', tags: ['a'] }],
    [
      'our removed key still there',
      { title: 'Call', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'], follow_up_attempts: 1 },
    ],
    ['ours in another order', { title: 'Call', follow_up_done: '2024-06-11', follow_up: '2024-06-12', tags: ['a'] }],
    ['an alias of our date added', { title: 'Call', follow_up: '2024-06-12', follow_up_done: '2024-06-11', tags: ['a'], followup: 'x' }],
  ])('not with %s', (_, after) => {
    expect(reads(after)).toBe(false);
  });

  it('counts as ours a field the patch names that the settings do not: it may be written above other keys', () => {
    const patch = { set: { reviewed: 'yes' }, remove: [] };
    expect(readsAsIntended({ a: 1 }, { reviewed: 'yes', a: 1 }, patch, settings)).toBe(true);
    expect(readsAsIntended({ a: 1 }, { a: 1 }, patch, settings)).toBe(false);
  });
});

describe('the keys that are ours', () => {
  it('are the patch’s fields, the settings’ fields and the date’s aliases, by their lower-case names, trimmed', () => {
    const custom = settingsWith({ fields: { ...DEFAULT_SETTINGS.fields, about: ' Topic ' }, followUpAliases: [' Next-Step '] });
    const owned = ownedFields(custom, { set: { ' Extra ': 1 }, remove: [' Gone '] });
    expect([owned.get('extra'), owned.get('gone'), owned.get('topic'), owned.get('next-step'), owned.get('follow_up')]).toEqual([
      ' Extra ',
      ' Gone ',
      ' Topic ',
      'follow_up',
      'follow_up',
    ]);
    expect(owned.has('title')).toBe(false);
  });
});

describe('the same data', () => {
  it.each<[unknown, unknown, boolean]>([
    ['a', 'a', true],
    [Number.NaN, Number.NaN, true],
    [1, '1', false],
    [null, {}, false],
    [{}, null, false],
    [{ 0: 'a' }, 'a', false],
    [[], {}, false],
    [['Sam'], { 0: 'Sam' }, false],
    [['a', 'b'], ['a'], false],
    [['a'], ['a', 'b'], false],
    [['a', 'b'], ['b', 'a'], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false],
    [{ a: 1, b: 2 }, { a: 1, c: 2 }, false],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(deepEqual(a, b)).toBe(same);
    expect(deepEqual(b, a)).toBe(same);
  });
});
