import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { terminalText } from '../../src/cli/terminal-text';
import { propertyOptions } from '../helpers/property';

// A note can hold terminal control sequences (hide text, set the window title, erase a line) and
// bidirectional overrides (which reorder what the user sees): the command line's output to the
// terminal never passes them on. They are shown escaped, so nothing is hidden.

/** What a terminal acts on rather than shows: C0 but tab and line feed, DEL, C1; and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

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
    fc.integer({ min: 0x202a, max: 0x202e }),
    fc.integer({ min: 0x2066, max: 0x2069 }),
  )
  .map((code) => String.fromCharCode(code));
const hostileText = fc
  .array(
    fc.oneof(controlCharacter, fc.constantFrom('\u001b[2J', '\u001b]0;owned\u0007', '\u009b31m', '\u202egpj.exe', '\r', 'ok', 'é', ' ')),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => `A${parts.join('')}`);

/** Runs a command to its end: review, draft, digest and the actions load their code, so they answer later. */
async function run(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date('2024-06-12T12:00:00Z'),
    version: 'test',
  });
  return { status, stdout, stderr };
}

describe('control characters from notes', () => {
  it('never reach the terminal from due, check, draft, the review, the digest or an action, whatever the note names', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (name, about, person) => {
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
          ['review', '--format', 'html'],
          ['digest'],
          ['digest', '--format', 'html'],
          ['digest', '--format', 'eml'],
          ['done', file, '--dry-run'],
          ['snooze', file, '--to', '2024-06-20'],
        ]) {
          const result = await run([...args, ...common]);
          // Each command ran and said something: a refused one would pass by saying nothing.
          expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBeLessThan(2);
          expect(result.stdout, args.join(' ')).not.toBe('');
          expect(result.stdout, args.join(' ')).not.toMatch(CONTROL);
          expect(result.stderr, args.join(' ')).not.toMatch(CONTROL);
        }
        expect((await run(['due', '--json', ...common])).stdout).toContain(
          JSON.stringify(about)
            .slice(1, -1)
            .replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        );
      }),
      propertyOptions({ numRuns: 25 }),
    );
  });
});

describe('terminalText', () => {
  it('shows each control character by its code, and keeps tabs, line feeds and everything else', () => {
    expect(terminalText('a\u001b[2Jb\tc\nd\re\u009bf\u007fé日')).toBe('a\\u001b[2Jb\tc\nd\\u000de\\u009bf\\u007fé日');
    expect(terminalText('Invoice \u202egpj.exe \u2066x\u2069 שלום\u200f')).toBe('Invoice \\u202egpj.exe \\u2066x\\u2069 שלום\u200f');
  });

  it('for any text, leaves no control in it, and is the text itself once its escapes are read back', () => {
    const anyText = fc.string({
      unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), controlCharacter),
      maxLength: 40,
    });
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(CONTROL);
        // Only the controls change: the rest, and every backslash of the text, is as it was.
        const marked = text.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        expect(shown).toBe(marked);
      }),
      propertyOptions({ numRuns: 300 }),
    );
  });
});
