// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices, openModals, type Modal } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// Notes as people really have them, read and written by the plugin through the fake Obsidian.

const TODAY = '2024-06-12';
const problems = (harness: Harness) => harness.plugin['indexer'].index.snapshot(TODAY).problems;
const items = (harness: Harness) => harness.plugin['indexer'].index.snapshot(TODAY).items.map((item) => [item.path, item.due] as const);

function clickButton(modal: Modal, label: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!button) throw new Error(`no button "${label}" in the modal`);
  button.click();
}

/** Runs "Set follow-up on this note" on `path` for `date`, as a user would. */
async function setFollowUp(harness: Harness, path: string, date: string): Promise<void> {
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(path)!);
  expect(harness.command('set-follow-up')).toBe(true);
  const modal = openModals.at(-1)!;
  const input = modal.contentEl.querySelector('input[type="date"]') as HTMLInputElement;
  input.value = date;
  input.dispatchEvent(new Event('input'));
  clickButton(modal, 'Save');
  await harness.settle();
}

describe('an empty frontmatter block', () => {
  it('is no problem, and a follow-up can be set on it', async () => {
    const harness = await startPlugin({ 'Empty.md': '---\n---\nBody.\n', 'Empty at end.md': '---\n---' });
    expect(problems(harness)).toEqual([]);
    await setFollowUp(harness, 'Empty.md', '2024-06-20');
    expect(harness.text('Empty.md')).toBe('---\nfollow_up: 2024-06-20\n---\nBody.\n');
    await setFollowUp(harness, 'Empty at end.md', '2024-06-21');
    expect(harness.text('Empty at end.md')).toBe('---\nfollow_up: 2024-06-21\n---');
    expect(items(harness)).toEqual([
      ['Empty.md', '2024-06-20'],
      ['Empty at end.md', '2024-06-21'],
    ]);
    expect(notices.filter((notice) => notice.includes('not changed'))).toEqual([]);
  });
});

describe('Set follow-up', () => {
  it('leaves the about and channel the note already has as the user wrote them', async () => {
    const text = '---\nfollow_up: 2024-06-10\nfollow_up_channel: Email\nfollow_up_about: "  Send the deck "\n---\nBody.\n';
    const harness = await startPlugin({ 'Deals/Acme.md': text });
    await setFollowUp(harness, 'Deals/Acme.md', '2024-06-20');
    expect(harness.text('Deals/Acme.md')).toBe(text.replace('2024-06-10', '2024-06-20'));
  });
});

describe('a frontmatter block that is never closed', () => {
  const UNCLOSED = '---\nfollow_up: 2024-06-20\nThe closing fence was never written.\n';

  it.each([
    ['never closed', UNCLOSED],
    ['closed by "..."', '---\nfollow_up: 2024-06-10\n...\nBody.\n'],
  ])('is never written to, %s: a second block above it would bury it', async (_name, text) => {
    const harness = await startPlugin({ 'Deals/Acme.md': text });
    await setFollowUp(harness, 'Deals/Acme.md', '2024-06-20');
    expect(harness.text('Deals/Acme.md')).toBe(text);
    expect(harness.app.vault.writeCount).toBe(0);
    expect(notices.at(-1)).toMatch(/“Acme” was not changed: .*(no closing "---" line|ends with "\.\.\.")/);
  });

  it('does not keep a note that opens with a horizontal rule from getting a follow-up', async () => {
    const harness = await startPlugin({ 'Ideas.md': '---\nA thought, under a rule.\n' });
    await setFollowUp(harness, 'Ideas.md', '2024-06-20');
    expect(harness.text('Ideas.md')).toBe('---\nfollow_up: 2024-06-20\n---\n---\nA thought, under a rule.\n');
  });

  it('is a problem from the start, and follows edits and renames', async () => {
    const harness = await startPlugin({
      'Deals/Acme.md': UNCLOSED,
      'Deals/Rule.md': '---\nA note that opens with a horizontal rule.\n',
      'People/Ana.md': '---\nemail: ana@example.com\n',
    });
    expect(problems(harness).map((problem) => [problem.path, problem.field])).toEqual([
      ['Deals/Acme.md', 'frontmatter'],
      ['People/Ana.md', 'frontmatter'],
    ]);
    expect(problems(harness)[0]?.message).toMatch(/no closing "---" line/);
    const { vault } = harness.app;
    await vault.rename(vault.getFileByPath('Deals/Acme.md')!, 'Deals/Acme Corp.md');
    await harness.settle();
    expect(problems(harness).map((problem) => problem.path)).toEqual(['Deals/Acme Corp.md', 'People/Ana.md']);
    await vault.process(vault.getFileByPath('Deals/Acme Corp.md')!, (text) => text.replace('The closing', '---\nThe closing'));
    await harness.settle();
    expect(problems(harness).map((problem) => problem.path)).toEqual(['People/Ana.md']);
    expect(items(harness)).toEqual([['Deals/Acme Corp.md', '2024-06-20']]);
    await vault.process(
      vault.getFileByPath('Deals/Acme Corp.md')!,
      () => '---\nfollow_up: 2024-06-20\n...\nClosed the way YAML ends a document.\n',
    );
    await harness.settle();
    expect(problems(harness)[0]).toMatchObject({
      path: 'Deals/Acme Corp.md',
      message: expect.stringMatching(/ends with "\.\.\.".*Write "---" there instead/) as unknown,
    });
    expect(items(harness)).toEqual([]);
  });
});

describe('values YAML 1.1 would have turned into something else', () => {
  it('keep their values when the plugin writes the note', async () => {
    const text = '---\nzip: 01234\nstatus: no\nversion: 1.10\ncount: 010\nfollow_up: 2024-06-10\n---\nBody.\n';
    const harness = await startPlugin({ 'Deals/Acme.md': text });
    await setFollowUp(harness, 'Deals/Acme.md', '2024-06-20');
    const { parseYaml, getFrontMatterInfo } = await import('../fakes/obsidian');
    const fields = (note: string) => parseYaml(getFrontMatterInfo(note).frontmatter) as Record<string, unknown>;
    expect(fields(harness.text('Deals/Acme.md'))).toEqual({ ...fields(text), follow_up: '2024-06-20' });
    expect(fields(text)).toMatchObject({ status: 'no', zip: 1234, version: 1.1, count: 10 });
  });
});

describe('a case-only rename', () => {
  it('moves the item to the new name, and an action writes there', async () => {
    const harness = await startPlugin({ 'Deals/Acme.md': '---\nfollow_up: 2024-06-10\n---\n' });
    const { vault } = harness.app;
    await vault.rename(vault.getFileByPath('Deals/Acme.md')!, 'Deals/acme.md');
    await harness.settle();
    expect(items(harness)).toEqual([['Deals/acme.md', '2024-06-10']]);
    await setFollowUp(harness, 'Deals/acme.md', '2024-06-21');
    expect(harness.text('Deals/acme.md')).toBe('---\nfollow_up: 2024-06-21\n---\n');
    expect(items(harness)).toEqual([['Deals/acme.md', '2024-06-21']]);
  });
});
