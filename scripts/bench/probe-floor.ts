import { readFileSync } from 'node:fs';
import { forEachNote } from './crawl-notes';

/**
 * The floor: the least any tool must do that looks at every note. Crawl the vault as Obsidian does
 * (dot-folders skipped, `.md` files only) and read each note once, as bytes (no decoding, no
 * parsing). Every time in the table is a ratio to this, measured in the same run.
 */
let notes = 0;
let bytes = 0;
forEachNote(process.argv[2] ?? '.', (path) => {
  bytes += readFileSync(path).length;
  notes += 1;
});
process.stdout.write(`${notes} notes, ${bytes} bytes\n`);
