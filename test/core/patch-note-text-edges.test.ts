import { describe, expect, it } from 'vitest';
import { applyPatch, type PatchValue } from '../../src/core/actions/frontmatter-patch';
import { patchNoteText } from '../../src/core/actions/patch-note-text';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// The byte-for-byte patch at the edges of what a frontmatter block can hold: each case is the
// whole note before and after, or the whole reason it is refused.

const patch = (text: string, set: Record<string, PatchValue>, remove: string[] = []) =>
  patchNoteText(text, { set, remove }, DEFAULT_SETTINGS, 'Notes/Note.md');

describe('patching the lines of a key, at the edges of YAML', () => {
  it.each<[string, string, Record<string, PatchValue>, string[], string]>([
    ['a key with no value', '---\nfollow_up:\nx: 1\n---\n', { follow_up: '2024-06-12' }, [], '---\nfollow_up: 2024-06-12\nx: 1\n---\n'],
    [
      'a key of the note with no name',
      '---\n: orphan\nfollow_up: 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      '---\n: orphan\nfollow_up: 2024-06-12\n---\n',
    ],
    [
      'a quoted key with a space in it',
      '---\n"follow_up ": 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      '---\n"follow_up ": 2024-06-12\n---\n',
    ],
    [
      'a closing line without a line break',
      '---\nfollow_up: 2024-06-10\n---',
      { follow_up: '2024-06-12' },
      [],
      '---\nfollow_up: 2024-06-12\n---',
    ],
    [
      'a new key before a closing line without a line break',
      '---\na: 1\n---',
      { follow_up: '2024-06-12' },
      [],
      '---\na: 1\nfollow_up: 2024-06-12\n---',
    ],
    [
      'a block of comments only',
      '---\n# only a comment\n---\nbody\n',
      { follow_up: '2024-06-12' },
      [],
      '---\n# only a comment\nfollow_up: 2024-06-12\n---\nbody\n',
    ],
    [
      'a new key right after our last key, above the blank and comment lines that follow it',
      '---\nfollow_up: 2024-06-10 # c\n\n# tail\nz: 1\n---\n',
      { follow_up_done: '2024-06-12' },
      [],
      '---\nfollow_up: 2024-06-10 # c\nfollow_up_done: 2024-06-12\n\n# tail\nz: 1\n---\n',
    ],
    [
      'a literal block scalar removed with its blank lines, not the comment after it',
      '---\nfollow_up_about: |\n  two\n\n  lines\n\n# kept\nb: 2\n---\n',
      {},
      ['follow_up_about'],
      '---\n\n# kept\nb: 2\n---\n',
    ],
    [
      'a literal block scalar removed with a last line that looks like a comment',
      '---\nfollow_up_about: |\n  Deck\n  # slide 3\ntitle: x\n---\n',
      {},
      ['follow_up_about'],
      '---\ntitle: x\n---\n',
    ],
    [
      'a kept block scalar removed with its blank lines',
      '---\nfollow_up_about: |+\n  two\n\n# kept\nb: 2\n---\n',
      {},
      ['follow_up_about'],
      '---\n\n# kept\nb: 2\n---\n',
    ],
    [
      'a field of ours with an anchor that the patch does not touch',
      '---\nfollow_up_about: &a Deck\nother: *a\nfollow_up: 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      '---\nfollow_up_about: &a Deck\nother: *a\nfollow_up: 2024-06-12\n---\n',
    ],
    [
      'two keys of one field merged into the first, rewritten even when it holds the value',
      "---\nfollow-up: '2024-06-10' # c\nx: 1\nfollowup: 2024-06-02\n---\n",
      { follow_up: '2024-06-10' },
      [],
      '---\nfollow-up: 2024-06-10\nx: 1\n---\n',
    ],
    ['a number written as text', '---\nfollow_up_attempts: "3"\n---\n', { follow_up_attempts: 3 }, [], '---\nfollow_up_attempts: 3\n---\n'],
    ['a shorter list', '---\nfollow_up_with: [Jane, Sam]\n---\n', { follow_up_with: ['Jane'] }, [], '---\nfollow_up_with: [Jane]\n---\n'],
    [
      'a map that reads like a list',
      '---\nfollow_up_with: {0: Sam}\n---\n',
      { follow_up_with: ['Sam'] },
      [],
      '---\nfollow_up_with: [Sam]\n---\n',
    ],
    [
      'the same list, left as written',
      '---\nfollow_up_with:\n  - Sam # her\n---\n',
      { follow_up_with: ['Sam'] },
      [],
      '---\nfollow_up_with:\n  - Sam # her\n---\n',
    ],
  ])('%s', (_, before, set, remove, after) => {
    expect(patch(before, set, remove)).toEqual({ ok: true, text: after });
  });
});

describe('refusing a note whose field cannot be changed on its own lines, with the reason', () => {
  it.each<[string, string, Record<string, PatchValue>, string[], string]>([
    [
      'an indented block',
      '---\n  follow_up: 2024-06-10\n  a: 1\n---\n',
      { follow_up: '2024-06-12' },
      [],
      '"follow_up" is not written as a plain "key: value" line at the start of a line',
    ],
    [
      'a key with an anchor',
      '---\n&k follow_up: 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      '"follow_up" is not written as a plain "key: value" line at the start of a line',
    ],
    [
      'an anchor inside a list',
      '---\nfollow_up_with: [&p Jane]\nother: *p\n---\n',
      {},
      ['follow_up_with'],
      '"follow_up_with" uses a YAML anchor or alias (&name, *name), so changing it could change other fields',
    ],
    [
      'a block that is text',
      '---\njust text\n---\n',
      { follow_up: '2024-06-12' },
      [],
      'its frontmatter is not a list of "key: value" lines',
    ],
    [
      'a block in a language Obsidian does not read',
      '---yaml\nfollow_up: 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      'its frontmatter opens with "---yaml", which Obsidian does not read as frontmatter: write the fields as YAML between "---" lines',
    ],
    [
      'a block of code, in capitals',
      '---JS\nfollow_up: 2024-06-10\n---\n',
      { follow_up: '2024-06-12' },
      [],
      'its frontmatter opens with "---JS", which is code, not YAML: write the fields as YAML between "---" lines',
    ],
    [
      'one mapping in braces',
      '---\n{follow_up: 2024-06-10}\n---\n',
      { follow_up: '2024-06-12' },
      [],
      'its frontmatter is one "{ … }" mapping, not "key: value" lines, so one field cannot be changed on its own line',
    ],
  ])('%s', (_, before, set, remove, reason) => {
    expect(patch(before, set, remove)).toEqual({ ok: false, reason });
  });
});

describe('the line endings and the refusals of a patch, exactly', () => {
  it('keeps the line ending of the line it replaces, in a note that mixes them', () => {
    expect(patch('---\r\nfollow_up: 2024-06-10\nx: 1\r\n---\r\n', { follow_up: '2024-06-12' })).toEqual({
      ok: true,
      text: '---\r\nfollow_up: 2024-06-12\nx: 1\r\n---\r\n',
    });
    expect(patch('---\nfollow_up: 2024-06-10\r\nx: 1\n---\n', { follow_up: '2024-06-12' })).toEqual({
      ok: true,
      text: '---\nfollow_up: 2024-06-12\r\nx: 1\n---\n',
    });
  });

  it('removes a list but not the comment and blank lines after its last item', () => {
    expect(patch('---\nfollow_up_with:\n  - Jane\n  # and Sam?\n\n# about her\nz: 1\n---\n', {}, ['follow_up_with'])).toEqual({
      ok: true,
      text: '---\n  # and Sam?\n\n# about her\nz: 1\n---\n',
    });
  });

  it('refuses a block one space in, saying why', () => {
    expect(patch('---\n follow_up: 2024-06-10\n a: 1\n---\n', { follow_up: '2024-06-12' })).toEqual({
      ok: false,
      reason: '"follow_up" is not written as a plain "key: value" line at the start of a line',
    });
  });

  it('gives the reason a block cannot be read as the end of a sentence', () => {
    expect(patch('---\nfollow_up: 2024-06-10\n', { follow_up: '2024-06-12' })).toEqual({
      ok: false,
      reason: 'the frontmatter starts with "---" but has no closing "---" line, so Obsidian reads no properties from it',
    });
  });

  it('refuses a new key that would cut the blank lines a kept block scalar of ours ends with', () => {
    expect(patch('---\nfollow_up_about: |+\n  Deck\n\ntitle: x\n---\n', { follow_up_done: '2024-06-12' })).toEqual({
      ok: false,
      reason: 'the change would not have stayed on the lines of its own fields, so it was not made',
    });
  });
});

describe('a field a patch both sets and removes', () => {
  it('is set, in the frontmatter and in the note’s text alike', () => {
    const frontmatter: Record<string, unknown> = { follow_up: '2024-06-10', x: 1 };
    applyPatch(frontmatter, { set: { follow_up: '2024-06-12' }, remove: ['follow_up'] }, DEFAULT_SETTINGS);
    expect(frontmatter).toEqual({ follow_up: '2024-06-12', x: 1 });
    expect(patch('---\nfollow_up: 2024-06-10\nx: 1\n---\n', { follow_up: '2024-06-12' }, ['follow_up'])).toEqual({
      ok: true,
      text: '---\nfollow_up: 2024-06-12\nx: 1\n---\n',
    });
  });
});
