import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, TEST_CACHE_HOME } from '../helpers/cli';

// A folder the user may not read is never the same as an empty one: "no problems" and "nothing
// due" would be false, and an empty calendar would wipe the one a calendar app subscribes to.
// Permissions do not bind root: as root, the command line runs as `nobody`.

let temp: string;
let vault: string;
// `nobody` may not be able to reach the checkout (a clone in a private temporary folder, a home
// folder of mode 700): it runs its own copy of the built command line, from a folder anyone may read.
let cli: string;
beforeAll(() => {
  const copy = mkdtempSync(join(tmpdir(), 'follow-up-cli-'));
  chmodSync(copy, 0o755);
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  writeFileSync(join(copy, 'package.json'), '{ "type": "module" }\n');
  cli = join(copy, 'dist/cli.js');
});
afterAll(() => rmSync(join(cli, '../..'), { recursive: true, force: true }));
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-unreadable-'));
  chmodSync(temp, 0o755);
  vault = join(temp, 'vault');
  mkdirSync(join(vault, 'Private'), { recursive: true });
  writeFileSync(join(vault, 'Acme.md'), '---\nfollow_up: 2024-06-10\n---\n');
  writeFileSync(join(vault, 'Private', 'Secret.md'), '---\nfollow_up: 2024-06-11\n---\n');
});
afterEach(() => {
  chmodSync(vault, 0o755);
  chmodSync(join(vault, 'Private'), 0o755);
  rmSync(temp, { recursive: true, force: true });
});

function runAsUser(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : process.execPath;
  const prefix = asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [];
  const result = spawnSync(command, [...prefix, cli, ...args, '--no-cache'], {
    cwd: temp,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a vault whose folder cannot be read', () => {
  it.each([['check'], ['due'], ['review'], ['ics']])(
    'is a usage error in one line, exit 2: %s',
    (command) => {
      chmodSync(vault, 0o000);
      const result = runAsUser([command, '--vault', vault, '--today', '2024-06-12']);
      expect(result.stderr).toBe(`follow-up: The vault folder ${vault} cannot be read: permission denied.\n`);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(2);
    },
    60_000,
  );

  it('never writes an empty calendar over the one there', () => {
    const calendar = join(temp, 'follow-ups.ics');
    writeFileSync(calendar, 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n');
    chmodSync(temp, 0o777);
    chmodSync(calendar, 0o666);
    chmodSync(vault, 0o000);
    const result = runAsUser(['ics', '--vault', vault, '--today', '2024-06-12', '--out', calendar]);
    expect(result.status).toBe(2);
    expect(readFileSync(calendar, 'utf8')).toContain('BEGIN:VEVENT');
  }, 60_000);
});

describe('a subfolder that cannot be read', () => {
  it('is a problem naming it, beside the notes that could be read', () => {
    chmodSync(join(vault, 'Private'), 0o000);
    const check = runAsUser(['check', '--vault', vault, '--today', '2024-06-12']);
    expect(check.stdout).toMatch(/^Private: folder: The folder could not be read \(permission denied\); the notes in it are not listed\./m);
    expect(check.status).toBe(1);
    const due = runAsUser(['due', '--json', '--vault', vault, '--today', '2024-06-12']);
    const report = JSON.parse(due.stdout) as { items: { path: string }[]; problems: { path: string }[] };
    expect(report.items.map((item) => item.path)).toEqual(['Acme.md']);
    expect(report.problems.map((problem) => problem.path)).toEqual(['Private']);
  }, 60_000);
});

describe('a calendar written when part of the vault could not be read', () => {
  const EXISTING = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Private\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

  function calendarBeside(): string {
    const calendar = join(temp, 'follow-ups.ics');
    writeFileSync(calendar, EXISTING);
    chmodSync(temp, 0o777);
    chmodSync(calendar, 0o666);
    return calendar;
  }

  it.each([
    ['a folder', 'Private', 'Private'],
    ['a note', 'Acme.md', 'Acme.md'],
  ])(
    'does not replace the calendar there when %s could not be read, and says why',
    (_what, unreadable, named) => {
      const calendar = calendarBeside();
      chmodSync(join(vault, unreadable), 0o000);
      const result = runAsUser(['ics', '--vault', vault, '--today', '2024-06-12', '--out', calendar]);
      try {
        expect(readFileSync(calendar, 'utf8')).toBe(EXISTING);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`follow-up: Cannot write ${calendar}: `);
        expect(result.stderr).toContain(named);
        expect(result.stderr).toMatch(/could not be read.*left as it is/);
        expect(result.stdout).toBe('');
      } finally {
        chmodSync(join(vault, unreadable), 0o755);
      }
    },
    60_000,
  );

  it('is written when everything could be read', () => {
    const calendar = calendarBeside();
    const result = runAsUser(['ics', '--vault', vault, '--today', '2024-06-12', '--out', calendar]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(calendar, 'utf8')).toContain('Secret');
  }, 60_000);
});
