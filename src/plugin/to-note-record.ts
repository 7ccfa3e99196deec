import { getFrontMatterInfo, type CachedMetadata, type TFile } from 'obsidian';
import { FRONTMATTER_UNREADABLE, opensWithFence, unclosedMessage } from '../core/note-head/fences';
import { mentionsKeyRead } from '../core/note-head/key-mention';
import { isInPeopleFolder } from '../core/note-head/person';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';

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

/**
 * Whether the note starts with a frontmatter block that holds something, whether or not it parsed.
 * An empty block (`---` then `---`, or only blank lines and comments) gets a `yaml` section but no
 * position, as it has no properties: it is not broken, and may be written to.
 */
export function hasFrontmatterBlock(cache: CachedMetadata | null): boolean {
  if (cache === null) return false;
  return cache.frontmatterPosition !== undefined;
}

/**
 * Whether the note may open a frontmatter block it never closes, by its metadata: no properties,
 * and a first section that is a horizontal rule on the first line (the opening `---`, as Obsidian
 * sees it then). Only such notes need their text read to tell.
 */
export function mayOpenUnclosedBlock(cache: CachedMetadata | null): boolean {
  const first = cache?.sections?.[0];
  return cache !== null && cache.frontmatterPosition === undefined && first?.type === 'thematicBreak' && first.position.start.line === 0;
}

/**
 * The record of a note whose text opens a frontmatter block that no `---` line closes, when the
 * text names a field the index reads (or the note is a person note); else null. Obsidian reads no
 * properties from such a note: without this, its follow-up would vanish without a word. The
 * command line reports the same notes (src/cli/read-note.ts).
 */
export function unclosedBlockRecord(path: string, text: string, settings: Settings): NoteRecord | null {
  if (!opensWithFence(text) || getFrontMatterInfo(text).exists) return null;
  if (!isInPeopleFolder(path, settings) && !mentionsKeyRead(text, settings)) return null;
  return { path, frontmatter: null, frontmatterError: unclosedMessage(text) };
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
