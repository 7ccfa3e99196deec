// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { EXAMPLE_VAULT_PATH as EXAMPLE_VAULT, FIXTURE_VAULT_PATH as FIXTURE_VAULT } from '../helpers/paths';
import { cleanUpPlugin, readFolder, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// The plugin reads notes through Obsidian's metadata cache, the command line through its own
// reader: for the same vault both must find the same follow-ups and the same problems.
describe.each([
  ['the fixture vault', FIXTURE_VAULT, '2024-03-11'],
  ['the example vault', EXAMPLE_VAULT, '2024-06-12'],
])('the plugin and the command line agree on %s', (_name, folder, today) => {
  it('finds the same items and problems', async () => {
    const harness = await startPlugin(readFolder(folder));
    const fromPlugin = harness.plugin['indexer'].index.snapshot(today);
    const fromCli = indexRecords(readVault(folder, DEFAULT_SETTINGS), DEFAULT_SETTINGS).snapshot(today);
    expect(fromPlugin.items.length).toBeGreaterThan(3);
    expect(fromPlugin.items).toEqual(fromCli.items);
    // Messages for YAML that does not parse come from different parsers; what is wrong where is the same.
    const where = (problems: typeof fromCli.problems) => problems.map(({ path, field, value }) => ({ path, field, value }));
    // One deliberate difference: a `---js` block is no frontmatter to Obsidian (it shows it as text),
    // while the command line, which gray-matter would otherwise let run it, says it refused.
    const cliProblems = fromCli.problems.filter((problem) => !problem.message.includes('code in notes is never run'));
    expect(where(fromPlugin.problems)).toEqual(where(cliProblems));
    const refused = new Set(fromCli.problems.filter((problem) => !cliProblems.includes(problem)).map((problem) => problem.path));
    expect(fromPlugin.facts.map((facts) => facts.path)).toEqual(
      fromCli.facts.map((facts) => facts.path).filter((path) => !refused.has(path)),
    );
  });
});
