// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkVaultFolder, notePath } from '../../src/plugin/vault-paths';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// Everything the plugin writes stays inside the vault, out of its configuration folder, and where
// Obsidian shows it: no "..", no absolute path, no drive, no hidden (dot) folder or file.

/** Folder and note names as people, and attackers, type them. */
const HOSTILE = [
  '../outside',
  '..',
  '.',
  './',
  '/etc',
  '/',
  '//server/share',
  '\\\\server\\share',
  'C:\\Windows',
  'c:/x',
  'C:',
  '~/x',
  '~',
  '.obsidian',
  '.obsidian/plugins',
  '.OBSIDIAN',
  '.Obsidian/plugins',
  ' .obsidian ',
  '.obsidian/',
  '.trash',
  '.git/hooks',
  'Reviews/../../x',
  'Reviews/..',
  '..\\x',
  'Reviews\\..\\..\\x',
  'Reviews/./x',
  'Reviews/.hidden',
  '%2e%2e/x',
  '\u2025/x',
  ' .. ',
  'Reviews',
  'Reviews/2024',
  'Réunions 会議',
  'a/b/c',
  '',
];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', ':', '~', 'a', ' ', 'O', '%'), maxLength: 12 }),
);

/** What every path the plugin writes must look like. */
function expectInsideTheVault(path: string): void {
  expect(path).not.toMatch(/^[\\/]|^[a-zA-Z]:|\\/);
  expect(path.split('/')[0]).not.toBe('~');
  for (const part of path.split('/')) {
    expect(part, path).not.toBe('');
    expect(part.startsWith('.'), path).toBe(false);
  }
}

describe('paths the plugin writes', () => {
  it('accepts a folder only inside the vault, never hidden nor the configuration folder, in any case', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('.obsidian', '.config'), (input, configDir) => {
        const checked = checkVaultFolder(input, configDir);
        if (checked.ok && checked.folder !== '') expectInsideTheVault(checked.folder);
      }),
      { numRuns: 500 },
    );
    for (const input of ['.OBSIDIAN', '.Obsidian/plugins', '.trash', 'Reviews/.hidden', '../outside', '/etc', 'C:\\Windows', '~/x'])
      expect(checkVaultFolder(input, '.obsidian').ok, input).toBe(false);
    expect(checkVaultFolder(' Reviews/2024/ ', '.obsidian')).toEqual({ ok: true, folder: 'Reviews/2024' });
  });

  it('names a note inside its folder, however the name is written', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'Reviews', 'a/b'), hostile, (folder, name) => {
        const path = notePath(folder, name);
        expectInsideTheVault(path);
        expect(path.endsWith('.md')).toBe(true);
        expect(path.startsWith(folder === '' ? '' : `${folder}/`)).toBe(true);
        expect(path.split('/')).toHaveLength(folder === '' ? 1 : folder.split('/').length + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('writes the weekly review only inside the vault, whatever the review folder and name settings say', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HOSTILE),
        fc.constantFrom('Follow-up review {{week}}', '../{{week}}', '.{{week}}', '/etc/{{week}}', '..', '.obsidian', 'C:\\{{week}}', ''),
        async (reviewFolder, reviewName) => {
          const harness = await startPlugin(
            { 'Deals/Acme.md': '---\nfollow_up: 2024-06-10\n---\n' },
            { data: { reviewFolder, reviewName } },
          );
          try {
            harness.command('write-weekly-review');
            await harness.settle();
            for (const write of harness.app.vault.writes) expectInsideTheVault(write.path);
          } finally {
            cleanUpPlugin();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
