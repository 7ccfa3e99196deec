import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

// A vault is its folder: a symbolic link that leads out of it (to `/`, to another user's notes, to
// a folder beside it) is never followed, by any command, and `check` names it. A link inside the
// vault is followed once: a link back to a folder above it ends there, it never loops.

let temp: string;
let vault: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-links-'));
  vault = join(temp, 'vault');
  const beside = join(temp, 'beside');
  mkdirSync(join(vault, 'Deals'), { recursive: true });
  mkdirSync(join(beside, 'Private'), { recursive: true });
  writeFileSync(join(vault, 'Deals', 'Acme.md'), '---\nfollow_up: 2024-06-10\n---\n');
  writeFileSync(join(vault, 'Home.md'), '---\nfollow_up: 2024-06-11\n---\n');
  writeFileSync(join(beside, 'Private', 'Secret.md'), '---\nfollow_up: 2024-06-10\nfollow_up_about: SECRET-OUTSIDE\n---\n');
  writeFileSync(join(beside, 'Diary.md'), '---\nfollow_up: 2024-06-10\nfollow_up_about: DIARY-OUTSIDE\n---\n');
  symlinkSync('/', join(vault, 'Root'));
  symlinkSync(beside, join(vault, 'Beside'));
  symlinkSync(join(beside, 'Diary.md'), join(vault, 'Diary.md'));
  // Inside the vault: a folder under another name, a link to the vault itself, a loop of two.
  symlinkSync(join(vault, 'Deals'), join(vault, 'Deals again'));
  symlinkSync('..', join(vault, 'Deals', 'Up'));
  symlinkSync('Loop B', join(vault, 'Loop A'));
  symlinkSync('Loop A', join(vault, 'Loop B'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const TODAY = ['--today', '2024-06-12', '--no-cache'];

describe('a symbolic link', () => {
  it.each([
    ['due', ['due', '--within', '30']],
    ['due --json', ['due', '--json']],
    ['review', ['review']],
    ['review --format json', ['review', '--format', 'json']],
    ['ics', ['ics']],
    ['digest', ['digest']],
    ['check', ['check']],
  ])('out of the vault is not followed by %s', (_name, args) => {
    const result = runCli([...args, '--vault', vault, ...TODAY]);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/SECRET|DIARY|Secret|Private|etc\/|proc\//);
  });

  it('out of the vault is a problem naming it in check, and the notes inside are all listed by due', () => {
    const check = runCli(['check', '--vault', vault, ...TODAY]);
    expect(check.status).toBe(1);
    const lines = check.stdout.split('\n');
    for (const link of ['Beside', 'Diary.md', 'Root'])
      expect(lines.filter((line) => line.startsWith(`${link}: link: `))).toEqual([
        expect.stringMatching(/points outside the vault, so it is not read/) as unknown,
      ]);
    const due = runCli(['due', '--json', '--vault', vault, ...TODAY]);
    const report = JSON.parse(due.stdout) as { items: { path: string }[]; problems: { path: string }[] };
    // Deals is walked once, under its own name (it comes first): neither its second name nor the link up walks it again.
    expect(report.items.map((item) => item.path).sort()).toEqual(['Deals/Acme.md', 'Home.md']);
    expect(report.problems.map((problem) => problem.path).sort()).toEqual(['Beside', 'Diary.md', 'Root']);
  });
});
