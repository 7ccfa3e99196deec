import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_CACHE_HOME } from '../helpers/cli';

// Issue 15's "done when": a vault holding every kind of hostile and odd input it names, beside
// good notes. `check` names each problem by its file, and `due` lists every good note: one bad note
// never stops the rest, and none is silently dropped. The vault is made here, not committed: git
// cannot hold a pipe, a name that is not UTF-8 or a link out of the checkout.

let temp: string;
let vault: string;
let cache: string;

function write(path: string | Buffer, content: string | Buffer): void {
  writeFileSync(typeof path === 'string' ? join(vault, path) : path, content);
}

const FRONT = (lines: string): string => `---\n${lines}\n---\n`;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-hostile-'));
  vault = join(temp, 'vault');
  cache = join(temp, 'cache.json');
  for (const folder of ['Good', 'Bad', 'People']) mkdirSync(join(vault, folder), { recursive: true });
  mkdirSync(join(temp, 'beside'));
  writeFileSync(join(temp, 'beside', 'Secret.md'), FRONT('follow_up: 2024-06-10\nfollow_up_about: SECRET'));

  // Good notes, some in odd but readable forms.
  write('Good/Alpha.md', FRONT('follow_up: 2024-06-10\nfollow_up_with: "[[Jane]]"'));
  write('Good/CR only.md', '---\rfollow_up: 2024-06-11\r---\rOld Mac line endings.\r');
  write('Good/UTF-16 LE.md', Buffer.from(`\uFEFF${FRONT('follow_up: 2024-06-12')}`, 'utf16le'));
  write('Good/UTF-16 BE.md', Buffer.from(`\uFEFF${FRONT('follow_up: 2024-06-13')}`, 'utf16le').swap16());
  write('Good/Double BOM.md', `\uFEFF\uFEFF${FRONT('follow_up: 2024-06-14')}`);
  const people = Array.from({ length: 80_000 }, (_, i) => `  - P${i}`).join('\n');
  write('Good/Huge people.md', `---\nfollow_up: 2024-06-15\nfollow_up_with:\n${people}\n---\n`);
  write('Good/Deep body.md', `${FRONT('follow_up: 2024-06-16')}${'>'.repeat(100_000)} deep\n${'[a](b '.repeat(20_000)}\n`);
  write('Good/Control.md', FRONT('follow_up: 2024-06-17\nfollow_up_about: "\\e]0;owned\\a\\e[2Khidden"'));
  write('Good/Recursive people.md', FRONT('people: &c {k: *c}\nfollow_up: 2024-06-18'));
  write('Good/Eve meeting.md', FRONT('follow_up: 2024-06-19\nfollow_up_with: "[[Eve]]"\nfollow_up_channel: email'));
  write('People/Jane.md', FRONT('email: jane@example.com'));
  write('People/Eve.md', FRONT('email: "eve@example.com\\nBcc: all@example.com"\nlast_contact: 2024-05-01\nfollow_up_every: 2w'));
  // "Café.md" in Latin-1: read by its bytes, and reported by name (Obsidian cannot open it).
  write(Buffer.from(`${vault}/Bad/Caf\xe9.md`, 'latin1'), FRONT('follow_up: 2024-06-20'));

  // Problems, each named by `check`.
  write('Bad/Recursive alias.md', FRONT('follow_up: &a [*a]'));
  write('Bad/Case keys.md', FRONT('follow_up: 2024-06-10\nFOLLOW_UP: 2024-06-12'));
  write('Bad/Broken YAML.md', FRONT('follow_up: [2024-06-10'));
  write('Bad/Impossible date.md', FRONT('follow_up: 2024-02-30'));
  write('Bad/Unclosed UTF-16.md', Buffer.from('\uFEFF---\nfollow_up: 2024-06-10\nno closing line\n', 'utf16le'));
  write('People/Far.md', FRONT('last_contact: 9999-12-20\nfollow_up_every: 2w'));
  symlinkSync(join(temp, 'beside'), join(vault, 'Outside'));
  symlinkSync('/', join(vault, 'Root'));
  // A pipe named like a note: not a note (Obsidian lists no pipe), and never waited on.
  execFileSync('mkfifo', [join(vault, 'Bad', 'Pipe.md')]);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ARGS = ['--today', '2024-06-12'];

/** The command line, with room for the output of a note naming 80,000 people (more than spawnSync's default buffer). */
function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, FORCE_COLOR: '0', XDG_CACHE_HOME: TEST_CACHE_HOME },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const PROBLEMS: readonly (readonly [string, string])[] = [
  ['Bad/Broken YAML.md', 'frontmatter'],
  ['Bad/Caf\uFFFD.md', 'file'],
  ['Bad/Case keys.md', 'FOLLOW_UP'],
  ['Bad/Impossible date.md', 'follow_up'],
  ['Bad/Recursive alias.md', 'follow_up'],
  ['Bad/Unclosed UTF-16.md', 'frontmatter'],
  ['Outside', 'link'],
  ['People/Far.md', 'follow_up_every'],
  ['Root', 'link'],
];
/** The good notes, and the bad ones that still give a follow-up beside their problem. */
const LISTED = [
  'Bad/Caf\uFFFD.md',
  'Bad/Case keys.md',
  'Good/Alpha.md',
  'Good/CR only.md',
  'Good/Control.md',
  'Good/Deep body.md',
  'Good/Double BOM.md',
  'Good/Eve meeting.md',
  'Good/Huge people.md',
  'Good/Recursive people.md',
  'Good/UTF-16 BE.md',
  'Good/UTF-16 LE.md',
  'People/Eve.md',
];

describe('a vault holding every hostile and odd input of issue 15', () => {
  it.each([
    ['without the cache', ['--no-cache']],
    ['with the cache, written', ['--cache', 'CACHE']],
    ['with the cache, read back', ['--cache', 'CACHE']],
  ])('is checked %s: exit 1, each problem named by its file, nothing more', (_name, extra) => {
    const result = runCli(['check', '--vault', vault, ...ARGS, ...extra.map((arg) => (arg === 'CACHE' ? cache : arg))]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const named = lines.slice(0, -1).map((line) => PROBLEMS.find(([path, field]) => line.startsWith(`${path}: ${field}`)) ?? line);
    expect(named).toEqual(PROBLEMS);
    expect(lines.at(-1)).toMatch(/^9 problems found: /);
  });

  it('lists every good note in due', () => {
    const result = runCli(['due', '--json', '--within', '30', '--vault', vault, ...ARGS, '--cache', cache]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { items: { path: string }[]; problems: { path: string }[] };
    expect([...new Set(report.items.map((item) => item.path))].sort()).toEqual(LISTED);
    expect(report.problems.map((problem) => problem.path).sort()).toEqual(PROBLEMS.map(([path]) => path));
  });

  it.each([['review'], ['ics'], ['digest'], ['due']])('gives %s without a crash, and with nothing from outside the vault', (command) => {
    const result = runCli([command, '--vault', vault, ...ARGS, '--cache', cache]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Alpha');
    expect(result.stdout).not.toContain('SECRET');
    // No terminal control sequence from a note reaches the output.
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
  });
});
