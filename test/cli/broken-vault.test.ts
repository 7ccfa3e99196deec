import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_VAULT, DEEP_PATH, writeBrokenVault } from '../helpers/broken-vault';
import { runCli, type CliResult } from '../helpers/cli';

// Every hazard of issue #5 in one vault (test/fixtures/broken-vault, plus what is generated here):
// the command line names each broken note with its field and a message that says what to do,
// and indexes every good note beside them.

let temp: string;
let vault: string;
/** `follow-up check` over the vault, without a cache. */
let check: CliResult;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-broken-'));
  vault = join(temp, 'vault');
  writeBrokenVault(vault);
  check = runCli(['check', '--vault', vault, '--no-cache']);
}, 60_000);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const DATE_HELP = /Write a date as YYYY-MM-DD/;

/** Each broken note: its field, and what the message must say. */
const PROBLEMS: readonly (readonly [string, string, RegExp])[] = [
  ['Files/Closing dots.md', 'frontmatter', /no closing "---" line.*ends with "\.\.\.".*Write "---" there instead/],
  ['Files/Unterminated.md', 'frontmatter', /starts with "---" but has no closing "---" line/],
  ['Generated/Deep nesting.md', 'frontmatter', /nested too deeply to be read/],
  ['Security/Coffee.md', 'frontmatter', /"---coffee" frontmatter is code, and code in notes is never run/],
  ['Security/JS.md', 'frontmatter', /"---js" frontmatter is code, and code in notes is never run/],
  ['Security/Javascript.md', 'frontmatter', /"---javascript" frontmatter is code, and code in notes is never run/],
  ['Values/Attempts fraction.md', 'follow_up_attempts', /a whole number, 0 or more/],
  ['Values/Attempts huge.md', 'follow_up_attempts', /a whole number, 0 or more/],
  ['Values/Attempts negative.md', 'follow_up_attempts', /a whole number, 0 or more/],
  ['Values/Compact digits.md', 'follow_up', /found the number 20240610/],
  ['Values/Day and month first.md', 'follow_up', /could be read either way/],
  ['Values/Epoch.md', 'follow_up', /found the number 1718000000000/],
  ['Values/Every junk.md', 'follow_up_every', /"now and then" is not a duration\. Use a number and a unit/],
  ['Values/Every nine thousand years.md', 'follow_up_every', /at most 100 years/],
  ['Values/Impossible date.md', 'follow_up', /"2024-02-30" is not a day on the calendar/],
  ['Values/List.md', 'follow_up', /found a list/],
  ['Values/Month only.md', 'follow_up', /A month is not enough/],
  ['Values/Offset time.md', 'follow_up', /Leave out the time zone/],
  ['Values/UTC time.md', 'follow_up', /Leave out the time zone/],
  ['Values/Unpadded.md', 'follow_up', /two digits/],
  ['Values/Words.md', 'follow_up', /"next week" is not a date/],
  ['Values/Year after 9999.md', 'follow_up', /"12024-06-10" is not a date/],
  ['Values/Year before 1900.md', 'follow_up', /before 1900; is it a typo/],
  ['YAML/Alias bomb.md', 'frontmatter', /more aliases \(\*name\) than a note needs/],
  ['YAML/Colon in a value.md', 'frontmatter', /at line 2, column 8 .*A value that contains ": " must be quoted/],
  ['YAML/Dataview field.md', 'follow_up:', /written like a Dataview field .* write "follow_up: value"/],
  ['YAML/Duplicate keys.md', 'frontmatter', /at line 3, column 1 \(Map keys must be unique\)/],
  ['YAML/Merge key.md', '<<', /merge key \("<<"\) brings in "follow_up"/],
  ['YAML/Several documents.md', 'frontmatter', /more than one YAML document/],
  ['YAML/Tabs.md', 'frontmatter', /YAML does not allow tabs for indentation/],
  ['YAML/Templater placeholder.md', 'follow_up', /is a template placeholder/],
  ['YAML/Unquoted links.md', 'frontmatter', /Put links in quotes/],
];

/** Each good note, and when it is due: all of them indexed, however odd their neighbours. */
const GOOD: readonly (readonly [string, string])[] = [
  ['Good/Plain date.md', '2024-06-10'],
  ['Values/Attempts fraction.md', '2024-06-10'],
  ['Values/Attempts huge.md', '2024-06-10'],
  ['Values/Attempts negative.md', '2024-06-10'],
  ['Values/Every junk.md', '2024-06-10'],
  ['Values/Every nine thousand years.md', '2024-06-10'],
  ['Good/Seconds.md', '2024-06-11 09:05'],
  ['Good/Date and time.md', '2024-06-11 14:30'],
  ['Good/Daily note link.md', '2024-06-12'],
  ['Good/Quoted date.md', '2024-06-13'],
  ['Good/Alias.md', '2024-06-14'],
  ['Good/Repeating.md', '2024-06-15'],
  ['Good/Attempts as text.md', '2024-06-16'],
  ['Files/Only frontmatter, no final newline.md', '2024-06-17'],
  ['Files/Byte-order mark.md', '2024-06-18'],
  ['Files/CRLF.md', '2024-06-19'],
  ['People/Ana Ruiz.md', '2024-06-20'],
  ['Files/Fences in the body.md', '2024-06-22'],
  ['Files/Réunion 会議 Zoë.md', '2024-06-23'],
  ['Files/a/b/c/d/e/f/g/h/i/j/k/l/Deep.md', '2024-06-24'],
  ['YAML/Coercions left alone.md', '2024-06-25'],
  ['Generated/Five megabytes.md', '2024-06-26'],
  ['Generated/Large frontmatter.md', '2024-06-27'],
  ['Generated/NUL in frontmatter.md', '2024-06-28'],
  ['Generated/Binary after frontmatter.md', '2024-06-29'],
  ['Generated/Latin-1.md', '2024-06-30'],
  [DEEP_PATH, '2024-07-01'],
];

interface DueReport {
  items: { path: string; due: string; time: string | null; about: string | null; attempts: number }[];
  problems: { path: string; field: string }[];
}

// Each run of the command line reads a 5 MB note and a 100,000-deep nesting: give it time.
const SLOW = { timeout: 60_000 };

describe('follow-up check over a vault of every broken note', SLOW, () => {
  it('names each broken note, its field and what to do about it, and exits 1', () => {
    const result = check;
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^${PROBLEMS.length} problems found: [\\d,]+ notes read in `));
    const problemLines = lines.slice(0, -1);
    expect(problemLines).toHaveLength(PROBLEMS.length);
    PROBLEMS.forEach(([path, field, message], index) => {
      const line = problemLines[index] ?? '';
      expect(line.startsWith(`${path}: ${field}`), line).toBe(true);
      expect(line).toMatch(message);
      // Words for a person, not a program: no stack, no object, no parser's advice to programmers.
      expect(line).not.toMatch(/Error:|undefined|\[object|YAMLParseError|parseAllDocuments|call stack|at .*\.js/);
    });
    // A placeholder is named as one (SPEC §10); every other wrong date says how to write one.
    for (const line of problemLines.filter((text) => / follow_up "/.test(text) && !/template placeholder/.test(text)))
      expect(line).toMatch(DATE_HELP);
  });

  it('indexes every good note beside them, each once, whatever the folder loops and file sizes', () => {
    const result = runCli(['due', '--vault', vault, '--no-cache', '--today', '2024-06-12', '--within', '3650', '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as DueReport;
    expect(report.items.map((item) => [item.path, item.time === null ? item.due : `${item.due} ${item.time}`])).toEqual(GOOD);
    expect(report.problems.map((problem) => problem.path)).toEqual(PROBLEMS.map(([path]) => path));
    const item = (path: string) => report.items.find((candidate) => candidate.path === path);
    expect(item('Good/Attempts as text.md')?.attempts).toBe(3);
    expect(item('Generated/Latin-1.md')?.about).toBe('Caf\uFFFD cr\uFFFDme');
  });

  it('reads the same with its cache, cold and then warm', () => {
    const env = { XDG_CACHE_HOME: join(temp, 'cache') };
    const cold = runCli(['check', '--vault', vault], { env });
    const warm = runCli(['check', '--vault', vault], { env });
    expect(cold.stdout).toBe(check.stdout);
    expect(warm.stdout).toBe(cold.stdout);
  });
});

describe('a case-only rename', SLOW, () => {
  it('moves the item to the new name, once, with the cache warm', () => {
    const folder = join(temp, 'rename');
    cpSync(join(BROKEN_VAULT, 'Good'), join(folder, 'Good'), { recursive: true });
    const env = { XDG_CACHE_HOME: join(temp, 'rename-cache') };
    const paths = () =>
      (
        JSON.parse(runCli(['due', '--vault', folder, '--today', '2024-06-12', '--within', '3650', '--json'], { env }).stdout) as DueReport
      ).items.map((item) => item.path);
    expect(paths()).toContain('Good/Plain date.md');
    renameSync(join(folder, 'Good/Plain date.md'), join(folder, 'Good/plain date.md'));
    writeFileSync(join(folder, 'Good/Alias.md'), '---\nfollow-up: 2024-06-14\n---\nTouched, so the cache is not all reused.\n');
    const after = paths();
    expect(after).toContain('Good/plain date.md');
    expect(after).not.toContain('Good/Plain date.md');
    expect(after.filter((path) => path.toLowerCase() === 'good/plain date.md')).toHaveLength(1);
  });
});
