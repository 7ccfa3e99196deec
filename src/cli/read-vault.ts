import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { VaultExclusions } from '../core/note-head/vault-settings';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { UsageError } from './args';
import { SILENT, type Progress } from './progress';
import { NoteReader } from './read-note';
import { exclusionsOf } from './vault-config';
import {
  cachedKeys,
  cacheKey,
  fromCacheEntry,
  loadVaultCache,
  saveVaultCache,
  toCacheEntry,
  vaultIdentity,
  type CacheEntry,
  type CachedNote,
  type VaultCache,
} from './vault-cache';

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
  /** What the vault leaves out; by default read from its config files and the settings. */
  readonly exclusions?: VaultExclusions;
}

/**
 * The records of every note that may matter to the index (the others are left out: the index
 * would drop them), read from disk or, for a note unchanged since the last run, from the cache.
 * The walk never stops for one bad note: a file that cannot be read becomes a problem.
 * Only paths are kept per note (no object, no absolute path): at 100,000 notes that is most of
 * the memory the command line needs.
 */
export function readVault(root: string, settings: Settings, options: ReadVaultOptions = {}): NoteRecord[] {
  const cache = options.cacheFile ? openCache(options.cacheFile, root, settings, options.version ?? '') : null;
  const exclusions = options.exclusions ?? exclusionsOf(root, settings);
  const unreadable: NoteRecord[] = [];
  const paths = notePaths(root, exclusions, cache?.loaded?.paths ?? null, (folder, reason) => {
    if (folder === '') throw new UsageError(`The vault folder ${root} cannot be read: ${reason}.`);
    unreadable.push({
      path: folder,
      frontmatter: null,
      folderError: `The folder could not be read (${reason}); the notes in it are not listed.`,
    });
  });
  const reader = new NoteReader(settings, { prefilter: options.prefilter });
  const progress = options.progress?.(paths.length) ?? SILENT;
  const records: NoteRecord[] = unreadable;
  try {
    if (cache !== null) readWithCache(paths, cache, root, settings, reader, progress, records);
    else {
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i] as string;
        const { record } = reader.read(onDisk(root, path), path);
        if (record !== null) records.push(record);
        progress.update(i + 1);
      }
    }
  } finally {
    progress.finish();
  }
  return records;
}

interface OpenCache {
  readonly file: string;
  readonly key: string;
  readonly vault: string;
  readonly loaded: VaultCache | null;
}

function openCache(file: string, root: string, settings: Settings, version: string): OpenCache {
  const key = cacheKey(settings, version);
  const vault = vaultIdentity(root);
  return { file, key, vault, loaded: loadVaultCache(file, key, vault) };
}

function readWithCache(
  paths: readonly string[],
  cache: OpenCache,
  root: string,
  settings: Settings,
  reader: NoteReader,
  progress: Progress,
  records: NoteRecord[],
): void {
  const cached = cache.loaded;
  const keys = cachedKeys(settings);
  // Per note: its place in the old cache when reused as it was, its new entry, or null (not kept).
  const kept: (number | CachedNote | null)[] = new Array<number | CachedNote | null>(paths.length).fill(null);
  let changed = cached === null;
  let reused = 0;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    const absolute = onDisk(root, path);
    progress.update(i + 1);
    // Stat before reading: a note changed in between is then read anew next time, never cached stale.
    const stats = statOf(absolute);
    const at = cached === null ? undefined : cached.indexOf(path, i);
    const same = stats !== undefined && at !== undefined && sameFile(cached as VaultCache, at, stats);
    if (same) {
      reused += 1;
      kept[i] = at;
      const entry = (cached as VaultCache).entries[at] as CacheEntry;
      if (entry !== -1) {
        const record = fromCacheEntry(path, entry);
        if (record !== null) records.push(record);
        continue;
      }
    } else changed = true;
    const { record, lasting } = reader.read(absolute, path);
    if (record !== null) records.push(record);
    if (stats === undefined || !lasting) {
      kept[i] = null;
      changed = true;
    } else if (!same) {
      kept[i] = { mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, size: stats.size, entry: toCacheEntry(record, settings, keys) };
    }
  }
  // Deleted and renamed notes leave entries behind that nothing reused.
  if (cached !== null && reused !== cached.paths.length) changed = true;
  if (changed) saveVaultCache(cache.file, cache.key, cache.vault, keptNotes(paths, kept, cached));
}

function* keptNotes(
  paths: readonly string[],
  kept: readonly (number | CachedNote | null)[],
  cached: VaultCache | null,
): Iterable<readonly [string, CachedNote]> {
  for (let i = 0; i < paths.length; i++) {
    const note = kept[i];
    if (note === null || note === undefined) continue;
    if (typeof note !== 'number') yield [paths[i] as string, note];
    else if (cached !== null) {
      const stats = cached.stats;
      yield [
        paths[i] as string,
        {
          mtimeMs: stats[3 * note] as number,
          ctimeMs: stats[3 * note + 1] as number,
          size: stats[3 * note + 2] as number,
          entry: cached.entries[note] as CacheEntry,
        },
      ];
    }
  }
}

/** The file's stats, or undefined when it cannot be had (gone, unreadable): then it is read, and reported. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function sameFile(cache: VaultCache, at: number, stats: Stats): boolean {
  return cache.stats[3 * at] === stats.mtimeMs && cache.stats[3 * at + 1] === stats.ctimeMs && cache.stats[3 * at + 2] === stats.size;
}

/** A vault path on disk: Node takes `/` on every system, so the vault path joins as it is. */
function onDisk(root: string, path: string): string {
  return `${root}/${path}`;
}

/**
 * The vault paths of the notes, in the order of listVaultNotes. A path the cache holds at the same
 * place is taken from the cache, and the walk's own copy dies young: one string per note, not two.
 */
function notePaths(root: string, exclusions: VaultExclusions, known: readonly string[] | null, unreadable: Unreadable): string[] {
  const paths: string[] = [];
  walkVault(
    root,
    exclusions,
    (path) => {
      const same = known?.[paths.length];
      paths.push(same === path ? same : path);
    },
    unreadable,
  );
  return paths;
}

/** Told of a folder that could not be listed: its vault path ('' for the vault itself) and why, in words. */
type Unreadable = (folder: string, reason: string) => void;

/**
 * Walks a vault folder the way Obsidian does: Markdown files only, dot-folders (`.obsidian`,
 * `.trash`, `.git`) skipped, and what the vault leaves out skipped (core/note-head/vault-settings.ts).
 * Symbolic links are followed once; a loop is not.
 */
export function listVaultNotes(root: string, exclusions: VaultExclusions, unreadable: Unreadable = () => {}): VaultFile[] {
  const files: VaultFile[] = [];
  walkVault(root, exclusions, (path) => files.push({ absolute: onDisk(root, path), path }), unreadable);
  return files;
}

function walkVault(root: string, exclusions: VaultExclusions, found: (path: string) => void, unreadable: Unreadable): void {
  const seenFolders = new Set<string>();
  const { isExcluded } = exclusions;

  const walk = (folder: string, relative: string): void => {
    // A folder is known by its device and inode: one stat, where a real path costs one per level.
    const identity = folderIdentity(folder);
    if (identity === null || seenFolders.has(identity)) return;
    seenFolders.add(identity);
    const entries = sortedEntries(folder);
    if (typeof entries === 'string') {
      unreadable(relative, entries);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const kind = entryKind(entry, `${folder}/${entry.name}`);
      if (kind === 'folder') {
        if (!isExcluded(`${path}/`)) walk(`${folder}/${entry.name}`, path);
      } else if (kind === 'file' && entry.name.toLowerCase().endsWith('.md')) {
        if (!isExcluded(path)) found(path);
      }
    }
  };
  walk(root, '');
}

/** The folder's entries by name, or why it could not be listed, in words. */
function sortedEntries(folder: string): Dirent[] | string {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Gone since its parent was listed, as sync tools do: it holds no notes any more.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'the system refused to list it';
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
    const stats = statSync(folder);
    // An inode number past 2^53 does not survive a double: two folders must never look like one.
    if (stats.ino > 0 && stats.ino < Number.MAX_SAFE_INTEGER) return `${stats.dev}:${stats.ino}`;
    const exact = statSync(folder, { bigint: true });
    // Some file systems report no inode numbers; the real path then tells folders apart.
    return exact.ino === 0n ? `path:${realpathSync.native(folder)}` : `${exact.dev}:${exact.ino}`;
  } catch {
    return null;
  }
}
