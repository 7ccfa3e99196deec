import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/**
 * Headings whose list items are the points of a follow-up, compared after lower-casing and
 * turning punctuation into spaces: "Follow-up", "Follow-ups:", "Next steps", "Action items",
 * "To-do", "✅ Actions". Any heading level.
 */
const POINTS_HEADING = /^(?:follow ?ups?|next steps?|action items?|actions|to ?dos?)$/;

/** `[[target|alias]]` and `[[target]]` in plain text, shown the way Obsidian shows them. */
const WIKILINK = /!?\[\[([^\]|]*?)(?:\|([^\]]*))?\]\]/g;

/**
 * Parses a note as Obsidian reads it: CommonMark with GFM (task lists, tables, strikethrough),
 * and a YAML frontmatter block at the top that is set aside rather than read as Markdown.
 */
export function parseNote(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
}

/** The note's text after its frontmatter block (the whole text when it has none). */
export function noteBody(markdown: string): string {
  const tree = parseNote(markdown);
  const first = tree.children[0];
  const end = first?.type === 'yaml' ? first.position?.end.offset : undefined;
  return end === undefined ? markdown : markdown.slice(end).replace(/^\r?\n/, '');
}

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
export function notePoints(markdown: string): string[] {
  return readNotePoints(markdown).points;
}

/**
 * How much of a note the draft reads for its points. A note is anything a file can hold, and the
 * Markdown parser's time and stack grow with nesting and size: thousands of nested quotes
 * overflow the stack, a megabyte of unclosed links takes minutes. No note a person writes to
 * follow up on comes near these.
 */
export const DRAFT_READ_LIMITS = {
  /** Characters of the note (cut at a line end). */
  characters: 50_000,
  lines: 2_000,
  /** Characters of quote marks, list markers and indentation in front of a line's text. */
  prefix: 64,
  points: 50,
} as const;

/** The points (see notePoints) and, when the draft read less than the whole note, a sentence that says so. */
export function readNotePoints(markdown: string): { points: string[]; cut: string | null } {
  const body = readableBody(markdown);
  const tree = parseNote(body.text);
  const fromHeadings = sectionItems(tree.children).filter((item) => item.checked !== true);
  const chosen = fromHeadings.length > 0 ? fromHeadings : openTasks(tree);
  const points = new Set<string>();
  let cut = body.cut;
  for (const item of chosen) {
    const text = itemText(item);
    if (text === '' || points.has(text)) continue;
    if (points.size === DRAFT_READ_LIMITS.points) {
      cut ??= `Only the first ${DRAFT_READ_LIMITS.points} points of the note are listed.`;
      break;
    }
    points.add(text);
  }
  return { points: [...points], cut };
}

/** Quote marks, list markers and indentation: what nests a line inside others. */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

/** The part of `markdown` within DRAFT_READ_LIMITS, and a sentence naming the limit when one was reached. */
export function readableBody(markdown: string): { text: string; cut: string | null } {
  const limits = DRAFT_READ_LIMITS;
  let text = markdown;
  let cut: string | null = null;
  if (text.length > limits.characters) {
    text = text.slice(0, Math.max(0, text.lastIndexOf('\n', limits.characters)));
    cut = `Only the first ${limits.characters / 1000} KB of the note were read for its points.`;
  }
  let start = 0;
  for (let line = 0; start < text.length || line === 0; line++) {
    if (line === limits.lines) {
      return {
        text: text.slice(0, start - 1),
        cut: `Only the first ${limits.lines.toLocaleString('en-US')} lines of the note were read for its points.`,
      };
    }
    const end = text.indexOf('\n', start);
    const prefix = CONTAINER_PREFIX.exec(text.slice(start, end === -1 ? text.length : end))?.[0] ?? '';
    if (prefix.length > limits.prefix) {
      return {
        text: text.slice(0, Math.max(0, start - 1)),
        cut: `Only the first ${line.toLocaleString('en-US')} lines of the note were read for its points: the next is nested too deeply.`,
      };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { text, cut };
}

function sectionItems(children: readonly RootContent[]): ListItem[] {
  const items: ListItem[] = [];
  let depth: number | null = null;
  for (const node of children) {
    if (node.type === 'heading') {
      if (depth !== null && node.depth <= depth) depth = null;
      if (depth === null && isPointsHeading(toString(node))) depth = node.depth;
      continue;
    }
    if (depth !== null && node.type === 'list') for (const item of node.children) items.push(item);
  }
  return items;
}

export function isPointsHeading(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return POINTS_HEADING.test(words);
}

function openTasks(tree: Root): ListItem[] {
  const tasks: ListItem[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' && node.checked === false) tasks.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return tasks;
}

function itemText(item: ListItem): string {
  const own = item.children.filter((child) => child.type !== 'list');
  const text = own.map((child) => toString(child)).join(' ');
  return text
    .replace(WIKILINK, (_link, target: string, alias: string | undefined) => alias?.trim() || linkName(target))
    .replace(/\s+/g, ' ')
    .trim();
}

function linkName(target: string): string {
  const name = target.split('#')[0] ?? '';
  return (
    name
      .slice(name.lastIndexOf('/') + 1)
      .replace(/\.md$/i, '')
      .trim() || target.replace(/^#/, '').trim()
  );
}
