import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The second floor: what any cache keyed by file stats must at least do. Crawl the vault as the
 * floor does and stat every note (no read). The cached runs are compared with this.
 */
let notes = 0;
let bytes = 0;
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      bytes += statSync(path).size;
      notes += 1;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${notes} notes, ${bytes} bytes\n`);
