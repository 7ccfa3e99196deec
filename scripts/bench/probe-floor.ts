import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor: the least any tool must do that looks at every note. Crawl the vault as Obsidian does
 * (dot-folders skipped, `.md` files only) and read each note once, as bytes (no decoding, no
 * parsing). Every time in the table is a ratio to this, measured in the same run.
 */
let notes = 0;
let bytes = 0;
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      bytes += readFileSync(path).length;
      notes += 1;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${notes} notes, ${bytes} bytes\n`);
