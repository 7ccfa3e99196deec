import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../core/settings';
import { migrateSettings } from '../core/settings-migration';
import { UsageError } from './args';

export const CONFIG_FILE_NAME = 'follow-up.config.json';

/**
 * The defaults, overridden by `--config FILE` or else by `follow-up.config.json` in the vault
 * (the same keys as the plugin's settings). Unusable values fall back with a warning.
 */
export function loadSettings(vault: string, configPath: string | null, warn: (line: string) => void): Settings {
  const path = configPath ?? join(vault, CONFIG_FILE_NAME);
  if (configPath === null && !existsSync(path)) return migrateSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(`Cannot read the settings file ${path}: ${reason}`);
  }
  const { settings, warnings } = migrateSettings(raw);
  for (const warning of warnings) warn(`${path}: ${warning}`);
  return settings;
}
