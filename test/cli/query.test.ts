import { describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, runCli } from '../helpers/cli';

const DAY = '2024-06-12';

function due(...args: string[]) {
  return runCli(['due', '--vault', EXAMPLE_VAULT, '--today', DAY, ...args]);
}
function titles(stdout: string): string[] {
  return (JSON.parse(stdout) as { items: { title: string }[] }).items.map((item) => item.title);
}

describe('follow-up due --query', () => {
  it('prints the matching items in the shape of due --json', () => {
    const result = due('--json', '--query', 'due: overdue; with: [[Sam Lee]]');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { today: string; items: { people: string[]; bucket: string }[]; problems: unknown[] };
    expect(report.today).toBe(DAY);
    expect(report.items.length).toBeGreaterThan(0);
    for (const item of report.items) {
      expect(item.people).toContain('Sam Lee');
      expect(item.bucket).toBe('overdue');
    }
    expect(Object.keys(report)).toEqual(['today', 'items', 'problems']);
  });

  it('resolves `this` to the note given with --note, with or without .md', () => {
    const withMd = due('--json', '--query', 'with: this', '--note', 'People/Hannah Kim.md');
    const without = due('--json', '--query', 'with: this', '--note', 'People/Hannah Kim');
    expect(withMd.status).toBe(0);
    expect(titles(withMd.stdout)).toEqual(['2024-06-07 Security review with Hannah Kim']);
    expect(without.stdout).toBe(withMd.stdout);
  });

  it('groups the text output as the query says and counts what the limit leaves out', () => {
    const result = due('--query', 'due: all\ngroup: none\nlimit: 2');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Follow-ups as of ${DAY} matching the query`);
    expect(lines.filter((line) => line.startsWith('  '))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^\d+ more not shown \(limit\)\.$/);
  });

  it.each([
    [
      'a bad value',
      ['--query', 'due: soon'],
      'follow-up: --query: Line 1: "due: soon" is not a due word: use overdue, today, upcoming, later or all.\n',
    ],
    [
      'an unknown key on line 2',
      ['--query', 'due: today\nwho: Sam'],
      'follow-up: --query: Line 2: unknown key "who": use due, within, with, about, path, source, flag, limit, group.\n',
    ],
    [
      '`this` without --note',
      ['--query', 'path: this'],
      'follow-up: --query: Line 1: "path: this" means the note the query is in, and there is none here (on the command line, give --note NOTE).\n',
    ],
    [
      '--note without --query',
      ['--note', 'People/Sam Lee'],
      'follow-up: --note goes with --query: it is the note a query\'s "this" means.\n',
    ],
    [
      'a note not in the vault',
      ['--query', 'with: this', '--note', 'People/Nobody'],
      `follow-up: The note "People/Nobody" does not exist in the vault ${EXAMPLE_VAULT}.\n`,
    ],
  ])('exits 2 with one line for %s', (_name, args, stderr) => {
    const result = due(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(stderr);
  });

  it('is refused on other commands', () => {
    const result = runCli(['review', '--vault', EXAMPLE_VAULT, '--query', 'due: all']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('follow-up: --query goes with due, not review.\n');
  });
});
