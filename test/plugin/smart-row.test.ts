// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { shownMenus } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/plugin/view/follow-ups-view';

afterEach(cleanUpPlugin);

// The harness's today is 2024-06-12.
const FILES = {
  'People/Jane.md': '---\nemail: jane@example.com\nphone: +1 555 0100\nlast_contact: 2024-06-01\nbirthday: 1990-06-14\n---\n',
  'People/Eve.md': '---\naway_until: 2024-06-20\n---\n',
  'Meetings/2024-06-03 Intro.md': '---\nattendees: "[[Jane]]"\nfollow_up: 2024-06-13\nfollow_up_about: Send the deck\n---\n',
  'Meetings/2024-06-11 Lunch.md': '---\nattendees: "[[Jane]]"\n---\n',
  'Deals/Globex.md': '---\nfollow_up: 2024-06-14\nfollow_up_with: "[[Eve]]"\n---\n',
  'Deals/Acme.md':
    '---\nfollow_up: 2024-06-10\nfollow_up_with: "[[Jane]]"\nfollow_up_channel: email\nfollow_up_attempts: 3\nfollow_up_nudged: 2024-06-12\n---\n',
};

async function openSidebar(): Promise<{ harness: Harness; root: HTMLElement }> {
  const harness = await startPlugin(FILES);
  expect(harness.command('open-sidebar')).toBe(true);
  await harness.settle();
  return { harness, root: harness.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!.view.containerEl };
}

const row = (root: HTMLElement, path: string, source = 'note') => root.querySelector<HTMLElement>(`[data-key="${source}:${path}"]`)!;

describe('a row that knows more than the date', () => {
  it('asks whether a follow-up is done when you met them since, and Done records the day you met', async () => {
    const { harness, root } = await openSidebar();
    const intro = row(root, 'Meetings/2024-06-03 Intro.md');
    expect(intro.querySelector('.follow-up-item-flags')?.textContent).toContain('You met Jane on 11 June (Lunch) — done?');
    const done = intro.querySelector<HTMLElement>('[data-action="Done"]')!;
    expect(done.getAttribute('aria-label')).toBe('Done on 11 June: 2024-06-03 Intro (D)');
    done.click();
    await harness.settle();
    expect(harness.text('Meetings/2024-06-03 Intro.md')).toContain('follow_up_done: 2024-06-11\n');
    expect(harness.text('People/Jane.md')).toContain('last_contact: 2024-06-11\n');
  });

  it('says until when a person is away', async () => {
    const { root } = await openSidebar();
    expect(row(root, 'Deals/Globex.md').querySelector('.follow-up-item-flags')?.textContent).toBe('away until 20 June');
  });

  it('after the last allowed reminder, says so, suggests the other channel, and drops as no response in one tap', async () => {
    const { harness, root } = await openSidebar();
    const acme = row(root, 'Deals/Acme.md');
    expect(acme.querySelector('.follow-up-item-meta')?.textContent).toContain('3 reminders sent by email — try phone');
    expect(acme.querySelector('.follow-up-item-flags')?.textContent).toContain('3 reminders sent — consider letting go');
    acme.querySelector<HTMLElement>('[data-action="More"]')!.click();
    expect(shownMenus.at(-1)!.titles()[0]).toBe('Drop: no response');
    shownMenus.at(-1)!.clickItem('Drop: no response');
    await harness.settle();
    expect(harness.text('Deals/Acme.md')).toContain('follow_up_outcome: no-response');
    expect(harness.text('Deals/Acme.md')).not.toContain('follow_up: 2024-06-10');
  });

  it('shows a birthday with the age, and Done records last contact on the person note', async () => {
    const { harness, root } = await openSidebar();
    const birthday = row(root, 'People/Jane.md', 'birthday');
    expect(birthday.querySelector('.follow-up-item-meta')?.textContent).toBe('due in 2 days · Jane · birthday on 14 June, turns 34');
    birthday.querySelector<HTMLElement>('[data-action="Done"]')!.click();
    await harness.settle();
    expect(harness.text('People/Jane.md')).toContain('last_contact: 2024-06-12\n');
  });
});
