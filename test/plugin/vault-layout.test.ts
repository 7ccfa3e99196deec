// @vitest-environment happy-dom
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { exclusionsOf } from '../../src/cli/vault-config';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { REPO_ROOT } from '../helpers/paths';
import { cleanUpPlugin, readConfigFolder, readFolder, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// A vault laid out like the widely copied template (SPEC §10): person notes in References/ marked
// by a category, a tag or a type, templates in _tpl/ (named by .obsidian/templates.json) and in
// Templater's folder, Archive/ in "Excluded files", and installed packages in node_modules/.
const SOURCE = join(REPO_ROOT, 'test', 'fixtures', 'template-vault');
const temp = mkdtempSync(join(tmpdir(), 'template-vault-'));
const VAULT = join(temp, 'vault');
cpSync(SOURCE, VAULT, { recursive: true });
// Not in the repository (git ignores node_modules): a package's notes, which are not the user's.
mkdirSync(join(VAULT, 'node_modules', 'some-package'), { recursive: true });
writeFileSync(join(VAULT, 'node_modules', 'some-package', 'README.md'), '---\nfollow_up: 2024-02-30\n---\n');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const TODAY = '2024-06-12';
const EXPECTED = [
  ['References/Dana Reyes.md', '2024-05-15', 'cadence'],
  ['References/Sam Lee.md', '2024-05-20', 'cadence'],
  ['Meetings/2024-06-03 Lunch with Kai.md', '2024-06-10', 'note'],
  ['References/Priya Nair.md', '2024-06-12', 'cadence'],
  ['Projects/Website.md', '2024-06-14', 'note'],
  ['References/Kai Moreau.md', '2024-06-24', 'cadence'],
];

describe('a vault set up like the popular template', () => {
  const fromCli = indexRecords(readVault(VAULT, DEFAULT_SETTINGS), DEFAULT_SETTINGS, exclusionsOf(VAULT, DEFAULT_SETTINGS)).snapshot(TODAY);

  it('gives the command line every cadence item, and no false problem', () => {
    expect(fromCli.items.map((item) => [item.path, item.due, item.source])).toEqual(EXPECTED);
    expect(fromCli.problems).toEqual([]);
  });

  it('gives the plugin the same items, reading the same config files through the adapter', async () => {
    const harness = await startPlugin(readFolder(VAULT), { now: `${TODAY}T10:00:00`, config: readConfigFolder(VAULT) });
    const fromPlugin = harness.plugin['indexer'].index.snapshot(TODAY);
    expect(fromPlugin.items).toEqual(fromCli.items);
    expect(fromPlugin.problems).toEqual(fromCli.problems);
    expect(fromPlugin.facts.map((facts) => facts.path)).toEqual(fromCli.facts.map((facts) => facts.path));
  });

  it('without its config files, reports its templates and archive, as the plugin does', async () => {
    const bare = indexRecords(
      readVault(VAULT, DEFAULT_SETTINGS, { exclusions: exclusionsOf(temp, DEFAULT_SETTINGS) }),
      DEFAULT_SETTINGS,
      exclusionsOf(temp, DEFAULT_SETTINGS),
    ).snapshot(TODAY);
    const paths = new Set(bare.problems.map((problem) => problem.path));
    expect([...paths].sort()).toEqual(['Archive/Old Deal.md', 'Templater/Daily.md', '_tpl/Meeting Template.md', '_tpl/Person Template.md']);
    expect(
      bare.problems.filter((problem) => problem.path.startsWith('_tpl/')).every((problem) => /template placeholder/.test(problem.message)),
    ).toBe(true);
    const harness = await startPlugin(readFolder(VAULT), { now: `${TODAY}T10:00:00` });
    const fromPlugin = harness.plugin['indexer'].index.snapshot(TODAY);
    const where = (problems: typeof bare.problems) => problems.map(({ path, field }) => `${path} ${field}`);
    expect(where(fromPlugin.problems)).toEqual(where(bare.problems));
  });
});
