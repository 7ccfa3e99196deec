import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_READ_LIMITS, readableBody } from '../../src/cli/bounded-markdown';
import { markdownOutline } from '../../src/cli/note-outline';
import { splitNote } from '../../src/cli/split-note';
import { MAX_POINTS, notePoints, type OutlineEntry } from '../../src/core/drafts/note-points';
import { runCli } from '../helpers/cli';
import { propertyOptions } from '../helpers/property';

// The draft reads a note's body for its points. A body can be anything: what the command line
// parses of it is bounded (size, nesting, lines; the points by count), and it says when it read
// less than the whole. How long the bounded parse takes is measured in the bench, not here.

const HEAD = '---\nfollow_up: 2024-06-10\nabout: the contract\n---\n## Next steps\n- Send the contract\n\n';

const PATHOLOGICAL: Record<string, () => string> = {
  '6,000 nested quotes': () => `${'>'.repeat(6000)} deep\n`,
  '100,000 quote marks': () => `${'> '.repeat(100_000)}\n`,
  'a list nested 3,000 levels': () => Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  '100,000 unclosed link resources': () => '[a](b '.repeat(100_000),
  '300,000 task lines': () => '- [ ] task\n'.repeat(300_000),
};

/** What `follow-up draft` does with a note's text. */
const pointsOf = (text: string): { points: string[]; cut: string | null } => {
  const body = readableBody(splitNote(text).body);
  return { points: notePoints(markdownOutline(body.text)), cut: body.cut };
};

describe('the points of a pathological note', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    'are read from what could be read, and the cut is said: %s',
    (name) => {
      const { points, cut } = pointsOf(HEAD + (PATHOLOGICAL[name] as () => string)());
      expect(points[0]).toBe('Send the contract');
      expect(cut).toMatch(/^Only the first .* of the note were read for its points/);
    },
    60_000,
  );

  it('are read whole from an ordinary note', () => {
    expect(pointsOf(`${HEAD}> quoted\n> > twice\n- [ ] ${'word '.repeat(50)}\n`)).toEqual({
      points: ['Send the contract', `${'word '.repeat(50).trim()}`],
      cut: null,
    });
  });

  it('are at most MAX_POINTS, in order, however many the outline holds', () => {
    const outline: OutlineEntry[] = Array.from({ length: 100_000 }, (_, i) => ({
      kind: 'item',
      markdown: `- [ ] task ${i % 70_000}`,
      topLevel: true,
    }));
    const points = notePoints(outline);
    expect(points).toHaveLength(MAX_POINTS);
    expect(points[0]).toBe('task 0');
    expect(points.at(-1)).toBe(`task ${MAX_POINTS - 1}`);
  });

  it('come from every line up to one nested too deeply, and none after it', () => {
    const prefix = fc.array(fc.constantFrom('> ', '- ', '  ', '1. ', '\t', '* '), { minLength: 0, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(prefix, { minLength: 1, maxLength: 30 }), (lines) => {
        const written = lines.map((parts, i) => `${parts.join('')}line ${i}`);
        const text = written.join('\n');
        const read = readableBody(text);
        const tooDeep = lines.findIndex((parts) => parts.join('').length > DRAFT_READ_LIMITS.prefix);
        if (tooDeep === -1) expect(read).toEqual({ text, cut: null });
        else {
          expect(read.text).toBe(written.slice(0, tooDeep).join('\n'));
          expect(read.cut).toMatch(/nested too deeply/);
        }
        notePoints(markdownOutline(read.text));
      }),
      propertyOptions({ numRuns: 100 }),
    );
  });
});

describe('follow-up draft on a note it cannot read whole', () => {
  it('prints the draft, and says on stderr what it read', () => {
    const vault = mkdtempSync(join(tmpdir(), 'follow-up-draft-bounds-'));
    try {
      writeFileSync(join(vault, 'Deep.md'), `${HEAD}${'>'.repeat(6000)} deep\n`);
      const result = runCli(['draft', 'Deep.md', '--vault', vault, '--today', '2024-06-12', '--no-cache']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('- Send the contract');
      expect(result.stderr).toBe(
        'follow-up: Deep.md: Only the first 7 lines of the note were read for its points: the next is nested too deeply.\n',
      );
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  }, 60_000);
});
