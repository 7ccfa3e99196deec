import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// A cache changed by anything but the command line (a flipped bit, an edit) is no cache.

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-integrity-'));
  mkdirSync(join(temp, 'vault'));
  for (let i = 0; i < 5; i++)
    writeFileSync(join(temp, 'vault', `Deal ${i}.md`), `---\nfollow_up: 2024-06-1${i}\nfollow_up_about: Call ${i}\n---\n`);
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const outcome = (cache: string | null): string =>
  JSON.stringify(
    indexRecords(readVault(join(temp, 'vault'), DEFAULT_SETTINGS, { cacheFile: cache }), DEFAULT_SETTINGS).snapshot('2024-06-12'),
    (_key, value: unknown) => (value instanceof Map ? [...value] : value),
  );

describe('a cache file with any single bit flipped', () => {
  it('changes nothing in the output: it is read as no cache', () => {
    const cache = join(temp, 'cache.json');
    const cold = outcome(null);
    expect(outcome(cache)).toBe(cold);
    const bytes = readFileSync(cache);
    for (let at = 0; at < bytes.length; at += Math.max(1, Math.floor(bytes.length / 40))) {
      for (const bit of [0, 3, 6]) {
        const flipped = Buffer.from(bytes);
        flipped[at] = (flipped[at] as number) ^ (1 << bit);
        writeFileSync(cache, flipped);
        expect(outcome(cache), `byte ${at}, bit ${bit}`).toBe(cold);
      }
    }
  });
});
