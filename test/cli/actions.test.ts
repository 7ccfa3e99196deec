import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

// The actions from the command line, end to end in their own process (SPEC §5): each changes only
// the lines of its fields, keeps comments, quoting, CRLF, a byte-order mark and the file's mode;
// --dry-run prints a unified diff and writes nothing; a note that cannot be patched is left as it
// is, with exit 2 and one line naming it and why.

const DAY = '2024-06-12';
const MEETING = 'Meetings/2024-06-03 Intro call.md';
const MEETING_TEXT = [
  '---',
  '# From the call',
  "title: 'Intro call'   # quoted on purpose",
  'attendees: ["[[Jane]]"]',
  'follow_up: 2024-06-10 # after the demo',
  'follow_up_attempts: 1',
  'tags: [client, vip]',
  '---',
  '# Intro call',
  '',
  '---',
  'follow_up: not frontmatter',
  '',
].join('\n');
const JANE = 'People/Jane.md';
const JANE_TEXT = '---\nemail: jane@example.com # work\nlast_contact: 2024-05-01\n---\nJane runs ops.\n';

let vault: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(vault, path)), { recursive: true });
  writeFileSync(join(vault, path), text);
};
const read = (path: string) => readFileSync(join(vault, path), 'utf8');
const cli = (...args: string[]) => runCli([...args, '--vault', vault, '--today', DAY, '--no-cache']);

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'follow-up-actions-'));
  write(MEETING, MEETING_TEXT);
  write(JANE, JANE_TEXT);
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

describe('follow-up done|nudge|snooze|drop|set', () => {
  it('done closes the follow-up, records the outcome and feedback, and moves the person’s last contact', () => {
    const result = cli('done', 'Meetings/2024-06-03 Intro call', '--outcome', 'no-response', '--feedback', 'Out of office: back in July');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(`Changed ${MEETING}\nChanged ${JANE}\n`);
    expect(read(MEETING)).toBe(
      MEETING_TEXT.replace(
        'follow_up: 2024-06-10 # after the demo\nfollow_up_attempts: 1\n',
        'follow_up_done: 2024-06-12\nfollow_up_outcome: no-response\nfollow_up_feedback: "Out of office: back in July"\n',
      ),
    );
    expect(read(JANE)).toBe(JANE_TEXT.replace('last_contact: 2024-05-01', 'last_contact: 2024-06-12'));
  });

  it('nudge counts a reminder and waits; snooze takes tomorrow, +3d, a weekday or a date', () => {
    expect(cli('nudge', MEETING).status).toBe(0);
    expect(read(MEETING)).toBe(
      // The second reminder waits 7 days (the nudge ladder's default 3, 7, 14).
      MEETING_TEXT.replace(
        'follow_up: 2024-06-10 # after the demo\nfollow_up_attempts: 1',
        'follow_up: 2024-06-19\nfollow_up_attempts: 2\nfollow_up_nudged: 2024-06-12',
      ),
    );
    for (const [to, date] of [
      ['tomorrow', '2024-06-13'],
      ['+3d', '2024-06-15'],
      ['monday', '2024-06-17'],
      ['2024-07-01', '2024-07-01'],
    ]) {
      expect(cli('snooze', MEETING, '--to', to!).status).toBe(0);
      expect(read(MEETING)).toContain(`\nfollow_up: ${date}\nfollow_up_attempts: 2\n`);
    }
    expect(read(JANE)).toBe(JANE_TEXT);
  });

  it('drop closes it with the outcome; set writes the date, about, people and channel', () => {
    expect(cli('drop', MEETING, '--outcome', 'declined').status).toBe(0);
    expect(read(MEETING)).toBe(
      MEETING_TEXT.replace('follow_up: 2024-06-10 # after the demo\n', '').replace(
        'follow_up_attempts: 1\n',
        'follow_up_attempts: 1\nfollow_up_outcome: declined\nfollow_up_done: 2024-06-12\n',
      ),
    );
    write('Ideas.md', '\uFEFFCall the printer.\r\n');
    const set = cli(
      'set',
      'Ideas',
      '--date',
      '2024-06-20',
      '--about',
      'Ask: the quote',
      '--with',
      '[[Jane]]',
      '--with',
      'Sam',
      '--channel',
      'phone',
    );
    expect([set.status, set.stderr]).toEqual([0, '']);
    expect(read('Ideas.md')).toBe(
      '\uFEFF---\r\nfollow_up: 2024-06-20\r\nfollow_up_about: "Ask: the quote"\r\nfollow_up_channel: phone\r\nfollow_up_with: ["[[Jane]]", Sam]\r\n---\r\nCall the printer.\r\n',
    );
  });

  it('keeps CRLF, a byte-order mark, comments and the file’s permissions', () => {
    const crlf = '\uFEFF---\r\n# keep\r\nfollow_up: "2024-06-10"\r\nstatus: open # why\r\n---\r\nBody\r\n';
    write('Crlf.md', crlf);
    chmodSync(join(vault, 'Crlf.md'), 0o640);
    expect(cli('snooze', 'Crlf.md', '--to', '2024-06-20').status).toBe(0);
    expect(read('Crlf.md')).toBe(crlf.replace('follow_up: "2024-06-10"', 'follow_up: 2024-06-20'));
    expect(statSync(join(vault, 'Crlf.md')).mode & 0o777).toBe(0o640);
  });

  it('--dry-run prints the change as a unified diff and writes nothing', () => {
    const result = cli('nudge', MEETING, '--dry-run');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(
      [
        `--- a/${MEETING}`,
        `+++ b/${MEETING}`,
        '@@ -2,8 +2,9 @@',
        ' # From the call',
        " title: 'Intro call'   # quoted on purpose",
        ' attendees: ["[[Jane]]"]',
        '-follow_up: 2024-06-10 # after the demo',
        '-follow_up_attempts: 1',
        '+follow_up: 2024-06-19',
        '+follow_up_attempts: 2',
        '+follow_up_nudged: 2024-06-12',
        ' tags: [client, vip]',
        ' ---',
        ' # Intro call',
        '',
      ].join('\n'),
    );
    expect(read(MEETING)).toBe(MEETING_TEXT);
  });

  it('takes NOTE relative to the current folder too', () => {
    const result = runCli(['snooze', 'Meetings/2024-06-03 Intro call', '--to', 'tomorrow', '--today', DAY, '--no-cache', '--vault', '.'], {
      cwd: vault,
    });
    expect(result.status).toBe(0);
    const fromInside = runCli(['snooze', '2024-06-03 Intro call.md', '--to', '+3d', '--today', DAY, '--no-cache', '--vault', '..'], {
      cwd: join(vault, 'Meetings'),
    });
    expect([fromInside.status, fromInside.stderr]).toEqual([0, '']);
    expect(read(MEETING)).toContain('follow_up: 2024-06-15\n');
  });

  it('writes through a link inside the vault to its target, keeping the link', () => {
    write('Real/Target.md', '---\nfollow_up: 2024-06-10\n---\n');
    symlinkSync(join(vault, 'Real/Target.md'), join(vault, 'Link.md'));
    expect(cli('snooze', 'Link.md', '--to', 'tomorrow').status).toBe(0);
    expect(readlinkSync(join(vault, 'Link.md'))).toBe(join(vault, 'Real/Target.md'));
    expect(read('Real/Target.md')).toBe('---\nfollow_up: 2024-06-13\n---\n');
  });
});

describe('a note the actions cannot change', () => {
  const refusals: [string, string, string[], RegExp][] = [
    ['Anchor.md', '---\nfollow_up: &d 2024-06-10\nnext: *d\n---\n', ['snooze', '--to', 'tomorrow'], /"follow_up" uses a YAML anchor/],
    ['Unclosed.md', '---\nfollow_up: 2024-06-10\nNo closing line.\n', ['set', '--date', '2024-06-20'], /no closing "---" line/],
    ['Flow.md', '---\n{follow_up: 2024-06-10, a: 1}\n---\n', ['nudge'], /one "\{ … \}" mapping/],
    ['Bad YAML.md', '---\npeople: [[A]], [[B]]\nfollow_up: 2024-06-10\n---\n', ['set', '--date', '2024-06-20'], /not valid YAML/],
    ['Dots.md', '---\nfollow_up: 2024-06-10\n...\n', ['set', '--date', '2024-06-20'], /ends with "\.\.\."/],
    ['Closed.md', '---\nfollow_up_done: 2024-06-01\n---\n', ['done'], /has no open follow-up/],
    [
      'Typo.md',
      '---\nfollow_up: 2024-02-30\n---\n',
      ['drop', '--outcome', 'declined'],
      /"follow_up" cannot be read \("2024-02-30" is not a day/,
    ],
  ];

  it.each(refusals)('%s is left untouched, with exit 2 and one line naming it and why', (path, text, [command, ...options], reason) => {
    write(path, text);
    const result = cli(command!, path, ...options);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^follow-up: "${path.replace(/\./g, '\\.')}" was not changed: [^\\n]*\\n$`));
    expect(result.stderr).toMatch(reason);
    expect(read(path)).toBe(text);
  });

  it('refuses a note that is not UTF-8 text, whose other bytes writing would change', () => {
    const latin1 = Buffer.from('---\nfollow_up: 2024-06-10\nfollow_up_about: Café crème\n---\n', 'latin1');
    writeFileSync(join(vault, 'Latin-1.md'), latin1);
    const result = cli('snooze', 'Latin-1.md', '--to', 'tomorrow');
    expect([result.status, result.stderr]).toEqual([
      2,
      'follow-up: "Latin-1.md" was not changed: it is not UTF-8 text, and writing it would change its other bytes.\n',
    ]);
    expect(readFileSync(join(vault, 'Latin-1.md')).equals(latin1)).toBe(true);
  });

  it('writes no note at all when one of the notes an action touches cannot be changed', () => {
    write(JANE, '---\nemail: jane@example.com\nlast_contact: &l 2024-05-01\nother: *l\n---\n');
    const result = cli('done', MEETING);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^follow-up: "People\/Jane\.md" was not changed: "last_contact" uses a YAML anchor/);
    expect(read(MEETING)).toBe(MEETING_TEXT);
  });

  it('refuses a link that leads out of the vault, and says how to call each action', () => {
    const outside = mkdtempSync(join(tmpdir(), 'follow-up-outside-'));
    try {
      writeFileSync(join(outside, 'Secret.md'), '---\nfollow_up: 2024-06-10\n---\n');
      symlinkSync(join(outside, 'Secret.md'), join(vault, 'Secret.md'));
      const result = cli('snooze', 'Secret.md', '--to', 'tomorrow');
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^follow-up: The note "Secret\.md" links to a file outside the vault/);
      expect(readFileSync(join(outside, 'Secret.md'), 'utf8')).toBe('---\nfollow_up: 2024-06-10\n---\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    for (const [args, message] of [
      [['snooze', MEETING], /snooze needs --to/],
      [['snooze', MEETING, '--to', 'someday'], /--to must be a date YYYY-MM-DD, tomorrow, \+3d or a weekday/],
      [['drop', MEETING], /drop needs --outcome/],
      [['set', MEETING, '--date', '2024-02-30'], /--date must be a date written YYYY-MM-DD/],
      [['done'], /Name the note: follow-up done NOTE/],
      [['nudge', MEETING, '--date', '2024-06-20'], /--date goes with set, not nudge/],
    ] as const) {
      const result = cli(...args);
      expect([result.status, result.stderr]).toEqual([2, expect.stringMatching(message) as unknown]);
    }
    expect(read(MEETING)).toBe(MEETING_TEXT);
  });
});
