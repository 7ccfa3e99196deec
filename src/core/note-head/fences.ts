/**
 * Where a note's frontmatter is, by Obsidian's rule: a `---` line at the very start (after a
 * byte-order mark), closed by the next `---` line. YAML's document end `...` closes nothing in
 * Obsidian, so it closes nothing here either: such a note has no properties, and is reported.
 * The command line reads these fences from the text (and, for speed, from the bytes: read-head.ts,
 * held to these rules by a test); the plugin takes them from Obsidian and asks only about notes
 * Obsidian found no block in.
 */

/** A frontmatter block: the language after the opening `---` ('' for YAML) and the text between the fences. */
export interface FrontmatterBlock {
  readonly language: string;
  readonly body: string;
}

/**
 * A block found in a note's text, with where it lies: `from`..`to` is the YAML text between the
 * fences (with its last line ending), `end` is where the body starts (after the closing line), and
 * `eol` is the opening line's ending, the note's line ending. Offsets count the byte-order mark.
 */
export interface FencedBlock extends FrontmatterBlock {
  readonly from: number;
  readonly to: number;
  readonly end: number;
  readonly eol: string;
}

/** Opening fence: `---`, optionally naming a language (`---js`: see differences.ts), then only spaces. */
const OPEN = /^---([A-Za-z]*)[ \t]*\r?$/;
const CLOSE = /^---[ \t]*\r?$/;
/** A `...` line, YAML's document end, which people close frontmatter with. */
const DOTS = /^\.\.\.[ \t]*\r?$/m;
/** Obsidian's own opening fence, without a language. */
const OBSIDIAN_OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Where the text starts after a byte-order mark. */
export function textStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The text's first line ending, the one a new block is written with ("\n" when it has none). */
export function firstLineEnding(text: string): string {
  return /\r?\n/.exec(text)?.[0] ?? '\n';
}

/**
 * The block at the start of `text` (after a byte-order mark), 'unterminated' when the opening
 * fence is never closed, null when the text does not start with frontmatter.
 */
export function findFrontmatterBlock(text: string): FencedBlock | 'unterminated' | null {
  const start = textStart(text);
  const firstEnd = text.indexOf('\n', start);
  const firstLine = firstEnd === -1 ? text.slice(start) : text.slice(start, firstEnd);
  const open = OPEN.exec(firstLine);
  if (!open) return null;
  const from = firstEnd === -1 ? text.length : firstEnd + 1;
  for (let cursor = from; cursor < text.length;) {
    const lineEnd = text.indexOf('\n', cursor);
    const line = lineEnd === -1 ? text.slice(cursor) : text.slice(cursor, lineEnd);
    if (CLOSE.test(line))
      return {
        language: open[1] as string,
        body: text.slice(from, cursor).replace(/\r?\n$/, ''),
        from,
        to: cursor,
        end: lineEnd === -1 ? text.length : lineEnd + 1,
        eol: firstLine.endsWith('\r') ? '\r\n' : '\n',
      };
    if (lineEnd === -1) break;
    cursor = lineEnd + 1;
  }
  return 'unterminated';
}

/** The note's text after its frontmatter block (the whole text when it has none, or it is never closed). */
export function noteBody(text: string): string {
  const block = findFrontmatterBlock(text);
  return typeof block === 'object' && block !== null ? text.slice(block.end) : text;
}

/** Whether the text opens with Obsidian's fence (`---` and nothing else on the first line). */
export function opensWithFence(text: string): boolean {
  return OBSIDIAN_OPEN.test(text);
}

export const FRONTMATTER_UNCLOSED =
  'The frontmatter starts with "---" but has no closing "---" line, so Obsidian reads no properties from it.';
export const FRONTMATTER_CLOSED_BY_DOTS = `${FRONTMATTER_UNCLOSED.slice(0, -1)}: it ends with "...", which Obsidian does not take as the end of frontmatter. Write "---" there instead.`;
export const FRONTMATTER_UNREADABLE =
  'The frontmatter is not valid YAML, so Obsidian cannot read its properties. Common causes: links without quotes (write "[[Jane Doe]]"), a ": " inside a value without quotes, tabs, or a template placeholder left in.';

/**
 * Why a block that opens is never closed, from the text read: closed by `...` instead, or not at
 * all (`limit`: in the first so many bytes, when only those were read).
 */
export function unclosedMessage(text: string, limit: string | null = null): string {
  if (DOTS.test(text)) return FRONTMATTER_CLOSED_BY_DOTS;
  if (limit === null) return FRONTMATTER_UNCLOSED;
  return `The frontmatter starts with "---" but has no closing "---" line in its first ${limit}, so Obsidian reads no properties from it.`;
}
