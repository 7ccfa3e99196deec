/**
 * How much of a note the command line parses for a draft's points. A note is anything a file can
 * hold, and the Markdown parser's time and stack grow with nesting and size: thousands of nested
 * quotes overflow the stack, a megabyte of unclosed links takes minutes. No note a person writes
 * to follow up on comes near these. (The plugin reads Obsidian's metadata cache instead.)
 */
export const DRAFT_READ_LIMITS = {
  /** Characters of the note (cut at a line end). */
  characters: 50_000,
  lines: 2_000,
  /** Characters of quote marks, list markers and indentation in front of a line's text. */
  prefix: 64,
} as const;

/** Quote marks, list markers and indentation: what nests a line inside others. */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

/**
 * The part of `markdown` within DRAFT_READ_LIMITS, and a sentence naming the limit when one was
 * reached. `linesBefore` (the frontmatter's) makes the sentence count the note's lines.
 */
export function readableBody(markdown: string, linesBefore = 0): { text: string; cut: string | null } {
  const limits = DRAFT_READ_LIMITS;
  let text = markdown;
  let cut: string | null = null;
  if (text.length > limits.characters) {
    text = text.slice(0, Math.max(0, text.lastIndexOf('\n', limits.characters)));
    cut = `Only the first ${limits.characters / 1000} KB of the note were read for its points.`;
  }
  let start = 0;
  for (let line = 0; ; line++) {
    if (line === limits.lines && start < text.length) {
      const lines = (limits.lines + linesBefore).toLocaleString('en-US');
      return { text: text.slice(0, start - 1), cut: `Only the first ${lines} lines of the note were read for its points.` };
    }
    const end = text.indexOf('\n', start);
    const prefix = CONTAINER_PREFIX.exec(text.slice(start, end === -1 ? text.length : end))?.[0] ?? '';
    if (prefix.length > limits.prefix) {
      const lines = (line + linesBefore).toLocaleString('en-US');
      return {
        text: text.slice(0, Math.max(0, start - 1)),
        cut: `Only the first ${lines} lines of the note were read for its points: the next is nested too deeply.`,
      };
    }
    if (end === -1) return { text, cut };
    start = end + 1;
  }
}
