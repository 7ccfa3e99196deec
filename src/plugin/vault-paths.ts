import { normalizePath } from 'obsidian';
import { isFolderOrInsideAnyCase } from '../core/vault-path';

/**
 * A folder inside the vault, as the user typed it, normalised; or a reason it is refused.
 * Nothing the plugin writes may leave the vault or land in its configuration folder.
 */
export function checkVaultFolder(input: string, configDir: string): { ok: true; folder: string } | { ok: false; reason: string } {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed === '/') return { ok: true, folder: '' };
  if (/^[a-zA-Z]:|^[\\/]/.test(trimmed) || trimmed.startsWith('~'))
    return { ok: false, reason: 'Use a folder inside the vault, not an absolute path.' };
  const folder = normalizePath(trimmed.replace(/\\/g, '/'));
  // In any case: on macOS and Windows `.OBSIDIAN` is the same folder as `.obsidian`.
  if (isFolderOrInsideAnyCase(folder, configDir)) return { ok: false, reason: 'This is the vault’s configuration folder.' };
  const parts = folder.split('/');
  if (parts.some((part) => part === '..' || part === '.')) return { ok: false, reason: 'A folder name cannot be “.” or “..”.' };
  if (parts.some((part) => part.startsWith('.')))
    return { ok: false, reason: 'A folder whose name starts with “.” is hidden: Obsidian would not show what is written there.' };
  return { ok: true, folder };
}

/** A note's path inside a folder: one file name, without characters paths reserve, not hidden. */
export function notePath(folder: string, name: string): string {
  const clean =
    name
      .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
      .trim()
      .replace(/^[.\s]+/, '') || 'Follow-up review';
  return normalizePath(folder === '' ? `${clean}.md` : `${folder}/${clean}.md`);
}
