import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { propertyOptions } from '../helpers/property';

// The calendar (.ics) and the digest's e-mail (.eml) are formats for other programs: written to a
// file, or to a pipe, they are exact, CRLF and all, with whatever a note says that the format
// allows (a bidirectional override is valid calendar TEXT). Printed to a terminal they are text for
// the user's eyes, and a note must not rewrite or reorder what the user sees there.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-formats-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

async function run(args: readonly string[], stdoutIsTerminal: boolean): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => new Date('2024-06-12T12:00:00Z'),
    version: 'test',
    stdoutIsTerminal,
  });
  return { status, stdout, stderr };
}

function vaultWith(about: string, name = 'vault'): string {
  const vault = join(temp, name);
  mkdirSync(vault, { recursive: true });
  writeFileSync(join(vault, 'Deal.md'), `---\nfollow_up: 2024-06-10\nfollow_up_about: ${JSON.stringify(about)}\n---\n`);
  return vault;
}

const common = (vault: string) => ['--vault', vault, '--today', '2024-06-12', '--no-cache'];

describe('ics and the digest e-mail', () => {
  it('on a terminal, show a bidirectional override by its code, and keep the calendar’s CRLF line ends', async () => {
    const vault = vaultWith('Invoice \u202egpj.exe \u2066x\u2069', 'bidi');
    const shown = await run(['ics', ...common(vault)], true);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('SUMMARY:Follow up: Invoice \\u202egpj.exe \\u2066x\\u2069\r\n');
    expect(shown.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(shown.stdout).not.toMatch(ACTS);
  });

  it('to a pipe, to --out - and to a file, are the exact format', async () => {
    const vault = vaultWith('Invoice \u202egpj.exe', 'exact');
    const piped = await run(['ics', ...common(vault)], false);
    expect(piped.stdout).toContain('SUMMARY:Follow up: Invoice \u202egpj.exe\r\n');
    expect((await run(['ics', '--out', '-', ...common(vault)], false)).stdout).toBe(piped.stdout);
    const file = join(temp, 'calendar.ics');
    expect((await run(['ics', '--out', file, ...common(vault)], true)).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    // --out - on a terminal is the terminal.
    expect((await run(['ics', '--out', '-', ...common(vault)], true)).stdout).toContain('Invoice \\u202egpj.exe\r\n');
  });

  it('never let a note act on the terminal, whatever it holds', async () => {
    const hostile = fc
      .array(fc.constantFrom('\u202e', '\u2066', '\u2069', '\u202a', '\u001b[2J', '\u009b31m', '\u007f', '\r', 'ok', 'é', ' '), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => `A${parts.join('')}`);
    let round = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (about) => {
        const vault = vaultWith(about, `hostile-${round++}`);
        for (const args of [['ics'], ['digest', '--format', 'eml']]) {
          const result = await run([...args, ...common(vault)], true);
          expect(result.status, args.join(' ')).toBe(0);
          expect(result.stdout, args.join(' ')).not.toBe('');
          expect(result.stdout, args.join(' ')).not.toMatch(ACTS);
        }
      }),
      propertyOptions({ numRuns: 15 }),
    );
  });
});
