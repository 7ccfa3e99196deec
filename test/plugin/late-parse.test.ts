// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

// Obsidian on a first open or a cache rebuild: the layout is ready before the notes are parsed
// (getFileCache is null), then they come in bursts, each with 'changed', and 'resolved' at the end.
afterEach(cleanUpPlugin);

const FILES: Record<string, string> = {
  'People/Jane Doe.md': '---\nemail: jane@example.com\n---\n',
  'Deals/Acme.md': '---\nfollow_up: 2024-06-01\nfollow_up_with: "[[Jane Doe]]"\n---\n',
  'Deals/Globex.md': '---\nfollow_up: 2024-06-10\n---\n',
  'Notes/Plain one.md': '# Nothing due\n',
  'Deals/Initech.md': '---\nfollow_up: 2024-06-12\n---\n',
  'Notes/Plain two.md': 'Just text.\n',
  'Deals/Umbrella.md': '---\nfollow_up: 2024-06-14\n---\n',
};
const NOTICE = 'Follow-ups: 1 due today, 2 overdue.';
/** The startup notice's (the notifications of follow-ups coming due are notices too). */
const startupNotices = (): string[] => notices.filter((notice) => notice.startsWith('Follow-ups: '));

const statusText = (harness: Harness): string => harness.app.statusBarEl?.querySelector('.follow-up-status')?.textContent ?? '';
const items = (harness: Harness): string[] =>
  harness.plugin['indexer'].index
    .snapshot('2024-06-12')
    .items.map((item) => `${item.path} ${item.due} ${item.bucket}`)
    .sort();

describe('the index when notes are parsed late', () => {
  it('fills in as the notes are parsed, and ends as if they had all been parsed up front', async () => {
    const late = await startPlugin(FILES, { lateParse: true });
    expect(late.app.metadataCache.unparsedCount).toBe(Object.keys(FILES).length);
    expect(items(late)).toEqual([]);
    expect(statusText(late)).toBe('');

    late.app.metadataCache.parseNext(3);
    await late.settle();
    expect(items(late)).toEqual(['Deals/Acme.md 2024-06-01 overdue', 'Deals/Globex.md 2024-06-10 overdue']);
    expect(statusText(late)).toBe('2 follow-ups due');

    await late.app.metadataCache.parseInBursts(2);
    await late.settle();
    const parsedLate = items(late);
    expect(statusText(late)).toBe('3 follow-ups due');
    cleanUpPlugin();

    const upFront = await startPlugin(FILES);
    expect(parsedLate).toEqual(items(upFront));
    expect(parsedLate).toHaveLength(4);
  });

  it('shows the startup notice once every note is parsed, with every follow-up counted', async () => {
    const harness = await startPlugin(FILES, { lateParse: true });
    expect(startupNotices()).toEqual([]);
    harness.app.metadataCache.parseNext(3);
    await harness.settle();
    expect(startupNotices()).toEqual([]);
    await harness.app.metadataCache.parseInBursts(2);
    await harness.settle();
    expect(startupNotices()).toEqual([NOTICE]);
    await harness.app.vault.modify(harness.app.vault.getFileByPath('Deals/Umbrella.md')!, '---\nfollow_up: 2024-06-11\n---\n');
    await harness.settle();
    expect(startupNotices()).toEqual([NOTICE]);
  });

  it('takes the text a note has when it is parsed, if it changed before', async () => {
    const harness = await startPlugin(FILES, { lateParse: true });
    await harness.app.vault.modify(harness.app.vault.getFileByPath('Deals/Acme.md')!, '---\nfollow_up: 2024-06-12\n---\n');
    await harness.settle();
    expect(items(harness)).toEqual([]);
    await harness.app.metadataCache.parseInBursts(3);
    await harness.settle();
    expect(items(harness)).toContain('Deals/Acme.md 2024-06-12 today');
    expect(startupNotices()).toEqual(['Follow-ups: 2 due today, 1 overdue.']);
  });

  it('shows the notice at once when the notes were parsed before the layout was ready', async () => {
    await startPlugin(FILES);
    expect(startupNotices()).toEqual([NOTICE]);
  });
});
