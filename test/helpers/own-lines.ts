import { isOwn } from './arbitraries';

// An independent reading of a note's lines for the write-back properties: where the frontmatter
// block is, and which of its lines belong to the product's own keys, so that a test can check
// that every other byte stayed. Written apart from src/core on purpose, line by line.

export interface NoteParts {
  readonly bom: string;
  /** The opening fence line, with its line ending ('' when there is no block). */
  readonly open: string;
  /** The YAML text between the fences; null when there is no block. */
  readonly yaml: string | null;
  /** From the closing fence line to the end (the whole text after the BOM when there is no block). */
  readonly rest: string;
}

export function splitNote(text: string): NoteParts {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const open = /^---[ \t]*\r?\n/.exec(source)?.[0];
  if (open === undefined) return { bom, open: '', yaml: null, rest: source };
  let pos = open.length;
  while (pos <= source.length) {
    const nl = source.indexOf('\n', pos);
    const line = source.slice(pos, nl === -1 ? source.length : nl);
    if (line.replace(/\r$/, '').replace(/[ \t]+$/, '') === '---')
      return { bom, open, yaml: source.slice(open.length, pos), rest: source.slice(pos) };
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { bom, open: '', yaml: null, rest: source };
}

const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[?:-][^\r\n]*?))[ \t]*:(?:[ \t]|\r?\n|$)/;
const BLOCK_SCALAR = /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?\r?\n?$/;

/** The key a top-level line starts, as YAML reads it; null for any other line. */
function keyOf(line: string): string | null {
  const match = KEY_LINE.exec(line);
  if (match === null) return null;
  if (match[1] !== undefined) return JSON.parse(`"${match[1]}"`) as string;
  if (match[2] !== undefined) return match[2].replace(/''/g, "'");
  return match[3]!.trim();
}

/**
 * The YAML text without the lines of the product's own keys: a key's line, and the indented lines
 * that continue its value (not the blank or comment lines after it, unless inside a block scalar).
 */
export function ownEntriesRemoved(yaml: string): string {
  const lines = yaml.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const kept: string[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    const key = keyOf(line);
    if (key === null || !isOwn(key)) {
      kept.push(line);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && /^([ \t]|\r?\n$)/.test(lines[end]!)) end += 1;
    const loose = BLOCK_SCALAR.test(line) ? /^[ \t]*\r?\n?$/ : /^[ \t]*(#.*)?\r?\n?$/;
    while (end > i + 1 && loose.test(lines[end - 1]!)) end -= 1;
    i = end;
  }
  return kept.join('');
}

/**
 * Whether `after` differs from `before` only in the lines of the product's own keys (a note without
 * a block may gain one at the top, in its line ending); returns what differs, or null.
 */
export function outsideOwnLines(before: string, after: string, eol: string): string | null {
  const was = splitNote(before);
  const now = splitNote(after);
  if (now.bom !== was.bom) return 'the byte-order mark changed';
  if (was.yaml === null && now.yaml !== null) {
    if (now.open !== `---${eol}` || now.rest !== `---${eol}${was.rest}`) return 'the new block is not at the top, or the rest changed';
    const left = ownEntriesRemoved(now.yaml);
    return left === '' ? null : `the new block holds more than our keys: ${JSON.stringify(left)}`;
  }
  if (now.open !== was.open) return 'the opening line changed';
  if (now.rest !== was.rest) return 'the closing line or the body changed';
  const left = [ownEntriesRemoved(was.yaml ?? ''), ownEntriesRemoved(now.yaml ?? '')];
  if (left[0] !== left[1]) return `lines other than our keys' changed: ${JSON.stringify(left[0])} → ${JSON.stringify(left[1])}`;
  if (eol === '\r\n' && loneLineFeeds(after) !== loneLineFeeds(before)) return 'a line was written with LF in a CRLF note';
  return null;
}

const loneLineFeeds = (text: string) => text.replace(/\r\n/g, '').split('\n').length - 1;

/** Entries with the product's own keys sorted by name after the others in their order: where our new keys go is not a value. */
export function fieldEntries(data: Record<string, unknown>): [string, unknown][] {
  const all = Object.entries(data);
  const ours = all.filter(([key]) => isOwn(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...all.filter(([key]) => !isOwn(key)), ...ours];
}
