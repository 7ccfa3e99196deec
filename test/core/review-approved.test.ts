import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReviewHtml } from '../../src/core/html/render-review-html';
import { renderReviewJson, renderReviewMarkdown } from '../../src/core/markdown/render-review';
import type { ReviewModel } from '../../src/core/review-model';

// The approved review of the example vault (test/cli/example-vault.test.ts makes it through the
// command line): its JSON is the model, so each format rendered from it must match its approved file.
const approved = (name: string) => readFileSync(new URL(`../__approved__/${name}`, import.meta.url), 'utf8');

describe('the approved review of the example vault, rendered from its model', () => {
  let json: string;
  let model: ReviewModel;
  beforeAll(() => {
    json = approved('example-review.json');
    model = JSON.parse(json) as ReviewModel;
  });

  it('is the approved Markdown', () => {
    expect(renderReviewMarkdown(model)).toBe(approved('example-review.md'));
  });
  it('is the approved HTML page', () => {
    expect(renderReviewHtml(model, { vaultName: 'vault' })).toBe(approved('example-review.html'));
  });
  it('is the approved JSON', () => {
    expect(renderReviewJson(model)).toBe(json);
  });
});
