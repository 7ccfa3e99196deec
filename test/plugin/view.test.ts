// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApp, notices, shownMenus } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/plugin/view/follow-ups-view';

afterEach(cleanUpPlugin);

const FILES = {
  'People/Eve.md': '---\npreferred_channel: phone\n---\n',
  'People/Jane.md': '---\nemail: jane@example.com\npreferred_channel: email\n---\n',
  'Deals/Acme.md':
    '---\nfollow_up: 2024-06-10\nfollow_up_with: "[[Jane]]"\nfollow_up_about: Send the pricing deck\nfollow_up_attempts: 3\n---\nBody.\n',
  'Deals/Globex.md': '---\nfollow_up: 2024-06-12\nfollow_up_with: "[[Eve]]"\n---\n',
  'Deals/Initech.md': '---\nfollow_up: 2024-06-14\nfollow_up_with: "[[Jane]]"\n---\n',
  'Deals/Later.md': '---\nfollow_up: 2024-08-01\n---\n',
  'Deals/Done.md': '---\nfollow_up_with: "[[Eve]]"\nfollow_up_done: 2024-06-11\nfollow_up_outcome: replied\n---\n',
  'Inbox/typo.md': '---\nfollow_up: 2024-02-30\n---\n',
};

async function openSidebar(files: Record<string, string> = FILES): Promise<{ harness: Harness; root: HTMLElement }> {
  const harness = await startPlugin(files);
  expect(harness.command('open-sidebar')).toBe(true);
  await harness.settle();
  const leaf = harness.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!;
  return { harness, root: leaf.view.containerEl };
}

const groupTitles = (root: HTMLElement) =>
  [...root.querySelectorAll('.follow-up-group')].map(
    (group) =>
      `${group.getAttribute('data-group')}:${group.querySelector('.follow-up-group-title')?.getAttribute('aria-expanded') === 'true' ? 'open' : 'closed'}`,
  );
const rowPaths = (root: HTMLElement, group: string) =>
  [...root.querySelectorAll(`[data-group="${group}"] .follow-up-item`)].map((row) => row.getAttribute('data-path'));

const press = (key: string) =>
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('the follow-ups sidebar', () => {
  it('groups overdue, today, upcoming, later (collapsed) and problems', async () => {
    const { root } = await openSidebar();
    expect(groupTitles(root)).toEqual(['overdue:open', 'today:open', 'upcoming:open', 'later:closed', 'problems:open']);
    expect(rowPaths(root, 'overdue')).toEqual(['Deals/Acme.md']);
    expect(rowPaths(root, 'today')).toEqual(['Deals/Globex.md']);
    expect(rowPaths(root, 'upcoming')).toEqual(['Deals/Initech.md']);
    expect(rowPaths(root, 'later')).toEqual([]);
    root.querySelector<HTMLElement>('[data-group="later"] .follow-up-group-title')!.click();
    expect(groupTitles(root)[3]).toBe('later:open');
    expect(rowPaths(root, 'later')).toEqual(['Deals/Later.md']);
    expect(root.querySelector('[data-group="problems"] .follow-up-problem')?.textContent).toContain('is not a day on the calendar');
  });

  it('shows the note, then when, who, how and why on one line, then the flags in words on one line', async () => {
    const { root } = await openSidebar();
    const acme = root.querySelector('[data-path="Deals/Acme.md"]')!;
    expect(acme.querySelector('.follow-up-item-title')?.textContent).toBe('Acme');
    expect(acme.querySelector('.follow-up-item-due')?.textContent).toBe('2 days overdue');
    expect(acme.querySelector('.follow-up-item-meta')?.textContent).toBe(
      '2 days overdue · Jane · email · Send the pricing deck · 3 reminders sent',
    );
    expect(acme.querySelector('.follow-up-item-flags')?.textContent).toBe(
      '3 reminders sent — consider letting go · also due with Jane this week',
    );
    const globex = root.querySelector('[data-path="Deals/Globex.md"]')!;
    expect(globex.querySelector('.follow-up-item-meta')?.textContent).toBe('due today · Eve · phone');
    expect(globex.querySelector('.follow-up-item-flags')?.textContent).toBe('you followed up with Eve yesterday');
    expect(root.querySelector('[data-path="Deals/Later.md"] .follow-up-item-flags')).toBeNull();
  });

  it('has three icon buttons per row whose names say which item, and the key that does the same', async () => {
    const { root } = await openSidebar();
    const buttons = [...root.querySelectorAll('[data-path="Deals/Acme.md"] button')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Done: Acme (D)',
      'Snooze: Acme (S)',
      'More actions: Acme (M)',
    ]);
    expect(buttons.map((button) => button.querySelector('svg')?.getAttribute('data-icon'))).toEqual([
      'check',
      'alarm-clock',
      'more-horizontal',
    ]);
  });

  it('offers the outcomes, nudged, drop and a draft in the "more" menu, by tap', async () => {
    const { harness, root } = await openSidebar();
    root.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] [data-action="More"]')!.click();
    expect(shownMenus.at(-1)!.titles()).toEqual([
      'Done: they replied',
      'Done: they declined',
      'Done: no response',
      'Nudged, waiting for a reply',
      'Drop…',
      'Draft a message',
    ]);
    shownMenus.at(-1)!.clickItem('Done: they declined');
    await harness.settle();
    expect(harness.text('Deals/Globex.md')).toContain('follow_up_outcome: declined');
    root.querySelector<HTMLElement>('[data-path="Deals/Initech.md"] [data-action="More"]')!.click();
    shownMenus.at(-1)!.clickItem('Nudged, waiting for a reply');
    await harness.settle();
    expect(harness.text('Deals/Initech.md')).toContain('follow_up_attempts: 1');
  });

  it('makes the rows one tab stop, moves between them with the arrow keys and opens one with Enter', async () => {
    const { harness, root } = await openSidebar();
    const rows = () => [...root.querySelectorAll<HTMLElement>('.follow-up-item')];
    expect(rows().filter((row) => row.tabIndex === 0)).toHaveLength(1);
    expect(root.querySelectorAll('.follow-up-item button[tabindex="0"], .follow-up-item a')).toHaveLength(0);
    expect(rows()[0]!.getAttribute('role')).toBe('listitem');
    expect(rows()[0]!.parentElement!.getAttribute('role')).toBe('list');
    rows()[0]!.focus();
    press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Globex.md');
    press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Initech.md');
    press('ArrowUp');
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Globex.md');
    expect(
      rows()
        .filter((row) => row.tabIndex === 0)
        .map((row) => row.dataset.path),
    ).toEqual(['Deals/Globex.md']);
    press('Enter');
    expect(harness.app.workspace.openedLinks.at(-1)?.linktext).toBe('Deals/Globex.md');
  });

  it('marks the focused row done with D and keeps the focus on the row that takes its place', async () => {
    const { harness, root } = await openSidebar();
    root.querySelector<HTMLElement>('[data-path="Deals/Acme.md"]')!.focus();
    press('d');
    await harness.settle();
    expect(harness.text('Deals/Acme.md')).toContain('follow_up_done: 2024-06-12');
    expect(root.querySelector('[data-path="Deals/Acme.md"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Globex.md');
    press('s');
    shownMenus.at(-1)!.clickItem('Next Monday (2024-06-17)');
    await harness.settle();
    expect(harness.text('Deals/Globex.md')).toContain('follow_up: 2024-06-17');
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Initech.md');
  });

  it('keeps the focus in the list after Done is tapped', async () => {
    const { harness, root } = await openSidebar();
    const button = root.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] [data-action="Done"]')!;
    button.focus();
    button.click();
    await harness.settle();
    expect(document.activeElement?.getAttribute('data-path')).toBe('Deals/Initech.md');
  });

  it('opens the note on click, in a new tab with a modifier', async () => {
    const { harness, root } = await openSidebar();
    const title = root.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] .follow-up-item-title')!;
    title.click();
    title.dispatchEvent(new MouseEvent('click', { ctrlKey: true, bubbles: true }));
    expect(harness.app.workspace.openedLinks.slice(-2).map((link) => [link.linktext, link.newLeaf])).toEqual([
      ['Deals/Globex.md', false],
      ['Deals/Globex.md', 'tab'],
    ]);
  });

  it('moves an item when it is done, snoozed or dropped', async () => {
    const { harness, root } = await openSidebar();
    root.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] [data-action="Done"]')!.click();
    await harness.settle();
    expect(harness.text('Deals/Globex.md')).toContain('follow_up_outcome: replied');
    expect(rowPaths(root, 'today')).toEqual([]);

    root.querySelector<HTMLElement>('[data-path="Deals/Acme.md"] [data-action="Snooze"]')!.click();
    shownMenus.at(-1)!.clickItem('Next Monday (2024-06-17)');
    await harness.settle();
    expect(harness.text('Deals/Acme.md')).toContain('follow_up: 2024-06-17');
    expect(rowPaths(root, 'overdue')).toEqual([]);
    expect(rowPaths(root, 'upcoming')).toEqual(['Deals/Initech.md', 'Deals/Acme.md']);
  });

  it('filters by text and by person', async () => {
    const { harness, root } = await openSidebar();
    const input = root.querySelector<HTMLInputElement>('.follow-up-filter')!;
    input.value = 'pricing';
    input.dispatchEvent(new Event('input'));
    await harness.settle();
    expect(root.querySelectorAll('.follow-up-item')).toHaveLength(1);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const person = root.querySelector<HTMLSelectElement>('.follow-up-person')!;
    // Everyone's names go into the menu when it is about to be used, not on every draw.
    expect([...person.options].map((option) => option.text)).toEqual(['Everyone']);
    person.dispatchEvent(new Event('focus'));
    expect([...person.options].map((option) => option.text)).toEqual(['Everyone', 'Eve', 'Jane']);
    person.value = 'Jane';
    person.dispatchEvent(new Event('change'));
    expect([...root.querySelectorAll('.follow-up-item')].map((row) => row.getAttribute('data-path'))).toEqual([
      'Deals/Acme.md',
      'Deals/Initech.md',
    ]);
  });

  it('says how to add a follow-up when there is none', async () => {
    const { root } = await openSidebar({ 'a.md': 'Nothing here.\n' });
    expect(root.querySelector('.follow-up-empty')?.textContent).toContain('Add a follow_up date');
  });

  it('tells the user when the note behind an item was renamed since the list was drawn', async () => {
    const harness = await startPlugin(FILES, { metadataTiming: 'manual' });
    harness.command('open-sidebar');
    await harness.settle();
    const root = harness.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!.view.containerEl;
    const done = root.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] [data-action="Done"]')!;
    await harness.app.vault.rename(harness.app.vault.getFileByPath('Deals/Globex.md')!, 'Deals/Globex Corp.md');
    done.click();
    await harness.settle();
    expect(notices.at(-1)).toBe('“Deals/Globex.md” was renamed or deleted since the list was drawn, so it was not changed.');
    expect(harness.text('Deals/Globex Corp.md')).toBe(FILES['Deals/Globex.md']);
  });

  it.each([1000, 10_000])('draws only the rows near the screen: the DOM stays small with %i items', async (count) => {
    const files: Record<string, string> = {};
    for (let index = 0; index < count; index += 1) files[`Many/${String(index).padStart(5, '0')}.md`] = '---\nfollow_up: 2024-06-01\n---\n';
    const { harness, root } = await openSidebar(files);
    const list = root.querySelector<HTMLElement>('.follow-up-list')!;
    expect(root.querySelector('[data-group="overdue"] .follow-up-count')?.textContent).toBe(String(count));
    expect(root.querySelectorAll('*').length).toBeLessThanOrEqual(400);
    const first = [...root.querySelectorAll('.follow-up-item')].map((row) => row.getAttribute('data-path'));
    expect(first[0]).toBe('Many/00000.md');
    expect(first.length).toBeLessThan(40);

    // Scrolled to the middle: the rows there, and the same small DOM.
    list.scrollTop = 51 * (count / 2);
    list.dispatchEvent(new Event('scroll'));
    const middle = [...root.querySelectorAll<HTMLElement>('.follow-up-item')];
    expect(middle.map((row) => row.getAttribute('data-path'))).toContain(`Many/${String(count / 2).padStart(5, '0')}.md`);
    expect(middle.find((row) => row.dataset.path === `Many/${String(count / 2).padStart(5, '0')}.md`)?.style.top).toBe(
      `${51 * (count / 2)}px`,
    );
    expect(root.querySelectorAll('*').length).toBeLessThanOrEqual(400);
    expect(middle.map((row) => row.getAttribute('aria-setsize'))).toEqual(middle.map(() => String(count)));
    await harness.settle();
  });

  it('redraws only the row of the note that changed', async () => {
    const { harness, root } = await openSidebar();
    const before = new Map([...root.querySelectorAll<HTMLElement>('.follow-up-item')].map((row) => [row.dataset.path, row]));
    await harness.app.vault.modify(
      harness.app.vault.getFileByPath('Deals/Initech.md')!,
      '---\nfollow_up: 2024-06-14\nfollow_up_with: "[[Jane]]"\nfollow_up_about: New terms\n---\n',
    );
    await harness.settle();
    const after = [...root.querySelectorAll<HTMLElement>('.follow-up-item')];
    expect(after.filter((row) => before.get(row.dataset.path) !== row).map((row) => row.dataset.path)).toEqual(['Deals/Initech.md']);
    expect(root.querySelector('[data-path="Deals/Initech.md"] .follow-up-item-meta')?.textContent).toContain('New terms');
  });

  it('draws nothing for a collapsed group, and its rows when it is opened', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 300; index += 1) files[`Far/${String(index).padStart(3, '0')}.md`] = '---\nfollow_up: 2025-01-01\n---\n';
    const { root } = await openSidebar(files);
    const later = root.querySelector<HTMLElement>('[data-group="later"]')!;
    expect(later.querySelector('.follow-up-count')?.textContent).toBe('300');
    expect(later.querySelectorAll('.follow-up-item')).toHaveLength(0);
    expect(later.querySelector('.follow-up-group-body')?.getAttribute('style')).toContain('height: 0px');
    later.querySelector<HTMLElement>('.follow-up-group-title')!.click();
    expect(later.querySelectorAll('.follow-up-item').length).toBeGreaterThan(10);
    expect(later.querySelector('.follow-up-group-body')?.getAttribute('style')).toContain(`height: ${300 * 51}px`);
  });
});

describe('unloading', () => {
  it('leaves no listener, interval, view or command behind', async () => {
    const { harness } = await openSidebar();
    const { app, plugin } = harness;
    const before = { changed: app.metadataCache.listenerCount('changed'), rename: app.vault.listenerCount('rename') };
    expect(before.changed).toBeGreaterThan(0);
    const clearInterval = vi.spyOn(window, 'clearInterval');
    plugin.unload();
    // What is left is the fake metadata cache's own subscription to the vault, as in a bare app.
    const bare = createFakeApp();
    expect(app.metadataCache.listenerCount('changed')).toBe(0);
    expect(app.metadataCache.listenerCount('resolved')).toBe(0);
    expect(app.vault.listenerCount('rename')).toBe(bare.vault.listenerCount('rename'));
    expect(app.vault.listenerCount('delete')).toBe(bare.vault.listenerCount('delete'));
    expect(app.workspace.listenerCount('layout-change')).toBe(0);
    expect(clearInterval).toHaveBeenCalled();
    expect(app.commands.listCommands()).toEqual([]);
    expect(document.querySelectorAll('.follow-up-view, .follow-up-item, .follow-up-status')).toHaveLength(0);
  });
});
