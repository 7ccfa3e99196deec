// @vitest-environment happy-dom
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_API_VERSION, notices, openModals, setApiVersion, type Modal } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';
import { VIEW_TYPE_FOLLOW_UPS } from '../../src/plugin/view/follow-ups-view';

afterEach(cleanUpPlugin);

const FILES = {
  'People/Jane Doe.md': '---\nemail: jane@example.com\nphone: "+1 555 0100"\nfollow_up_every: monthly\nlast_contact: 2024-04-01\n---\n',
  'People/Sam Lee.md': '---\nemail: sam@example.com\n---\n',
  'Meetings/2024-06-11 Meetup.md': '---\nattendees: ["[[Jane Doe]]", "[[Sam Lee]]", "[[Ana Ruiz]]"]\n---\n',
  'Meetings/2024-06-03 Pricing call.md':
    '---\nattendees: ["[[Jane Doe]]"]\nfollow_up: 2024-06-12\nfollow_up_about: Send the pricing deck.\n---\n# Pricing call\n\n## Next steps\n\n- Send the deck\n- Book a demo\n',
  'Deals/Old.md':
    '---\nfollow_up_with: "[[Jane Doe]]"\nfollow_up_done: 2024-05-02\nfollow_up_outcome: declined\nfollow_up_feedback: Budget frozen\n---\n',
};

async function onNote(path: string): Promise<Harness> {
  const harness = await startPlugin(FILES);
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(path)!);
  return harness;
}

function button(modal: Modal, label: string): HTMLButtonElement {
  const found = [...modal.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('drafts', () => {
  it('drafts a personal message from the note, with an e-mail link', async () => {
    const harness = await onNote('Meetings/2024-06-03 Pricing call.md');
    expect(harness.command('draft-message')).toBe(true);
    await harness.settle();
    const modal = openModals.at(-1)!;
    const text = modal.contentEl.textContent ?? '';
    expect(text).toContain('To: Jane Doe <jane@example.com>');
    expect(modal.contentEl.querySelector('.follow-up-draft-about')?.textContent).toBe('About: Send the pricing deck.');
    expect(modal.contentEl.querySelector('.follow-up-draft-body')?.textContent).toContain('- Send the deck\n- Book a demo');
    expect(modal.contentEl.querySelector('.follow-up-draft-body')?.textContent).not.toContain('pricing deck');
    expect(button(modal, 'Open in e-mail')).toBeDefined();
    expect(button(modal, 'Call')).toBeDefined();
  });

  it('uses the template note named in the settings', async () => {
    const harness = await startPlugin(
      { ...FILES, 'Templates/Follow-up message.md': 'Subject: Re {{meeting}}\n\nHello {{first_name}}! About {{about}}.' },
      { data: { draftTemplateNote: 'Follow-up message' } },
    );
    await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath('Meetings/2024-06-03 Pricing call.md')!);
    harness.command('draft-message');
    await harness.settle();
    const modal = openModals.at(-1)!;
    expect(modal.contentEl.querySelector('.follow-up-draft-subject')?.textContent).toBe('Subject: Re Pricing call');
    expect(modal.contentEl.querySelector('.follow-up-draft-body')?.textContent).toBe('Hello Jane! About Send the pricing deck.');
  });
});

describe('follow up with everyone', () => {
  it('sets follow-ups on the contact notes, skips open ones, and offers to create the missing notes', async () => {
    const harness = await onNote('Meetings/2024-06-11 Meetup.md');
    expect(harness.command('follow-up-with-everyone')).toBe(true);
    await harness.settle();
    expect(harness.text('People/Sam Lee.md')).toBe(
      '---\nemail: sam@example.com\nfollow_up: 2024-06-14\nfollow_up_about: Follow up on 2024-06-11 Meetup\n---\n',
    );
    expect(harness.text('People/Jane Doe.md')).not.toContain('follow_up:');
    expect(notices.join('\n')).toContain('Already open: Jane Doe.');
    const modal = openModals.at(-1)!;
    expect(modal.contentEl.textContent).toContain('Ana Ruiz');
    button(modal, 'Create notes').click();
    await harness.settle();
    expect(harness.text('People/Ana Ruiz.md')).toBe('---\nfollow_up: 2024-06-14\nfollow_up_about: Follow up on 2024-06-11 Meetup\n---\n');
  });
});

describe('calendar and bases', () => {
  it('writes Follow-ups.ics into the vault, and replaces it when written again', async () => {
    const harness = await startPlugin(FILES);
    harness.command('export-calendar');
    await harness.settle();
    const first = harness.text('Follow-ups.ics');
    expect(first.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(first.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    harness.command('export-calendar');
    await harness.settle();
    expect(harness.text('Follow-ups.ics').match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('creates Follow-ups.base once, and never overwrites it', async () => {
    setApiVersion('1.9.10');
    onTestFinished(() => setApiVersion(DEFAULT_API_VERSION));
    const harness = await startPlugin(FILES);
    harness.command('create-base');
    await harness.settle();
    expect(harness.text('Follow-ups.base')).toContain('file.hasProperty("follow_up")');
    await harness.app.vault.process(harness.app.vault.getFileByPath('Follow-ups.base')!, (text) => `${text}# mine\n`);
    harness.command('create-base');
    await harness.settle();
    expect(harness.text('Follow-ups.base')).toContain('# mine');
  });

  it('writes no base on an Obsidian older than 1.9.10, and says what it needs', async () => {
    const harness = await startPlugin(FILES);
    harness.command('create-base');
    await harness.settle();
    expect(harness.app.vault.getFileByPath('Follow-ups.base')).toBeNull();
    expect(notices).toContain(
      'A follow-ups base needs Obsidian 1.9.10 or newer, with the Bases core plugin on; this is Obsidian 1.8.7. Update Obsidian to use it.',
    );
  });
});

describe('the people view', () => {
  it('groups by person with last contact, cadence, slipping, open follow-ups and history', async () => {
    const harness = await startPlugin(FILES);
    harness.command('open-sidebar');
    await harness.settle();
    const root = harness.app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0]!.view.containerEl;
    root.querySelector<HTMLElement>('.follow-up-mode')!.click();
    const names = [...root.querySelectorAll('.follow-up-person-name')].map((element) => element.textContent);
    expect(names).toEqual(['Ana Ruiz', 'Jane Doe', 'Sam Lee']);
    const jane = root.querySelector<HTMLDetailsElement>('[data-person="Jane Doe"]')!;
    expect(jane.querySelector('.follow-up-person-facts')?.textContent).toBe('last contact yesterday · every month · 2 open');
    jane.open = true;
    jane.dispatchEvent(new Event('toggle'));
    const opened = root.querySelector('[data-person="Jane Doe"]')!;
    expect([...opened.querySelectorAll('.follow-up-item')].map((row) => row.getAttribute('data-path'))).toEqual([
      'Meetings/2024-06-03 Pricing call.md',
      'People/Jane Doe.md',
    ]);
    expect([...opened.querySelectorAll('.follow-up-history li')].map((row) => row.textContent)).toEqual([
      '2024-06-112024-06-11 Meetupmeeting',
      '2024-06-032024-06-03 Pricing callmeeting',
      '2024-05-02Oldfollow-up: declined“Budget frozen”',
    ]);
  });
});
