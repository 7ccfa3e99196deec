import type { CachedMetadata, TFile } from 'obsidian';
import type { NoteRecord } from '../core/note-record';

/**
 * Obsidian's parsed metadata as the core's note record. Obsidian drops the whole frontmatter when
 * its YAML does not parse, but still marks where the block is: that case is reported as a
 * problem, so a broken note is never silently dropped.
 */
export function toNoteRecord(file: TFile, cache: CachedMetadata | null): NoteRecord {
  if (cache === null) return { path: file.path, frontmatter: null };
  if (cache.frontmatter) return { path: file.path, frontmatter: withoutPosition(cache.frontmatter) };
  if (hasFrontmatterBlock(cache)) return { path: file.path, frontmatter: null, frontmatterError: FRONTMATTER_UNREADABLE };
  return { path: file.path, frontmatter: null };
}

export const FRONTMATTER_UNREADABLE =
  'The frontmatter is not valid YAML, so Obsidian cannot read its properties. Common causes: links without quotes (write "[[Jane Doe]]"), a ": " inside a value without quotes, tabs, or a template placeholder left in.';

/**
 * Whether the note starts with a frontmatter block that holds something, whether or not it parsed.
 * An empty block (`---` then `---`, or only blank lines and comments) gets a `yaml` section but no
 * position, as it has no properties: it is not broken, and may be written to.
 */
export function hasFrontmatterBlock(cache: CachedMetadata | null): boolean {
  if (cache === null) return false;
  return cache.frontmatterPosition !== undefined;
}

/** Older Obsidian versions kept a `position` key inside the frontmatter object; it is not a field. */
function withoutPosition(frontmatter: Record<string, unknown>): Record<string, unknown> {
  if (!('position' in frontmatter)) return frontmatter;
  const position = frontmatter.position;
  if (typeof position !== 'object' || position === null || !('start' in position)) return frontmatter;
  const copy = { ...frontmatter };
  delete copy.position;
  return copy;
}
