import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// Notes written by other tools and systems: a file name that is not UTF-8 (Latin-1 from an old
// archive), old Mac line endings (a lone carriage return), UTF-16 with a byte-order mark (Windows
// Notepad's "Unicode"), two byte-order marks (a tool that added one to a file that had one). Each is
// read, or reported by name: never left out as if it were not there.

let vault: string;
beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'follow-up-encodings-'));
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

const TODAY = '2024-06-12';

function snapshotOf(cached: boolean) {
  const records = readVault(vault, DEFAULT_SETTINGS, { cacheFile: cached ? join(vault, '.cache.json') : null });
  return indexRecords(records, DEFAULT_SETTINGS).snapshot(TODAY);
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const LINES = ['---', 'follow_up: 2024-06-10', 'follow_up_about: Send the deck', '---', 'Body.', ''];
const ENCODINGS: Record<string, (text: string) => Buffer> = {
  'UTF-8': (text) => Buffer.from(text, 'utf8'),
  'UTF-8 with a byte-order mark': (text) => Buffer.from(`\uFEFF${text}`, 'utf8'),
  'UTF-8 with two byte-order marks': (text) => Buffer.from(`\uFEFF\uFEFF${text}`, 'utf8'),
  'UTF-16 LE with a byte-order mark': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
  'UTF-16 BE with a byte-order mark': (text) => utf16be(`\uFEFF${text}`),
};
const LINE_ENDS: Record<string, string> = { LF: '\n', CRLF: '\r\n', 'CR only': '\r' };

describe('a note in an encoding or with line endings other than UTF-8 and LF', () => {
  const cases = Object.entries(ENCODINGS).flatMap(([encoding, encode]) =>
    Object.entries(LINE_ENDS).flatMap(([ends, eol]) => [false, true].map((cached) => [encoding, ends, cached, encode, eol] as const)),
  );
  it.each(cases)('is read: %s, %s (cache: %s)', (_encoding, _ends, cached, encode, eol) => {
    writeFileSync(join(vault, 'Deal.md'), encode(LINES.join(eol)));
    for (const run of [1, 2]) {
      const snapshot = snapshotOf(cached);
      expect(snapshot.problems, `run ${run}`).toEqual([]);
      expect(
        snapshot.items.map((item) => [item.path, item.due, item.about]),
        `run ${run}`,
      ).toEqual([['Deal.md', '2024-06-10', 'Send the deck']]);
    }
  });

  it('keeps a block that is not closed a problem, in UTF-16 too', () => {
    writeFileSync(join(vault, 'Open.md'), Buffer.from('\uFEFF---\nfollow_up: 2024-06-10\nBody.\n', 'utf16le'));
    expect(snapshotOf(false).problems.map((problem) => [problem.path, problem.field])).toEqual([['Open.md', 'frontmatter']]);
  });
});

describe('a file name that is not UTF-8', () => {
  it.each([false, true])('is read by its bytes, and reported by its name with replacement characters (cache: %s)', (cached) => {
    mkdirSync(join(vault, 'Deals'));
    writeFileSync(join(vault, 'Deals', 'Good.md'), '---\nfollow_up: 2024-06-11\n---\n');
    // "Café.md" and "Archivé/Crème.md" in Latin-1: é is the single byte 0xE9, è 0xE8.
    writeFileSync(Buffer.from(`${vault}/Deals/Caf\xe9.md`, 'latin1'), '---\nfollow_up: 2024-06-10\n---\n');
    mkdirSync(Buffer.from(`${vault}/Archiv\xe9`, 'latin1'));
    writeFileSync(Buffer.from(`${vault}/Archiv\xe9/Cr\xe8me.md`, 'latin1'), '---\nfollow_up: 2024-06-09\n---\n');
    for (const run of [1, 2]) {
      const snapshot = snapshotOf(cached);
      expect(
        snapshot.items.map((item) => item.path),
        `run ${run}`,
      ).toEqual(['Archiv\uFFFD/Cr\uFFFDme.md', 'Deals/Caf\uFFFD.md', 'Deals/Good.md']);
      expect(
        snapshot.problems.map((problem) => [problem.path, problem.field, problem.message]),
        `run ${run}`,
      ).toEqual([
        ['Archiv\uFFFD/Cr\uFFFDme.md', 'file', expect.stringMatching(/^The file name is not valid UTF-8 .*rename/) as unknown],
        ['Deals/Caf\uFFFD.md', 'file', expect.stringMatching(/^The file name is not valid UTF-8 .*rename/) as unknown],
      ]);
    }
  });

  it('keeps two names that differ only in their invalid bytes apart', () => {
    writeFileSync(Buffer.from(`${vault}/Caf\xe9.md`, 'latin1'), '---\nfollow_up: 2024-06-10\n---\n');
    writeFileSync(Buffer.from(`${vault}/Caf\xe8.md`, 'latin1'), '---\nfollow_up: 2024-06-11\n---\n');
    expect(snapshotOf(false).items.map((item) => item.due)).toEqual(['2024-06-10', '2024-06-11']);
  });
});
