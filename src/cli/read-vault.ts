import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { NoteRecord } from '../core/note-record';
import { isInFolder } from '../core/note-record';
import { readFrontmatter } from './frontmatter';

/**
 * Walks a vault folder the way Obsidian does: Markdown files only, dot-folders (`.obsidian`,
 * `.trash`, `.git`) skipped, and the excluded folders skipped. A file that cannot be read becomes
 * a record with an error (so a problem) and the walk goes on. Symbolic links are followed once;
 * a loop is not.
 */
export function readVault(root: string, excludedFolders: readonly string[]): NoteRecord[] {
  const records: NoteRecord[] = [];
  const seenFolders = new Set<string>();
  const excluded = excludedFolders.filter((folder) => folder.trim() !== '');

  const walk = (folder: string, relative: string): void => {
    const real = safeRealpath(folder);
    if (real === null || seenFolders.has(real)) return;
    seenFolders.add(real);
    for (const entry of sortedEntries(folder)) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const absolute = join(folder, entry.name);
      const kind = entryKind(entry, absolute);
      if (kind === 'folder') {
        if (!excluded.some((name) => isInFolder(`${path}/`, name))) walk(absolute, path);
      } else if (kind === 'file' && entry.name.toLowerCase().endsWith('.md')) {
        if (excluded.some((name) => isInFolder(path, name))) continue;
        records.push(readNote(absolute, path));
      }
    }
  };
  walk(root, '');
  return records;
}

function readNote(absolute: string, path: string): NoteRecord {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return { path, frontmatter: null, frontmatterError: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  }
  const reading = readFrontmatter(text);
  switch (reading.kind) {
    case 'none':
      return { path, frontmatter: null };
    case 'ok':
      return { path, frontmatter: reading.data };
    case 'error':
      return { path, frontmatter: null, frontmatterError: reading.message };
  }
}

function sortedEntries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function entryKind(entry: Dirent, absolute: string): 'file' | 'folder' | 'other' {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const stats = statSync(absolute);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}
