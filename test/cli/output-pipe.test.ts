import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_CACHE_HOME } from '../helpers/cli';

const temp = mkdtempSync(join(tmpdir(), 'follow-up-pipe-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('writing to a pipe', () => {
  it('stops quietly when the reader closes it early, as in `follow-up due | head`', () => {
    // Far more output than a pipe holds, so that the writer meets the closed end.
    for (let i = 0; i < 3000; i++)
      writeFileSync(
        join(temp, `Note ${i}.md`),
        `---\nfollow_up: 2024-06-${String((i % 28) + 1).padStart(2, '0')}\nfollow_up_about: Something to say, number ${i}\n---\n`,
      );
    const command = `"${process.execPath}" dist/cli.js due --json --within 3650 --no-cache --today 2024-06-01 --vault "${temp}" | head -c 100 > /dev/null`;
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('writing to a full disk', () => {
  it.each([['due', '--json'], ['review', '--format', 'md'], ['ics']])(
    'says so in one line and exits 2: %s',
    (...command) => {
      writeFileSync(join(temp, 'Full.md'), '---\nfollow_up: 2024-06-03\n---\n');
      const result = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" dist/cli.js ${command.join(' ')} --no-cache --today 2024-06-01 --vault "${temp}" > /dev/full`],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME },
        },
      );
      expect(result.stderr).toBe('follow-up: Cannot write the output: the disk is full.\n');
      expect(result.status).toBe(2);
    },
    60_000,
  );
});
