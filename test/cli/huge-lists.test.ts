import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../src/core/follow-up-index';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { renderReviewJson, renderReviewMarkdown } from '../../src/core/markdown/render-review';
import { PEOPLE_NAMED_PER_LINE } from '../../src/core/markdown/review-tree';
import { readPeople } from '../../src/core/people';
import { buildReview } from '../../src/core/review-model';
import { note, settingsWith } from '../helpers/notes';

// A list in a note can be as long as the note: nothing may spread it into a call's arguments
// (the engine's limit is near 100,000), nor compare each entry with every other one.

const settings = settingsWith();
const many = (count: number, prefix = 'Person'): string[] => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

describe('a note naming tens of thousands of people', () => {
  it('gives a review in every format: the first people named, the rest counted (the JSON names them all)', () => {
    const people = many(80_000);
    const records = [
      note('Meetings/All hands.md', { follow_up: '2024-06-10', follow_up_with: people }),
      note('Deals/Acme.md', { follow_up: '2024-06-11' }),
    ];
    const model = buildReview(indexRecords(records, settings).snapshot('2024-06-12'), settings);
    const markdown = renderReviewMarkdown(model);
    expect(markdown).toContain(`Person ${PEOPLE_NAMED_PER_LINE - 1}, and 79,980 more`);
    expect(markdown).not.toContain(`Person ${PEOPLE_NAMED_PER_LINE},`);
    expect(markdown).toContain('Acme');
    expect(renderReviewHtml(model)).toContain(`Person ${PEOPLE_NAMED_PER_LINE - 1}, and 79,980 more`);
    expect(renderReviewJson(model)).toContain('Person 79999');
  });

  it('has its duplicates dropped at once, the first spelling kept in order', () => {
    const names = [...many(120_000), ...many(120_000).reverse(), '[[Person 5]]', 'Other'];
    const { names: read } = readPeople(names);
    expect(read).toHaveLength(120_001);
    expect(read.slice(0, 3)).toEqual(['Person 0', 'Person 1', 'Person 2']);
    expect(read.at(-1)).toBe('Other');
  });
});
