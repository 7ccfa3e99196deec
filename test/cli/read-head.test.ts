import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFrontmatterBlock } from '../../src/cli/frontmatter';
import { HEAD_BYTES, HeadReader, type NoteHead } from '../../src/cli/read-head';

const temp = mkdtempSync(join(tmpdir(), 'follow-up-head-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let counter = 0;
function headOf(text: string | Buffer, reader = new HeadReader()): NoteHead {
  const path = join(temp, `note-${counter++}.md`);
  writeFileSync(path, text);
  return reader.read(path);
}

/** What frontmatter.ts finds in the whole text: the head reader must find the same in its bytes. */
function expected(text: string): NoteHead {
  const found = findFrontmatterBlock(text);
  if (found === null) return { kind: 'none' };
  if (found === 'unterminated') return { kind: 'unterminated', text, capped: false };
  return { kind: 'block', block: { language: found.language, body: found.body } };
}

describe('reading the head of a note', () => {
  const long = 'x'.repeat(HEAD_BYTES);
  it.each([
    ['no frontmatter', 'Just text.\n'],
    ['an empty file', ''],
    ['a block', '---\nfollow_up: 2024-06-10\n---\nbody\n'],
    ['an empty block', '---\n---\n'],
    ['a block at the end of the file', '---\na: 1\n---'],
    ['a byte-order mark', '\uFEFF---\na: 1\n---\n'],
    ['CRLF', '---\r\na: 1\r\nb: 2\r\n---\r\nbody'],
    ['a closing "..."', '---\na: 1\n...\nbody'],
    ['fences with spaces', '---  \na: 1\n---\t \nbody'],
    ['a language', '---js\n{}\n---\n'],
    ['"----" inside the block', '---\na: 1\n----\n---\n'],
    ['"--- x" as the first line', '--- x\na: 1\n---\n'],
    ['"----" as the first line', '----\na: 1\n---\n'],
    ['a blank line first', '\n---\na: 1\n---\n'],
    ['no closing line', '---\na: 1\nbody\n'],
    ['only an opening line', '---'],
    ['a block longer than the first read', `---\nlong: ${long}\nb: 2\n---\nbody`],
    ['a closing line right at the edge of the first read', `---\nx: ${'y'.repeat(HEAD_BYTES - 12)}\n---\nbody\n`],
    ['"---" cut at the edge, really "----"', `---\nx: ${'y'.repeat(HEAD_BYTES - 12)}\n----\nz: 1\n---\n`],
    ['multi-byte characters across the edge', `---\nx: ${'é'.repeat(HEAD_BYTES)}\n---\n`],
    ['a first line longer than the first read', `---${' '.repeat(HEAD_BYTES + 10)}\na: 1\n---\n`],
    ['a large clipping after a small block', `---\nsource: web\n---\n${'text '.repeat(100_000)}`],
  ])('finds what frontmatter.ts finds: %s', (_name, text) => {
    expect(headOf(text)).toEqual(expected(text));
  });

  it('agrees with frontmatter.ts on random notes', () => {
    const piece = fc.constantFrom(
      '---',
      '...',
      '----',
      '--- x',
      '---js',
      'a: 1',
      'é😀',
      '\r',
      ' ',
      '\t',
      '',
      '#',
      'x'.repeat(900),
      'y'.repeat(3000),
    );
    const note = fc
      .tuple(fc.boolean(), fc.array(piece, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
      .map(([bom, lines, eol]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}`);
    const reader = new HeadReader();
    fc.assert(
      fc.property(note, (text) => {
        expect(headOf(text, reader)).toEqual(expected(text));
      }),
      { numRuns: 400 },
    );
  });

  it('stops at the cap: a block that never closes is not read to the end of a large file', () => {
    const text = `---\na: 1\n${'line\n'.repeat(5000)}`;
    const head = headOf(text, new HeadReader(8192));
    expect(head.kind).toBe('unterminated');
    if (head.kind === 'unterminated') {
      expect(head.capped).toBe(true);
      expect(head.text.length).toBeLessThanOrEqual(8192);
      expect(text.startsWith(head.text)).toBe(true);
    }
  });

  it('reads files with invalid UTF-8 as readFileSync does', () => {
    const bytes = Buffer.concat([Buffer.from('---\na: '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\n---\n')]);
    expect(headOf(bytes)).toEqual(expected(bytes.toString('utf8')));
  });

  it('throws for a file that is not there, for the caller to report', () => {
    expect(() => new HeadReader().read(join(temp, 'missing.md'))).toThrow(/ENOENT/);
  });
});
