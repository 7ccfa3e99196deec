// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices, openModals, type Modal } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

const MEETING = 'Meetings/2024-06-03 Intro call.md';
const BODY = '# Intro call\n\n- [ ] Send the deck\n\n---\n\nfollow_up: not frontmatter\n';
const FILES = {
  'People/Jane.md': '---\nemail: jane@example.com\nlast_contact: 2024-05-01\n---\nJane runs ops.\n',
  [MEETING]: `---\ntitle: Intro call\nattendees:\n  - "[[Jane]]"\nfollow_up: 2024-06-10\nfollow_up_attempts: 2\ntags: [client, vip]\n---\n${BODY}`,
  'Meetings/Check-in.md': '---\nfollow_up: 2024-06-12\nfollow_up_every: 2w\nfollow_up_with: Kim\n---\nRecurring.\n',
};

async function onNote(path: string): Promise<Harness> {
  const harness = await startPlugin(FILES);
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(path)!);
  return harness;
}

async function run(harness: Harness, id: string): Promise<void> {
  expect(harness.command(id)).toBe(true);
  await harness.settle();
}

function clickButton(modal: Modal, label: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!button) throw new Error(`no button "${label}" in the modal`);
  button.click();
}

describe('actions write only their own fields', () => {
  it('Done', async () => {
    const harness = await onNote(MEETING);
    await run(harness, 'mark-done');
    expect(harness.text(MEETING)).toBe(
      `---\ntitle: Intro call\nattendees:\n  - "[[Jane]]"\nfollow_up_done: 2024-06-12\nfollow_up_outcome: replied\ntags: [client, vip]\n---\n${BODY}`,
    );
    expect(harness.text('People/Jane.md')).toBe('---\nemail: jane@example.com\nlast_contact: 2024-06-12\n---\nJane runs ops.\n');
    expect(notices.at(-1)).toBe('Done: 2024-06-03 Intro call.');
  });

  it('Done on a repeating follow-up sets the next one', async () => {
    const harness = await onNote('Meetings/Check-in.md');
    await run(harness, 'mark-done');
    expect(harness.text('Meetings/Check-in.md')).toBe(
      '---\nfollow_up: 2024-06-26\nfollow_up_every: 2w\nfollow_up_with: Kim\nfollow_up_done: 2024-06-12\nfollow_up_outcome: replied\n---\nRecurring.\n',
    );
  });

  it('Nudged', async () => {
    const harness = await onNote(MEETING);
    await run(harness, 'mark-nudged');
    expect(harness.text(MEETING)).toBe(
      `---\ntitle: Intro call\nattendees:\n  - "[[Jane]]"\nfollow_up: 2024-06-26\nfollow_up_attempts: 3\nfollow_up_nudged: 2024-06-12\ntags: [client, vip]\n---\n${BODY}`,
    );
  });

  it('Snooze, by a quick pick', async () => {
    const harness = await onNote(MEETING);
    await run(harness, 'snooze');
    clickButton(openModals.at(-1)!, 'Next Monday');
    await harness.settle();
    expect(harness.text(MEETING)).toContain('follow_up: 2024-06-17\n');
  });

  it('Drop, with an outcome and feedback', async () => {
    const harness = await onNote(MEETING);
    await run(harness, 'drop');
    const modal = openModals.at(-1)!;
    const select = modal.contentEl.querySelector('select')!;
    select.value = 'declined';
    select.dispatchEvent(new Event('change'));
    const area = modal.contentEl.querySelector('textarea')!;
    area.value = 'Budget frozen until Q4';
    area.dispatchEvent(new Event('input'));
    clickButton(modal, 'Drop');
    await harness.settle();
    expect(harness.text(MEETING)).toBe(
      `---\ntitle: Intro call\nattendees:\n  - "[[Jane]]"\nfollow_up_attempts: 2\nfollow_up_outcome: declined\nfollow_up_done: 2024-06-12\nfollow_up_feedback: Budget frozen until Q4\ntags: [client, vip]\n---\n${BODY}`,
    );
  });

  it('Set follow-up on a note without frontmatter creates exactly one block at the start', async () => {
    const harness = await startPlugin({ 'Ideas.md': 'Call the printer.\n' });
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath('Ideas.md')!);
    await run(harness, 'set-follow-up');
    const modal = openModals.at(-1)!;
    const date = modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]');
    const about = modal.contentEl.querySelector<HTMLInputElement>('input[aria-label="About"]');
    date!.value = '2024-06-20';
    date!.dispatchEvent(new Event('input'));
    about!.value = 'Ask for the quote';
    about!.dispatchEvent(new Event('input'));
    clickButton(modal, 'Save');
    await harness.settle();
    expect(harness.text('Ideas.md')).toBe('---\nfollow_up: 2024-06-20\nfollow_up_about: Ask for the quote\n---\nCall the printer.\n');
  });

  it('Set follow-up takes a date typed in words and shows the date it means before saving', async () => {
    const harness = await startPlugin({ 'Ideas.md': 'Call the printer.\n' });
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath('Ideas.md')!);
    await run(harness, 'set-follow-up');
    const modal = openModals.at(-1)!;
    const words = modal.contentEl.querySelector<HTMLInputElement>('input[aria-label="Date in words"]')!;
    const preview = modal.contentEl.querySelector('.follow-up-date-preview')!;
    words.value = 'next tue';
    words.dispatchEvent(new Event('input'));
    expect(preview.textContent).toBe('Tuesday, 18 June 2024');
    expect(modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]')!.value).toBe('2024-06-18');
    expect(harness.text('Ideas.md')).toBe('Call the printer.\n');
    words.value = 'someday';
    words.dispatchEvent(new Event('input'));
    expect(preview.textContent).toBe('“someday” is not a date I can read.');
    words.value = 'in 2 weeks';
    words.dispatchEvent(new Event('input'));
    expect(preview.textContent).toBe('Wednesday, 26 June 2024');
    clickButton(modal, 'Save');
    await harness.settle();
    expect(harness.text('Ideas.md')).toBe('---\nfollow_up: 2024-06-26\n---\nCall the printer.\n');
  });

  it('Undo restores the very bytes, and refuses once the note changed since', async () => {
    const harness = await onNote(MEETING);
    const before = harness.text(MEETING);
    await run(harness, 'mark-nudged');
    await run(harness, 'undo-last-action');
    expect(harness.text(MEETING)).toBe(before);

    await run(harness, 'mark-nudged');
    await harness.app.vault.process(harness.app.vault.getFileByPath(MEETING)!, (text) => `${text}Typed later.\n`);
    await run(harness, 'undo-last-action');
    expect(harness.text(MEETING)).toContain('follow_up_attempts: 3');
    expect(notices.at(-1)).toMatch(/Cannot undo .* changed since/);
  });
});

describe('writing safely', () => {
  it('never writes a note whose frontmatter does not parse, and says why', async () => {
    const broken = '---\npeople: [[A]], [[B]]\nfollow_up: 2024-06-10\n---\nBody\n';
    const harness = await startPlugin({ 'bad.md': broken });
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath('bad.md')!);
    await run(harness, 'set-follow-up');
    clickButton(openModals.at(-1)!, 'Save');
    await harness.settle();
    expect(harness.text('bad.md')).toBe(broken);
    expect(harness.app.vault.writeCount).toBe(0);
    expect(notices.at(-1)).toMatch(/“bad” was not changed: its frontmatter is not valid YAML/);
  });

  it('re-reads the note at the moment of writing: an edit made since the list was drawn is built on, not lost', async () => {
    const harness = await startPlugin(FILES, { metadataTiming: 'manual' });
    const file = harness.app.vault.getFileByPath(MEETING)!;
    await harness.app.workspace.setActiveFile(file);
    // Another device changes the note; Obsidian's metadata (and so the list) has not caught up yet.
    await harness.app.vault.process(file, (text) => text.replace('follow_up_attempts: 2', 'follow_up_attempts: 5'));
    await run(harness, 'mark-nudged');
    expect(harness.text(MEETING)).toContain('follow_up_attempts: 6\n');
  });

  it('does not bring back a follow-up that was closed since the list was drawn', async () => {
    const harness = await startPlugin(FILES, { metadataTiming: 'manual' });
    const file = harness.app.vault.getFileByPath(MEETING)!;
    await harness.app.workspace.setActiveFile(file);
    await harness.app.vault.process(file, (text) => text.replace('follow_up: 2024-06-10\n', ''));
    const before = harness.text(MEETING);
    await run(harness, 'snooze');
    clickButton(openModals.at(-1)!, 'Tomorrow');
    await harness.settle();
    expect(harness.text(MEETING)).toBe(before);
    expect(notices.at(-1)).toMatch(/was not changed: its follow-up was closed or removed since the list was drawn/);
  });

  it('applies two quick clicks on one note in order', async () => {
    const harness = await onNote(MEETING);
    harness.command('mark-nudged');
    harness.command('snooze');
    clickButton(openModals.at(-1)!, 'Tomorrow');
    await harness.settle();
    expect(harness.text(MEETING)).toContain('follow_up: 2024-06-13\n');
    expect(harness.text(MEETING)).toContain('follow_up_attempts: 3\n');
  });
});
