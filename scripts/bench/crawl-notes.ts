import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The crawl both floors share: the vault's folders as Obsidian walks them (dot-folders skipped),
 * each `.md` file's path handed to `visit`, nothing read.
 */
export function forEachNote(folder: string, visit: (path: string) => void): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) forEachNote(path, visit);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) visit(path);
  }
}
