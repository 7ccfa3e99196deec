import type { ReviewModel } from '../review-model';
import { reviewTree } from './review-tree';
import { serializeMarkdown } from './to-markdown';

export function renderReviewMarkdown(model: ReviewModel): string {
  return serializeMarkdown(reviewTree(model));
}

/** The review as JSON: the model itself, with a stable key order and a final newline. */
export function renderReviewJson(model: ReviewModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
