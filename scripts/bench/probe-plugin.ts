import { settingsExclusions } from '../../src/core/note-head/vault-settings';
import { parseFrontmatterBlock } from '../../src/cli/frontmatter';
import { HeadReader } from '../../src/cli/read-head';
import { listVaultNotes } from '../../src/cli/read-vault';
import { FollowUpIndex } from '../../src/core/follow-up-index';
import { forEachInSlices } from '../../src/core/in-slices';
import type { NoteRecord } from '../../src/core/note-record';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

/**
 * The plugin's side, without Obsidian: the core index fed the way src/plugin/indexer.ts feeds it,
 * one NoteRecord per note with the frontmatter already parsed (as Obsidian's metadata cache holds
 * it: dates as strings; a block that does not parse gives no frontmatter). Building the records
 * is not timed; Obsidian has them before the plugin asks.
 *
 * Prints JSON: the full build (every note upserted), the first snapshot, and for single notes
 * changed one at a time the upsert alone and the upsert plus the new snapshot the sidebar shows;
 * then the build as the plugin runs it, in slices that yield (core/in-slices.ts, with the same
 * budget), and how long each slice ran: the longest is the longest task the build makes.
 */
const [vault = '.', today = '2024-06-12'] = process.argv.slice(2);
const settings = DEFAULT_SETTINGS;

const reader = new HeadReader();
const records: NoteRecord[] = listVaultNotes(vault, settingsExclusions(settings)).map(({ absolute, path }) => {
  const head = reader.read(absolute);
  if (head.kind !== 'block') return { path, frontmatter: null };
  const reading = parseFrontmatterBlock(head.block);
  return { path, frontmatter: reading.kind === 'ok' ? reading.data : null };
});

const time = (work: () => void): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

const build = (): FollowUpIndex => {
  const index = new FollowUpIndex(settings);
  for (const record of records) index.upsert(record);
  return index;
};

// Warm-up, so the numbers are those of a plugin that has been running, as Obsidian's is.
for (let i = 0; i < 3; i++) build().snapshot(today);
const builds: number[] = [];
const snapshots: number[] = [];
let index = build();
for (let i = 0; i < 7; i++) {
  builds.push(time(() => (index = build())));
  snapshots.push(time(() => index.snapshot(today)));
}

// One note changed at a time, as the `changed` event delivers it: its follow-up moves a day.
const withFollowUp = records.filter((record) => typeof record.frontmatter?.follow_up === 'string');
const changed = withFollowUp.filter((_, i) => i % Math.max(1, Math.floor(withFollowUp.length / 101)) === 0).slice(0, 101);
const upserts: number[] = [];
const updates: number[] = [];
for (const [i, record] of changed.entries()) {
  const next: NoteRecord = {
    path: record.path,
    frontmatter: { ...record.frontmatter, follow_up: i % 2 === 0 ? '2024-06-13' : '2024-06-14' },
  };
  upserts.push(time(() => index.upsert(next)));
  index.snapshot(today);
  const again: NoteRecord = { path: record.path, frontmatter: { ...record.frontmatter } };
  updates.push(
    time(() => {
      index.upsert(again);
      index.snapshot(today);
    }),
  );
}

const chunks: number[] = [];
for (let run = 0; run < 3; run++) {
  const sliced = new FollowUpIndex(settings);
  let sliceStart = performance.now();
  await forEachInSlices(records, (record) => sliced.upsert(record), {
    now: () => performance.now(),
    yieldNow: async () => {
      chunks.push(performance.now() - sliceStart);
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    },
  });
  chunks.push(performance.now() - sliceStart);
}

process.stdout.write(`${JSON.stringify({ notes: records.length, relevant: index.size, builds, snapshots, upserts, updates, chunks })}\n`);
