import { describe, expect, it } from 'vitest';
import { placeReviewBlock, REVIEW_END, REVIEW_START } from '../../src/core/review-block';

const BLOCK = `${REVIEW_START}\n# Review\n${REVIEW_END}`;

describe('the review block in its note', () => {
  it('uses the markers the note keeps between runs', () => {
    expect(REVIEW_START).toBe('<!-- follow-up-review:start -->');
    expect(REVIEW_END).toBe('<!-- follow-up-review:end -->');
  });

  it.each([
    ['no note yet', null],
    ['an empty note', ''],
    ['a note of blank lines', ' \n\t\n'],
  ])('is the whole note, with a final newline, for %s', (_case, existing) => {
    expect(placeReviewBlock(existing, '# Review')).toBe(`${BLOCK}\n`);
  });

  it('keeps one newline of the generated text before the end marker, however many it ends with', () => {
    expect(placeReviewBlock(null, '# Review\n\n\n')).toBe(`${BLOCK}\n`);
    expect(placeReviewBlock(null, '# Review\n\nLast line\n')).toBe(`${REVIEW_START}\n# Review\n\nLast line\n${REVIEW_END}\n`);
  });

  it('is appended to a note without markers, after a blank line', () => {
    expect(placeReviewBlock('My notes.\n', '# Review')).toBe(`My notes.\n\n${BLOCK}\n`);
    expect(placeReviewBlock('My notes.', '# Review')).toBe(`My notes.\n\n${BLOCK}\n`);
  });

  it('replaces only what is between the markers, keeping the text around byte for byte', () => {
    const existing = `Before.\r\n\n${REVIEW_START}\nold review\n${REVIEW_END}  \nAfter.`;
    expect(placeReviewBlock(existing, '# Review\n')).toBe(`Before.\r\n\n${BLOCK}  \nAfter.`);
  });

  it('replaces the block at the very start and the very end of the note', () => {
    expect(placeReviewBlock(`${REVIEW_START}\nold\n${REVIEW_END}`, '# Review')).toBe(BLOCK);
  });

  it('replaces the first block only, up to its own end marker', () => {
    const existing = `${REVIEW_START}\nold\n${REVIEW_END}\nmiddle\n${REVIEW_START}\nolder\n${REVIEW_END}\n`;
    expect(placeReviewBlock(existing, '# Review')).toBe(`${BLOCK}\nmiddle\n${REVIEW_START}\nolder\n${REVIEW_END}\n`);
  });

  it.each([
    ['only a start marker', `Notes\n${REVIEW_START}\nhalf\n`],
    ['only an end marker', `Notes\n${REVIEW_END}\n`],
    ['the end marker before the start marker', `${REVIEW_END}\nNotes\n${REVIEW_START}\n`],
  ])('is appended, leaving the note as it was, when it has %s', (_case, existing) => {
    expect(placeReviewBlock(existing, '# Review')).toBe(`${existing}\n${BLOCK}\n`);
  });
});
