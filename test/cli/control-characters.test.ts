import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { terminalText } from '../../src/cli/terminal-text';
import { propertyOptions } from '../helpers/property';

// A note can hold terminal control sequences (hide text, set the window title, erase a line): the
// command line's text output never passes them on. They are shown escaped, so nothing is hidden.

/** What a terminal acts on rather than shows: C0 but tab and line feed, DEL, C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-control-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const controlCharacter = fc
  .oneof(
    fc.integer({ min: 0, max: 0x1f }).filter((code) => code !== 0x0a && code !== 0x09 && code !== 0),
    fc.integer({ min: 0x7f, max: 0x9f }),
  )
  .map((code) => String.fromCharCode(code));
const hostileText = fc
  .array(fc.oneof(controlCharacter, fc.constantFrom('\u001b[2J', '\u001b]0;owned\u0007', '\u009b31m', '\r', 'ok', 'é', ' ')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => `A${parts.join('')}`);

function run(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date('2024-06-12T12:00:00Z'),
    version: 'test',
  }) as number;
  return { status, stdout, stderr };
}

describe('control characters from notes', () => {
  it('never reach the terminal from due, check, draft or the review, whatever the note names', () => {
    let round = 0;
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (name, about, person) => {
        const vault = join(temp, `vault-${round++}`);
        mkdirSync(vault, { recursive: true });
        const yaml = (text: string) => JSON.stringify(text);
        const file = `${name.replace(/\//g, '_')}.md`;
        writeFileSync(
          join(vault, file),
          `---\nfollow_up: 2024-06-10\nfollow_up_about: ${yaml(about)}\nfollow_up_with: ${yaml(person)}\n---\n- [ ] ${about}\n`,
        );
        writeFileSync(join(vault, 'Bad.md'), `---\nfollow_up: ${yaml(`${about}-02-30`)}\n---\n`);
        const common = ['--vault', vault, '--today', '2024-06-12', '--no-cache'];
        for (const args of [
          ['due', '--within', '30'],
          ['due', '--json'],
          ['check'],
          ['draft', file],
          ['draft', file, '--json'],
          ['review', '--format', 'md'],
        ]) {
          const result = run([...args, ...common]);
          expect(result.stdout, args.join(' ')).not.toMatch(CONTROL);
          expect(result.stderr, args.join(' ')).not.toMatch(CONTROL);
        }
        expect(run(['due', '--json', ...common]).stdout).toContain(
          JSON.stringify(about)
            .slice(1, -1)
            .replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
        );
      }),
      propertyOptions({ numRuns: 25 }),
    );
  });
});

describe('terminalText', () => {
  it('shows each control character by its code, and keeps tabs, line feeds and everything else', () => {
    expect(terminalText('a\u001b[2Jb\tc\nd\re\u009bf\u007fé日')).toBe('a\\u001b[2Jb\tc\nd\\u000de\\u009bf\\u007fé日');
  });
});
