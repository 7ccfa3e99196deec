import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT_PATH, REPO_ROOT } from '../helpers/paths';

// As a new user would: a clean copy of the repository (its tracked files, no dist/) is packed,
// the tarball installed globally into a prefix of its own without the network, and the command
// run from an unrelated folder.
const work = mkdtempSync(join(tmpdir(), 'follow-up-package-'));
const clone = join(work, 'clone');
const prefix = join(work, 'prefix');
const elsewhere = join(work, 'elsewhere');
// npm run by a test must not take settings meant for the npm that started the test run.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))),
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
};
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { path: string }[];
}
let packed: Packed;
let installOutput: string;

beforeAll(() => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(REPO_ROOT, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(clone, file));
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  mkdirSync(elsewhere);
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], clone)) as [Packed];
  installOutput = npm(
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, packed.filename)],
    elsewhere,
  );
}, 180_000);

const installed = (args: string[]): string =>
  execFileSync(join(prefix, 'bin', 'follow-up'), args, { cwd: elsewhere, env, encoding: 'utf8' });

describe('the command line as a package', () => {
  it('is packed built, with only what runs: the bundle and all its chunks, the README, the licence and package.json', () => {
    const chunks = readdirSync(join(clone, 'dist', 'chunks')).map((name) => `dist/chunks/${name}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(packed.files.map((file) => file.path).sort()).toEqual(['LICENSE', 'README.md', ...chunks, 'dist/cli.js', 'package.json'].sort());
    expect(existsSync(join(clone, 'dist', 'cli.js'))).toBe(true);
  });

  it('has no runtime dependencies: the bundle carries them', () => {
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(pkg[field]).toBeUndefined();
    expect(installOutput).toMatch(/added 1 package\b/);
    expect(existsSync(join(prefix, 'lib', 'node_modules', String(pkg.name), 'node_modules'))).toBe(false);
  });

  it('installs a follow-up command that knows its version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(installed(['--version']).trim()).toBe(version);
  });

  it('runs from another folder on a vault given by path, as the built bundle does', () => {
    const args = ['due', '--vault', EXAMPLE_VAULT_PATH, '--today', '2024-06-10', '--no-cache'];
    const output = installed(args);
    expect(output).toMatch(/^Follow-ups as of 2024-06-10\b/);
    expect(output).toContain('Overdue (');
    expect(output).toBe(
      execFileSync(process.execPath, [join(clone, 'dist', 'cli.js'), ...args], { cwd: REPO_ROOT, env, encoding: 'utf8' }),
    );
  });
});

describe('npm ci', () => {
  it('has every install script it meets reviewed (esbuild’s is allowed), so it warns about none', () => {
    expect(npm(['install-scripts', 'ls'], REPO_ROOT)).toMatch(/^No packages with unreviewed install scripts\./);
  });
});
