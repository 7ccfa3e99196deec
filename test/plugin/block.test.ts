// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isLoaded } from '../fakes/obsidian';
import { renderCodeBlock } from '../helpers/code-block';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const FILES = {
  'People/Jane.md': '---\nemail: jane@example.com\n---\n',
  'People/Eve.md': '---\npreferred_channel: phone\n---\n',
  'Deals/Acme.md': '---\nfollow_up: 2024-06-10\nfollow_up_with: "[[Jane]]"\nfollow_up_about: Send the pricing deck\n---\n',
  'Deals/Globex.md': '---\nfollow_up: 2024-06-12\nfollow_up_with: "[[Eve]]"\n---\n',
  'Deals/Initech.md': '---\nfollow_up: 2024-06-14\nfollow_up_with: "[[Jane]]"\n---\n',
  'Deals/Later.md': '---\nfollow_up: 2024-08-01\n---\n',
  'Daily/2024-06-12.md': '# Today\n\n```follow-ups\n```\n',
};

const rows = (el: HTMLElement) => [...el.querySelectorAll('.follow-up-item')].map((row) => row.getAttribute('data-path'));
const groupLabels = (el: HTMLElement) =>
  [...el.querySelectorAll('.follow-up-block-group')].map((group) => group.getAttribute('data-group'));

describe('the follow-ups code block', () => {
  it('shows what is due when empty, grouped by date, with the sidebar rows and actions', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', '', 'Daily/2024-06-12.md');
    expect(rows(block.el)).toEqual(['Deals/Acme.md', 'Deals/Globex.md', 'Deals/Initech.md']);
    expect(groupLabels(block.el)).toEqual(['Overdue', 'Today', 'Upcoming']);
    expect(block.el.querySelector('[data-path="Deals/Acme.md"] .follow-up-item-meta')?.textContent).toContain('Send the pricing deck');
    // No roving focus here as in the sidebar's list: each row is a stop of the Tab key.
    expect(block.el.querySelector('[data-path="Deals/Acme.md"]')?.getAttribute('tabindex')).toBe('0');
    expect(block.el.querySelectorAll('[data-path="Deals/Acme.md"] button').length).toBeGreaterThan(0);
  });

  it('resolves `with: this` to the person note the block is in', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', 'with: this\ndue: all', 'People/Jane.md');
    expect(rows(block.el)).toEqual(['Deals/Acme.md', 'Deals/Initech.md']);
  });

  it('resolves `path: this` to the note itself', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', 'path: this', 'Deals/Globex.md');
    expect(rows(block.el)).toEqual(['Deals/Globex.md']);
  });

  it('shows the line it cannot read in place of the list', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', 'due: today\nwho: Jane', 'Daily/2024-06-12.md');
    expect(rows(block.el)).toEqual([]);
    expect(block.el.querySelector('.follow-up-block-error')?.textContent).toBe(
      'This follow-ups query cannot be readLine 2: unknown key "who": use due, within, with, about, path, source, flag, limit, group.',
    );
  });

  it('says so when nothing matches, and how many the limit leaves out', async () => {
    const harness = await startPlugin(FILES);
    expect(renderCodeBlock(harness.app, 'follow-ups', 'with: Nobody', 'x.md').el.textContent).toBe('No follow-ups match.');
    const limited = renderCodeBlock(harness.app, 'follow-ups', 'due: all; limit: 1; group: none', 'x.md');
    expect(rows(limited.el)).toEqual(['Deals/Acme.md']);
    expect(limited.el.querySelector('.follow-up-block-more')?.textContent).toBe('3 more not shown');
  });

  it('redraws when a row is acted on and the index changes', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', 'due: overdue, today', 'Daily/2024-06-12.md');
    expect(rows(block.el)).toEqual(['Deals/Acme.md', 'Deals/Globex.md']);
    block.el.querySelector<HTMLElement>('[data-path="Deals/Globex.md"] [data-action="Done"]')!.click();
    await harness.settle();
    expect(harness.text('Deals/Globex.md')).toContain('follow_up_done: 2024-06-12');
    expect(rows(block.el)).toEqual(['Deals/Acme.md']);
  });

  it('stops listening when unloaded, and leaves nothing behind', async () => {
    const harness = await startPlugin(FILES);
    const block = renderCodeBlock(harness.app, 'follow-ups', 'due: all', 'Daily/2024-06-12.md');
    const child = block.children[0]!;
    expect(isLoaded(child)).toBe(true);
    block.section.unload();
    expect(isLoaded(child)).toBe(false);
    expect(block.el.childElementCount).toBe(0);
    await harness.app.vault.modify(harness.app.vault.getFileByPath('Deals/Later.md')!, '---\nfollow_up: 2024-06-01\n---\n');
    await harness.settle();
    expect(block.el.childElementCount).toBe(0);
  });

  it('unregisters the processor when the plugin unloads', async () => {
    const harness = await startPlugin(FILES);
    const kinds = () => harness.app.registrations.filter((entry) => entry.kind === 'markdownCodeBlockProcessor').length;
    expect(kinds()).toBe(1);
    harness.plugin.unload();
    expect(kinds()).toBe(0);
  });
});
