import { describe, expect, it } from 'vitest';
import { keyMentionTest, mentionsKeyRead } from '../../src/core/note-head/key-mention';
import { settingsWith } from '../helpers/notes';

// The test may say yes to a block that holds no key the index reads (it is then parsed), never no
// to one that does (a follow-up would be lost).

describe('telling from the text whether a block may hold a key the index reads', () => {
  it.each([
    'follow_up: 2024-06-10',
    'Follow_Up: 2024-06-10',
    'FOLLOW_UP: 2024-06-10',
    'tags: [a]\nfollow-up: 2024-06-10',
    '  followup: 2024-06-10',
    '"follow_up": 2024-06-10',
    "'  FOLLOWUP ': x",
    'follow_up : x',
    'follow_up\t: x',
    'follow_up:: x',
    '{a: 1, follow_up: x}',
    '{a: 1,email: x}',
    '[follow_up: x]',
    'a:follow_up: x',
    'attendees:\n  - "[[A]]"',
    '? follow_up\n: x',
    'a: &k follow_up\n*k : x',
    '"follow\\u005fup": x',
    'path: C:\\Notes',
    'preferred_channel: email',
    'channel: email',
    'last_contact: 2024-01-01',
    'follow_up_every: 2w',
    'summary: "follow_up: in a value"',
  ])('says yes to %j', (block) => {
    expect(mentionsKeyRead(block, settingsWith())).toBe(true);
  });

  it.each([
    'tags: [a, b]\ncreated: 2024-01-01',
    'title: Coffee with Sam about the email date and the people',
    'title: Call\nnotes: about the follow-up',
    'updated: 2024-01-01',
    'date: 2024-01-01',
    'x_follow_up: 1',
    'follow_up_x: 1',
    '-follow_up: 1',
    'follow_up x: 1',
    'aliases: [people]',
    '',
  ])('says no to %j', (block) => {
    expect(mentionsKeyRead(block, settingsWith())).toBe(false);
  });

  it('with an anchor or an explicit key, says yes to any mention of a name, and no without one', () => {
    const mentions = keyMentionTest(settingsWith());
    expect(mentions('a: &x the follow_up')).toBe(true);
    expect(mentions('? x\n: about follow_up later')).toBe(true);
    expect(mentions('a: &x\nb: *x')).toBe(false);
    expect(mentions('? x\n: y')).toBe(false);
  });

  it('is made once per settings value', () => {
    const settings = settingsWith();
    expect(keyMentionTest(settings)).toBe(keyMentionTest(settings));
    expect(keyMentionTest(settingsWith())).not.toBe(keyMentionTest(settings));
  });
});

describe('a name that YAML could spell otherwise than as written', () => {
  it.each([
    ['a space', { emailField: 'e mail' }],
    ['a tab', { emailField: 'e\tmail' }],
    ['a double quote', { emailField: 'e"mail' }],
    ['a single quote', { emailField: "e'mail" }],
    ['a backslash', { emailField: 'e\\mail' }],
    ['nothing at all', { phoneField: '' }],
  ])('with %s turns the test off: every block counts', (_name, overrides) => {
    const mentions = keyMentionTest(settingsWith(overrides));
    expect(mentions('anything: at all')).toBe(true);
    expect(mentions('')).toBe(true);
  });

  it('with none of these keeps the test on', () => {
    expect(keyMentionTest(settingsWith({ emailField: 'e-mail_1' }))('anything: at all')).toBe(false);
  });
});

describe('a name with characters a regular expression treats as its own', () => {
  it.each([
    ['e.mail', 'e.mail: x', 'eXmail: x'],
    ['ab*c', 'ab*c: x', 'abbc: x'],
    ['ab+c', 'ab+c: x', 'abbc: x'],
    ['ab?c', 'ab?c: x', 'ac: x'],
    ['a^b', 'a^b: x', 'ab: x'],
    ['a$b', 'a$b: x', 'ab: x'],
    ['a{2}', 'a{2}: x', 'aa: x'],
    ['a(b)', 'a(b): x', 'ab: x'],
    ['a|b', 'a|b: x', 'b: x'],
    ['a[b]', 'a[b]: x', 'b: x'],
    ['a/b-c', 'a/b-c: x', 'ab: x'],
  ])('%j is matched as written', (name, key, other) => {
    const mentions = keyMentionTest(settingsWith({ emailField: name }));
    expect(mentions(key)).toBe(true);
    expect(mentions(other)).toBe(false);
  });
});

describe('the Greek final sigma, which lower-cases by its place in a word', () => {
  it('is folded on both sides', () => {
    const greek = keyMentionTest(settingsWith({ emailField: 'ΟΔΟΣ' }));
    expect(greek('ΟΔΟΣ: x')).toBe(true);
    expect(greek('οδος: x')).toBe(true);
    expect(greek('οδοσ: x')).toBe(true);
    expect(greek('οδο: x')).toBe(false);
    const final = keyMentionTest(settingsWith({ emailField: 'οδος' }));
    expect(final('ΟΔΟΣ: x')).toBe(true);
    expect(final('ΟΔΟΣΑ: x')).toBe(false);
  });
});
