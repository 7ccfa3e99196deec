// @vitest-environment happy-dom
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import type { IndexSnapshot } from '../../src/core/index-snapshot';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { BROKEN_VAULT, generatedHazards, writeBrokenVault } from '../helpers/broken-vault';
import { cleanUpPlugin, readFolder, startPlugin, type Harness } from '../helpers/plugin-harness';

// The plugin over the same broken vault as test/cli/broken-vault.test.ts: Obsidian reads each file
// as UTF-8 text, parses it into its metadata cache, and the plugin must report every broken note
// and index every good one, as the command line does, and write nothing while it does.

const TODAY = '2024-06-12';
let temp: string;
let fromCli: IndexSnapshot;
let harness: Harness;
let snapshot: IndexSnapshot;
// One plugin over the vault for all the tests below: reading a 5 MB note and a 100,000-deep
// nesting into the fake metadata cache takes a while.
beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-broken-plugin-'));
  writeBrokenVault(join(temp, 'vault'));
  fromCli = indexRecords(readVault(join(temp, 'vault'), DEFAULT_SETTINGS), DEFAULT_SETTINGS).snapshot(TODAY);
  harness = await startPlugin(vaultFiles());
  snapshot = harness.plugin['indexer'].index.snapshot(TODAY);
}, 60_000);
afterAll(() => {
  cleanUpPlugin();
  rmSync(temp, { recursive: true, force: true });
});

/** The vault as Obsidian holds it: every note's bytes read as UTF-8 text. */
function vaultFiles(): Record<string, string> {
  const generated = Object.entries(generatedHazards()).map(([path, bytes]) => [path, new TextDecoder().decode(bytes)] as const);
  return { ...readFolder(BROKEN_VAULT), ...Object.fromEntries(generated) };
}

/**
 * Where Obsidian and the command line differ on purpose (src/core/note-head/differences.ts): a
 * `---js` (`---javascript`, `---coffee`) block is no frontmatter to Obsidian, which shows it as
 * text, while the command line says it refused to run it. A block closed by "..." is no
 * frontmatter to either: both report it.
 */
const CODE_BLOCKS = ['Security/Coffee.md', 'Security/JS.md', 'Security/Javascript.md'];
const CLOSING_DOTS = 'Files/Closing dots.md';

describe('the plugin over a vault of every broken note', () => {
  it('indexes every good note the command line indexes', () => {
    expect(snapshot.items).toEqual(fromCli.items);
    expect(fromCli.items.length).toBeGreaterThan(25);
  });

  it('reports every broken note the command line reports, by file and field', () => {
    const where = (problems: IndexSnapshot['problems']) => problems.map(({ path, field, value }) => ({ path, field, value }));
    const expected = fromCli.problems.filter((problem) => !CODE_BLOCKS.includes(problem.path));
    expect(where(snapshot.problems)).toEqual(where(expected));
    expect(fromCli.problems.find((problem) => problem.path === CLOSING_DOTS)?.message).toBe(
      snapshot.problems.find((problem) => problem.path === CLOSING_DOTS)?.message,
    );
    const closing = snapshot.problems.find((problem) => problem.path === CLOSING_DOTS);
    expect(closing?.message).toMatch(/no closing "---" line.*"\.\.\."/);
    expect(snapshot.problems.find((problem) => problem.path === 'Files/Unterminated.md')?.message).toMatch(/no closing "---" line/);
  });

  it('runs no note, and writes nothing while it reads the vault', () => {
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined();
    expect(harness.app.vault.writeCount).toBe(0);
  });
});
