import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, ROOT, runCli, TEST_CACHE_HOME } from '../helpers/cli';

const DAY = '2024-06-12';
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempVault(files: Record<string, string>): string {
  const vault = mkdtempSync(join(tmpdir(), 'follow-up-digest-'));
  folders.push(vault);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(vault, path)), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
  return vault;
}

/** The command line in its own process, without blocking this one: the SMTP server here must answer it. */
function runCliAsync(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
      env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A real SMTP server on 127.0.0.1 (a free port) that keeps every message it receives, parsed. */
async function startSmtpServer(): Promise<{
  url: string;
  received: { from: string; to: string[]; mail: ParsedMail; user: string | undefined }[];
  close(): Promise<void>;
}> {
  const received: { from: string; to: string[]; mail: ParsedMail; user: string | undefined }[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onAuth: (auth, _session, callback) =>
      auth.username === 'me' && auth.password === 'secret'
        ? callback(null, { user: 'me' })
        : callback(new Error('Invalid username or password')),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            mail,
            user: session.user as string | undefined,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://me:secret@127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function digest(vault: string, ...args: string[]) {
  return runCli(['digest', '--vault', vault, '--today', DAY, '--no-cache', ...args], { env: { USER: 'sam' } });
}

describe('follow-up digest', () => {
  it('prints the morning message as text', () => {
    const result = digest(EXAMPLE_VAULT);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Follow-ups: \d+ overdue, \d+ today(, \d+ maybe done)?(, \d+ birthdays?)? \(2024-06-12\)$/);
    expect(lines).toContain('Overdue (5)');
    expect(lines).toContain('Due today (2)');
    expect(result.stdout).toContain('- 2024-05-28 Intro call with Sam Lee — 8 days overdue · with Sam Lee · by email');
  });

  it('prints nothing and exits 0 when nothing is due', () => {
    const vault = tempVault({ 'a.md': '---\nfollow_up: 2024-06-20\n---\n', 'b.md': '# no follow-up\n' });
    expect(digest(vault)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints HTML', () => {
    const result = digest(EXAMPLE_VAULT, '--format', 'html');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html><html lang="en">/);
    expect(result.stdout).toContain('<h2>Overdue (5)</h2>');
  });

  it('prints a whole RFC 5322 message for sendmail -t, read back by an independent parser', async () => {
    const result = digest(EXAMPLE_VAULT, '--format', 'eml', '--to', 'Jane <jane@example.com>');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content-Type: multipart\/alternative;/m);
    const mail = await simpleParser(result.stdout);
    expect(mail.subject).toMatch(/^Follow-ups: 5 overdue, 2 today/);
    expect(mail.to).toMatchObject({ value: [{ address: 'jane@example.com', name: 'Jane' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'sam@localhost', name: 'Follow-up Tracker' }] });
    expect(mail.text).toContain('Overdue (5)');
    expect(mail.html).toContain('<h2>Overdue (5)</h2>');
    expect(mail.date).toBeInstanceOf(Date);
  });

  it('addresses the local mailbox by default, so the cron recipe needs no --to', async () => {
    const mail = await simpleParser(digest(EXAMPLE_VAULT, '--format', 'eml').stdout);
    expect(mail.to).toMatchObject({ value: [{ address: 'sam@localhost' }] });
  });

  it('with --state, sends nothing the second time the same day, then what is new', () => {
    const vault = tempVault({ 'a.md': '---\nfollow_up: 2024-06-10\n---\n', 'b.md': '---\nfollow_up: 2024-06-12\n---\n' });
    const state = join(vault, '..', `${vault.split('/').pop()}-state.json`);
    folders.push(state);
    const first = digest(vault, '--state', state);
    expect(first.stdout).toMatch(/^Follow-ups: 1 overdue, 1 today/);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toEqual({ date: DAY, sent: ['note:a.md@2024-06-10', 'note:b.md@2024-06-12'] });
    expect(digest(vault, '--state', state)).toEqual({ status: 0, stdout: '', stderr: '' });
    writeFileSync(join(vault, 'c.md'), '---\nfollow_up: 2024-06-11\n---\n');
    expect(digest(vault, '--state', state).stdout).toMatch(/^Follow-ups: 2 overdue, 1 today/);
    expect(digest(vault, '--state', state).stdout).toBe('');
    const nextDay = runCli(['digest', '--vault', vault, '--today', '2024-06-13', '--no-cache', '--state', state]);
    expect(nextDay.stdout).toMatch(/^Follow-ups: 3 overdue/);
  });

  it('says so and writes the state anew when the state file is not ours', () => {
    const vault = tempVault({ 'a.md': '---\nfollow_up: 2024-06-10\n---\n' });
    const state = join(vault, 'state.json');
    writeFileSync(state, 'not json');
    const result = digest(vault, '--state', state);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`follow-up: The state file ${state} was not read (it is not JSON); it will be written anew.\n`);
    expect(result.stdout).toMatch(/^Follow-ups: 1 overdue/);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toEqual({ date: DAY, sent: ['note:a.md@2024-06-10'] });
  });

  it('sends it through an SMTP server with --smtp, logging in, and prints nothing', async () => {
    const server = await startSmtpServer();
    try {
      const result = await runCliAsync([
        'digest',
        '--vault',
        EXAMPLE_VAULT,
        '--today',
        DAY,
        '--no-cache',
        '--smtp',
        server.url,
        '--to',
        'jane@example.com',
        '--from',
        'me@example.com',
      ]);
      expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
      expect(server.received).toHaveLength(1);
      const [message] = server.received;
      expect(message!.user).toBe('me');
      expect(message!.from).toBe('me@example.com');
      expect(message!.to).toEqual(['jane@example.com']);
      expect(message!.mail.subject).toMatch(/^Follow-ups: 5 overdue, 2 today/);
      expect(message!.mail.text).toContain('Due today (2)');
      expect(message!.mail.html).toContain('<h2>Due today (2)</h2>');
    } finally {
      await server.close();
    }
  });

  it('takes the server from FOLLOW_UP_SMTP_URL', async () => {
    const server = await startSmtpServer();
    try {
      const result = await runCliAsync(['digest', '--vault', EXAMPLE_VAULT, '--today', DAY, '--no-cache', '--to', 'jane@example.com'], {
        FOLLOW_UP_SMTP_URL: server.url,
      });
      expect(result.status).toBe(0);
      expect(server.received.map((message) => message.to)).toEqual([['jane@example.com']]);
    } finally {
      await server.close();
    }
  });

  it('exits 2 with one line, and no password, when the server cannot be reached', async () => {
    const server = await startSmtpServer();
    const url = server.url;
    await server.close();
    const result = await runCliAsync(['digest', '--vault', EXAMPLE_VAULT, '--today', DAY, '--no-cache', '--smtp', url]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `follow-up: The digest could not be sent through ${url.replace('me:secret@', '')}: the server refused the connection\n`,
    );
  });

  it('exits 2 with one line when the server refuses the password', async () => {
    const server = await startSmtpServer();
    try {
      const url = server.url.replace('secret', 'wrong');
      const result = await runCliAsync(['digest', '--vault', EXAMPLE_VAULT, '--today', DAY, '--no-cache', '--smtp', url]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        `follow-up: The digest could not be sent through ${url.replace('me:wrong@', '')}: the server refused the user name or password\n`,
      );
      expect(server.received).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('refuses a format it does not have', () => {
    const result = digest(EXAMPLE_VAULT, '--format', 'md');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('follow-up: --format must be text, html or eml, not "md".\n');
  });
});
