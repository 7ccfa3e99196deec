import { statSync } from 'node:fs';
import { forEachNote } from './crawl-notes';

/**
 * The second floor: what any cache keyed by file stats must at least do. Crawl the vault as the
 * floor does and stat every note (no read). The cached runs are compared with this.
 */
let notes = 0;
let bytes = 0;
forEachNote(process.argv[2] ?? '.', (path) => {
  bytes += statSync(path).size;
  notes += 1;
});
process.stdout.write(`${notes} notes, ${bytes} bytes\n`);
