import type { CachedMetadata, Pos } from 'obsidian';
import type { OutlineEntry } from '../core/drafts/note-points';

/**
 * A note's headings and list items from Obsidian's metadata cache, for the points of a draft: no
 * Markdown parser in the plugin. An item's own Markdown is cut from the note's text, from its start
 * to its end or the start of the next item (its first nested one), whichever comes first.
 */
export function cachedOutline(text: string, cache: CachedMetadata | null): OutlineEntry[] {
  if (cache === null) return [];
  const sections = cache.sections ?? [];
  const topLevelIn = (type: string, position: Pos): boolean =>
    sections.some(
      (section) =>
        section.type === type &&
        section.position.start.offset <= position.start.offset &&
        position.start.offset < section.position.end.offset,
    );
  const headings = (cache.headings ?? []).map((heading) => ({
    start: heading.position.start.offset,
    entry: { kind: 'heading', level: heading.level, text: heading.heading, topLevel: topLevelIn('heading', heading.position) } as const,
  }));
  const items = [...(cache.listItems ?? [])].sort((a, b) => a.position.start.offset - b.position.start.offset);
  const listed = items.map((item, index) => {
    const next = items[index + 1];
    const end = next === undefined ? item.position.end.offset : Math.min(item.position.end.offset, next.position.start.offset);
    const markdown = text.slice(item.position.start.offset, end);
    return {
      start: item.position.start.offset,
      entry: { kind: 'item', markdown, topLevel: item.parent < 0 && topLevelIn('list', item.position) } as const,
    };
  });
  return [...headings, ...listed].sort((a, b) => a.start - b.start).map(({ entry }) => entry);
}
