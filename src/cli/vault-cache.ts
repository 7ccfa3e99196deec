import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isRelevant, keysRead, normaliseKey, readNoteFacts } from '../core/note-facts';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { writeFileAtomic } from './write-atomic';

/**
 * The persistent cache of the command line: what each note gave the index last time, keyed by
 * the note's path, modification time, change time and size. Not by mtime alone: sync and backup
 * tools write files with old modification times; the change time (which no tool can set) and the
 * size catch those. One file per vault, outside the vault by default, so that syncing the vault
 * never carries it along.
 *
 * It is never trusted: a file that is not valid JSON, has another format, version, settings key or
 * vault, or any entry of the wrong shape is ignored as a whole, and rebuilt.
 */

/** Bump when what a note reads as changes (parser, reading rules): old caches are then ignored. */
export const CACHE_VERSION = 1;
const FORMAT = 'follow-up-tracker vault cache';

/**
 * What is kept per note: 0 when it gives the index nothing (most notes), -1 when its values do not
 * survive JSON (NaN, Infinity, -0: it is read again each time), else its frontmatter reduced to
 * the keys the index reads, and the frontmatter error if any. Less than the note record, and
 * provably the same to the index (keysRead in note-facts.ts).
 */
export type CacheEntry = 0 | -1 | readonly [Readonly<Record<string, unknown>> | null] | readonly [Readonly<Record<string, unknown>> | null, string];

/** A note as the cache keeps it: the file's identity, and what it gives the index. */
export interface CachedNote {
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly size: number;
  readonly entry: CacheEntry;
}

/** A cache as loaded: its lists as they were parsed, no object per note. */
export interface VaultCache {
  readonly paths: readonly string[];
  /** mtimeMs, ctimeMs and size of each path in turn. */
  readonly stats: readonly number[];
  readonly entries: readonly CacheEntry[];
  /**
   * Where `path` is in the lists. The walk is in a fixed order, so the note found i-th this time
   * was mostly i-th last time too: that is looked at first, and a map is built only for a vault
   * whose list of notes changed.
   */
  indexOf(path: string, expected: number): number | undefined;
}

interface CacheFile {
  readonly format: string;
  readonly version: number;
  readonly key: string;
  readonly vault: string;
  readonly paths: readonly string[];
  /** mtimeMs, ctimeMs and size of each path in turn: flat numbers parse fastest. */
  readonly stats: readonly number[];
  readonly entries: readonly CacheEntry[];
}

/** The settings that change what a note reads as, and the program's version: a change to either starts afresh. */
export function cacheKey(settings: Settings, version: string): string {
  const parsing = {
    cache: CACHE_VERSION,
    version,
    fields: settings.fields,
    followUpAliases: settings.followUpAliases,
    peopleFields: settings.peopleFields,
    meetingDateField: settings.meetingDateField,
    emailField: settings.emailField,
    phoneField: settings.phoneField,
    preferredChannelFields: settings.preferredChannelFields,
    peopleFolder: settings.peopleFolder,
  };
  return createHash('sha256').update(JSON.stringify(parsing)).digest('hex');
}

/**
 * The user's cache folder ($XDG_CACHE_HOME, else ~/.cache; %LOCALAPPDATA% on Windows), one file
 * per vault, named by the vault folder's name and a hash of its absolute path.
 */
export function defaultCacheFile(vault: string, env: Readonly<Record<string, string | undefined>>, home: string, platform: string): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : platform === 'win32' && env.LOCALAPPDATA ? env.LOCALAPPDATA : join(home, '.cache');
  const hash = createHash('sha256').update(vault).digest('hex').slice(0, 16);
  const name = basename(vault).replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '').slice(0, 40) || 'vault';
  return join(base, 'follow-up-tracker', `${name}-${hash}.json`);
}

/** Which cache file a run uses: none with --no-cache, the one given with --cache FILE, else the user's. */
export function chooseCacheFile(vault: string, option: { readonly cache: string | null; readonly noCache: boolean }, env: Readonly<Record<string, string | undefined>>): string | null {
  if (option.noCache) return null;
  if (option.cache !== null) return resolve(option.cache);
  return defaultCacheFile(vaultIdentity(vault), env, homedir(), process.platform);
}

/** The vault's absolute path with symbolic links resolved: one vault, one cache, however it is reached. */
export function vaultIdentity(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

/** The cache of `vault`, or null when the file is missing or cannot be trusted. */
export function loadVaultCache(file: string, key: string, vault: string): VaultCache | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isCacheFile(data) || data.key !== key || data.vault !== vault) return null;
  const { paths, stats, entries } = data;
  let positions: Map<string, number> | null = null;
  let offset = 0;
  const indexOf = (path: string, expected: number): number | undefined => {
    const guess = expected + offset;
    if (paths[guess] === path) return guess;
    positions ??= new Map(paths.map((known, at) => [known, at]));
    const at = positions.get(path);
    // A note added or removed shifts the rest by one: follow the shift, for the next guesses.
    if (at !== undefined) offset = at - expected;
    return at;
  };
  return { paths, stats, entries, indexOf };
}

/** Writes the cache atomically (temporary file, then rename). A cache that cannot be written is no error: the next run reads the notes again. */
export function saveVaultCache(file: string, key: string, vault: string, notes: Iterable<readonly [string, CachedNote]>): void {
  const paths: string[] = [];
  const stats: number[] = [];
  const entries: CacheEntry[] = [];
  for (const [path, note] of notes) {
    paths.push(path);
    stats.push(note.mtimeMs, note.ctimeMs, note.size);
    entries.push(note.entry);
  }
  const content: CacheFile = { format: FORMAT, version: CACHE_VERSION, key, vault, paths, stats, entries };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, JSON.stringify(content));
  } catch {
    // Read-only home, full disk: the run's output does not depend on the cache.
  }
}

/** Reduces a note's record to its cache entry (see CacheEntry). */
export function toCacheEntry(record: NoteRecord | null, settings: Settings, keys: ReadonlySet<string>): CacheEntry {
  if (record === null || !isRelevant(readNoteFacts(record, settings))) return 0;
  const frontmatter = record.frontmatter === null ? null : Object.fromEntries(Object.entries(record.frontmatter).filter(([key]) => keys.has(normaliseKey(key))));
  if (frontmatter !== null && !survivesJson(frontmatter)) return -1;
  return record.frontmatterError === undefined ? [frontmatter] : [frontmatter, record.frontmatterError];
}

/** The record a cache entry stands for; null for one that gives the index nothing. */
export function fromCacheEntry(path: string, entry: Exclude<CacheEntry, -1>): NoteRecord | null {
  if (entry === 0) return null;
  const [frontmatter, error] = entry;
  return error === undefined ? { path, frontmatter } : { path, frontmatter, frontmatterError: error };
}

/** The keys of the cache entries of `settings`. */
export function cachedKeys(settings: Settings): ReadonlySet<string> {
  return keysRead(settings).all;
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const file = data as Partial<CacheFile>;
  if (file.format !== FORMAT || file.version !== CACHE_VERSION || typeof file.key !== 'string' || typeof file.vault !== 'string') return false;
  const { paths, stats, entries } = file;
  if (!Array.isArray(paths) || !Array.isArray(stats) || !Array.isArray(entries)) return false;
  if (stats.length !== 3 * paths.length || entries.length !== paths.length) return false;
  return paths.every((path) => typeof path === 'string') && stats.every((value) => typeof value === 'number') && entries.every(isCacheEntry);
}

function isCacheEntry(entry: unknown): entry is CacheEntry {
  if (entry === 0 || entry === -1) return true;
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) return false;
  const [frontmatter, error] = entry as unknown[];
  const frontmatterOk = frontmatter === null || (typeof frontmatter === 'object' && !Array.isArray(frontmatter));
  return frontmatterOk && (entry.length === 1 || typeof error === 'string');
}

/** Whether JSON gives this value back unchanged: no NaN, no Infinity, no -0, only plain data. */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every(survivesJson);
}
