// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { renderCodeBlock } from '../helpers/code-block';
import { EXAMPLE_VAULT_PATH as EXAMPLE_VAULT, REPO_ROOT } from '../helpers/paths';
import { cleanUpPlugin, readFolder, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const DAY = '2024-06-12';

/** The built command line in its own process (helpers/cli builds paths with URL, which happy-dom replaces). */
function runCli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--no-cache'], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The block in a note and `due --query` on the command line run the same core query: for the same
// vault, query and note they must list the same follow-ups, in the same order.
describe('the follow-ups block and due --query agree on the example vault', () => {
  it.each<[string, string, string]>([
    ['an empty query', '', 'Daily/2024-06-12.md'],
    ['overdue and today', 'due: overdue, today', 'Daily/2024-06-12.md'],
    ['with: this in a person note', 'with: this\ndue: all', 'People/Hannah Kim.md'],
    ['a person by link, all dates', 'due: all; with: [[Nadia Petrova]]', 'Daily/2024-06-12.md'],
    ['a folder, a wider window and a limit', 'path: Meetings/\nwithin: 30\nlimit: 5  # the first five', 'Daily/2024-06-12.md'],
    ['about, any case', 'due: all\nabout: PRICING', 'Daily/2024-06-12.md'],
    ['a flag and a source', 'due: all; flag: unresponsive, batch; source: note', 'Daily/2024-06-12.md'],
    ['stay-in-touch items grouped by person', 'due: all; source: cadence; group: person', 'Daily/2024-06-12.md'],
  ])('%s', async (_name, query, notePath) => {
    const cli = runCli(['due', '--vault', EXAMPLE_VAULT, '--today', DAY, '--json', '--query', query, '--note', notePath]);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const fromCli = (JSON.parse(cli.stdout) as { items: { path: string; source: string }[] }).items.map(
      (item) => `${item.source}:${item.path}`,
    );

    const harness = await startPlugin(readFolder(EXAMPLE_VAULT), { now: `${DAY}T10:00:00` });
    const block = renderCodeBlock(harness.app, 'follow-ups', query, notePath);
    const fromBlock = [...block.el.querySelectorAll('.follow-up-item')].map(
      (row) => `${row.getAttribute('data-source')}:${row.getAttribute('data-path')}`,
    );

    expect(fromCli.length).toBeGreaterThan(0);
    // Grouped by person, the block shows the groups in name order; the list itself is the same set.
    if (query.includes('group: person')) expect([...fromBlock].sort()).toEqual([...fromCli].sort());
    else expect(fromBlock).toEqual(fromCli);
  });
});
