import { normalizePath, type App } from 'obsidian';
import { VAULT_CONFIG_FILES, vaultExclusions, type VaultExclusions } from '../core/note-head/vault-settings';
import type { Settings } from '../core/settings';

/**
 * The vault's exclusions (SPEC §10), from the same config files the command line reads, read
 * through the vault adapter in the vault's own config folder (`vault.configDir`, which need not
 * be `.obsidian`). A file that is missing or unreadable counts as absent.
 */
export async function readVaultExclusions(app: App, settings: Settings): Promise<VaultExclusions> {
  const texts: Record<string, string | null> = {};
  for (const [name, file] of Object.entries(VAULT_CONFIG_FILES)) {
    try {
      texts[name] = await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`));
    } catch {
      texts[name] = null;
    }
  }
  return vaultExclusions(texts, settings);
}
