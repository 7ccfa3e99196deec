import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

// An action whose computed date would pass 9999-12-31 is refused like any note the actions cannot
// change: exit 2, one line naming the note and the field, nothing written (not even the person
// note a Done would move), never a clamped 9999-12-31.

const DEAL = 'Deals/Acme.md';
const JANE = 'People/Jane.md';
const JANE_TEXT = '---\nlast_contact: 2024-05-01\n---\n';

let vault: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(vault, path)), { recursive: true });
  writeFileSync(join(vault, path), text);
};
const read = (path: string) => readFileSync(join(vault, path), 'utf8');
const cli = (today: string, ...args: string[]) => runCli([...args, '--vault', vault, '--today', today, '--no-cache']);
const refusal = (step: string) =>
  `follow-up: "${DEAL}" was not changed: it would move "follow_up" past 9999-12-31, the last date a note can hold (${step}).\n`;

beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'follow-up-last-date-'));
  write(JANE, JANE_TEXT);
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

describe('an action that would step past 9999-12-31', () => {
  it.each([
    ['snooze --to +1w', '---\nfollow_up: 9999-12-28\n---\n', '9999-12-28', ['snooze', '--to', '+1w'], '9999-12-28 + 7 days'],
    ['snooze --to tomorrow', '---\nfollow_up: 9999-12-31\n---\n', '9999-12-31', ['snooze', '--to', 'tomorrow'], '9999-12-31 + 1 day'],
    ['nudge', '---\nfollow_up: 9999-12-30\n---\n', '9999-12-30', ['nudge'], '9999-12-30 + 3 days'],
    [
      'done on a repeating follow-up',
      '---\nfollow_up: 9999-12-25\nfollow_up_every: 2w\nfollow_up_with: "[[Jane]]"\n---\n',
      '9999-12-25',
      ['done'],
      '9999-12-25 + 2 weeks',
    ],
  ])('%s is refused with exit 2, and nothing is written', (_, text, today, args, step) => {
    write(DEAL, text);
    for (const extra of [[], ['--dry-run']]) {
      const result = cli(today, args[0]!, DEAL, ...args.slice(1), ...extra);
      expect([result.status, result.stdout, result.stderr]).toEqual([2, '', refusal(step)]);
    }
    expect(read(DEAL)).toBe(text);
    expect(read(JANE)).toBe(JANE_TEXT);
  });

  it('done with someone away until 9999-12-31 is refused: the day after their away period is none', () => {
    write(JANE, '---\naway_until: 9999-12-31\n---\n');
    const text = '---\nfollow_up: 2024-06-12\nfollow_up_every: weekly\nfollow_up_with: "[[Jane]]"\n---\n';
    write(DEAL, text);
    const result = cli('2024-06-12', 'done', DEAL);
    expect([result.status, result.stderr]).toEqual([2, refusal('9999-12-31 + 1 day')]);
    expect(read(DEAL)).toBe(text);
  });

  it('reaching the last day itself is no refusal', () => {
    write(DEAL, '---\nfollow_up: 9999-12-24\n---\n');
    expect(cli('9999-12-24', 'snooze', DEAL, '--to', '+1w').status).toBe(0);
    expect(read(DEAL)).toBe('---\nfollow_up: 9999-12-31\n---\n');
  });

  it('a missing note is still said to be missing first', () => {
    const result = cli('9999-12-31', 'snooze', 'Nowhere.md', '--to', 'tomorrow');
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/9999-12-31, the last date/);
  });
});
