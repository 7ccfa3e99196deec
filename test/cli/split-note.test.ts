import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseFrontmatterBlock, type FrontmatterReading } from '../../src/cli/frontmatter';
import { pinnedMatterOptions, splitNote } from '../../src/cli/split-note';
import { findFrontmatterBlock } from '../../src/core/note-head/fences';
import { noteText, yamlLines } from '../helpers/note-texts';
import { propertyOptions } from '../helpers/property';

/** gray-matter's cache of parsed notes, keyed by their text (not in its types). */
const matterCache = (): Record<string, unknown> => (matter as unknown as { cache: Record<string, unknown> }).cache;

/** How the index reads the same note (fences.ts, then the block alone), and the body after the closing line. */
function asTheIndexReads(text: string): { frontmatter: FrontmatterReading['kind'] | FrontmatterReading; body: string } {
  const block = findFrontmatterBlock(text);
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (block === null) return { frontmatter: { kind: 'none' }, body: text.slice(start) };
  if (block === 'unterminated') return { frontmatter: 'error', body: text.slice(start) };
  return { frontmatter: parseFrontmatterBlock(block), body: text.slice(block.end) };
}

function sameSplit(text: string): void {
  const split = splitNote(text);
  const expected = asTheIndexReads(text);
  expect(split.body).toBe(expected.body);
  if (expected.frontmatter === 'error') expect(split.frontmatter.kind).toBe('error');
  else expect(split.frontmatter).toEqual(expected.frontmatter);
}

/** Notes whose head gray-matter and Obsidian could read differently: fences with languages or spaces, "---" lines inside. */
const trickyNote = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    open: fc.constantFrom('---', '---', '---  ', '---yaml', '---json', '---js', '----', '--- x'),
    lines: yamlLines,
    inside: fc.array(fc.constantFrom('----', '--- x', '---js', '--- ', '...', '# ---', '  ---'), { maxLength: 2 }),
    at: fc.nat(),
    close: fc.constantFrom('---', '---', '--- ', '---\t', '----', '...', ''),
    body: fc.array(fc.constantFrom('', 'Body text', '---', '- [ ] Send the deck', 'follow_up: 2024-01-01'), { maxLength: 4 }),
  })
  .map(({ bom, eol, open, lines, inside, at, close, body }) => {
    const block = [...lines];
    for (const line of inside) block.splice(at % (block.length + 1), 0, line);
    const all = [open, ...block.flatMap((line) => line.split('\n')), ...(close === '' ? [] : [close]), ...body];
    return `${bom ? '\uFEFF' : ''}${all.join(eol)}`;
  });

describe('splitting a note read whole (gray-matter, by the fences of note-head/fences.ts)', () => {
  it('splits fields from the body', () => {
    expect(splitNote('\uFEFF---\r\nfollow_up: 2024-06-10\r\nwho: Sam\r\n---\r\n## Next steps\r\n- Call\r\n')).toEqual({
      frontmatter: { kind: 'ok', data: { follow_up: '2024-06-10', who: 'Sam' } },
      body: '## Next steps\r\n- Call\r\n',
    });
    expect(splitNote('No frontmatter\n---\na: 1\n')).toEqual({ frontmatter: { kind: 'none' }, body: 'No frontmatter\n---\na: 1\n' });
  });

  it('ends the block where Obsidian does, not at a line that only starts with "---"', () => {
    const split = splitNote('---\na: 1\n----\nb: 2\n---\nbody\n');
    expect(split.body).toBe('body\n');
    expect(split.frontmatter.kind).toBe('error');
    expect(splitNote('---\na: 1\n---  \nbody\n')).toEqual({ frontmatter: { kind: 'ok', data: { a: 1 } }, body: 'body\n' });
  });

  it.each(['js', 'javascript', 'coffee', 'JS'])('refuses a "---%s" note, and runs none of it', (language) => {
    const globals = globalThis as { SPLIT_PWNED?: string };
    const split = splitNote(`---${language}\n{ follow_up: (globalThis.SPLIT_PWNED = "yes", "2024-06-10") }\n---\nbody\n`);
    expect(globals.SPLIT_PWNED).toBeUndefined();
    expect(split).toEqual({ frontmatter: { kind: 'error', message: expect.stringContaining('never run') as unknown }, body: 'body\n' });
  });

  it('pins gray-matter itself: its code engines refuse, whatever reaches them', () => {
    const globals = globalThis as { MATTER_PWNED?: string };
    for (const language of ['js', 'javascript', 'coffee', 'cson', 'json'])
      expect(() => matter(`---${language}\n(globalThis.MATTER_PWNED = "yes", {})\n---\n`, pinnedMatterOptions())).toThrow(/never run/);
    expect(globals.MATTER_PWNED).toBeUndefined();
  });

  it('leaves gray-matter’s cache alone, so identical notes never share their fields', () => {
    const before = Object.keys(matterCache()).length;
    const text = '---\nlist: [1, 2]\n---\nbody';
    const first = splitNote(text).frontmatter;
    if (first.kind === 'ok') (first.data.list as number[]).push(3);
    expect(splitNote(text).frontmatter).toEqual({ kind: 'ok', data: { list: [1, 2] } });
    expect(Object.keys(matterCache()).length).toBe(before);
  });

  it('reads every note as the index does, with the body after the block the fences find', () => {
    fc.assert(
      fc.property(noteText, ({ text }) => sameSplit(text)),
      propertyOptions({ numRuns: 300 }),
    );
    fc.assert(
      fc.property(trickyNote, (text) => sameSplit(text)),
      propertyOptions({ numRuns: 300 }),
    );
  });
});
