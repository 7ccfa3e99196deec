import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

/**
 * The naive peer: what a first attempt at the command line would do. Crawl the vault, read each
 * note in full and run gray-matter on it with its defaults (js-yaml's default schema, its
 * content-keyed cache), then look for a follow-up in the result.
 */
let notes = 0;
let withFollowUp = 0;
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      notes += 1;
      try {
        const data = matter(readFileSync(path, 'utf8')).data as Record<string, unknown>;
        if (data.follow_up !== undefined) withFollowUp += 1;
      } catch {
        // A note whose YAML does not parse: the loop goes on.
      }
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${notes} notes, ${withFollowUp} with follow_up\n`);
