import { settingsExclusions } from '../../src/core/note-head/vault-settings';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_TODAY, generateVault } from '../../scripts/bench/generate-vault';
import { findFrontmatterBlock } from '../../src/cli/frontmatter';
import { readFrontmatter } from '../../src/cli/split-note';
import { keyMentionTest } from '../../src/core/note-head/key-mention';
import { loadSettings } from '../../src/cli/load-settings';
import { listVaultNotes, readVault } from '../../src/cli/read-vault';
import { dueReport } from '../../src/core/due-report';
import { indexRecords } from '../../src/core/follow-up-index';
import { renderReviewJson, renderReviewMarkdown } from '../../src/core/markdown/render-review';
import type { NoteRecord } from '../../src/core/note-record';
import { isInFolder } from '../../src/core/vault-path';
import { buildReview } from '../../src/core/review-model';
import type { Settings } from '../../src/core/settings';
import { EXAMPLE_VAULT, FIXTURE_VAULT } from '../helpers/cli';

const temp = mkdtempSync(join(tmpdir(), 'follow-up-prefilter-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Everything the command line prints from an index: the due list, the review as Markdown and JSON, the problems. */
function outputs(records: readonly NoteRecord[], settings: Settings, today: string): string {
  const snapshot = indexRecords(records, settings).snapshot(today);
  const review = buildReview(snapshot, settings);
  return [JSON.stringify(dueReport(snapshot, 3650), null, 2), renderReviewMarkdown(review), renderReviewJson(review)].join('\n\f\n');
}

/**
 * How notes were read before: every file in full, every block parsed. A block that does not parse
 * counts when it names a key the index reads, or the note is a person note (read-note.ts).
 */
function readWhole(root: string, settings: Settings): NoteRecord[] {
  const mentions = keyMentionTest(settings);
  return listVaultNotes(root, settingsExclusions(settings)).map(({ absolute, path }) => {
    const text = readFileSync(absolute, 'utf8');
    const reading = readFrontmatter(text);
    if (reading.kind === 'ok') return { path, frontmatter: reading.data };
    if (reading.kind === 'none') return { path, frontmatter: null };
    const block = findFrontmatterBlock(text);
    const region = typeof block === 'object' && block !== null ? block.body : text;
    const counts = (settings.peopleFolder.trim() !== '' && isInFolder(path, settings.peopleFolder)) || mentions(region);
    return counts ? { path, frontmatter: null, frontmatterError: reading.message } : { path, frontmatter: null };
  });
}

describe('skipping the YAML of notes without follow-up keys', () => {
  const generated = join(temp, 'generated');
  generateVault(generated, 3000, 11);

  it.each([
    ['the fixture vault', FIXTURE_VAULT, '2024-03-11'],
    ['the example vault', EXAMPLE_VAULT, '2024-06-12'],
    ['a generated vault of 3,000 notes', generated, BENCH_TODAY],
  ])('changes nothing in %s', (_name, root, today) => {
    const settings = loadSettings(root, null, () => undefined);
    const fast = readVault(root, settings, { prefilter: true });
    const full = readVault(root, settings, { prefilter: false });
    const whole = readWhole(root, settings);
    const expected = outputs(whole, settings, today);
    expect(outputs(full, settings, today)).toBe(expected);
    expect(outputs(fast, settings, today)).toBe(expected);
    // And it does skip: most notes never reach the parser or the index.
    expect(fast.length).toBeLessThan(whole.length);
  });

  it('skips most notes of a large vault', () => {
    const settings = loadSettings(generated, null, () => undefined);
    const fast = readVault(generated, settings);
    expect(fast.length / listVaultNotes(generated, settingsExclusions(settings)).length).toBeLessThan(0.2);
  });
});
