// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Menu, openModals } from '../fakes/obsidian';
import { renderCodeBlock } from '../helpers/code-block';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/plugin/view/follow-ups-view';

afterEach(cleanUpPlugin);

const FILES = {
  'People/Jane.md': '---\nemail: jane@example.com\n---\n',
  'Meetings/2024-06-10 Kickoff.md': '---\npeople: ["[[Jane]]", "[[Eve]]"]\nfollow_up: 2024-06-12\n---\nWe met.\n',
  'Ideas.md': 'Nothing yet.\n',
};

function fileMenu(harness: Awaited<ReturnType<typeof startPlugin>>, path: string): Menu {
  const menu = new Menu();
  harness.app.workspace.trigger('file-menu', menu, harness.app.vault.getFileByPath(path)!, 'file-explorer-context-menu');
  return menu;
}
function editorMenu(harness: Awaited<ReturnType<typeof startPlugin>>, path: string): Menu {
  const menu = new Menu();
  harness.app.workspace.trigger('editor-menu', menu, {}, { file: harness.app.vault.getFileByPath(path)! });
  return menu;
}
const titles = (menu: Menu) => menu.titles();

describe('the note menus', () => {
  it('offer Set follow-up, Follow up with everyone and Draft a message in the file menu of a meeting note', async () => {
    const harness = await startPlugin(FILES);
    expect(titles(fileMenu(harness, 'Meetings/2024-06-10 Kickoff.md'))).toEqual([
      'Set follow-up',
      'Follow up with everyone',
      'Draft a message',
    ]);
    expect(titles(editorMenu(harness, 'Meetings/2024-06-10 Kickoff.md'))).toEqual([
      'Set follow-up',
      'Follow up with everyone',
      'Draft a message',
    ]);
  });

  it('offer only Set follow-up on a note with nobody and no follow-up', async () => {
    const harness = await startPlugin(FILES);
    expect(titles(fileMenu(harness, 'Ideas.md'))).toEqual(['Set follow-up']);
    expect(titles(editorMenu(harness, 'Ideas.md'))).toEqual(['Set follow-up']);
  });

  it('Set follow-up from the file menu opens the modal for that note and writes it', async () => {
    const harness = await startPlugin(FILES);
    fileMenu(harness, 'Ideas.md').clickItem('Set follow-up');
    const modal = openModals.at(-1)!;
    const words = modal.contentEl.querySelector<HTMLInputElement>('input[aria-label="Date in words"]')!;
    words.value = 'tomorrow';
    words.dispatchEvent(new Event('input'));
    [...modal.contentEl.querySelectorAll('button')].find((button) => button.textContent === 'Save')!.click();
    await harness.settle();
    expect(harness.text('Ideas.md')).toBe('---\nfollow_up: 2024-06-13\n---\nNothing yet.\n');
  });

  it('add nothing to a file that is not a note', async () => {
    const harness = await startPlugin({ ...FILES, 'picture.png': 'x' });
    const menu = new Menu();
    const file = harness.app.vault.getAbstractFileByPath('picture.png');
    harness.app.workspace.trigger('file-menu', menu, file, 'file-explorer-context-menu');
    expect(titles(menu)).toEqual([]);
  });

  it('are gone when the plugin unloads', async () => {
    const harness = await startPlugin(FILES);
    harness.plugin.unload();
    expect(titles(fileMenu(harness, 'Ideas.md'))).toEqual([]);
    expect(titles(editorMenu(harness, 'Ideas.md'))).toEqual([]);
    expect(harness.app.registrations.filter((entry) => entry.kind === 'hoverLinkSource')).toEqual([]);
  });
});

describe('row titles act as links', () => {
  it('registers the rows as a page preview source', async () => {
    const harness = await startPlugin(FILES);
    expect(harness.app.registrations.filter((entry) => entry.kind === 'hoverLinkSource').map((entry) => entry.value)).toEqual([
      { id: 'follow-up-tracker', info: { display: 'Follow-ups', defaultMod: false } },
    ]);
  });

  it('shows the page preview on hover and opens a new tab on middle-click, in the sidebar and in the block', async () => {
    const harness = await startPlugin(FILES);
    expect(harness.command('open-sidebar')).toBe(true);
    await harness.settle();
    const sidebar = harness.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!.view.containerEl;
    const block = renderCodeBlock(harness.app, 'follow-ups', '', 'Ideas.md').el;
    const hovers = vi.fn();
    harness.app.workspace.on('hover-link', hovers);
    for (const root of [sidebar, block]) {
      const row = root.querySelector<HTMLElement>('[data-path="Meetings/2024-06-10 Kickoff.md"]')!;
      const title = row.querySelector<HTMLElement>('.follow-up-item-title')!;
      title.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      row.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true }));
      row.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true }));
      expect(hovers).toHaveBeenLastCalledWith(
        expect.objectContaining({
          source: 'follow-up-tracker',
          targetEl: title,
          linktext: 'Meetings/2024-06-10 Kickoff.md',
          sourcePath: '',
        }),
      );
    }
    expect(hovers).toHaveBeenCalledTimes(2);
    expect(harness.app.workspace.openedLinks.map((link) => [link.linktext, link.newLeaf])).toEqual([
      ['Meetings/2024-06-10 Kickoff.md', 'tab'],
      ['Meetings/2024-06-10 Kickoff.md', 'tab'],
    ]);
  });
});
