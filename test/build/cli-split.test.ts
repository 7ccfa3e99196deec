import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths';

// dist/ is built by the global setup. The command line is split into chunks (esbuild.config.mjs):
// what `due` loads at start is dist/cli.js and the chunks it imports statically; the review, its
// HTML, the drafts, the calendar and mail are imported only by the commands that use them.
const DIST = join(REPO_ROOT, 'dist');

function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gms))
      visit(join(dirname(file), match[1] ?? match[2]!));
  };
  visit(entry);
  return seen;
}

const LATER = [
  'function renderReviewHtml(',
  'function buildReview(',
  'function draftCommand(',
  'function followUpCalendar(',
  'function digestCommand(',
];

describe('the command line bundle', () => {
  it('loads no review, HTML, draft, calendar or mail code to start (and so for `due`)', () => {
    const loaded = [...staticClosure(join(DIST, 'cli.js')).values()].join('\n');
    expect(LATER.filter((name) => loaded.includes(name))).toEqual([]);
    expect(loaded).not.toContain('micromark');
  });

  it('has each of them in a chunk of dist/chunks, imported on demand', () => {
    const chunks = readdirSync(join(DIST, 'chunks')).map((name) => readFileSync(join(DIST, 'chunks', name), 'utf8'));
    for (const name of LATER)
      expect(
        chunks.some((chunk) => chunk.includes(name)),
        name,
      ).toBe(true);
    const entry = readFileSync(join(DIST, 'cli.js'), 'utf8');
    expect([...entry.matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].length).toBeGreaterThanOrEqual(5);
  });
});
