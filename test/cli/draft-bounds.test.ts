import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftMessage } from '../../src/core/drafts/draft-message';
import { DRAFT_READ_LIMITS, notePoints, readableBody } from '../../src/core/drafts/note-points';
import { indexRecords } from '../../src/core/follow-up-index';
import { readNoteFacts } from '../../src/core/note-facts';
import { note, settingsWith } from '../helpers/notes';
import { propertyOptions } from '../helpers/property';

// The draft reads a note's body for its points. A body can be anything: what the draft reads of it
// is bounded (size, nesting, lines, points), and the draft says when it read less than the whole.
// How long the bounded parse takes is measured in the bench (scripts/bench), not here.

const settings = settingsWith();
const HEAD = '---\nfollow_up: 2024-06-10\nabout: the contract\n---\n## Next steps\n- Send the contract\n\n';

const PATHOLOGICAL: Record<string, () => string> = {
  '6,000 nested quotes': () => `${'>'.repeat(6000)} deep\n`,
  '100,000 quote marks': () => `${'> '.repeat(100_000)}\n`,
  'a list nested 3,000 levels': () => Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  '100,000 unclosed link resources': () => '[a](b '.repeat(100_000),
  '300,000 task lines': () => '- [ ] task\n'.repeat(300_000),
};

describe('a draft on a pathological body', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    'is made from what was read, and says it was cut: %s',
    (name) => {
      const text = HEAD + (PATHOLOGICAL[name] as () => string)();
      const record = note('Deals/Acme.md', { follow_up: '2024-06-10', about: 'the contract' });
      const snapshot = indexRecords([record], settings).snapshot('2024-06-12');
      const draft = draftMessage({ note: readNoteFacts(record, settings), noteText: text, snapshot, settings });
      expect(draft.body).toContain('Send the contract');
      expect(draft.cut).toMatch(/^Only the first .* of the note were read for its points/);
    },
    30_000,
  );

  it('is not cut when the note is ordinary', () => {
    const record = note('Deals/Acme.md', { follow_up: '2024-06-10' });
    const snapshot = indexRecords([record], settings).snapshot('2024-06-12');
    const draft = draftMessage({ note: readNoteFacts(record, settings), noteText: `${HEAD}> quoted\n> > twice\n`, snapshot, settings });
    expect(draft.cut).toBeNull();
  });

  it('keeps at most the points it may, in order', () => {
    const points = notePoints(Array.from({ length: 500 }, (_, i) => `- [ ] task ${i}`).join('\n'));
    expect(points).toHaveLength(DRAFT_READ_LIMITS.points);
    expect(points[0]).toBe('task 0');
  });

  it('reads any generated nesting of quotes and lists up to the limit, and cuts the line past it', () => {
    const prefix = fc.array(fc.constantFrom('> ', '- ', '  ', '1. ', '\t', '* '), { minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(fc.array(prefix, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.map((parts, i) => `${parts.join('')}line ${i}`).join('\n');
        const read = readableBody(text);
        const tooDeep = lines.findIndex((parts) => parts.join('').length > DRAFT_READ_LIMITS.prefix);
        if (tooDeep === -1) expect(read).toEqual({ text, cut: null });
        else {
          expect(read.text).toBe(
            lines
              .slice(0, tooDeep)
              .map((parts, i) => `${parts.join('')}line ${i}`)
              .join('\n'),
          );
          expect(read.cut).toMatch(/nested/);
        }
        notePoints(text);
      }),
      propertyOptions({ numRuns: 100 }),
    );
  });
});
