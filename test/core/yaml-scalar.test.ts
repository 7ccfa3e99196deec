import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { patchNoteText } from '../../src/core/actions/patch-note-text';
import { yamlScalar } from '../../src/core/actions/yaml-scalar';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const LONG_LINES = 'Thanks for the call: they will come back next week\nwith the numbers for the second quarter';

describe('a value as written after "key: "', () => {
  it.each<[string | number | readonly string[], string]>([
    ['Send the deck', 'Send the deck'],
    ['2024-06-10', '2024-06-10'],
    [7, '7'],
    // Text YAML 1.1 reads as something else is quoted too: a timestamp, a boolean, a number.
    ['2024-06-10 14:30:00', '"2024-06-10 14:30:00"'],
    ['Yes', '"Yes"'],
    ['1_000', '"1_000"'],
    ['2024-6-10', '"2024-6-10"'],
    [' 2024-06-10', '" 2024-06-10"'],
    // Quotes of the kind the text does not hold.
    ['say "hi": now', `'say "hi": now'`],
    ["it's: ok", `"it's: ok"`],
    ['a\rb', '"a\\rb"'],
    ['two\nlines', '"two\\nlines"'],
    [LONG_LINES, JSON.stringify(LONG_LINES)],
    [`${'word '.repeat(30)}: end`, `"${'word '.repeat(30)}: end"`],
    // People as a flow list, on one line however many.
    [['[[Jane]]', 'Sam'], '["[[Jane]]", Sam]'],
    [[], '[]'],
    [Array<string>(12).fill('Jonathan Smith'), `[${Array<string>(12).fill('Jonathan Smith').join(', ')}]`],
  ])('%j is written %s', (value, written) => {
    expect(yamlScalar(value)).toBe(written);
  });

  it('reads back as the value it writes', () => {
    for (const value of ['say "hi": now', "it's: ok", 'a\rb', LONG_LINES, `${LONG_LINES}\r\n\n  indented `])
      expect(parse(`key: ${yamlScalar(value)}`)).toEqual({ key: value });
  });
});

describe('text with line breaks in a note', () => {
  it('is written on the line of its key, however long, in a note with CRLF line endings', () => {
    const note = '---\r\ntitle: Call\r\nfollow_up: 2024-06-10\r\n---\r\nBody\r\n';
    const result = patchNoteText(note, { set: { follow_up_feedback: LONG_LINES }, remove: [] }, DEFAULT_SETTINGS, 'Call.md');
    expect(result).toEqual({
      ok: true,
      text: `---\r\ntitle: Call\r\nfollow_up: 2024-06-10\r\nfollow_up_feedback: ${JSON.stringify(LONG_LINES)}\r\n---\r\nBody\r\n`,
    });
  });
});
