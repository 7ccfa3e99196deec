// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const FILES = {
  'People/Jane.md': '---\nfollow_up_every: weekly\nlast_contact: 2024-06-01\n---\nJane.\n',
  'Meetings/2024-06-03 Call.md': '---\nattendees: ["[[Jane]]"]\nfollow_up: 2024-06-20\n---\nBody.\n',
  'Plain.md': 'No frontmatter.\n',
};

const items = (harness: Harness) =>
  harness.plugin['indexer'].index.snapshot('2024-06-12').items.map((item) => [item.path, item.source, item.due] as const);

describe('the live index', () => {
  it('is built when the layout is ready, from the metadata cache, without writing anything', async () => {
    const harness = await startPlugin(FILES);
    // Jane's last contact is the meeting of 2024-06-03, later than her last_contact field.
    expect(items(harness)).toEqual([
      ['People/Jane.md', 'cadence', '2024-06-10'],
      ['Meetings/2024-06-03 Call.md', 'note', '2024-06-20'],
    ]);
    expect(harness.app.vault.writeCount).toBe(0);
  });

  it('does nothing with the vault before the layout is ready', async () => {
    const { createFakeApp, fakeManifest, loadPlugin } = await import('../fakes/obsidian');
    const { default: Plugin } = await import('../../src/plugin/main');
    const app = createFakeApp({ files: FILES });
    const getFiles = vi.spyOn(app.vault, 'getMarkdownFiles');
    const plugin = await loadPlugin(new Plugin(app as never, fakeManifest({ id: 'follow-up-tracker' })));
    expect(getFiles).not.toHaveBeenCalled();
    expect(plugin['indexer'].isReady).toBe(false);
  });

  it('follows changes, renames and deletions, one note at a time', async () => {
    const harness = await startPlugin(FILES);
    const { vault, fileManager } = harness.app;

    // A new meeting with Jane moves her stay-in-touch date.
    await vault.create('Meetings/2024-06-10 Lunch.md', '---\nattendees: ["[[Jane]]"]\n---\n');
    await harness.settle();
    expect(items(harness)).toEqual([
      ['People/Jane.md', 'cadence', '2024-06-17'],
      ['Meetings/2024-06-03 Call.md', 'note', '2024-06-20'],
    ]);

    await fileManager.processFrontMatter(vault.getFileByPath('Meetings/2024-06-03 Call.md')!, (frontmatter: Record<string, unknown>) => {
      frontmatter.follow_up = '2024-06-11';
    });
    await harness.settle();
    expect(items(harness)[0]).toEqual(['Meetings/2024-06-03 Call.md', 'note', '2024-06-11']);

    await vault.rename(vault.getFileByPath('Meetings/2024-06-03 Call.md')!, 'Archive/Call.md');
    await harness.settle();
    expect(items(harness)[0]).toEqual(['Archive/Call.md', 'note', '2024-06-11']);

    // A renamed person note keeps its items (the fake, unlike Obsidian, does not update links to
    // it, so the meetings no longer count: the due date falls back to its own last_contact).
    await vault.rename(vault.getFileByPath('People/Jane.md')!, 'People/Jane Doe.md');
    await harness.settle();
    expect(items(harness)).toContainEqual(['People/Jane Doe.md', 'cadence', '2024-06-08']);

    await vault.delete(vault.getFileByPath('Archive/Call.md')!);
    await harness.settle();
    expect(items(harness).map(([path]) => path)).toEqual(['People/Jane Doe.md']);
  });

  it('reports a note whose YAML Obsidian could not read', async () => {
    const harness = await startPlugin({ 'Inbox/bad.md': '---\npeople: [[A]], [[B]]\nfollow_up: 2024-06-10\n---\n' });
    expect(harness.plugin['indexer'].index.snapshot('2024-06-12').problems).toEqual([
      { path: 'Inbox/bad.md', field: 'frontmatter', value: null, message: expect.stringContaining('not valid YAML') as unknown },
    ]);
  });

  it('rebuilds when the settings change', async () => {
    const harness = await startPlugin(FILES);
    const ctxSettings = harness.plugin['settings'];
    await harness.plugin['indexer'].rebuild({ ...ctxSettings, excludedFolders: ['Meetings'] });
    expect(items(harness).map(([path]) => path)).toEqual(['People/Jane.md']);
  });
});
