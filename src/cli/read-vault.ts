import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { sep } from 'node:path';
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
  /** Bytes when the name is not UTF-8: only they open it. */
  readonly absolute: string | Buffer;
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
  /**
   * Told of each folder that could not be listed and each note that could not be read: their
   * follow-ups are unknown, so what is written from this reading may lack some (run.ts: ics).
   */
  readonly lost?: (path: string) => void;
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
  // The few notes whose names are not UTF-8, by their place in `paths`: opened by their bytes.
  const byBytes = new Map<number, Buffer>();
  const paths = notePaths(root, exclusions, cache?.loaded?.paths ?? null, byBytes, {
    unreadable: (folder, reason) => {
      if (folder === '') throw new UsageError(`The vault folder ${root} cannot be read: ${reason}.`);
      options.lost?.(folder);
      unreadable.push({
        path: folder,
        frontmatter: null,
        folderError: `The folder could not be read (${reason}); the notes in it are not listed.`,
      });
    },
    linkedOut: (path) => {
      unreadable.push({ path, frontmatter: null, linkError: LINKED_OUT });
    },
  });
  const reader = new NoteReader(settings, { prefilter: options.prefilter, lost: options.lost });
  const progress = options.progress?.(paths.length) ?? SILENT;
  const records: NoteRecord[] = unreadable;
  try {
    if (cache !== null) readWithCache(paths, cache, root, settings, reader, progress, records, byBytes);
    else {
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i] as string;
        const bytes = byBytes.get(i);
        if (bytes !== undefined) readByBytes(reader, bytes, path, records);
        else {
          const { record } = reader.read(onDisk(root, path), path);
          if (record !== null) records.push(record);
        }
        progress.update(i + 1);
      }
    }
  } finally {
    progress.finish();
  }
  return records;
}

/**
 * Reads a note whose name is not UTF-8 by its bytes. Obsidian lists it by a name with replacement
 * characters, which opens nothing: its follow-up is read here, and the name reported. Never
 * cached: two such names can differ only in bytes that read the same.
 */
function readByBytes(reader: NoteReader, bytes: Buffer, path: string, records: NoteRecord[]): void {
  const { record } = reader.read(bytes, path);
  if (record === null) return;
  const nameError =
    'The file name is not valid UTF-8 (its bad bytes are shown as \uFFFD), so Obsidian cannot open this note and links to it do not work: rename it. Its follow-up is read all the same.';
  records.push({ ...record, nameError });
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
  byBytes: ReadonlyMap<number, Buffer>,
): void {
  const cached = cache.loaded;
  const keys = cachedKeys(settings);
  // Per note: its place in the old cache when reused as it was, its new entry, or null (not kept).
  const kept: (number | CachedNote | null)[] = new Array<number | CachedNote | null>(paths.length).fill(null);
  let changed = cached === null;
  let reused = 0;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    progress.update(i + 1);
    const bytes = byBytes.get(i);
    if (bytes !== undefined) {
      readByBytes(reader, bytes, path, records);
      continue;
    }
    const absolute = onDisk(root, path);
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
function notePaths(
  root: string,
  exclusions: VaultExclusions,
  known: readonly string[] | null,
  byBytes: Map<number, Buffer>,
  reports: WalkReports,
): string[] {
  const paths: string[] = [];
  const byteNames = new Set<string>();
  walkVault(
    root,
    exclusions,
    (path, bytes) => {
      if (bytes !== null) {
        byBytes.set(paths.length, bytes);
        // Two names that differ only in bytes shown as U+FFFD would be one note to the index: the
        // second is shown byte for byte (as Latin-1) instead.
        if (byteNames.has(path)) path = bytes.subarray(Buffer.byteLength(root) + 1).toString('latin1');
        byteNames.add(path);
      }
      const same = known?.[paths.length];
      paths.push(same === path ? same : path);
    },
    reports,
  );
  return paths;
}

/** What the walk tells of what it leaves out. */
export interface WalkReports {
  /** A folder that could not be listed: its vault path ('' for the vault itself) and why, in words. */
  readonly unreadable: (folder: string, reason: string) => void;
  /** A symbolic link (to a folder or a note) whose target is outside the vault: not followed. */
  readonly linkedOut: (path: string) => void;
}

const LINKED_OUT =
  'The symbolic link points outside the vault, so it is not read: only what is inside the vault folder is (move or copy the notes in).';

const NO_REPORTS: WalkReports = { unreadable: () => {}, linkedOut: () => {} };

/**
 * Walks a vault folder the way Obsidian does: Markdown files only, dot-folders (`.obsidian`,
 * `.trash`, `.git`) skipped, and what the vault leaves out skipped (core/note-head/vault-settings.ts).
 * Symbolic links inside the vault are followed once, a loop is not; one that leads out of it is not followed.
 */
export function listVaultNotes(root: string, exclusions: VaultExclusions, reports: WalkReports = NO_REPORTS): VaultFile[] {
  const files: VaultFile[] = [];
  walkVault(root, exclusions, (path, bytes) => files.push({ absolute: bytes ?? onDisk(root, path), path }), reports);
  return files;
}

function walkVault(root: string, exclusions: VaultExclusions, found: Found, reports: WalkReports): void {
  const seenFolders = new Set<string>();
  const { isExcluded } = exclusions;
  const inside = insideVault(root);

  // `folder` is a Buffer below a folder whose name is not UTF-8: only its bytes open it.
  const walk = (folder: string | Buffer, relative: string): void => {
    // A folder is known by its device and inode: one stat, where a real path costs one per level.
    const identity = folderIdentity(folder);
    if (identity === null || seenFolders.has(identity)) return;
    seenFolders.add(identity);
    const entries = sortedEntries(folder);
    if (typeof entries === 'string') {
      reports.unreadable(relative, entries);
      return;
    }
    for (const { name, bytes, entry } of entries) {
      if (name.startsWith('.')) continue;
      const path = relative === '' ? name : `${relative}/${name}`;
      const absolute = bytes === null && typeof folder === 'string' ? `${folder}/${name}` : joinBytes(folder, bytes ?? name);
      const kind = entryKind(entry, absolute, inside);
      if (kind === 'outside folder' || kind === 'outside file') {
        const note = kind === 'outside folder' ? `${path}/` : path;
        if ((kind === 'outside folder' || name.toLowerCase().endsWith('.md')) && !isExcluded(note)) reports.linkedOut(path);
      } else if (kind === 'folder') {
        if (!isExcluded(`${path}/`)) walk(absolute, path);
      } else if (kind === 'file' && name.toLowerCase().endsWith('.md')) {
        if (!isExcluded(path)) found(path, typeof absolute === 'string' ? null : absolute);
      }
    }
  };
  walk(root, '');
}

/** Told of each note found: its vault path, and its path on disk as bytes when its name is not UTF-8 (else null). */
type Found = (path: string, bytes: Buffer | null) => void;

interface Entry {
  /** The name as text; a name that is not UTF-8 has replacement characters (U+FFFD) for its bad bytes. */
  readonly name: string;
  /** The name's bytes when they are not UTF-8: the file opens only by them. Null for every other name. */
  readonly bytes: Buffer | null;
  readonly entry: Dirent<Buffer>;
}

/**
 * The folder's entries by name, or why it could not be listed, in words. Names are listed as bytes:
 * a name in Latin-1 (from an old archive or another system) decoded to text no longer opens.
 */
function sortedEntries(folder: string | Buffer): Entry[] | string {
  let listed: Dirent<Buffer>[];
  try {
    listed = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Gone since its parent was listed, as sync tools do: it holds no notes any more.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'the system refused to list it';
  }
  const entries = listed.map((entry): Entry => {
    const name = entry.name.toString('utf8');
    // A replacement character is in the text when the bytes were not UTF-8, or when the name holds one.
    const bytes = name.includes('\uFFFD') && !Buffer.from(name, 'utf8').equals(entry.name) ? entry.name : null;
    return { name, bytes, entry };
  });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
}

function joinBytes(folder: string | Buffer, name: string | Buffer): Buffer {
  return Buffer.concat([
    typeof folder === 'string' ? Buffer.from(folder, 'utf8') : folder,
    SLASH,
    typeof name === 'string' ? Buffer.from(name, 'utf8') : name,
  ]);
}

const SLASH = Buffer.from('/');

type EntryKind = 'file' | 'folder' | 'outside file' | 'outside folder' | 'other';

function entryKind(entry: Dirent<Buffer>, absolute: string | Buffer, inside: (absolute: string | Buffer) => boolean): EntryKind {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const stats = statSync(absolute);
    const kind = stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
    if (kind === 'other' || inside(absolute)) return kind;
    return kind === 'folder' ? 'outside folder' : 'outside file';
  } catch {
    // A broken link, or a loop of links: nothing to read.
    return 'other';
  }
}

/**
 * Whether a path (a symbolic link's) leads to a place inside the vault, by real paths: a link to
 * `/`, to a folder beside the vault or to another user's notes leads out, and is not followed.
 */
function insideVault(root: string): (absolute: string | Buffer) => boolean {
  let real: Buffer;
  try {
    real = realpathSync.native(root, 'buffer');
  } catch {
    // The vault itself cannot be resolved: the walk reports it when it lists it.
    return () => false;
  }
  // Real paths use the system's separator (`\\` on Windows).
  const separator = Buffer.from(sep);
  const prefix = real.subarray(-separator.length).equals(separator) ? real : Buffer.concat([real, separator]);
  return (absolute) => {
    try {
      const target = realpathSync.native(absolute, 'buffer');
      return target.equals(real) || (target.length > prefix.length && target.subarray(0, prefix.length).equals(prefix));
    } catch {
      return false;
    }
  };
}

function folderIdentity(folder: string | Buffer): string | null {
  try {
    const stats = statSync(folder);
    // An inode number past 2^53 does not survive a double: two folders must never look like one.
    if (stats.ino > 0 && stats.ino < Number.MAX_SAFE_INTEGER) return `${stats.dev}:${stats.ino}`;
    const exact = statSync(folder, { bigint: true });
    // Some file systems report no inode numbers; the real path then tells folders apart.
    return exact.ino === 0n ? `path:${realpathSync.native(folder, 'buffer').toString('latin1')}` : `${exact.dev}:${exact.ino}`;
  } catch {
    return null;
  }
}
