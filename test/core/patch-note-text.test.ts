import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchNoteText, readNoteFrontmatter } from '../../src/core/actions/patch-note-text';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const settings = DEFAULT_SETTINGS;
const patch = (text: string, set: Record<string, string | number>, remove: string[] = []) =>
  patchNoteText(text, { set, remove }, settings, 'Notes/Note.md');
const written = (text: string, set: Record<string, string | number>, remove: string[] = []): string => {
  const result = patch(text, set, remove);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};
const refused = (text: string, set: Record<string, string | number>, remove: string[] = []): string => {
  const result = patch(text, set, remove);
  if (result.ok) throw new Error(`not refused:\n${result.text}`);
  return result.reason;
};

describe('patching a note byte for byte', () => {
  it('replaces only the line of a key it sets, keeping comments, quoting and flow lists around it', () => {
    const note = [
      '---',
      '# Work contact',
      "title: 'Intro call'   # quoted on purpose",
      'tags: [client, q3]',
      'follow_up: 2024-06-10 # first one',
      'people:',
      '  - "[[Jane Doe]]"',
      '',
      '---',
      'Body with --- and follow_up: 2024-01-01',
      '',
    ].join('\n');
    expect(written(note, { follow_up: '2024-06-13' })).toBe(note.replace('follow_up: 2024-06-10 # first one', 'follow_up: 2024-06-13'));
  });

  it('removes a key with its continuation lines, and nothing else', () => {
    const note = '---\na: 1\nfollow_up_with:\n  - "[[Jane]]"\n  # her\n  - Sam\nb: 2\n---\n';
    expect(written(note, {}, ['follow_up_with'])).toBe('---\na: 1\nb: 2\n---\n');
    const folded = '---\nfollow_up_about: >\n  two\n  lines\n\n# kept\nb: 2\n---\n';
    expect(written(folded, {}, ['follow_up_about'])).toBe('---\n\n# kept\nb: 2\n---\n');
  });

  it('inserts a new key after the last key the product owns, else at the end of the block', () => {
    const owned = '---\ntitle: x\nfollow_up: 2024-06-10\nfollow_up_attempts: 1\n# notes\nstatus: open\n---\n';
    expect(written(owned, { follow_up_done: '2024-06-12', follow_up_outcome: 'replied' })).toBe(
      '---\ntitle: x\nfollow_up: 2024-06-10\nfollow_up_attempts: 1\nfollow_up_done: 2024-06-12\nfollow_up_outcome: replied\n# notes\nstatus: open\n---\n',
    );
    expect(written('---\ntitle: x\n# end\n---\nbody\n', { follow_up: '2024-06-13' })).toBe(
      '---\ntitle: x\n# end\nfollow_up: 2024-06-13\n---\nbody\n',
    );
    expect(written('---\n---\nbody\n', { follow_up: '2024-06-13' })).toBe('---\nfollow_up: 2024-06-13\n---\nbody\n');
  });

  it('adds a block above a horizontal rule that opens a note which names none of our keys', () => {
    expect(written('---\nA thought, under a rule.\n', { follow_up: '2024-06-20' })).toBe(
      '---\nfollow_up: 2024-06-20\n---\n---\nA thought, under a rule.\n',
    );
  });

  it('adds a block at the top of a note without one, after a byte-order mark, in the note’s line ending', () => {
    expect(written('\uFEFFHello\r\nthere\r\n', { follow_up: '2024-06-13' })).toBe(
      '\uFEFF---\r\nfollow_up: 2024-06-13\r\n---\r\nHello\r\nthere\r\n',
    );
    expect(written('', { follow_up: '2024-06-13' })).toBe('---\nfollow_up: 2024-06-13\n---\n');
    expect(written('Just text', {}, ['follow_up'])).toBe('Just text');
  });

  it('keeps CRLF, a byte-order mark and the key as the note spells it', () => {
    const note = '\uFEFF---\r\nTitle: A\r\n"Follow-Up": "2024-06-10"\r\nfollow_up_attempts: 2\r\n---\r\nBody\r\n';
    expect(written(note, { follow_up: '2024-06-20', follow_up_attempts: 3 })).toBe(
      '\uFEFF---\r\nTitle: A\r\n"Follow-Up": 2024-06-20\r\nfollow_up_attempts: 3\r\n---\r\nBody\r\n',
    );
    expect(written(note, { follow_up_done: '2024-06-12' }, ['follow_up'])).toBe(
      '\uFEFF---\r\nTitle: A\r\nfollow_up_attempts: 2\r\nfollow_up_done: 2024-06-12\r\n---\r\nBody\r\n',
    );
  });

  it('writes dates unquoted and quotes text only when YAML needs it', () => {
    const line = (value: string | number) => written('---\n---\n', { follow_up_about: value }).split('\n')[1];
    expect(line('Send the deck')).toBe('follow_up_about: Send the deck');
    expect(line('Ver: 4.4')).toBe('follow_up_about: "Ver: 4.4"');
    expect(line('yes')).toBe('follow_up_about: "yes"');
    expect(line('42')).toBe('follow_up_about: "42"');
    expect(line('# hash')).toBe('follow_up_about: "# hash"');
    expect(line('two\nlines')).toBe('follow_up_about: "two\\nlines"');
    expect(line(3)).toBe('follow_up_about: 3');
    expect(written('---\n---\n', { follow_up: '2024-06-10' })).toBe('---\nfollow_up: 2024-06-10\n---\n');
  });

  it('leaves a key alone when it already holds the value, and merges keys of one field into the first', () => {
    const same = "---\nfollow_up: '2024-06-10' # keep\n---\n";
    expect(written(same, { follow_up: '2024-06-10' })).toBe(same);
    expect(written('---\nfollow-up: 2024-06-01\nx: 1\nFOLLOW_UP: 2024-06-02\n---\n', { follow_up: '2024-06-10' })).toBe(
      '---\nfollow-up: 2024-06-10\nx: 1\n---\n',
    );
  });

  it('gives the README’s before and after for Done', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const [before, after] = [...readme.matchAll(/```yaml\n(---\n# Call with Acme[\s\S]*?---\n)```/g)].map((match) => match[1]!);
    expect(written(before!, { follow_up_done: '2024-06-12', follow_up_outcome: 'replied' }, ['follow_up_attempts', 'follow_up'])).toBe(
      after,
    );
  });

  it('refuses, with the reason, a note it cannot change on its own lines', () => {
    expect(refused('---\nfollow_up: 2024-06-10\n', { follow_up: '2024-06-11' })).toMatch(/no closing "---" line/);
    expect(patchNoteText('---\nemail: a@b.c\n', { set: { last_contact: '2024-06-11' }, remove: [] }, settings, 'People/Ana.md')).toEqual({
      ok: false,
      reason: expect.stringMatching(/no closing "---" line/) as unknown,
    });
    expect(refused('---\nfollow_up: 2024-06-10\n...\nbody\n', { follow_up: '2024-06-11' })).toMatch(/ends with "\.\.\."/);
    expect(refused('---js\nmodule.exports = {}\n---\n', { follow_up: '2024-06-11' })).toMatch(/"---js", which is code/);
    expect(refused('---\nfollow_up: 2024-06-10\nfollow_up: 2024-06-11\n---\n', { follow_up: '2024-06-12' })).toMatch(/not valid YAML/);
    expect(refused('---\npeople: [[A]], [[B]]\n---\n', { follow_up: '2024-06-12' })).toMatch(/not valid YAML.*Put links in quotes/);
    expect(refused('---\n{follow_up: 2024-06-10, a: 1}\n---\n', { follow_up: '2024-06-12' })).toMatch(/one "\{ … \}" mapping/);
    expect(refused('---\nfollow_up: &d 2024-06-10\nnext: *d\n---\n', { follow_up: '2024-06-12' })).toMatch(
      /"follow_up" uses a YAML anchor/,
    );
    expect(refused('---\nbase: &d 2024-06-10\nfollow_up: *d\n---\n', {}, ['follow_up'])).toMatch(/anchor or alias/);
    expect(refused('---\n? follow_up\n: 2024-06-10\n---\n', { follow_up: '2024-06-12' })).toMatch(
      /not written as a plain "key: value" line/,
    );
    expect(refused('---\n- a\n- b\n---\n', { follow_up: '2024-06-12' })).toMatch(/not a list of "key: value" lines/);
    expect(refused('---\nfollow_up: 2024-06-10\n--- !note\nother: document\n---\n', { follow_up: '2024-07-01' })).toMatch(
      /more than one YAML document/,
    );
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((key, i) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ];
    expect(refused(`---\n${laughs.join('\n')}\nfollow_up: 2024-06-10\n---\n`, { follow_up: '2024-06-12' })).toMatch(/more aliases/);
  });

  it('changes a note whose unusual parts are in keys it does not touch', () => {
    const note = '---\nbase: &d 2024-06-10\nother: *d\nmeta: {follow_up: x}\nfollow_up: 2024-06-10\n---\n';
    expect(written(note, { follow_up: '2024-06-12' })).toBe(note.replace('follow_up: 2024-06-10\n---', 'follow_up: 2024-06-12\n---'));
  });

  it('reads the frontmatter the way it patches it', () => {
    expect(readNoteFrontmatter('---\nfollow_up: 2024-06-10\nn: 3\n---\n', 'Notes/Note.md', settings)).toEqual({
      ok: true,
      frontmatter: { follow_up: '2024-06-10', n: 3 },
    });
    expect(readNoteFrontmatter('no block', 'Notes/Note.md', settings)).toEqual({ ok: true, frontmatter: {} });
    expect(readNoteFrontmatter('---\na: [\n---\n', 'Notes/Note.md', settings).ok).toBe(false);
  });
});
