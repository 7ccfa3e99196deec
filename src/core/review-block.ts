export const REVIEW_START = '<!-- follow-up-review:start -->';
export const REVIEW_END = '<!-- follow-up-review:end -->';

/**
 * Puts a freshly generated review into a note. Only the block between the markers is replaced;
 * what the user wrote around it stays byte for byte. A note without markers keeps its text and
 * gets the block appended.
 */
export function placeReviewBlock(existing: string | null, generated: string): string {
  const block = `${REVIEW_START}\n${generated.replace(/\n+$/, '')}\n${REVIEW_END}`;
  if (existing === null || existing.trim() === '') return `${block}\n`;
  const start = existing.indexOf(REVIEW_START);
  const end = existing.indexOf(REVIEW_END, start);
  if (start === -1 || end === -1) {
    const separator = existing.endsWith('\n') ? '\n' : '\n\n';
    return `${existing}${separator}${block}\n`;
  }
  return `${existing.slice(0, start)}${block}${existing.slice(end + REVIEW_END.length)}`;
}
