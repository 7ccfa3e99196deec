import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isRelevant, readNoteFacts } from '../core/note-facts';
import { keysRead, normaliseKey, readingSettings } from '../core/note-head/fields';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { readRegularFile } from './regular-file';
import { writeFileAtomic } from './write-atomic';

/**
 * The persistent cache of the command line: what each note gave the index last time, keyed by
 * the note's path, modification time, change time and size. Not by mtime alone: sync and backup
 * tools write files with old modification times; the change time (which no tool can set) and the
 * size catch those. One file per vault, outside the vault by default, so that syncing the vault
 * never carries it along.
 *
 * It is never trusted: a file that does not have the shape below, or has another format,
 * version, settings key or vault, or any entry of the wrong shape, is ignored as a whole, and
 * rebuilt.
 *
 * The file has three parts, so that loading it costs little more than reading it (at 100,000
 * notes one JSON document took longer to parse than all the notes took to stat):
 *   line 1      a JSON header: format, version, key, vault, the number of notes N, and the entries
 *               of the notes that give the index something, by their number;
 *   N lines     the notes' vault paths, in walk order (a path with a line break is not kept);
 *   24 N bytes  mtimeMs, ctimeMs and size of each note as doubles, then a newline (this
 *               machine's byte order: a cache carried to another machine only misses).
 *   1 line      the SHA-256 of all the bytes before it, in hex: a file changed by anything but
 *               this program (a flipped bit, an edit) is no cache.
 */

/** Bump when what a note reads as changes (parser, reading rules): old caches are then ignored. */
export const CACHE_VERSION = 4;
const FORMAT = 'follow-up-tracker vault cache';
/** Far more than a million notes need (about 100 bytes each): a larger file is not one of ours. */
const MAX_CACHE_BYTES = 1 << 29;

/**
 * What is kept per note: 0 when it gives the index nothing (most notes), -1 when its values do not
 * survive JSON (NaN, Infinity, -0: it is read again each time), else its frontmatter reduced to
 * the keys the index reads, and the frontmatter error if any. Less than the note record, and
 * provably the same to the index (keysRead in core/note-head/fields.ts).
 */
export type CacheEntry =
  0 | -1 | readonly [Readonly<Record<string, unknown>> | null] | readonly [Readonly<Record<string, unknown>> | null, string];

/** A note as the cache keeps it: the file's identity, and what it gives the index. */
export interface CachedNote {
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly size: number;
  readonly entry: CacheEntry;
}

/** A cache as loaded: its lists as they were read, no object per note. */
export interface VaultCache {
  readonly paths: readonly string[];
  /** mtimeMs, ctimeMs and size of each path in turn. */
  readonly stats: ArrayLike<number>;
  readonly entries: readonly CacheEntry[];
  /**
   * Where `path` is in the lists. The walk is in a fixed order, so the note found i-th this time
   * was mostly i-th last time too: that is looked at first, and a map is built only for a vault
   * whose list of notes changed.
   */
  indexOf(path: string, expected: number): number | undefined;
}

interface CacheHeader {
  readonly format: string;
  readonly version: number;
  readonly key: string;
  readonly vault: string;
  readonly notes: number;
  /** The entries other than 0, by the note's number. */
  readonly entries: Readonly<Record<string, CacheEntry>>;
}

/** The settings that change what a note reads as, and the program (its version and build): a change to either starts afresh. */
export function cacheKey(settings: Settings, version: string): string {
  // The settings that change a reading come from the table of fields (core/note-head/fields.ts).
  const parsing = { cache: CACHE_VERSION, version, settings: readingSettings(settings) };
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
  const name =
    basename(vault)
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 40) || 'vault';
  return join(base, 'follow-up-tracker', `${name}-${hash}.json`);
}

/** Which cache file a run uses: none with --no-cache, the one given with --cache FILE, else the user's. */
export function chooseCacheFile(
  vault: string,
  option: { readonly cache: string | null; readonly noCache: boolean },
  env: Readonly<Record<string, string | undefined>>,
): string | null {
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
  let bytes: Buffer;
  try {
    // Only a regular file: a pipe there would wait forever, a link to /dev/zero never end.
    bytes = readRegularFile(file, MAX_CACHE_BYTES);
  } catch {
    return null;
  }
  const checked = withoutChecksum(bytes);
  const parsed = checked === null ? null : parseCache(checked, key, vault);
  if (parsed === null) return null;
  const { paths, stats, entries } = parsed;
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

function parseCache(bytes: Buffer, key: string, vault: string): { paths: string[]; stats: Float64Array; entries: CacheEntry[] } | null {
  const NEWLINE = 0x0a;
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd === -1 || bytes.length < headerEnd + 2 || bytes[bytes.length - 1] !== NEWLINE) return null;
  let header: unknown;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, headerEnd));
  } catch {
    return null;
  }
  if (!isHeader(header) || header.key !== key || header.vault !== vault) return null;
  const count = header.notes;
  const statsStart = bytes.length - 1 - 24 * count;
  if (statsStart < headerEnd + 1 || bytes[statsStart - 1] !== NEWLINE) return null;
  const paths = count === 0 ? [] : bytes.toString('utf8', headerEnd + 1, statsStart - 1).split('\n');
  if (statsStart === headerEnd + 1 ? count !== 0 : paths.length !== count) return null;
  // Copied into its own memory: a Float64Array needs an offset that is a multiple of eight.
  const stats = new Float64Array(3 * count);
  new Uint8Array(stats.buffer).set(bytes.subarray(statsStart, bytes.length - 1));
  const entries = new Array<CacheEntry>(count).fill(0);
  for (const [at, entry] of Object.entries(header.entries)) {
    const index = Number(at);
    if (!/^\d+$/.test(at) || index >= count || !isCacheEntry(entry)) return null;
    entries[index] = entry;
  }
  return { paths, stats, entries };
}

/** Writes the cache atomically (temporary file, then rename). A cache that cannot be written is no error: the next run reads the notes again. */
export function saveVaultCache(file: string, key: string, vault: string, notes: Iterable<readonly [string, CachedNote]>): void {
  const paths: string[] = [];
  const stats: number[] = [];
  const entries: Record<string, CacheEntry> = {};
  for (const [path, note] of notes) {
    if (/[\r\n]/.test(path)) continue;
    if (note.entry !== 0) entries[paths.length] = note.entry;
    paths.push(path);
    stats.push(note.mtimeMs, note.ctimeMs, note.size);
  }
  const header: CacheHeader = { format: FORMAT, version: CACHE_VERSION, key, vault, notes: paths.length, entries };
  const text = Buffer.from(`${[JSON.stringify(header), ...paths].join('\n')}\n`);
  const body = Buffer.concat([text, Buffer.from(Float64Array.from(stats).buffer), Buffer.from('\n')]);
  const content = Buffer.concat([body, Buffer.from(`${checksum(body)}\n`)]);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, content);
  } catch {
    // Read-only home, full disk: the run's output does not depend on the cache.
  }
}

/** Reduces a note's record to its cache entry (see CacheEntry). */
export function toCacheEntry(record: NoteRecord | null, settings: Settings, keys: ReadonlySet<string>): CacheEntry {
  if (record === null || !isRelevant(readNoteFacts(record, settings))) return 0;
  const frontmatter =
    record.frontmatter === null
      ? null
      : Object.fromEntries(Object.entries(record.frontmatter).filter(([key]) => keys.has(normaliseKey(key))));
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

function isHeader(data: unknown): data is CacheHeader {
  if (typeof data !== 'object' || data === null) return false;
  const header = data as Partial<CacheHeader>;
  if (header.format !== FORMAT || header.version !== CACHE_VERSION || typeof header.key !== 'string' || typeof header.vault !== 'string')
    return false;
  return (
    Number.isSafeInteger(header.notes) &&
    (header.notes as number) >= 0 &&
    typeof header.entries === 'object' &&
    header.entries !== null &&
    !Array.isArray(header.entries)
  );
}

function isCacheEntry(entry: unknown): entry is CacheEntry {
  if (entry === 0 || entry === -1) return true;
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) return false;
  const [frontmatter, error] = entry as unknown[];
  const frontmatterOk = frontmatter === null || (typeof frontmatter === 'object' && !Array.isArray(frontmatter));
  return frontmatterOk && (entry.length === 1 || typeof error === 'string');
}

/** Deeper than this, a value is read again each run rather than cached: JSON's own recursion has a limit too. */
const MAX_CACHED_DEPTH = 64;

/**
 * Whether JSON gives this value back unchanged: no NaN, no Infinity, no -0, only plain data, no
 * cycle (a YAML alias can make one: `follow_up: &a [*a]`), not deeper than MAX_CACHED_DEPTH.
 * A loop with its own stack, not recursion: the note decides how deep the value goes.
 */
export function survivesJson(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  // The containers on the path from the root, to tell a cycle from a value shared by two aliases.
  const onPath: unknown[] = [];
  const leave: number[] = [];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    while (leave.length > 0 && (leave[leave.length - 1] as number) >= depth) {
      leave.pop();
      onPath.pop();
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (Number.isFinite(value) && !Object.is(value, -0)) continue;
      return false;
    }
    if (typeof value !== 'object' || depth >= MAX_CACHED_DEPTH || onPath.includes(value)) return false;
    if (!Array.isArray(value)) {
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
    }
    onPath.push(value);
    leave.push(depth);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}

/** SHA-256 of the rest of the file, in hex: cheap next to reading the file, and no flipped bit or edit passes it. */
function checksum(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

const CHECKSUM_LINE = 65;

/** The file without its last line, the checksum of all before it; null when that line does not match. */
function withoutChecksum(bytes: Buffer): Buffer | null {
  if (bytes.length < CHECKSUM_LINE || bytes[bytes.length - 1] !== 0x0a) return null;
  const body = bytes.subarray(0, bytes.length - CHECKSUM_LINE);
  return bytes.toString('latin1', bytes.length - CHECKSUM_LINE, bytes.length - 1) === checksum(body) ? body : null;
}
