import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { OutlineEntry } from '../core/drafts/note-points';

interface Placed {
  readonly item: boolean;
  readonly start: number;
  readonly end: number;
  readonly entry: (markdown: string) => OutlineEntry;
}

/**
 * A note's headings and list items read from its body (CommonMark; the frontmatter is split off
 * before, by split-note.ts), for the points of a draft. The plugin reads the same outline from Obsidian's metadata
 * cache; task boxes are read from the items' text by the core, on both sides.
 */
export function markdownOutline(markdown: string): OutlineEntry[] {
  const tree = fromMarkdown(markdown);
  const placed: Placed[] = [];
  const visit = (node: Nodes, topLevel: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'heading' && start !== undefined && end !== undefined) {
      const text = toString(node);
      placed.push({ item: false, start, end, entry: () => ({ kind: 'heading', level: node.depth, text, topLevel }) });
    }
    if (node.type === 'listItem' && start !== undefined && end !== undefined) {
      placed.push({ item: true, start, end, entry: (own) => ({ kind: 'item', markdown: own, topLevel }) });
    }
    if (!('children' in node)) return;
    // Only the root's own headings and the items of the root's own lists are at the top level.
    const childrenTopLevel = node.type === 'root' || (node.type === 'list' && topLevel);
    for (const child of node.children) visit(child, childrenTopLevel);
  };
  visit(tree, false);
  placed.sort((a, b) => a.start - b.start);
  // Walked from the end, so that each entry knows where the next item starts.
  const entries: OutlineEntry[] = [];
  let nextItem = Infinity;
  for (const place of placed.reverse()) {
    entries.push(place.entry(markdown.slice(place.start, Math.min(place.end, nextItem))));
    if (place.item) nextItem = place.start;
  }
  return entries.reverse();
}
