/**
 * The points to mention in a follow-up message, chosen by one rule from a note's outline. The
 * outline comes from whichever reader the caller has: the command line parses the Markdown, the
 * plugin takes Obsidian's metadata cache (headings, list items, sections), so the plugin ships no
 * Markdown parser. Both hand over the items' own Markdown, read here the same way.
 */

/** A heading, with its text as the reader gives it (formatting does not matter: see `isPointsHeading`). */
export interface OutlineHeading {
  readonly kind: 'heading';
  readonly level: number;
  readonly text: string;
  /** At the note's top level, not inside a quote or a list item. */
  readonly topLevel: boolean;
}

/** A list item, at any depth. */
export interface OutlineItem {
  readonly kind: 'item';
  /** The item's own Markdown: from its marker to where it ends or its first nested item starts. */
  readonly markdown: string;
  /** A direct item of a list at the note's top level (not nested in another item, not in a quote). */
  readonly topLevel: boolean;
}

/** A note's headings and list items, in note order. */
export type OutlineEntry = OutlineHeading | OutlineItem;

/**
 * Headings whose list items are the points of a follow-up, compared after lower-casing and
 * turning punctuation into spaces: "Follow-up", "Follow-ups:", "Next steps", "Action items",
 * "To-do", "✅ Actions". Any heading level.
 */
const POINTS_HEADING = /^(?:follow ?ups?|next steps?|action items?|actions|to ?dos?)$/;

/** `[[target|alias]]` and `[[target]]` in plain text, shown the way Obsidian shows them. */
const WIKILINK = /!?\[\[([^\]|]*?)(?:\|([^\]]*))?\]\]/g;

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** Obsidian's task box: any one character; a space means open, anything else (x, -, /…) is ticked. */
const TASK_BOX = /^\[(.)\](?:[ \t]+|$)/u;
const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)*/;
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

/**
 * The points to mention in a follow-up message, as plain text, in note order:
 *
 * 1. the list items under a heading like "Follow-up", "Next steps" or "Action items" (any level;
 *    the section runs to the next heading of the same or a higher level; every such section
 *    counts), except tasks already ticked off (`- [x]`), which are done;
 * 2. when there are none, the note's open tasks (`- [ ]`), wherever they are.
 *
 * Only the item's own text is taken, not the lists nested in it. Formatting is dropped and
 * wikilinks are shown by their alias or note name, since the message leaves Obsidian.
 */
export function notePoints(outline: readonly OutlineEntry[]): string[] {
  const fromHeadings: string[] = [];
  const openTasks: string[] = [];
  // The level of the points heading whose section we are in; 0 outside any (levels start at 1).
  let section = 0;
  for (const entry of outline) {
    if (entry.kind === 'heading') {
      if (!entry.topLevel) continue;
      if (entry.level <= section) section = 0;
      if (section === 0 && isPointsHeading(entry.text)) section = entry.level;
      continue;
    }
    const { task, text } = readItem(entry.markdown);
    if (section > 0 && entry.topLevel && task !== 'done') fromHeadings.push(text);
    if (task === 'open') openTasks.push(text);
  }
  const chosen = fromHeadings.length > 0 ? fromHeadings : openTasks;
  // A set, and a limit: an outline can hold a hundred thousand tasks, a message a few points.
  const points = new Set<string>();
  for (const text of chosen) {
    if (points.size === MAX_POINTS) break;
    if (text !== '') points.add(text);
  }
  return [...points];
}

/** A message names at most this many points of a note. */
export const MAX_POINTS = 50;

export function isPointsHeading(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return POINTS_HEADING.test(words);
}

interface ReadItem {
  readonly task: 'open' | 'done' | null;
  readonly text: string;
}

function readItem(markdown: string): ReadItem {
  // A split gives at least one piece.
  const [head, ...rest] = markdown.split(/\r?\n/).map((line) => line.replace(QUOTE_MARKERS, '')) as [string, ...string[]];
  let first = head.replace(LIST_MARKER, '');
  const box = TASK_BOX.exec(first);
  if (box) first = first.slice(box[0].length);
  const task = box === null ? null : box[1] === ' ' ? 'open' : 'done';
  return { task, text: plainText([first, ...rest].join(' ')) };
}

/**
 * Markdown inline text as a reader sees it: code spans kept as written, links and images by their
 * text, wikilinks by alias or note name, emphasis, strikethrough and highlight marks dropped,
 * backslash escapes undone, white space collapsed.
 */
export function plainText(markdown: string): string {
  let text = '';
  let rest = markdown;
  for (;;) {
    const code = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (code === null) break;
    text += plainPart(rest.slice(0, code.index)) + code[2];
    rest = rest.slice(code.index + code[0].length);
  }
  return (text + plainPart(rest)).replace(/\s+/g, ' ').trim();
}

function plainPart(markdown: string): string {
  // Escaped characters wait in the private use area while the marks around them are read.
  const shielded = markdown.replace(ESCAPABLE, (_escape, character: string) => String.fromCharCode(0xe000 + character.charCodeAt(0)));
  const linked = shielded
    .replace(WIKILINK, (_link, target: string, alias: string | undefined) => alias?.trim() || linkName(target))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]*|[^>\s@]+@[^>\s]+)>/gi, '$1');
  const unmarked = dropMarks(dropMarks(linked.replace(/~~|==/g, ''), '*'), '_');
  return unmarked.replace(/[\uE000-\uE07F]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xe000));
}

/**
 * Drops runs of an emphasis character, except a run with space on both sides (`5 * 3`) and, for
 * `_`, one inside a word (`snake_case`), which are text.
 */
function dropMarks(text: string, mark: '*' | '_'): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] !== mark) {
      result += text[index];
      index += 1;
      continue;
    }
    let end = index;
    while (text[end] === mark) end += 1;
    const before = text[index - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const spaced = /\s/.test(before) && /\s/.test(after);
    const inWord = mark === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
    if (spaced || inWord) result += text.slice(index, end);
    index = end;
  }
  return result;
}

function linkName(target: string): string {
  const [name] = target.split('#') as [string, ...string[]];
  return (
    name
      .slice(name.lastIndexOf('/') + 1)
      .replace(/\.md$/i, '')
      .trim() || target.slice(target.indexOf('#') + 1).trim()
  );
}
