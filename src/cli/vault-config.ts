import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { VAULT_CONFIG_FILES, vaultExclusions, type VaultConfigTexts, type VaultExclusions } from '../core/note-head/vault-settings';
import type { Settings } from '../core/settings';

/**
 * Obsidian's config folder. A vault can name another one, but only from inside Obsidian: the
 * command line has no other way to know it (the plugin uses `vault.configDir`).
 */
export const CONFIG_FOLDER = '.obsidian';

/** The texts of the vault's config files that decide what is read (SPEC §10); null for one missing or unreadable. */
export function readVaultConfig(root: string): VaultConfigTexts {
  const texts: Record<string, string | null> = {};
  for (const [name, file] of Object.entries(VAULT_CONFIG_FILES)) {
    try {
      texts[name] = readFileSync(join(root, CONFIG_FOLDER, file), 'utf8');
    } catch {
      texts[name] = null;
    }
  }
  return texts;
}

/** The vault's exclusions, from its config files and the settings. */
export function exclusionsOf(root: string, settings: Settings): VaultExclusions {
  return vaultExclusions(readVaultConfig(root), settings);
}

/**
 * The vault a command runs on when none is named: the nearest folder at or above `start` that
 * holds the config folder, as git finds `.git`; else `start` itself (SPEC §8).
 */
export function findVaultRoot(start: string): string {
  let folder = resolve(start);
  for (;;) {
    if (isFolder(join(folder, CONFIG_FOLDER))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(start);
    folder = parent;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
