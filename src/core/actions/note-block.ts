/**
 * Where a note's frontmatter block is, by Obsidian's rule: a `---` line at the very start (after a
 * byte-order mark), closed by the next `---` line; spaces after either fence are allowed.
 * `from`/`to` bound the YAML text; `eol` is the opening line's ending, the note's line ending.
 */
export type NoteBlock =
  | { readonly kind: 'block'; readonly from: number; readonly to: number; readonly eol: string }
  | { readonly kind: 'none'; readonly start: number; readonly eol: string }
  | { readonly kind: 'refused'; readonly reason: string }
  /** Opens with `---` that nothing closes: a horizontal rule, or frontmatter left open. */
  | { readonly kind: 'unclosed'; readonly start: number; readonly eol: string; readonly reason: string };

const OPENING = /^---[ \t]*(\r?\n)/;
const CODE_OPENING = /^---([A-Za-z]+)[ \t]*(?:\r?\n|$)/;

export function findNoteBlock(text: string): NoteBlock {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const head = text.slice(start, start + 64);
  const open = OPENING.exec(head);
  if (open === null) {
    const code = CODE_OPENING.exec(head);
    if (code !== null)
      return {
        kind: 'refused',
        reason: `its frontmatter opens with "---${code[1]}", which is code, not YAML: write the fields as YAML between "---" lines`,
      };
    if (/^---[ \t]*$/.test(text.slice(start))) return { kind: 'unclosed', start, eol: '\n', reason: UNCLOSED };
    return { kind: 'none', start, eol: /\r?\n/.exec(text)?.[0] ?? '\n' };
  }
  const from = start + open[0].length;
  let closedByDots = false;
  for (let pos = from; pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text
      .slice(pos, end)
      .replace(/\r$/, '')
      .replace(/[ \t]+$/, '');
    if (line === '---') return { kind: 'block', from, to: pos, eol: open[1] ?? '\n' };
    if (line === '...') closedByDots = true;
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { kind: 'unclosed', start, eol: open[1] ?? '\n', reason: closedByDots ? CLOSED_BY_DOTS : UNCLOSED };
}

const UNCLOSED = 'its frontmatter starts with "---" but has no closing "---" line. Close it first';
const CLOSED_BY_DOTS = 'its frontmatter ends with "...", which Obsidian does not take as the end of frontmatter. Write "---" there instead';
