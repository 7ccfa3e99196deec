import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SILENT } from '../../src/cli/progress';
import { readVault } from '../../src/cli/read-vault';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// A vault is a folder other programs change while the command line reads it (sync, the editor).

let vault: string;
beforeEach(() => {
  vault = mkdtempSync(join(tmpdir(), 'follow-up-hazards-'));
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

function note(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

describe('a note that goes away while the vault is read', () => {
  it.each([false, true])('is left out, as if it had never been there, not reported as a problem (cache: %s)', (cached) => {
    note('Deals/Acme.md', '---\nfollow_up: 2024-06-10\n---\n');
    note('Deals/Gone.md', '---\nfollow_up: 2024-06-11\n---\n');
    note('Deals/Zeta.md', '---\nfollow_up: 2024-06-12\n---\n');
    // The walk has listed the notes when it asks for a progress bar; the reading comes after.
    const records = readVault(vault, DEFAULT_SETTINGS, {
      cacheFile: cached ? join(vault, '.cache.json') : null,
      progress: (total) => {
        expect(total).toBe(3);
        unlinkSync(join(vault, 'Deals/Gone.md'));
        return SILENT;
      },
    });
    const snapshot = indexRecords(records, DEFAULT_SETTINGS).snapshot('2024-06-12');
    expect(snapshot.items.map((item) => item.path)).toEqual(['Deals/Acme.md', 'Deals/Zeta.md']);
    expect(snapshot.problems).toEqual([]);
  });

  it('is still reported when it is there but cannot be read', () => {
    note('Deals/Acme.md', '---\nfollow_up: 2024-06-10\n---\n');
    note('Deals/Folder.md', '---\nfollow_up: 2024-06-11\n---\n');
    const records = readVault(vault, DEFAULT_SETTINGS, {
      progress: () => {
        // Replaced by a folder between the walk and the read: there, but not readable as a note.
        unlinkSync(join(vault, 'Deals/Folder.md'));
        mkdirSync(join(vault, 'Deals/Folder.md'));
        return SILENT;
      },
    });
    expect(indexRecords(records, DEFAULT_SETTINGS).snapshot('2024-06-12').problems).toEqual([
      {
        path: 'Deals/Folder.md',
        field: 'frontmatter',
        value: null,
        message: expect.stringMatching(/could not be read: it is not a regular file/) as unknown,
      },
    ]);
  });
});
