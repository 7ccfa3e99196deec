import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SILENT } from '../../src/cli/progress';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { ROOT, TEST_CACHE_HOME } from '../helpers/cli';

// The settings file, the cache and the notes are read only as regular files: a pipe waits forever
// for a writer, /dev/zero never ends, and a link may point at a file the user must not see printed.

let temp: string;
let vault: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-special-'));
  vault = join(temp, 'vault');
  mkdirSync(vault);
  writeFileSync(join(vault, 'Acme.md'), '---\nfollow_up: 2024-06-10\n---\n');
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const fifo = (path: string): void => {
  execFileSync('mkfifo', [path]);
};

/** The command line with a time limit: a hang is a failure, not a stuck suite. */
function run(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a settings file that is not a regular file', () => {
  it.each([
    ['a pipe', (path: string) => fifo(path)],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a folder', (path: string) => mkdirSync(path)],
  ])(
    'is refused at once, in one line: %s',
    (_name, make) => {
      make(join(vault, 'follow-up.config.json'));
      const result = run(['due', '--vault', vault, '--today', '2024-06-12', '--no-cache']);
      expect(result.stderr).toMatch(/^follow-up: Cannot read the settings file .*follow-up\.config\.json: it is not a regular file\.\n$/);
      expect(result.status).toBe(2);
    },
    30_000,
  );

  it('that is too large is refused without reading it all', () => {
    writeFileSync(join(vault, 'follow-up.config.json'), `{"a": "${'x'.repeat(2 << 20)}"}`);
    const result = run(['due', '--vault', vault, '--today', '2024-06-12', '--no-cache']);
    expect(result.stderr).toMatch(/it is larger than 1 MB\.\n$/);
    expect(result.status).toBe(2);
  }, 30_000);
});

describe('a settings file that is not JSON', () => {
  it('is named, and none of its content is printed', () => {
    writeFileSync(join(temp, 'shadow'), 'root:$y$j9T$SECRETHASH:19000:0:99999:7:::\n');
    symlinkSync(join(temp, 'shadow'), join(vault, 'follow-up.config.json'));
    const result = run(['due', '--vault', vault, '--today', '2024-06-12', '--no-cache']);
    expect(result.stderr).toMatch(/^follow-up: Cannot read the settings file .*: it is not valid JSON\.\n$/);
    expect(result.stderr).not.toMatch(/root|SECRET|\$y/);
    expect(result.status).toBe(2);
  }, 30_000);
});

describe('a cache file that is not a regular file', () => {
  it.each([
    ['a pipe', (path: string) => fifo(path)],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ])(
    'is no cache: the run gives what it gives without one (%s)',
    (_name, make) => {
      const cache = join(temp, 'cache.json');
      make(cache);
      const result = run(['due', '--json', '--vault', vault, '--today', '2024-06-12', '--cache', cache]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Acme.md');
    },
    30_000,
  );
});

describe('a note replaced by a pipe between the walk and the read', () => {
  it.each([false, true])('is a problem naming it, and the run goes on (cache: %s)', (cached) => {
    writeFileSync(join(vault, 'Pipe.md'), '---\nfollow_up: 2024-06-11\n---\n');
    const records = readVault(vault, DEFAULT_SETTINGS, {
      cacheFile: cached ? join(temp, 'cache.json') : null,
      progress: () => {
        unlinkSync(join(vault, 'Pipe.md'));
        fifo(join(vault, 'Pipe.md'));
        return SILENT;
      },
    });
    const snapshot = indexRecords(records, DEFAULT_SETTINGS).snapshot('2024-06-12');
    expect(snapshot.items.map((item) => item.path)).toEqual(['Acme.md']);
    expect(snapshot.problems).toEqual([
      {
        path: 'Pipe.md',
        field: 'frontmatter',
        value: null,
        message: expect.stringMatching(/^The file could not be read: it is not a regular file \(a pipe or a device\)\./) as unknown,
      },
    ]);
  });
});
