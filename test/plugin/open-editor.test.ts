// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownView } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// Obsidian saves what is typed in an editor a moment later (requestSave is debounced). A write to
// the file in between must not lose it. The fake models the editor's text as the view's data: a
// change on disk replaces it (Obsidian tries to merge; this is the case where that fails), and
// setViewData puts text in the editor without saving it, as typing before the save does.

const PATH = 'Deals/Acme.md';
const TEXT = '---\nfollow_up: 2024-06-10\nfollow_up_attempts: 1\n---\n# Acme\n\nCall notes.\n';

async function typedButNotSaved(harness: Harness, typed: string): Promise<MarkdownView> {
  const leaf = await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(PATH)!);
  const view = leaf.view as MarkdownView;
  view.setViewData(typed, false);
  expect(harness.text(PATH)).toBe(TEXT);
  return view;
}

describe('a note open in the editor with unsaved typing', () => {
  it.each([
    ['mark-nudged', 'follow_up_attempts: 2'],
    ['mark-done', 'follow_up_outcome: replied'],
  ])('keeps every keystroke when %s writes its frontmatter', async (command, written) => {
    const harness = await startPlugin({ [PATH]: TEXT });
    const typed = `${TEXT}- Asked for the pricing deck\n`;
    const view = await typedButNotSaved(harness, typed);
    expect(harness.command(command)).toBe(true);
    await harness.settle();
    const text = harness.text(PATH);
    expect(text).toContain(written);
    expect(text.endsWith('Call notes.\n- Asked for the pricing deck\n')).toBe(true);
    expect(view.getViewData()).toBe(text);
  });

  it('keeps what was typed into the frontmatter too', async () => {
    const harness = await startPlugin({ [PATH]: TEXT });
    const view = await typedButNotSaved(harness, TEXT.replace('---\n#', 'follow_up_about: Send the deck\n---\n#'));
    expect(harness.command('mark-nudged')).toBe(true);
    await harness.settle();
    expect(harness.text(PATH)).toBe(
      // The second reminder waits the second of the nudge waits (7 days); the new key goes after our last one.
      '---\nfollow_up: 2024-06-19\nfollow_up_attempts: 2\nfollow_up_about: Send the deck\nfollow_up_nudged: 2024-06-12\n---\n# Acme\n\nCall notes.\n',
    );
    expect(view.getViewData()).toBe(harness.text(PATH));
  });
});

describe('the weekly review note open with unsaved typing', () => {
  it('keeps what was typed around the generated block when the review is written again', async () => {
    const harness = await startPlugin({ [PATH]: TEXT });
    expect(harness.command('write-weekly-review')).toBe(true);
    await harness.settle();
    const review = 'Reviews/Follow-up review 2024-W24.md';
    const leaf = await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(review)!);
    const view = leaf.view as MarkdownView;
    view.setViewData(`My notes before.\n\n${harness.text(review)}\nMy notes after.\n`, false);
    expect(harness.command('write-weekly-review')).toBe(true);
    await harness.settle();
    const text = harness.text(review);
    expect(text.startsWith('My notes before.\n\n<!-- follow-up-review:start -->\n')).toBe(true);
    expect(text.endsWith('<!-- follow-up-review:end -->\n\nMy notes after.\n')).toBe(true);
    expect(view.getViewData()).toBe(text);
  });
});
