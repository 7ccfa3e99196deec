// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { planNudge, snoozeChoicesFor } from '../../src/core/actions/plan-actions';
import { indexRecords } from '../../src/core/follow-up-index';
import { remindersWords } from '../../src/core/item-words';
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
    expect([...fromPlugin.evidence]).toEqual([...fromCli.evidence]);
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

describe('the example vault shows each smart follow-up, and both front ends agree on it', () => {
  it('has contact since, away, birthdays and a nudge ladder, the same from the plugin and the command line', async () => {
    const harness = await startPlugin(readFolder(EXAMPLE_VAULT));
    const fromPlugin = harness.plugin['indexer'].index.snapshot('2024-06-12');
    const fromCli = indexRecords(readVault(EXAMPLE_VAULT, DEFAULT_SETTINGS), DEFAULT_SETTINGS).snapshot('2024-06-12');
    const smart = (snapshot: typeof fromCli) =>
      snapshot.items
        .filter((item) => item.contact !== null || item.away_until !== null || item.source === 'birthday')
        .map((item) => [item.path, item.source, item.due, item.contact, item.away_until]);
    expect(smart(fromPlugin)).toEqual(smart(fromCli));
    expect(smart(fromCli)).toEqual([
      [
        'Meetings/2024-05-13 Advisor call with Daniel Okafor.md',
        'note',
        '2024-05-23',
        { date: '2024-05-15', path: 'Meetings/2024-05-15 Board prep.md' },
        null,
      ],
      ['Meetings/2024-05-21 Partnership call with Tom Becker.md', 'note', '2024-06-10', null, '2024-06-21'],
      [
        'Meetings/2024-06-07 Security review with Hannah Kim.md',
        'note',
        '2024-06-12',
        { date: '2024-06-11', path: 'Meetings/2024-05-30 Discovery call with Hannah Kim.md' },
        null,
      ],
      [
        'Meetings/2024-06-06 Pricing workshop with Nadia Petrova.md',
        'note',
        '2024-06-13',
        { date: '2024-06-11', path: 'Meetings/2024-06-11 Product meetup.md' },
        null,
      ],
      [
        'Meetings/2024-06-10 Legal review with Nadia Petrova.md',
        'note',
        '2024-06-14',
        { date: '2024-06-11', path: 'Meetings/2024-06-11 Product meetup.md' },
        null,
      ],
      ['People/Priya Nair.md', 'birthday', '2024-06-14', null, null],
      ['People/Grace Mensah.md', 'birthday', '2025-02-28', null, null],
    ]);
    const tom = fromCli.items.find((item) => item.path === 'Meetings/2024-05-21 Partnership call with Tom Becker.md')!;
    expect(planNudge(tom, fromCli, DEFAULT_SETTINGS)[0]?.patch.set).toEqual({
      follow_up_attempts: 3,
      follow_up_nudged: '2024-06-12',
      follow_up: '2024-06-26',
    });
    expect(snoozeChoicesFor(tom, fromCli, DEFAULT_SETTINGS)[0]).toEqual({ label: 'Next free day', date: '2024-06-22' });
    expect(remindersWords(tom, fromCli)).toBe('2 reminders sent by email — try phone');
  });
});

describe('a meeting with a person named in plain text (SPEC §4)', () => {
  it('counts for a person note of that name, and not for a project of another, alike in the plugin and the command line', async () => {
    const files: Record<string, string> = {
      'People/Jane Doe.md': '---\nemail: jane@example.com\nfollow_up_every: 2w\n---\n',
      'Projects/Garlic.md': '---\nemail: farm@example.com\n---\n',
      'Meetings/2024-06-10 Lunch.md': '---\nattendees: [Jane Doe, Garlic]\n---\n',
      'Notes/Proposal.md': '---\nfollow_up: 2024-06-14\nfollow_up_with: Jane Doe\nfollow_up_done: 2024-06-03\n---\n',
    };
    const vault = mkdtempSync(join(tmpdir(), 'plain-names-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(vault, path)), { recursive: true });
        writeFileSync(join(vault, path), text);
      }
      const harness = await startPlugin(readFolder(vault));
      const fromPlugin = harness.plugin['indexer'].index.snapshot('2024-06-12');
      const fromCli = indexRecords(readVault(vault, DEFAULT_SETTINGS), DEFAULT_SETTINGS).snapshot('2024-06-12');
      expect(fromPlugin.items).toEqual(fromCli.items);
      const seen = (snapshot: typeof fromCli) =>
        snapshot.items.map((item) => [item.path, item.due, item.contact]).concat([[snapshot.people.lastMeetingNote('Garlic')]]);
      expect(seen(fromCli)).toEqual([
        ['Notes/Proposal.md', '2024-06-14', { date: '2024-06-10', path: 'Meetings/2024-06-10 Lunch.md' }],
        ['People/Jane Doe.md', '2024-06-24', null],
        [null],
      ]);
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });
});
