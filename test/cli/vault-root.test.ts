import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli';

// SPEC §8: without --vault, the vault is the nearest folder at or above the current one that holds
// `.obsidian`, as git finds `.git`; installed packages (node_modules) are never notes.
const temp = mkdtempSync(join(tmpdir(), 'vault-root-'));
const vault = join(temp, 'vault');
cpSync(join(ROOT, 'test', 'fixtures', 'template-vault'), vault, { recursive: true });
mkdirSync(join(temp, 'node_modules', 'pkg'), { recursive: true });
writeFileSync(join(temp, 'node_modules', 'pkg', 'CHANGELOG.md'), '---\nfollow_up: 2024-06-01\n---\n');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const due = (cwd: string) => runCli(['due', '--today', '2024-06-12', '--within', '30', '--json', '--no-cache'], { cwd });
const paths = (stdout: string) => (JSON.parse(stdout) as { items: { path: string }[] }).items.map((item) => item.path);

describe('the vault, found from the current folder', () => {
  it('is the folder above that holds .obsidian, run from a subfolder', () => {
    const result = due(join(vault, 'References'));
    expect(result.stderr).toBe('');
    expect(paths(result.stdout)).toContain('Meetings/2024-06-03 Lunch with Kai.md');
    expect(paths(result.stdout)).toContain('References/Dana Reyes.md');
  });

  it('is the current folder where none above holds .obsidian, without its installed packages', () => {
    const result = due(temp);
    expect(paths(result.stdout)).toContain('vault/Projects/Website.md');
    expect(paths(result.stdout).filter((path) => path.includes('node_modules'))).toEqual([]);
  });
});
