import { describe, expect, it, vi } from 'vitest';
import { readFrontmatter } from '../../src/cli/split-note';

const data = (text: string) => {
  const reading = readFrontmatter(text);
  if (reading.kind !== 'ok') throw new Error(`expected frontmatter, got ${JSON.stringify(reading)}`);
  return reading.data;
};

describe('reading frontmatter in the command line', () => {
  it('keeps dates as strings, as Obsidian gives them (the parser is pinned to the YAML core schema)', () => {
    expect(data('---\nfollow_up: 2024-06-10\nat: 2024-06-10T14:30:00\n---\n')).toEqual({
      follow_up: '2024-06-10',
      at: '2024-06-10T14:30:00',
    });
  });

  it('leaves YAML 1.1 look-alikes alone', () => {
    expect(data('---\nstatus: no\nzip: 01234\nversion: 1.10\non: off\n---\n')).toEqual({
      status: 'no',
      zip: 1234,
      version: 1.1,
      on: 'off',
    });
  });

  it.each(['---js', '---javascript', '---coffee'])('never runs %s frontmatter, and says so', (fence) => {
    const globals = globalThis as { PWNED?: string };
    const reading = readFrontmatter(`${fence}\n{ follow_up: (globalThis.PWNED = "yes", "2024-06-10") }\n---\nbody\n`);
    expect(globals.PWNED).toBeUndefined();
    expect(reading).toEqual({ kind: 'error', message: expect.stringContaining('never run') as unknown });
  });

  it.each([
    ['no frontmatter', 'Just text.\n'],
    ['a blank line before ---', '\n---\nfollow_up: 2024-06-10\n---\n'],
    ['a space before ---', ' ---\nfollow_up: 2024-06-10\n---\n'],
    ['an empty file', ''],
    ['a thematic break later in the body', 'Intro\n\n---\n\nfollow_up: 2024-06-10\n'],
  ])('finds none in %s', (_name, text) => {
    expect(readFrontmatter(text)).toEqual({ kind: 'none' });
  });

  it.each([
    ['an empty block', '---\n---\nbody'],
    ['an empty block without a final newline', '---\n---'],
  ])('reads %s as no fields', (_name, text) => {
    expect(data(text)).toEqual({});
  });

  it('reads a block with a byte-order mark, CRLF line endings, or no final newline', () => {
    expect(data('\uFEFF---\nfollow_up: 2024-06-10\n---\n')).toEqual({ follow_up: '2024-06-10' });
    expect(data('---\r\nfollow_up: 2024-06-10\r\nwho: Sam\r\n---\r\nbody\r\n')).toEqual({ follow_up: '2024-06-10', who: 'Sam' });
    expect(data('---\nfollow_up: 2024-06-10\n---')).toEqual({ follow_up: '2024-06-10' });
    expect(data('---   \nfollow_up: 2024-06-10\n---\n')).toEqual({ follow_up: '2024-06-10' });
  });

  it('takes "..." for no closing fence, as Obsidian does, and says to write "---" there', () => {
    const reading = readFrontmatter('---\nfollow_up: 2024-06-10\n...\nbody');
    expect(reading).toEqual({ kind: 'error', message: expect.stringMatching(/ends with "\.\.\.".*Write "---" there instead/) as unknown });
  });

  it('stops at the first closing fence, so --- in the body is not frontmatter', () => {
    expect(data('---\na: 1\n---\nbody\n---\nb: 2\n---\n')).toEqual({ a: 1 });
    expect(data('---\na: 1\n---\n```\n---\n```\n')).toEqual({ a: 1 });
  });

  it.each([
    ['unterminated', '---\nfollow_up: 2024-06-10\nbody text\n', /no closing "---"/],
    ['unquoted links', '---\npeople: [[A]], [[B]]\n---\n', /Put links in quotes/],
    ['a colon in a value', '---\ntitle: Ver: 4.4\n---\n', /not valid YAML at line 2, column 8 .*must be quoted/],
    ['tabs', '---\na:\n\tb: 1\n---\n', /tabs/],
    ['a Templater placeholder', '---\nfollow_up: <% tp.date.now() %>\nx: [\n---\n', /Templater/],
    ['duplicate keys', '---\nfollow_up: 2024-06-10\nfollow_up: 2024-06-11\n---\n', /not valid YAML.*unique/],
    ['a list instead of fields', '---\n- a\n- b\n---\n', /not a set of "key: value" fields/],
    ['several documents', '---\nfollow_up: 2024-06-10\n--- !note\nother: document\n---\n', /more than one YAML document/],
    [
      'a second document after a commented fence',
      '---\nfollow_up: 2024-06-10\nnote: x\n--- # more\nfollow_up: 2024-06-11\n---\n',
      /more than one YAML document/,
    ],
  ])('reports %s as an error', (_name, text, message) => {
    const reading = readFrontmatter(text);
    expect(reading.kind).toBe('error');
    if (reading.kind === 'error') expect(reading.message).toMatch(message);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[index]}`).join(',')}]`),
      '---',
      '',
    ].join('\n');
    const started = performance.now();
    const reading = readFrontmatter(bomb);
    expect(reading.kind).toBe('error');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('returns independent objects for identical texts (no shared parser cache)', () => {
    const text = '---\nlist: [1, 2]\n---\n';
    const first = data(text);
    (first.list as number[]).push(3);
    expect(data(text)).toEqual({ list: [1, 2] });
  });

  it('prints no warning for a template placeholder that YAML reads as a map key', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(data('---\ndate: {{date}}\nfollow_up: 2024-06-10\n---\n')).toMatchObject({ follow_up: '2024-06-10' });
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
