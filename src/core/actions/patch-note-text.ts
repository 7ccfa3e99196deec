import { isAlias, isMap, isScalar, parseDocument, stringify, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import { explainFrontmatterError } from '../frontmatter-error';
import type { Settings } from '../settings';
import type { FrontmatterPatch, PatchValue } from './frontmatter-patch';
import { deepEqual, ownedFields, readsAsIntended } from './patch-check';
import { mentionsKeyRead } from '../note-head/key-mention';
import { isInPeopleFolder } from '../note-head/person';
import { CODE_LANGUAGES } from '../note-head/differences';
import { findFrontmatterBlock, firstLineEnding, textStart, unclosedMessage, type FencedBlock } from '../note-head/fences';
import { yamlScalar } from './yaml-scalar';

export type NoteTextPatch = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };
export type NoteFrontmatter =
  { readonly ok: true; readonly frontmatter: Record<string, unknown> } | { readonly ok: false; readonly reason: string };

const PARSE = { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: true, logLevel: 'error' } as const;

/** A top-level entry of the block: its key as read, and the lines it spans (first and last, inclusive). */
interface Entry {
  readonly pair: Pair<Node, Node | null>;
  readonly key: string;
  readonly first: number;
  readonly last: number;
}

/**
 * A note's frontmatter as the patch reads it (the `yaml` package's core schema, so dates stay
 * strings): `{}` when the note has none. Used to plan an action against the text it will change.
 */
export function readNoteFrontmatter(text: string, path: string, settings: Settings): NoteFrontmatter {
  const parsed = parseBlock(text, path, settings);
  return parsed.ok ? { ok: true, frontmatter: parsed.data } : parsed;
}

/**
 * Applies a patch to a note's text, byte for byte (SPEC §5): only the lines of the keys the patch
 * names change — replaced (with their continuation lines), removed, or inserted after the last key
 * the product owns, else at the end of the block — in the note's line ending. Everything else, the
 * byte-order mark, other keys, comments, blank lines, the body, is kept. The result is checked by
 * parsing both blocks: every other key must read the same, and ours exactly as intended; else the
 * note is refused with the reason, and nothing is to be written.
 */
export function patchNoteText(text: string, patch: FrontmatterPatch, settings: Settings, path: string): NoteTextPatch {
  const parsed = parseBlock(text, path, settings);
  if (!parsed.ok) return parsed;
  const owned = ownedFields(settings, patch);
  const touched = new Set([...Object.keys(patch.set), ...patch.remove]);
  if (parsed.block === null) {
    const start = textStart(text);
    const eol = firstLineEnding(text);
    const lines = Object.entries(patch.set).map(([field, value]) => newLine(field, value, eol));
    if (lines.length === 0) return { ok: true, text };
    return checked(`${text.slice(0, start)}---${eol}${lines.join('')}---${eol}${text.slice(start)}`, parsed.data, patch, settings, path);
  }
  const { from, to, eol } = parsed.block;
  const yaml = text.slice(from, to);
  const starts = lineStarts(yaml);
  const entries = parsed.map === null ? [] : topLevelEntries(parsed.map, yaml, starts);
  if (typeof entries === 'string') return { ok: false, reason: entries };

  const edits: { first: number; last: number; lines: string[] }[] = [];
  const ours = (entry: Entry): string | null => owned.get(entry.key.trim().toLowerCase()) ?? null;
  for (const entry of entries) {
    const field = ours(entry);
    if (field === null || !touched.has(field)) continue;
    const unfit = unfitForLineEdit(entry, entries, starts);
    if (unfit !== null) return { ok: false, reason: unfit };
  }
  const inserted: string[] = [];
  for (const [field, value] of Object.entries(patch.set)) {
    const [head, ...rest] = entries.filter((entry) => ours(entry) === field);
    for (const entry of rest) edits.push({ first: entry.first, last: entry.last, lines: [] });
    if (head === undefined) inserted.push(newLine(field, value, eol));
    else if (rest.length > 0 || !deepEqual(parsed.data[head.key], value)) {
      const keySource = yaml.slice(head.pair.key.range![0], head.pair.key.range![1]);
      edits.push({
        first: head.first,
        last: head.last,
        lines: [`${keySource}: ${yamlScalar(value)}${lineEnding(yaml, starts, head.last)}`],
      });
    }
  }
  for (const field of patch.remove) {
    if (Object.hasOwn(patch.set, field)) continue;
    for (const entry of entries.filter((candidate) => ours(candidate) === field))
      edits.push({ first: entry.first, last: entry.last, lines: [] });
  }
  if (inserted.length > 0) {
    const lastOwn = entries.filter((entry) => ours(entry) !== null).at(-1);
    const at = lastOwn === undefined ? starts.length - 1 : lastOwn.last + 1;
    edits.push({ first: at, last: at - 1, lines: inserted });
  }
  if (edits.length === 0) return { ok: true, text };
  // From the bottom up, so that earlier line numbers stay valid. No two edits start on one line: each
  // entry edited has lines of its own (unfitForLineEdit), and an insertion starts after our last entry.
  edits.sort((a, b) => b.first - a.first);
  let out = yaml;
  for (const edit of edits) out = out.slice(0, starts[edit.first]) + edit.lines.join('') + out.slice(starts[edit.last + 1]);
  return checked(text.slice(0, from) + out + text.slice(to), parsed.data, patch, settings, path);
}

type ParsedBlock =
  | { ok: false; reason: string }
  | {
      ok: true;
      /** Null when the note has no block: a new one goes at its start. */
      block: FencedBlock | null;
      /** Null when the block holds no key. */
      map: YAMLMap | null;
      data: Record<string, unknown>;
    };

function parseBlock(text: string, path: string, settings: Settings): ParsedBlock {
  const block = findFrontmatterBlock(text);
  if (block === 'unterminated') {
    // Frontmatter left open would be buried under a new block; a horizontal rule opening a note is not frontmatter.
    if (isInPeopleFolder(path, settings) || mentionsKeyRead(text, settings))
      return { ok: false, reason: lowerFirst(unclosedMessage(text)) };
    return { ok: true, block: null, map: null, data: {} };
  }
  if (block === null) return { ok: true, block, map: null, data: {} };
  if (block.language !== '') return { ok: false, reason: languageRefusal(block.language) };
  const yaml = text.slice(block.from, block.to);
  const doc = parseDocument(yaml, PARSE);
  const error = doc.errors[0];
  if (error !== undefined) {
    return { ok: false, reason: lowerFirst(explainFrontmatterError(yaml, error.message.split('\n')[0] ?? '')) };
  }
  if (doc.contents === null) return { ok: true, block, map: null, data: {} };
  if (!isMap(doc.contents)) return { ok: false, reason: 'its frontmatter is not a list of "key: value" lines' };
  try {
    return { ok: true, block, map: doc.contents, data: doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> };
  } catch (error) {
    // Aliases expanded past the limit (a "billion laughs" block), or nested too deep to read.
    return { ok: false, reason: lowerFirst(explainFrontmatterError(yaml, (error as Error).message)) };
  }
}

/** The entries of a block map, with their lines; a string when the map is a flow mapping. */
function topLevelEntries(map: YAMLMap, yaml: string, starts: readonly number[]): Entry[] | string {
  if (map.flow) return 'its frontmatter is one "{ … }" mapping, not "key: value" lines, so one field cannot be changed on its own line';
  return (map.items as Pair<Node, Node | null>[]).map((pair) => {
    const keyRange = pair.key?.range ?? [0, 0, 0];
    const end = Math.max(keyRange[1], pair.value?.range?.[1] ?? keyRange[1]);
    const first = lineOf(starts, keyRange[0]);
    let last = lineOf(starts, Math.max(keyRange[0], end - 1));
    // Blank and comment lines after a value are not part of it (but are inside a block scalar).
    const blockScalar = isScalar(pair.value) && (pair.value.type === 'BLOCK_LITERAL' || pair.value.type === 'BLOCK_FOLDED');
    const loose = blockScalar ? /^[ \t]*\r?\n?$/ : /^[ \t]*(#.*)?\r?\n?$/;
    while (last > first && loose.test(yaml.slice(starts[last], starts[last + 1]))) last -= 1;
    return { pair, key: isScalar(pair.key) ? String(pair.key.value) : '', first, last };
  });
}

/** Why an entry of ours cannot be changed on its own lines, or null when it can. */
function unfitForLineEdit(entry: Entry, entries: readonly Entry[], starts: readonly number[]): string | null {
  const { pair, key } = entry;
  if (!isScalar(pair.key) || pair.key.range![0] !== starts[entry.first])
    return `"${key}" is not written as a plain "key: value" line at the start of a line`;
  if (usesAnchors(pair)) return `"${key}" uses a YAML anchor or alias (&name, *name), so changing it could change other fields`;
  const index = entries.indexOf(entry);
  const before = entries[index - 1];
  const after = entries[index + 1];
  if ((before !== undefined && before.last >= entry.first) || (after !== undefined && after.first <= entry.last))
    return `"${key}" shares a line with another field`;
  return null;
}

/** Parses the result and compares it with the intended fields; refuses when anything else differs. */
function checked(
  text: string,
  before: Readonly<Record<string, unknown>>,
  patch: FrontmatterPatch,
  settings: Settings,
  path: string,
): NoteTextPatch {
  const after = parseBlock(text, path, settings);
  const refusal = 'the change would not have stayed on the lines of its own fields, so it was not made';
  if (!after.ok) return { ok: false, reason: `${refusal} (${after.reason})` };
  return readsAsIntended(before, after.data, patch, settings) ? { ok: true, text } : { ok: false, reason: refusal };
}

/**
 * Whether the entry's value defines an anchor or refers to one: other fields may share its value.
 * (An anchor on the key puts the key after the start of its line, refused before this.)
 */
function usesAnchors(pair: Pair<Node, Node | null>): boolean {
  let found = false;
  if (pair.value !== null)
    visit(pair.value, {
      Node: (_, node) => {
        if (isAlias(node) || node.anchor !== undefined) {
          found = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
  return found;
}

function newLine(field: string, value: PatchValue, eol: string): string {
  const key = stringify(field, { lineWidth: 0 }).trimEnd();
  return `${key}: ${yamlScalar(value)}${eol}`;
}

/**
 * The offset where each line starts, and one past the end (so line n spans starts[n]..starts[n+1]):
 * every line of a block ends with a line break, the one before its closing line too.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

function lineEnding(text: string, starts: readonly number[], line: number): string {
  return text.slice(starts[line], starts[line + 1]).endsWith('\r\n') ? '\r\n' : '\n';
}

/** Why a block opened with `---js` (or any language) is not changed. */
function languageRefusal(language: string): string {
  const what = CODE_LANGUAGES.includes(language.toLowerCase()) ? 'which is code, not YAML' : 'which Obsidian does not read as frontmatter';
  return `its frontmatter opens with "---${language}", ${what}: write the fields as YAML between "---" lines`;
}

/** A sentence as the end of "… was not changed: <reason>." */
function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1).replace(/\.$/, '')}`;
}
