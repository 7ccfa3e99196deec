import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

// Built into a folder of its own, so that main.js, which other tests load, is never half-written.
const folder = mkdtempSync(join(tmpdir(), 'follow-up-bundle-'));
const build = (name: string): string => {
  const outfile = join(folder, name);
  execFileSync(process.execPath, ['esbuild.config.mjs', 'plugin', '--outfile', outfile], { cwd: REPO_ROOT });
  return readFileSync(outfile, 'utf8');
};
const mainJs = (): string => build('main.js');
const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the plugin bundle', () => {
  it('builds byte for byte the same every time (the directory review rebuilds and compares)', () => {
    expect(digest(build('first.js'))).toBe(digest(build('second.js')));
  });

  it('asks Obsidian for nothing but the obsidian module, so it runs on mobile', () => {
    const required = new Set([...mainJs().matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]));
    expect([...required]).toEqual(['obsidian']);
  });

  it('writes no HTML from strings and runs no code from strings', () => {
    const code = mainJs();
    expect(code).not.toMatch(/\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/);
  });

  it('matches manifest.json and versions.json', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as {
      version: string;
      minAppVersion: string;
      isDesktopOnly: boolean;
    };
    const versions = JSON.parse(readFileSync(join(REPO_ROOT, 'versions.json'), 'utf8')) as Record<string, string>;
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(pkg.version);
    expect(versions[manifest.version]).toBe(manifest.minAppVersion);
    expect(manifest.isDesktopOnly).toBe(false);
  });
});
