// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices, openModals, type Modal } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

// In the plugin, an action whose computed date would pass 9999-12-31 leaves every note as it was
// and says so in a notice naming the note and the field; the quick picks never offer such a day.

afterEach(cleanUpPlugin);

const CHECK_IN = 'Meetings/Check-in.md';
const refusal = (title: string, step: string) =>
  `“${title}” was not changed: it would move "follow_up" past 9999-12-31, the last date a note can hold (${step}).`;

async function onNote(files: Record<string, string>, path: string, now?: string): Promise<Harness> {
  const harness = await startPlugin(files, { now });
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(path)!);
  return harness;
}

async function run(harness: Harness, id: string): Promise<void> {
  expect(harness.command(id)).toBe(true);
  await harness.settle();
}

const buttons = (modal: Modal) => [...modal.contentEl.querySelectorAll('button')].map((button) => button.textContent);
const dateInput = (modal: Modal) => modal.contentEl.querySelector<HTMLInputElement>('input[type="date"]')!.value;

describe('an action that would step past 9999-12-31', () => {
  it('Done on a repeating follow-up with someone away until 9999-12-31: no note changes', async () => {
    const files = {
      'People/Jane.md': '---\naway_until: 9999-12-31\nlast_contact: 2024-05-01\n---\n',
      [CHECK_IN]: '---\nfollow_up: 2024-06-12\nfollow_up_every: 2w\nfollow_up_with: "[[Jane]]"\n---\nRecurring.\n',
    };
    const harness = await onNote(files, CHECK_IN);
    await run(harness, 'mark-done');
    expect(harness.text(CHECK_IN)).toBe(files[CHECK_IN]);
    expect(harness.text('People/Jane.md')).toBe(files['People/Jane.md']);
    expect(notices.at(-1)).toBe(refusal('Check-in', '9999-12-31 + 1 day'));
  });

  it('Nudged on 9999-12-30', async () => {
    const files = { [CHECK_IN]: '---\nfollow_up: 9999-12-30\n---\n' };
    const harness = await onNote(files, CHECK_IN, '9999-12-30T10:00:00');
    await run(harness, 'mark-nudged');
    expect(harness.text(CHECK_IN)).toBe(files[CHECK_IN]);
    expect(notices.at(-1)).toBe(refusal('Check-in', '9999-12-30 + 3 days'));
  });

  it('Follow up with everyone on 9999-12-30 (two days out): nobody’s note changes', async () => {
    const files = {
      'People/Sam.md': '---\nemail: sam@example.com\n---\n',
      'Meetings/Kickoff.md': '---\nattendees: ["[[Sam]]", "[[Ana]]"]\n---\n',
    };
    const harness = await onNote(files, 'Meetings/Kickoff.md', '9999-12-30T10:00:00');
    await run(harness, 'follow-up-with-everyone');
    expect(harness.text('People/Sam.md')).toBe(files['People/Sam.md']);
    expect(notices.at(-1)).toBe(
      'No follow-ups were set for the people in “Kickoff”: it would move "follow_up" past 9999-12-31, the last date a note can hold (9999-12-30 + 2 days).',
    );
    // Nobody is offered a new note with a follow-up that cannot be written.
    expect(openModals).toHaveLength(0);
  });

  it('the snooze quick picks leave out what would pass the last day, and no date is filled in for the user', async () => {
    const files = { [CHECK_IN]: '---\nfollow_up: 9999-12-20\n---\n' };
    const harness = await onNote(files, CHECK_IN, '9999-12-30T10:00:00');
    await run(harness, 'snooze');
    expect(buttons(openModals.at(-1)!)).toEqual(['Tomorrow', 'Save']);
    expect(dateInput(openModals.at(-1)!)).toBe('9999-12-31');
    openModals.at(-1)!.close();
    cleanUpPlugin();
    const last = await onNote(files, CHECK_IN, '9999-12-31T10:00:00');
    await run(last, 'snooze');
    expect(buttons(openModals.at(-1)!)).toEqual(['Save']);
    expect(dateInput(openModals.at(-1)!)).toBe('');
  });

  it('Set follow-up on 9999-12-31 offers no quick pick and fills in no date', async () => {
    const harness = await onNote({ 'Ideas.md': 'Call the printer.\n' }, 'Ideas.md', '9999-12-31T10:00:00');
    await run(harness, 'set-follow-up');
    expect(buttons(openModals.at(-1)!)).toEqual(['Save']);
    expect(dateInput(openModals.at(-1)!)).toBe('');
  });

  it('Set follow-up on 9999-12-29 offers the quick picks that still fall on a day', async () => {
    const harness = await onNote({ 'Ideas.md': 'Call the printer.\n' }, 'Ideas.md', '9999-12-29T10:00:00');
    await run(harness, 'set-follow-up');
    expect(buttons(openModals.at(-1)!)).toEqual(['In 2 days', 'Tomorrow', 'Save']);
    expect(dateInput(openModals.at(-1)!)).toBe('9999-12-31');
  });
});
