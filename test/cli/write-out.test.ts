import { spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_VAULT, runCli } from '../helpers/cli';

// SPEC §8: --out never replaces what is not a regular file, follows a link to its target, keeps a
// file's permissions, takes - for standard output, and the format from the extension.
const temp = mkdtempSync(join(tmpdir(), 'write-out-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const review = (out: string, ...more: string[]) =>
  runCli(['review', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--no-cache', '--out', out, ...more]);

describe('review --out', () => {
  it('writes a new file, and takes the format from its extension', () => {
    const html = join(temp, 'r.html');
    expect(review(html).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    const json = join(temp, 'r.json');
    expect(review(json).status).toBe(0);
    expect(() => JSON.parse(readFileSync(json, 'utf8')) as unknown).not.toThrow();
    const md = join(temp, 'r.md');
    expect(review(md).status).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Follow-up review/);
    const given = join(temp, 'given.html');
    expect(review(given, '--format', 'md').status).toBe(0);
    expect(readFileSync(given, 'utf8')).toMatch(/^# Follow-up review/);
  });

  it('writes - to standard output', () => {
    const result = review('-');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Follow-up review/);
  });

  it('writes through a symbolic link to its target, and keeps the link', () => {
    const target = join(temp, 'target.md');
    writeFileSync(target, 'old');
    const link = join(temp, 'link.md');
    symlinkSync(target, link);
    expect(review(link).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toMatch(/^# Follow-up review/);
  });

  it('keeps the permissions of the file it replaces', () => {
    const file = join(temp, 'private.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    expect(review(file).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Follow-up review/);
  });

  it('refuses a read-only file in words, and leaves it as it was', () => {
    const file = join(temp, 'locked.md');
    writeFileSync(file, 'keep me');
    chmodSync(file, 0o444);
    const result = review(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/locked\.md: the file is read-only, so it was left as it is/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('writes into a named pipe in place, never replacing it with a file', async () => {
    const fifo = join(temp, 'pipe');
    const made = spawn('mkfifo', [fifo]);
    await new Promise((done) => made.on('exit', done));
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((done) => reader.on('exit', done));
    expect(review(fifo).status).toBe(0);
    await closed;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(read).toMatch(/^# Follow-up review/);
  });

  it('writes to a device in place: /dev/null stays a device', () => {
    expect(review('/dev/null').status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('says in words why it cannot write, without error codes', () => {
    const folder = join(temp, 'a-folder');
    mkdirSync(folder);
    const asFolder = review(folder);
    expect(asFolder.status).toBe(2);
    expect(asFolder.stderr).toMatch(/a-folder: it is a folder/);
    const missing = review(join(temp, 'no', 'such', 'folder', 'r.md'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/the folder .*folder does not exist/);
    for (const text of [asFolder.stderr, missing.stderr]) expect(text).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
