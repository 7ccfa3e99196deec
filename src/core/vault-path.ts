/**
 * How vault paths compare, in one place. A vault path is `/`-separated, relative to the vault,
 * and compared as Obsidian compares it: exactly, case included (`People/` is not `people/`), except
 * where a rule says otherwise by name (the configuration folder, which macOS and Windows do not
 * tell apart by case).
 */

/** A folder as written in a setting or a config file: trimmed, without leading or trailing `/`; '' is the whole vault. */
export function cleanFolder(folder: string): string {
  const trimmed = folder.trim();
  // Runs for every note of a vault: the regular expression only when there are slashes to trim.
  return trimmed.startsWith('/') || trimmed.endsWith('/') ? trimmed.replace(/^\/+|\/+$/g, '') : trimmed;
}

/** Whether `path` lies in `folder` or one of its subfolders (not the folder itself); '' is the whole vault. */
export function isInFolder(path: string, folder: string): boolean {
  const clean = cleanFolder(folder);
  return clean === '' || path.startsWith(`${clean}/`);
}

/** Whether `path` is `folder` itself or lies in it. */
export function isFolderOrInside(path: string, folder: string): boolean {
  return path === folder || isInFolder(path, folder);
}

/** The same, whatever the case of either: for folders the file system may not tell apart by case. */
export function isFolderOrInsideAnyCase(path: string, folder: string): boolean {
  return isFolderOrInside(path.toLowerCase(), folder.toLowerCase());
}

/** Where `path` is after `from` (a note or a folder) was renamed to `to`; null when the rename did not move it. */
export function renamedPath(path: string, from: string, to: string): string | null {
  if (path === from) return to;
  return from !== '' && isInFolder(path, from) ? `${to}${path.slice(from.length)}` : null;
}
