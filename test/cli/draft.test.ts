import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, FIXTURE_VAULT, runCli } from '../helpers/cli';

const DAY = '2024-06-12';
let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-draft-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('follow-up draft', () => {
  it('prints the draft for a note: recipients, subject and a body with the points of the note', async () => {
    const result = runCli(['draft', 'Meetings/2024-06-05 Demo for Kestrel Health.md', '--vault', EXAMPLE_VAULT, '--today', DAY]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('../__approved__/example-draft.txt');
  });

  it('takes the path without .md and with backslashes, and gentler words once reminders went out', () => {
    const result = runCli(['draft', 'Meetings\\2024-06-04 Interview with Oliver Grant', '--vault', EXAMPLE_VAULT, '--today', DAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^About: .+\nTo: Oliver Grant <[^>]+>\nSubject: Re: Following up: Interview with Oliver Grant\n\nHi Oliver,\n\nI know things get busy/,
    );
  });

  it('prints JSON with mailto and tel links', () => {
    const result = runCli(['draft', 'Meetings/2024-06-10 Lunch with Luca Romano.md', '--vault', EXAMPLE_VAULT, '--today', DAY, '--json']);
    expect(result.status).toBe(0);
    const draft = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(draft)).toEqual(['path', 'subject', 'body', 'stage', 'recipients', 'mailto', 'tel', 'about', 'remarks']);
    expect(draft.about).toBeNull();
    expect(draft.remarks).toEqual([]);
    expect(draft.path).toBe('Meetings/2024-06-10 Lunch with Luca Romano.md');
    expect(draft.stage).toBe('first');
    expect(draft.body).toContain('- Send Luca the draft offer letter');
    expect(draft.mailto).toMatch(/^mailto:[^?]+@[^?]+\?subject=Following%20up%3A%20Lunch%20with%20Luca%20Romano&body=Hi%20Luca%2C%0D%0A/);
    expect(draft.tel).toMatch(/^tel:\+\d+$/);
  });

  it('drafts for a note the index skips, such as a plain note', () => {
    const result = runCli(['draft', 'Plain.md', '--vault', FIXTURE_VAULT, '--today', DAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Subject: Following up\n\nHi there,\n/);
  });

  it('uses the template note named in the settings', () => {
    const vault = join(temp, 'vault');
    cpSync(EXAMPLE_VAULT, vault, { recursive: true });
    writeFileSync(join(vault, 'follow-up.config.json'), JSON.stringify({ draftTemplateNote: 'Templates/Message' }));
    writeFileSync(
      join(vault, 'Templates', 'Message.md'),
      '---\ntags: [template]\n---\nSubject: Hello {{first_name}}\n\n{{#reminder}}Again: {{/reminder}}{{about}} ({{meeting_date}})\n{{points}}\n{{unknown}}\n',
    );
    const result = runCli(['draft', 'Meetings/2024-06-10 Lunch with Luca Romano.md', '--vault', vault, '--today', DAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^To: Luca Romano <[^>]+>\nSubject: Hello Luca\n\nwhat we discussed \(10 June 2024\)\n- Start tracking engineering time per project\n- Send Luca the draft offer letter\n\{\{unknown\}\}\n$/,
    );

    writeFileSync(join(vault, 'follow-up.config.json'), JSON.stringify({ draftTemplateNote: 'Templates/Gone' }));
    const missing = runCli(['draft', 'Meetings/2024-06-10 Lunch with Luca Romano.md', '--vault', vault, '--today', DAY]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`follow-up: The draft template note "Templates/Gone" does not exist in the vault ${vault}.\n`);
  });

  it.each([
    [['draft'], /^follow-up: Name the note to draft for/],
    [['draft', 'Nope.md'], /^follow-up: The note "Nope\.md" does not exist in the vault /],
    [['draft', '../package.json'], /^follow-up: The note "\.\.\/package\.json" is outside the vault /],
    [['draft', 'Inbox/../../outside.md'], /is outside the vault/],
    [['draft', '/etc/hostname'], /is outside the vault/],
    [['draft', 'notes.txt'], /^follow-up: The note "notes\.txt" is not a Markdown note \(\.md\)\.$/],
    [['draft', 'Inbox'], /does not exist in the vault/],
    [['draft', 'Plain.md', 'extra'], /Unexpected argument "extra"/],
    [['draft', 'Plain.md', '--out', 'x'], /--out goes with review or ics, not draft/],
  ])('%j exits 2 with one clear line', (args, message) => {
    const result = runCli([...args, '--vault', FIXTURE_VAULT]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('refuses a note that links to a file outside the vault', () => {
    const vault = join(temp, 'vault');
    mkdirSync(vault);
    writeFileSync(join(temp, 'secret.md'), '---\nfollow_up: 2024-06-10\n---\n');
    symlinkSync(join(temp, 'secret.md'), join(vault, 'link.md'));
    const result = runCli(['draft', 'link.md', '--vault', vault]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^follow-up: The note "link\.md" links to a file outside the vault .*\n$/);
  });
});
