import { cleanFolder as cleanVaultFolder, isInFolder } from '../vault-path';
import type { Settings } from '../settings';

/**
 * The vault's own settings that decide which notes are read (SPEC §10), from the files Obsidian
 * keeps them in. The command line reads these files from disk, the plugin through the vault
 * adapter: both hand their text here, so that both exclude the same notes.
 */
export const VAULT_CONFIG_FILES = {
  /** "Excluded files": `userIgnoreFilters`. */
  app: 'app.json',
  /** The core Templates plugin: `folder`. */
  templates: 'templates.json',
  /** Templater: `templates_folder`. */
  templater: 'plugins/templater-obsidian/data.json',
} as const;

export type VaultConfigTexts = { readonly [name in keyof typeof VAULT_CONFIG_FILES]?: string | null };

/** Folders no vault means as notes: installed packages, whose README files are not the user's. */
const NEVER_NOTES = 'node_modules';

export interface VaultExclusions {
  /** Folders whose notes are left out: the setting's, and the template folders. */
  readonly folders: readonly string[];
  /** The vault's "Excluded files" filters, as written (a path prefix, or `/regex/`). */
  readonly filters: readonly string[];
  /** The template folders named by the vault's settings. */
  readonly templateFolders: readonly string[];
  /** Whether a vault path (a folder's with a final `/`) is left out. */
  readonly isExcluded: (path: string) => boolean;
}

/** The exclusions of a vault with these config files (each a text, or null when absent or unreadable). */
export function vaultExclusions(texts: VaultConfigTexts, settings: Settings): VaultExclusions {
  const templateFolders = [stringField(texts.templates, 'folder'), stringField(texts.templater, 'templates_folder')]
    .map(cleanFolder)
    .filter((folder): folder is string => folder !== null);
  const folders = [...new Set([...settings.excludedFolders.map(cleanFolder), ...templateFolders])].filter(
    (folder): folder is string => folder !== null,
  );
  const filters = stringList(texts.app, 'userIgnoreFilters');
  const patterns = filters.map(toMatcher).filter((matcher): matcher is (path: string) => boolean => matcher !== null);
  // Runs for every file of the vault: the split only when it may match.
  const isExcluded = (path: string): boolean =>
    folders.some((folder) => isInFolder(path, folder)) ||
    patterns.some((matches) => matches(path)) ||
    (path.includes(NEVER_NOTES) && path.split('/').includes(NEVER_NOTES));
  return { folders, filters, templateFolders, isExcluded };
}

/** The exclusions of the settings alone, for a vault whose config files are not read (tests, a bare folder). */
export function settingsExclusions(settings: Settings): VaultExclusions {
  return vaultExclusions({}, settings);
}

/**
 * One "Excluded files" filter as Obsidian applies it: `/…/` is a regular expression tested on the
 * path; anything else is a prefix of the path (`Archive/` a folder, `Archive` also `Archive 2.md`).
 * A regular expression that does not compile excludes nothing.
 */
function toMatcher(filter: string): ((path: string) => boolean) | null {
  if (filter.length > 2 && filter.startsWith('/') && filter.endsWith('/')) {
    try {
      const pattern = new RegExp(filter.slice(1, -1));
      return (path) => pattern.test(path);
    } catch {
      return null;
    }
  }
  const prefix = filter.replace(/^\/+/, '');
  return prefix === '' ? null : (path) => path.startsWith(prefix);
}

/** A folder named in a setting or a config file; null for none (or the whole vault, which is never excluded). */
function cleanFolder(folder: string | null): string | null {
  const clean = folder === null ? '' : cleanVaultFolder(folder);
  return clean === '' ? null : clean;
}

/** The value under `key` of a config file: only an object has one; null, a list, a text or a number give undefined. */
function configValue(text: string | null | undefined, key: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(String(text));
  } catch {
    // Not JSON (or absent, "undefined"): no settings at all.
  }
  return (data as Readonly<Record<string, unknown>> | null | undefined)?.[key];
}

function stringField(text: string | null | undefined, key: string): string | null {
  const value = configValue(text, key);
  return typeof value === 'string' ? value : null;
}

function stringList(text: string | null | undefined, key: string): string[] {
  const value = configValue(text, key);
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : [];
}
