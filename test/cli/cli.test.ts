import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_VAULT, runCli } from '../helpers/cli';

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-cli-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('follow-up due', () => {
  it('prints the JSON of the spec, field for field', () => {
    const result = runCli(['due', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { today: string; items: Record<string, unknown>[]; problems: Record<string, unknown>[] };
    expect(report.today).toBe('2024-03-11');
    expect(report.items).toEqual([
      {
        path: 'Meetings/2024-03-04 Intro call.md',
        title: '2024-03-04 Intro call',
        due: '2024-03-08',
        time: null,
        bucket: 'overdue',
        people: ['Sam Lee'],
        channel: 'email',
        about: 'Share the case study',
        attempts: 0,
        every: null,
        source: 'note',
        flags: [],
        contact: null,
        away_until: null,
      },
      {
        path: 'Meetings/2024-03-06 Design review.md',
        title: '2024-03-06 Design review',
        due: '2024-03-12',
        time: '15:30',
        bucket: 'upcoming',
        people: ['Ana Ruiz'],
        channel: 'phone',
        about: null,
        attempts: 1,
        every: null,
        source: 'note',
        // Ana Ruiz was at the stand-up of 11 March, after the design review: maybe done.
        flags: ['contacted'],
        contact: { date: '2024-03-11', path: 'Meetings/2024-03-11 Standup.md' },
        away_until: null,
      },
      {
        path: 'Inbox/CRLF note.md',
        title: 'CRLF note',
        due: '2024-03-14',
        time: null,
        bucket: 'upcoming',
        people: ['Kim'],
        channel: null,
        about: null,
        attempts: 0,
        every: 'P2W',
        source: 'note',
        flags: [],
        contact: null,
        away_until: null,
      },
      {
        path: 'Inbox/BOM note.md',
        title: 'BOM note',
        due: '2024-03-15',
        time: null,
        bucket: 'upcoming',
        people: [],
        channel: null,
        about: null,
        attempts: 0,
        every: null,
        source: 'note',
        flags: [],
        contact: null,
        away_until: null,
      },
    ]);
    expect(report.problems.map((problem) => [problem.path, problem.field, problem.value])).toEqual([
      ['Inbox/bad yaml.md', 'frontmatter', null],
      ['Inbox/code.md', 'frontmatter', null],
      ['Inbox/typo.md', 'follow_up', '2024-02-30'],
    ]);
    for (const problem of report.problems) expect(problem.message).toEqual(expect.any(String));
  });

  it('takes --within days ahead, and lists later items when asked', () => {
    const paths = (within: string) =>
      (
        JSON.parse(runCli(['due', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--json', '--within', within]).stdout) as {
          items: { path: string; bucket: string }[];
        }
      ).items.map((item) => item.path);
    expect(paths('0')).toEqual(['Meetings/2024-03-04 Intro call.md']);
    expect(paths('60')).toEqual([
      'Meetings/2024-03-04 Intro call.md',
      'Meetings/2024-03-06 Design review.md',
      'Inbox/CRLF note.md',
      'Inbox/BOM note.md',
      'Inbox/zip.md',
      'People/Sam Lee.md',
      'Deep/er/still/Nested.md',
    ]);
  });

  it('skips dot-folders, excluded folders, notes that are not frontmatter, and non-Markdown files', () => {
    const report = JSON.parse(runCli(['due', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--json', '--within', '3650']).stdout) as {
      items: { path: string }[];
    };
    const paths = report.items.map((item) => item.path);
    for (const absent of ['.obsidian/hidden.md', '.trash/deleted.md', 'Templates/Meeting.md', 'Inbox/blank line first.md', 'Inbox/code.md'])
      expect(paths).not.toContain(absent);
  });

  it('prints a readable list by default', () => {
    const result = runCli(['due', '--vault', FIXTURE_VAULT, '--today', '2024-03-11']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Overdue (1)\n  2024-03-08  2024-03-04 Intro call (3 days overdue) — with Sam Lee · by email · Share the case study',
    );
    expect(result.stdout).toContain('2024-03-12 15:30  2024-03-06 Design review (due tomorrow)');
    expect(result.stdout).toContain('Problems (3)');
  });

  it('uses the current folder as the vault by default', () => {
    const result = runCli(['due', '--today', '2024-03-11', '--json'], { cwd: FIXTURE_VAULT });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { items: unknown[] }).items).toHaveLength(4);
  });
});

describe('follow-up check', () => {
  it('lists each problem with its file, field and message, and exits 1', () => {
    const result = runCli(['check', '--vault', FIXTURE_VAULT]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^Inbox\/bad yaml\.md: frontmatter: The frontmatter is not valid YAML at line 2, column \d+ .*Put links in quotes/,
    );
    expect(lines[1]).toMatch(/^Inbox\/code\.md: frontmatter: "---js" frontmatter is code/);
    expect(lines[2]).toMatch(
      /^Inbox\/typo\.md: follow_up "2024-02-30": "2024-02-30" is not a day on the calendar\. Write a date as YYYY-MM-DD/,
    );
    expect(lines[3]).toMatch(/^3 problems found: \d+ notes read in .*vault: \d+ with a follow-up, \d+ person notes?\.$/);
  });

  it('exits 0 on a clean vault', () => {
    writeFileSync(join(temp, 'a.md'), '---\nfollow_up: 2024-06-10\n---\n');
    const result = runCli(['check', '--vault', temp]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`No problems: 1 note read in ${temp}: 1 with a follow-up, 0 person notes.\n`);
  });

  it('counts what it says it counts: notes read, notes with a follow-up, person notes apart', () => {
    const vault = mkdtempSync(join(temp, 'counts-'));
    mkdirSync(join(vault, 'People'));
    writeFileSync(join(vault, 'People', 'Ana Ruiz.md'), '---\nfollow_up_every: 2w\nlast_contact: 2024-06-01\n---\n');
    writeFileSync(join(vault, 'People', 'Tom Becker.md'), '---\nfollow_up: 2024-06-10\n---\n');
    writeFileSync(join(vault, 'Lunch.md'), '---\nfollow_up_done: 2024-06-01\nwith: "[[Ana Ruiz]]"\n---\n');
    writeFileSync(join(vault, 'Plain.md'), 'Just text.\n');
    const result = runCli(['check', '--vault', vault]);
    expect(result.stdout).toBe(`No problems: 4 notes read in ${vault}: 2 with a follow-up, 2 person notes.\n`);
  });
});

describe('follow-up review', () => {
  it('writes the review atomically to --out, leaving no temporary file', () => {
    const out = join(temp, 'review.md');
    writeFileSync(out, 'old content');
    const result = runCli(['review', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Follow-up review 2024-W11\n\n11–17 March 2024 · as of 2024-03-11\n/);
    expect(readdirSync(temp)).toEqual(['review.md']);
  });

  it.each([
    ['md', /^# Follow-up review 2024-W11\n/],
    ['html', /^<!doctype html><html lang="en">/],
    ['json', /^\{\n {2}"today": "2024-03-11",/],
  ])('prints --format %s', (format, start) => {
    const result = runCli(['review', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--format', format]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(start);
  });

  it('says which folder it cannot write into', () => {
    const result = runCli(['review', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--out', join(temp, 'missing', 'r.md')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^follow-up: Cannot write .*missing.*: the folder .*missing does not exist\.\n$/);
  });
});

describe('settings', () => {
  it('reads follow-up.config.json in the vault', () => {
    const vault = join(temp, 'vault');
    cpSync(FIXTURE_VAULT, vault, { recursive: true });
    writeFileSync(join(vault, 'follow-up.config.json'), JSON.stringify({ upcomingDays: 1, excludedFolders: ['Inbox', 'Templates'] }));
    const report = JSON.parse(runCli(['due', '--vault', vault, '--today', '2024-03-11', '--json']).stdout) as {
      items: { path: string }[];
      problems: unknown[];
    };
    expect(report.items.map((item) => item.path)).toEqual(['Meetings/2024-03-04 Intro call.md', 'Meetings/2024-03-06 Design review.md']);
    expect(report.problems).toEqual([]);
  });

  it('takes --config, warns about unusable values, and refuses a file that is not JSON', () => {
    const config = join(temp, 'config.json');
    writeFileSync(config, JSON.stringify({ upcomingDays: -4, fields: { followUp: 'next' }, followUpAliases: [] }));
    const result = runCli(['due', '--vault', FIXTURE_VAULT, '--today', '2024-03-11', '--json', '--config', config]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/upcomingDays.*-4/);
    expect((JSON.parse(result.stdout) as { items: unknown[] }).items).toEqual([]);

    writeFileSync(config, '{ not json');
    const broken = runCli(['due', '--vault', FIXTURE_VAULT, '--config', config]);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('usage', () => {
  it('prints help and the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: follow-up <command>');
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it.each([
    [[], /Name a command/],
    [['send'], /Unknown command "send"/],
    [['due', '--bogus'], /bogus/],
    [['due', '--today', '2024-02-30'], /--today must be a date written YYYY-MM-DD/],
    [['due', '--today', 'tomorrow'], /--today must be a date/],
    [['due', '--within', 'soon'], /--within must be a whole number/],
    [['review', '--format', 'pdf'], /--format must be md, html or json/],
    [['check', '--json'], /--json goes with due/],
    [['due', '--vault', '/no/such/folder'], /does not exist/],
  ])('%j exits 2 with one clear line and no stack trace', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^follow-up: /);
    expect(lines[0]).toMatch(message);
  });

  it('refuses a file given as the vault', () => {
    const file = join(temp, 'file.md');
    writeFileSync(file, '');
    expect(runCli(['due', '--vault', file]).status).toBe(2);
    expect(existsSync(file)).toBe(true);
  });
});
