import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateVault } from '../../scripts/bench/generate-vault';
import { FIXTURE_VAULT, ROOT, runCli } from '../helpers/cli';
import { CACHE_VERSION } from '../../src/cli/vault-cache';

let temp: string;
let vault: string;
let cache: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-cache-'));
  vault = join(temp, 'vault');
  cache = join(temp, 'cache', 'vault.json');
  cpSync(FIXTURE_VAULT, vault, { recursive: true });
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const TODAY = '2024-03-11';
const DUE = ['due', '--json', '--within', '3650'];
const ALL: readonly (readonly string[])[] = [DUE, ['review', '--format', 'json'], ['check']];

/** What the command line says about the vault, for one way of caching. */
function outputs(cacheArgs: readonly string[], root = vault, commands = ALL): string {
  return commands
    .map((command) => {
      const result = runCli([...command, '--vault', root, '--today', TODAY, ...cacheArgs]);
      return `${command.join(' ')} → ${result.status}\n${result.stdout}\n${result.stderr}`;
    })
    .join('\n\f\n');
}

const cold = (root = vault, commands = ALL): string => outputs(['--no-cache'], root, commands);
const cached = (root = vault, commands = ALL): string => outputs(['--cache', cache], root, commands);

function note(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

interface CacheHeader {
  version: number;
  vault: string;
  notes: number;
  entries: Record<string, unknown>;
}

/** The cache file's parts (vault-cache.ts): a JSON header line, a path per line, the stats as 24 bytes a note (then the checksum line, left out). */
function cacheFile(): { header: CacheHeader; paths: string[]; stats: Buffer } {
  const file = readFileSync(cache);
  const bytes = file.subarray(0, file.length - 65);
  const headerEnd = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as CacheHeader;
  const statsStart = bytes.length - 1 - 24 * header.notes;
  const paths = header.notes === 0 ? [] : bytes.toString('utf8', headerEnd + 1, statsStart - 1).split('\n');
  return { header, paths, stats: bytes.subarray(statsStart, bytes.length - 1) };
}

/** Writes the cache back with one part changed. */
function rewrite(change: (parts: ReturnType<typeof cacheFile>) => ReturnType<typeof cacheFile>): void {
  const { header, paths, stats } = change(cacheFile());
  const body = Buffer.concat([Buffer.from(`${[JSON.stringify(header), ...paths].join('\n')}\n`), stats, Buffer.from('\n')]);
  // With a checksum that matches: what is tested here is the check of the file's shape.
  writeFileSync(cache, Buffer.concat([body, Buffer.from(`${createHash('sha256').update(body).digest('hex')}\n`)]));
}

// Each case runs the command line a few dozen times, a process each.
describe('the persistent cache', { timeout: 120_000 }, () => {
  it('gives byte for byte what a cold run gives, when it is written and when it is read', () => {
    const expected = cold();
    expect(existsSync(cache)).toBe(false);
    expect(cached()).toBe(expected);
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    expect(cached()).toBe(expected);
    // Nothing changed: the cache is read, not written again.
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  it('follows notes that are edited, renamed, deleted and added', () => {
    cached();
    const steps: (() => void)[] = [
      () => note('Meetings/2024-03-04 Intro call.md', '---\ndate: 2024-03-04\nattendees: ["[[Sam Lee]]"]\nfollow_up: 2024-03-20\n---\n'),
      () => renameSync(join(vault, 'Meetings/2024-03-06 Design review.md'), join(vault, 'Meetings/2024-03-07 Design review.md')),
      () => unlinkSync(join(vault, 'Inbox/typo.md')),
      () => note('Inbox/new.md', '---\nfollow_up: 2024-03-12\nfollow_up_with: "[[Ana Ruiz]]"\n---\n'),
      () => note('Plain.md', '---\nfollow-up: 2024-03-13\n---\nNow it has one.\n'),
      () => note('Inbox/new.md', '---\ntags: [done]\n---\nNo follow-up any more.\n'),
      () => renameSync(join(vault, 'People/Sam Lee.md'), join(vault, 'People/Samuel Lee.md')),
      () => note('Inbox/bad yaml.md', '---\nfollow_up: 2024-03-12\n---\nFixed.\n'),
    ];
    for (const step of steps) {
      step();
      expect(cached(vault, [DUE, ['check']])).toBe(cold(vault, [DUE, ['check']]));
    }
  });

  it('notices an edit that keeps the size and puts the old modification time back, as sync tools do', () => {
    const path = join(vault, 'Inbox/zip.md');
    const synced = new Date('2024-03-01T10:00:00Z');
    utimesSync(path, synced, synced);
    const before = statSync(path);
    cached();
    writeFileSync(path, readFileSync(path, 'utf8').replace('2024-03-20', '2024-03-21'));
    utimesSync(path, synced, synced);
    expect(statSync(path).size).toBe(before.size);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    const output = cached();
    expect(output).toContain('2024-03-21');
    expect(output).toBe(cold());
  });

  it.each([
    ['garbage', () => writeFileSync(cache, Buffer.from([0, 159, 146, 150, 10, 255]))],
    ['truncated JSON', () => writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 200))],
    ['an empty file', () => writeFileSync(cache, '')],
    ['another version', () => rewrite((parts) => ({ ...parts, header: { ...parts.header, version: 999 } }))],
    ['another format', () => writeFileSync(cache, JSON.stringify([1, 2, 3]))],
    ['entries of the wrong shape', () => rewrite((parts) => ({ ...parts, header: { ...parts.header, entries: { 0: 'x' } } }))],
    [
      'an entry for a note it does not list',
      () => rewrite((parts) => ({ ...parts, header: { ...parts.header, entries: { [parts.paths.length]: 0 } } })),
    ],
    ['a path too many', () => rewrite((parts) => ({ ...parts, paths: [...parts.paths, 'Extra.md'] }))],
    ['stats cut short', () => rewrite((parts) => ({ ...parts, stats: parts.stats.subarray(0, 40) }))],
    ['other settings', () => writeFileSync(cache, readFileSync(cache, 'utf8').replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`))],
  ])('ignores and rebuilds a cache with %s', (_name, spoil) => {
    const expected = cold(vault, [DUE]);
    cached(vault, [DUE]);
    spoil();
    expect(cached(vault, [DUE])).toBe(expected);
    expect(cacheFile().header.version).toBe(CACHE_VERSION);
    expect(cacheFile().paths).toHaveLength(cacheFile().header.notes);
  });

  it('ignores a cache written for another vault', () => {
    const other = join(temp, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'a.md'), '---\nfollow_up: 2024-03-12\n---\n');
    expect(cached(other)).toBe(cold(other));
    const expected = cold();
    expect(cached()).toBe(expected);
    expect(cacheFile().paths).not.toContain('a.md');
  });

  it('starts afresh when the settings that shape a note change', () => {
    cached();
    writeFileSync(join(vault, 'follow-up.config.json'), JSON.stringify({ fields: { followUp: 'follow_up_done' }, followUpAliases: [] }));
    expect(cached()).toBe(cold());
  });

  it('starts afresh when the program changes, released or not', () => {
    cached(vault, [DUE]);
    const before = cacheFile().header;
    // Another build: the bundle with its chunks elsewhere, its entry one comment longer.
    const build = join(temp, 'another-build');
    cpSync(join(ROOT, 'dist'), build, { recursive: true });
    writeFileSync(join(build, 'package.json'), '{ "type": "module" }\n');
    const changed = join(build, 'cli.js');
    writeFileSync(changed, `${readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8')}\n// another build\n`);
    const result = spawnSync(process.execPath, [changed, ...DUE, '--vault', vault, '--today', TODAY, '--cache', cache], {
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(runCli([...DUE, '--vault', vault, '--today', TODAY, '--no-cache']).stdout);
    expect(JSON.stringify(cacheFile().header)).not.toBe(JSON.stringify(before));
  });

  it('writes the cache atomically: a new file renamed over the old, nothing else left behind', () => {
    cached();
    const first = statSync(cache).ino;
    note('Inbox/new.md', '---\nfollow_up: 2024-03-12\n---\n');
    cached();
    expect(statSync(cache).ino).not.toBe(first);
    expect(readdirSync(join(temp, 'cache'))).toEqual(['vault.json']);
  });

  it('lives in the user cache folder by default, and --no-cache writes nothing', () => {
    const home = join(temp, 'cache-home');
    mkdirSync(home);
    const run = (extra: readonly string[]) =>
      runCli(['due', '--json', '--vault', vault, '--today', TODAY, ...extra], { env: { XDG_CACHE_HOME: home } });
    const plain = run(['--no-cache']);
    expect(readdirSync(home)).toEqual([]);
    expect(run([]).stdout).toBe(plain.stdout);
    const files = readdirSync(join(home, 'follow-up-tracker'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^vault-[0-9a-f]{16}\.json$/);
    expect(run([]).stdout).toBe(plain.stdout);
    expect(readdirSync(vault)).not.toContain('.follow-up-cache.json');
  });

  it('runs on when the cache cannot be written', () => {
    writeFileSync(join(temp, 'not-a-folder'), '');
    const result = runCli(['due', '--json', '--vault', vault, '--today', TODAY, '--cache', join(temp, 'not-a-folder', 'cache.json')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(runCli(['due', '--json', '--vault', vault, '--today', TODAY, '--no-cache']).stdout);
  });

  it('refuses --cache with --no-cache', () => {
    const result = runCli(['due', '--vault', vault, '--cache', cache, '--no-cache']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('follow-up: --cache and --no-cache contradict each other; give one.\n');
  });
});

describe('progress', { timeout: 60_000 }, () => {
  it('stays silent when stderr is not a terminal, however large the vault', () => {
    const large = join(temp, 'large');
    generateVault(large, 2500, 5);
    const result = runCli(['due', '--vault', large, '--today', TODAY, '--no-cache']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
