import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { NoteRecord } from '../core/note-record';
import { UsageError } from './args';
import { describeFileError } from './file-error';
import type { FrontmatterReading } from './frontmatter';
import { splitNote } from './split-note';

export interface VaultNote {
  /** Vault-relative, `/`-separated, with `.md`. */
  readonly path: string;
  /** The whole text, frontmatter included. */
  readonly text: string;
}

/**
 * Reads one note of the vault by its vault-relative path (`.md` may be left out; `\` is read as
 * `/`). A path that leads outside the vault, also through a symbolic link, a missing note, or a
 * file that is not a Markdown note is a usage error with one clear line.
 *
 * `what` names the note in those lines, e.g. `The note` or `The draft template note`.
 */
export function readVaultNote(vault: string, notePath: string, what = 'The note'): VaultNote {
  const root = resolve(vault);
  const written = notePath.trim().replace(/\\/g, '/');
  if (written === '') throw new UsageError(`${what} path is empty: give a path inside the vault, e.g. "Meetings/2024-06-10 Lunch.md".`);
  const candidates = /\.md$/i.test(written) ? [written] : [`${written}.md`, written];
  let absolute: string | null = null;
  for (const candidate of candidates) {
    const path = resolve(root, candidate);
    if (!isInside(root, path)) throw new UsageError(`${what} "${notePath}" is outside the vault ${vault}: give a path inside it.`);
    if (isFile(path)) {
      absolute = path;
      break;
    }
  }
  if (absolute === null) throw new UsageError(`${what} "${notePath}" does not exist in the vault ${vault}.`);
  if (!isInside(realpathSync(root), realpathSync(absolute)))
    throw new UsageError(`${what} "${notePath}" links to a file outside the vault ${vault}.`);
  if (!/\.md$/i.test(absolute)) throw new UsageError(`${what} "${notePath}" is not a Markdown note (.md).`);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`${what} "${notePath}" could not be read: ${describeFileError(error)}.`);
  }
  return { path: relative(root, absolute).split(sep).join('/'), text };
}

/** The record the core takes for a note read whole (split by split-note.ts); a frontmatter that does not parse says why. */
export function recordOf(note: VaultNote, reading: FrontmatterReading = splitNote(note.text).frontmatter): NoteRecord {
  if (reading.kind === 'ok') return { path: note.path, frontmatter: reading.data };
  if (reading.kind === 'error') return { path: note.path, frontmatter: null, frontmatterError: reading.message };
  return { path: note.path, frontmatter: null };
}

/** Whether the file system path `path` lies inside the folder `root` (not `root` itself). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
