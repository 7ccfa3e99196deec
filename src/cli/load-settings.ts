import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { migrateSettings } from '../core/settings-migration';
import { UsageError } from './args';
import { describeFileError } from './file-error';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './regular-file';

/** A settings file is a few kilobytes; anything near this is not one. */
const MAX_SETTINGS_BYTES = 1 << 20;

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
    raw = JSON.parse(readRegularFile(path, MAX_SETTINGS_BYTES).toString('utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the settings file ${path}: ${unreadableBecause(error)}.`);
  }
  const { settings, warnings } = migrateSettings(raw);
  for (const warning of [...warnings, ...unknownKeys(raw)]) warn(`${path}: ${warning}`);
  return settings;
}

/**
 * Why the settings file could not be read, in words, and never with its content: JSON's own
 * messages quote the text, and the path may be a link to a file the user must not see printed.
 */
function unreadableBecause(error: unknown): string {
  if (error instanceof NotRegularFileError) return 'it is not a regular file';
  if (error instanceof FileTooLargeError) return 'it is larger than 1 MB';
  if (error instanceof SyntaxError) return 'it is not valid JSON';
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'it is not a regular file';
  return describeFileError(error);
}

/** Settings read under older names, still taken (settings-migration.ts). */
const OLDER_NAMES: readonly string[] = ['waitDays'];

/** A key the settings do not have is a typo or a setting of another version: said, not silently ignored. */
function unknownKeys(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const known = new Set([...Object.keys(DEFAULT_SETTINGS), ...OLDER_NAMES]);
  const lines = Object.keys(raw)
    .filter((key) => !known.has(key))
    .map((key) => `Unknown setting "${key}" is ignored (see the README for the settings).`);
  const fields = (raw as Record<string, unknown>).fields;
  if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
    const names = new Set(Object.keys(DEFAULT_SETTINGS.fields));
    for (const key of Object.keys(fields)) {
      if (!names.has(key))
        lines.push(`Unknown field "${key}" in "fields" is ignored; the fields are ${[...names].map((name) => `"${name}"`).join(', ')}.`);
    }
  }
  return lines;
}
