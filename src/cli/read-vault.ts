import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { sep } from 'node:path';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { SILENT, type Progress } from './progress';
import { NoteReader } from './read-note';
import { cachedKeys, cacheKey, fromCacheEntry, loadVaultCache, saveVaultCache, toCacheEntry, vaultIdentity, type CachedNote } from './vault-cache';

/** A Markdown note found in the vault: where it is on disk, and its vault path. */
export interface VaultFile {
  readonly absolute: string;
  /** Vault-relative, `/`-separated. */
  readonly path: string;
}

export interface ReadVaultOptions {
  /** The cache file to read and update; null or absent for none. */
  readonly cacheFile?: string | null;
  /** The program's version, part of the cache key. */
  readonly version?: string;
  /** See NoteReaderOptions.prefilter. */
  readonly prefilter?: boolean;
  /** Called once the number of notes is known. */
  readonly progress?: (total: number) => Progress;
}

/**
 * The records of every note that may matter to the index (the others are left out: the index
 * would drop them), read from disk or, for a note unchanged since the last run, from the cache.
 * The walk never stops for one bad note: a file that cannot be read becomes a problem.
 */
export function readVault(root: string, settings: Settings, options: ReadVaultOptions = {}): NoteRecord[] {
  const files = listVaultNotes(root, settings.excludedFolders);
  const reader = new NoteReader(settings, { prefilter: options.prefilter });
  const progress = options.progress?.(files.length) ?? SILENT;
  const records: NoteRecord[] = [];
  try {
    if (options.cacheFile) readWithCache(files, options.cacheFile, root, settings, options.version ?? '', reader, progress, records);
    else {
      for (let i = 0; i < files.length; i++) {
        const file = files[i] as VaultFile;
        const { record } = reader.read(file.absolute, file.path);
        if (record !== null) records.push(record);
        progress.update(i + 1);
      }
    }
  } finally {
    progress.finish();
  }
  return records;
}

function readWithCache(files: readonly VaultFile[], cacheFile: string, root: string, settings: Settings, version: string, reader: NoteReader, progress: Progress, records: NoteRecord[]): void {
  const key = cacheKey(settings, version);
  const vault = vaultIdentity(root);
  const cached = loadVaultCache(cacheFile, key, vault);
  const keys = cachedKeys(settings);
  const fresh = new Map<string, CachedNote>();
  let changed = cached === null;
  let reused = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as VaultFile;
    progress.update(i + 1);
    // Stat before reading: a note changed in between is then read anew next time, never cached stale.
    const stats = statOrNull(file.absolute);
    const old = cached?.get(file.path);
    if (stats !== null && old !== undefined && sameFile(old, stats)) {
      reused += 1;
      fresh.set(file.path, old);
      if (old.entry !== -1) {
        const record = fromCacheEntry(file.path, old.entry);
        if (record !== null) records.push(record);
        continue;
      }
    } else changed = true;
    const { record, lasting } = reader.read(file.absolute, file.path);
    if (record !== null) records.push(record);
    if (stats === null || !lasting) {
      fresh.delete(file.path);
      changed = true;
    } else if (!(old !== undefined && old.entry === -1 && sameFile(old, stats))) {
      fresh.set(file.path, { mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, size: stats.size, entry: toCacheEntry(record, settings, keys) });
    }
  }
  // Deleted and renamed notes leave entries behind that nothing reused.
  if (cached !== null && reused !== cached.size) changed = true;
  if (changed) saveVaultCache(cacheFile, key, vault, fresh);
}

function sameFile(note: CachedNote, stats: Stats): boolean {
  return note.mtimeMs === stats.mtimeMs && note.ctimeMs === stats.ctimeMs && note.size === stats.size;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Walks a vault folder the way Obsidian does: Markdown files only, dot-folders (`.obsidian`,
 * `.trash`, `.git`) skipped, and the excluded folders skipped. Symbolic links are followed once;
 * a loop is not.
 */
export function listVaultNotes(root: string, excludedFolders: readonly string[]): VaultFile[] {
  const files: VaultFile[] = [];
  const seenFolders = new Set<string>();
  // isInFolder's rule, prepared once: this runs for every file of the vault.
  const excludedPrefixes = excludedFolders.filter((folder) => folder.trim() !== '').map((folder) => folder.replace(/^\/+|\/+$/g, '')).map((clean) => (clean === '' ? '' : `${clean}/`));
  const isExcluded = (path: string): boolean => excludedPrefixes.some((prefix) => path.startsWith(prefix));

  const walk = (folder: string, relative: string): void => {
    // A folder is known by its device and inode: one stat, where a real path costs one per level.
    const identity = folderIdentity(folder);
    if (identity === null || seenFolders.has(identity)) return;
    seenFolders.add(identity);
    for (const entry of sortedEntries(folder)) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const absolute = `${folder}${sep}${entry.name}`;
      const kind = entryKind(entry, absolute);
      if (kind === 'folder') {
        if (!isExcluded(`${path}/`)) walk(absolute, path);
      } else if (kind === 'file' && entry.name.toLowerCase().endsWith('.md')) {
        if (!isExcluded(path)) files.push({ absolute, path });
      }
    }
  };
  walk(root, '');
  return files;
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

function folderIdentity(folder: string): string | null {
  try {
    // BigInt: 64-bit inode numbers do not fit a double, and two folders must never look like one.
    const stats = statSync(folder, { bigint: true });
    // Some file systems report no inode numbers; the real path then tells folders apart.
    return stats.ino === 0n ? `path:${realpathSync.native(folder)}` : `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}
