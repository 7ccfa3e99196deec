// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openModals, type Modal } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

// The write-back property once failed with `expected '' to be '---\n---'`. Its case: a note with
// an empty frontmatter block whose body is two horizontal rules (`---`, `---`); Set follow-up, then
// Undo. Writes went through processFrontMatter then, which removes a block the change leaves
// empty: Undo took `follow_up` out, the block went, and the body's two rules became the note's
// (empty) frontmatter, so its body read '' where it had been '---\n---'. Writes now change only
// the lines of our keys and Undo puts back the very bytes; these notes pin that.

afterEach(cleanUpPlugin);

const NOTE = 'Notes/Note.md';

function clickButton(modal: Modal, label: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}

async function setFollowUp(harness: Harness, date: string): Promise<void> {
  expect(harness.command('set-follow-up')).toBe(true);
  const modal = openModals.at(-1)!;
  const input = modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]')!;
  input.value = date;
  input.dispatchEvent(new Event('input'));
  clickButton(modal, 'Save');
  await harness.settle();
}

async function undo(harness: Harness): Promise<void> {
  expect(harness.command('undo-last-action')).toBe(true);
  await harness.settle();
}

describe('a note whose frontmatter is empty and whose body holds `---` lines', () => {
  it.each([
    ['two rules for a body', '---\n---\n---\n---', '---\nfollow_up: 2024-07-01\n---\n---\n---'],
    ['in CRLF', '---\r\n---\r\n---\r\n---\r\n', '---\r\nfollow_up: 2024-07-01\r\n---\r\n---\r\n---\r\n'],
    ['with a byte-order mark', '\uFEFF---\n---\n---\nNot YAML: [\n---\n', '\uFEFF---\nfollow_up: 2024-07-01\n---\n---\nNot YAML: [\n---\n'],
  ])('%s: Set follow-up fills the block it has, and Undo gives back the very bytes', async (_, text, withFollowUp) => {
    const harness = await startPlugin({ [NOTE]: text });
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(NOTE)!);
    await setFollowUp(harness, '2024-07-01');
    expect(harness.text(NOTE)).toBe(withFollowUp);
    await undo(harness);
    expect(harness.text(NOTE)).toBe(text);
  });

  it('Done, then Undo twice: the block is never taken away, and the body never becomes frontmatter', async () => {
    const text = '---\nfollow_up: 2024-06-10\n---\n---\n---';
    const harness = await startPlugin({ [NOTE]: text });
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(NOTE)!);
    expect(harness.command('mark-done')).toBe(true);
    await harness.settle();
    expect(harness.text(NOTE)).toBe('---\nfollow_up_done: 2024-06-12\nfollow_up_outcome: replied\n---\n---\n---');
    await undo(harness);
    expect(harness.text(NOTE)).toBe(text);
    // Nothing left to undo: the note stays as it is.
    await undo(harness);
    expect(harness.text(NOTE)).toBe(text);
  });
});
