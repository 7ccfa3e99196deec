import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, FIXTURE_VAULT, ROOT, runCli } from '../helpers/cli';

// SPEC §8: text output speaks like the sidebar: flags, durations and counts in words, never codes.
const TEMPLATE_VAULT = join(ROOT, 'test', 'fixtures', 'template-vault');
const RAW_CODES = /\btoo_soon\b|\bunresponsive\b|\bbatch\b|\bP\d+[DWMY]\b|\b\d+ sent\b|\bE[A-Z]{3,}\b/;
const temp = mkdtempSync(join(tmpdir(), 'plain-words-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('every text output and the review', () => {
  it.each([
    ['the example vault', EXAMPLE_VAULT, '2024-06-12'],
    ['the fixture vault', FIXTURE_VAULT, '2024-03-11'],
    ['a vault laid out like the template', TEMPLATE_VAULT, '2024-06-12'],
  ])('hold no raw flag, duration or error code: %s', (_name, vault, today) => {
    const outputs = [['due', '--within', '60'], ['due', '--query', 'not done'], ['review'], ['review', '--format', 'html'], ['check']].map(
      (command) => runCli([...command, '--vault', vault, '--today', today, '--no-cache']),
    );
    expect(outputs.some((result) => /every \d+ weeks|every (week|month)/.test(result.stdout))).toBe(true);
    for (const result of outputs) {
      expect(result.stdout).not.toMatch(RAW_CODES);
      expect(result.stderr).not.toMatch(RAW_CODES);
    }
  });
});

describe('argument errors', () => {
  it.each([
    [['due', '--bogus'], /^follow-up: Unknown option --bogus: see "follow-up --help" for the options\.\n$/],
    [['due', '--bogus="x'], /^follow-up: Unknown option --bogus: see/],
    [['due', '--within', '-3'], /^follow-up: --within needs a value, and the next word starts with "-": write it as --within=VALUE\.\n$/],
    [['due', '--vault'], /^follow-up: --vault needs a value after it\.\n$/],
    [['due', '--json=yes'], /^follow-up: --json takes no value/],
    [['due', '--within', '10000'], /^follow-up: --within must be a whole number of days from 0 to 9999, not "10000"\.\n$/],
    [['due', 'k/v'], /^follow-up: Unexpected argument "k\/v"\. To name the vault, write --vault k\/v\.\n$/],
    [['due', '-v'], /^follow-up: "-v" after a command is not an option: to name the vault, write --vault DIR/],
  ])('%j are said in words', (args, message) => {
    const result = runCli([...args, '--vault', FIXTURE_VAULT].slice(0, args.includes('--vault') ? args.length : undefined));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/ERR_|argument is ambiguous|positional/);
  });

  it('-v before a command is the version', () => {
    const result = runCli(['-v']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the settings file', () => {
  it('names the keys it does not know, instead of ignoring them silently', () => {
    const config = join(temp, 'config.json');
    writeFileSync(config, JSON.stringify({ upcomingDay: 14, fields: { followup: 'next' }, waitDays: 4 }));
    const result = runCli(['due', '--vault', FIXTURE_VAULT, '--config', config, '--today', '2024-03-11', '--no-cache']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/Unknown setting "upcomingDay" is ignored/);
    expect(result.stderr).toMatch(/Unknown field "followup" in "fields" is ignored; the fields are "followUp"/);
    expect(result.stderr).not.toMatch(/waitDays/);
  });
});
