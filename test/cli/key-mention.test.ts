import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { keyMentionTest } from '../../src/core/note-head/key-mention';
import { mayBeRelevant } from '../../src/core/note-facts';
import { settingsWith } from '../helpers/notes';

const settings = settingsWith();
const mentions = keyMentionTest(settings);
const relevant = mayBeRelevant(settings);

function parse(body: string): Record<string, unknown> | null {
  try {
    const data = YAML.parse(body, { schema: 'core', uniqueKeys: true, logLevel: 'silent' }) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

describe('telling from the text whether a block may hold a key the index reads', () => {
  it.each([
    'follow_up: 2024-06-10',
    'Follow_Up: 2024-06-10',
    'tags: [a]\nfollow-up: 2024-06-10',
    '"follow_up": 2024-06-10',
    "'  FOLLOWUP ': x",
    'follow_up : x',
    'follow_up:: x',
    '{a: 1, follow_up: x}',
    '{a: 1,email: x}',
    'attendees:\n  - "[[A]]"',
    '? follow_up\n: x',
    'a: &k follow_up\n*k : x',
    '"follow\\u005fup": x',
    'preferred_channel: email',
    'channel: email',
    'last_contact: 2024-01-01',
    // Over-cautious, and harmless: the block is parsed and the value found to be no key.
    'summary: "follow_up: in a value"',
    'path: C:\\Notes',
  ])('says yes to %j', (body) => {
    expect(mentions(body)).toBe(true);
  });

  it.each([
    'tags: [a, b]\ncreated: 2024-01-01',
    'title: Coffee with Sam about the email date and the people',
    'updated: 2024-01-01',
    'date: 2024-01-01',
    'x_follow_up: 1',
    'follow_up_x: 1',
    'aliases: [people]',
  ])('says no to %j', (body) => {
    expect(mentions(body)).toBe(false);
  });

  it('turns itself off when a name could be spelled differently in YAML', () => {
    const spaced = keyMentionTest(settingsWith({ emailField: 'e mail' }));
    expect(spaced('anything: at all')).toBe(true);
    const empty = keyMentionTest(settingsWith({ phoneField: '' }));
    expect(empty('anything: at all')).toBe(true);
  });

  it('folds the Greek final sigma, which lower-cases by context', () => {
    const greek = keyMentionTest(settingsWith({ emailField: 'ΟΔΟΣ' }));
    expect(greek('ΟΔΟΣ: x')).toBe(true);
    expect(greek('οδος: x')).toBe(true);
  });

  it('never says no to a block whose parsed keys make a note relevant', () => {
    const name = fc.constantFrom(
      'follow_up',
      'follow-up',
      'followup',
      'follow_up_every',
      'last_contact',
      'people',
      'attendees',
      'with',
      'email',
      'phone',
      'channel',
      'preferred_channel',
      'follow_up_attempts',
      'date',
      'created',
      'tags',
      'title',
      'updated',
      'x',
    );
    const spelled = fc
      .tuple(name, fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ':'))
      .map(([base, casing, pad, colon]) => {
        const cased = casing === 'upper' ? base.toUpperCase() : casing === 'title' ? base[0]?.toUpperCase() + base.slice(1) : base;
        return `${pad}${cased}${colon}${pad}`;
      });
    const value = fc.constantFrom('2024-06-10', 'x', '[a, b]', '"[[A]]"', '', 'with email date', 'follow_up: x');
    const key = fc
      .tuple(spelled, fc.constantFrom('plain', 'double', 'single', 'explicit'))
      .map(([text, style]) =>
        style === 'double' ? `"${text}"` : style === 'single' ? `'${text}'` : style === 'explicit' ? `? ${text}\n` : text,
      );
    const entry = fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`);
    const flow = fc
      .array(
        fc.tuple(
          key.filter((k) => !k.startsWith('?')),
          value,
        ),
        { maxLength: 3 },
      )
      .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
    const block = fc.oneof(
      fc.array(entry, { maxLength: 6 }).map((lines) => lines.join('\n')),
      flow,
    );
    fc.assert(
      fc.property(block, (body) => {
        const data = parse(body);
        if (data !== null && relevant({ path: 'Notes/a.md', frontmatter: data })) expect(mentions(body), body).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
