import { describe, expect, it } from 'vitest';
import {
  findFrontmatterBlock,
  firstLineEnding,
  FRONTMATTER_CLOSED_BY_DOTS,
  FRONTMATTER_UNCLOSED,
  noteBody,
  opensWithFence,
  textStart,
  unclosedMessage,
} from '../../src/core/note-head/fences';

// Where frontmatter starts and ends is decided here alone (reading, writing, drafts): each edge of
// a fence is tested on both sides.

describe('the opening fence', () => {
  it.each([
    ['"---" and a line ending', '---\na: 1\n---\n', ''],
    ['"---" with spaces and a tab after it', '--- \t\na: 1\n---\n', ''],
    ['"---" with CRLF', '---\r\na: 1\r\n---\r\n', ''],
    ['"---" after a byte-order mark', '\uFEFF---\na: 1\n---\n', ''],
    ['"---js", a language', '---js\na: 1\n---\n', 'js'],
    ['"---CoffeeScript  ", a language in any case, with spaces', '---CoffeeScript  \na: 1\n---\n', 'CoffeeScript'],
  ])('opens a block: %s', (_name, text, language) => {
    expect(findFrontmatterBlock(text)).toMatchObject({ language, body: 'a: 1' });
  });

  it.each([
    ['"----"', '----\na: 1\n---\n'],
    ['"--- yaml", a word after a space', '--- yaml\na: 1\n---\n'],
    ['"---js1", a language with a digit', '---js1\na: 1\n---\n'],
    ['"---" after a space', ' ---\na: 1\n---\n'],
    ['"---" on the second line', '\n---\na: 1\n---\n'],
    ['"--" alone', '--\na: 1\n---\n'],
    ['a title', '# Title\n---\na: 1\n---\n'],
    ['two byte-order marks', '\uFEFF\uFEFF---\na: 1\n---\n'],
    ['nothing at all', ''],
  ])('does not open a block: %s', (_name, text) => {
    expect(findFrontmatterBlock(text)).toBeNull();
    expect(noteBody(text)).toBe(text);
  });

  it('is never closed when it is the whole text, with or without a line ending', () => {
    expect(findFrontmatterBlock('---')).toBe('unterminated');
    expect(findFrontmatterBlock('---\n')).toBe('unterminated');
    expect(findFrontmatterBlock('\uFEFF---\r\n')).toBe('unterminated');
    expect(findFrontmatterBlock('\uFEFF---')).toBe('unterminated');
  });
});

describe('the closing fence', () => {
  it.each([
    ['"---"', '---\na: 1\n---\nbody', 13],
    ['"---" with spaces and a tab', '---\na: 1\n--- \t \nbody', 16],
    ['"---" with CRLF', '---\na: 1\n---\r\nbody', 14],
    ['"---" at the end of the text, without a line ending', '---\na: 1\n---', 12],
  ])('closes the block: %s', (_name, text, end) => {
    expect(findFrontmatterBlock(text)).toMatchObject({ from: 4, to: 9, end, body: 'a: 1' });
  });

  it.each([
    ['"----"', '---\na: 1\n----\n'],
    ['" ---", a space before it', '---\na: 1\n ---\n'],
    ['"--- x", a word after it', '---\na: 1\n--- x\n'],
    ['"---js", a language after it', '---\na: 1\n---js\n'],
    ['"...", the YAML document end', '---\na: 1\n...\n'],
    ['"--", too short', '---\na: 1\n--\n'],
    ['a last line without a line ending that is no fence', '---\na: 1'],
  ])('does not close it: %s', (_name, text) => {
    expect(findFrontmatterBlock(text)).toBe('unterminated');
    expect(noteBody(text)).toBe(text);
  });

  it('is the first fence line after the opening one, however many follow', () => {
    const text = '---\na: 1\n---\nb: 2\n---\nbody';
    expect(findFrontmatterBlock(text)).toMatchObject({ body: 'a: 1', from: 4, to: 9, end: 13 });
    expect(noteBody(text)).toBe('b: 2\n---\nbody');
  });

  it('closes an empty block at once, whatever the line endings', () => {
    expect(findFrontmatterBlock('---\n---\nbody')).toMatchObject({ body: '', from: 4, to: 4, end: 8 });
    expect(findFrontmatterBlock('---\r\n---\r\nbody')).toMatchObject({ body: '', from: 5, to: 5, end: 10, eol: '\r\n' });
    expect(findFrontmatterBlock('---\n---')).toMatchObject({ body: '', from: 4, to: 4, end: 7 });
  });
});

describe('the block between the fences', () => {
  it('keeps its inner lines whole, blank lines and CR included, and drops only its last line ending', () => {
    expect(findFrontmatterBlock('---\r\na: 1\r\n\r\nb: 2\r\n---\r\n')).toMatchObject({ body: 'a: 1\r\n\r\nb: 2' });
    expect(findFrontmatterBlock('---\na: 1\n\n\n---\n')).toMatchObject({ body: 'a: 1\n\n' });
  });

  it("takes the note's line ending from the opening line", () => {
    expect(findFrontmatterBlock('---\r\na: 1\n---\n')).toMatchObject({ eol: '\r\n' });
    expect(findFrontmatterBlock('---\na: 1\r\n---\r\n')).toMatchObject({ eol: '\n' });
  });

  it('counts the byte-order mark in its offsets', () => {
    const text = '\uFEFF---\na: 1\n---\nbody';
    expect(findFrontmatterBlock(text)).toMatchObject({ from: 5, to: 10, end: 14 });
    expect(noteBody(text)).toBe('body');
  });
});

describe("a note's body", () => {
  it('is what follows the closing line, and the whole text without a block or when it is never closed', () => {
    expect(noteBody('---\na: 1\n---\n\nBody\n')).toBe('\nBody\n');
    expect(noteBody('---\na: 1\n---')).toBe('');
    expect(noteBody('Body\n---\n')).toBe('Body\n---\n');
    expect(noteBody('---\na: 1\n')).toBe('---\na: 1\n');
  });
});

describe('where the text starts, and its line ending', () => {
  it('starts after a byte-order mark only', () => {
    expect(textStart('\uFEFF---')).toBe(1);
    expect(textStart('---')).toBe(0);
    expect(textStart('')).toBe(0);
    expect(textStart('\uFFFE---')).toBe(0);
  });

  it("is the first line's ending, else a line feed", () => {
    expect(firstLineEnding('a\r\nb\n')).toBe('\r\n');
    expect(firstLineEnding('a\nb\r\n')).toBe('\n');
    expect(firstLineEnding('a\rb')).toBe('\n');
    expect(firstLineEnding('no line ending')).toBe('\n');
  });
});

describe("Obsidian's own opening fence (the plugin asks only about notes Obsidian found no block in)", () => {
  it.each([
    ['---\n', true],
    ['---\r\n', true],
    ['--- \t\n', true],
    ['\uFEFF---\n', true],
    ['---', false],
    ['---js\n', false],
    ['----\n', false],
    [' ---\n', false],
    ['--- x\n', false],
    ['---\r', false],
    ['# ---\n', false],
  ])('%j: %s', (text, opens) => {
    expect(opensWithFence(text)).toBe(opens);
  });
});

describe('why a block is never closed', () => {
  it('says that "..." closes nothing, when a line is "..."', () => {
    expect(unclosedMessage('---\na: 1\n...\nbody')).toBe(FRONTMATTER_CLOSED_BY_DOTS);
    expect(unclosedMessage('---\na: 1\n... \t\r\nbody')).toBe(FRONTMATTER_CLOSED_BY_DOTS);
    expect(unclosedMessage('---\na: 1\n...')).toBe(FRONTMATTER_CLOSED_BY_DOTS);
    expect(FRONTMATTER_CLOSED_BY_DOTS).toBe(
      'The frontmatter starts with "---" but has no closing "---" line, so Obsidian reads no properties from it: it ends with "...", which Obsidian does not take as the end of frontmatter. Write "---" there instead.',
    );
  });

  it('says only that it is not closed when no line is "..." alone', () => {
    expect(unclosedMessage('---\na: 1\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\nnote: wait...\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\n....\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\n... more\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\n ...\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\n..\n')).toBe(FRONTMATTER_UNCLOSED);
    expect(unclosedMessage('---\nabc\n')).toBe(FRONTMATTER_UNCLOSED);
  });

  it('names how much was read, when only the start of the note was', () => {
    expect(unclosedMessage('---\na: 1\n', '64 KB')).toBe(
      'The frontmatter starts with "---" but has no closing "---" line in its first 64 KB, so Obsidian reads no properties from it.',
    );
    expect(unclosedMessage('---\na: 1\n...\n', '64 KB')).toBe(FRONTMATTER_CLOSED_BY_DOTS);
  });
});
