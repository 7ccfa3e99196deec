import { Notice, TFile, type App } from 'obsidian';
import { applyPatch, type FrontmatterPatch, type PreviousValues } from '../../core/actions/frontmatter-patch';
import { readNoteFacts, type NoteFacts } from '../../core/note-facts';
import type { Settings } from '../../core/settings';
import { saveOpenEditors } from '../open-editors';
import { hasFrontmatterBlock, unclosedBlockRecord } from '../to-note-record';

/**
 * What to write into one note. A function is planned against the note as it is at the moment of
 * writing (so a note edited since the list was drawn, or by an action queued just before, is
 * taken as it now is); it may refuse with a reason, or find nothing to change.
 */
export type PatchPlan = FrontmatterPatch | ((live: NoteFacts) => FrontmatterPatch | { refuse: string } | null);

export interface WriteTask {
  readonly path: string;
  readonly plan: PatchPlan;
}

/** One note as an action left it: enough to undo it, and to know whether it changed since. */
export interface WrittenChange {
  readonly path: string;
  readonly previous: PreviousValues;
  readonly textAfter: string;
}

/** Thrown inside processFrontMatter to stop a write: nothing is written. */
class Refused extends Error {}
class NothingToChange extends Error {}

/**
 * Writes the plugin's fields into notes, and only those, through `processFrontMatter`. Writes to
 * one file are queued, so two quick clicks apply in order. A note renamed or deleted since the list
 * was drawn, or whose frontmatter does not parse, is not written, and the user is told why.
 */
export class NoteWriter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {}

  /** Applies the tasks in order; returns what was written (possibly less than asked, with notices). */
  async apply(tasks: readonly WriteTask[]): Promise<{ written: WrittenChange[]; failed: number }> {
    const written: WrittenChange[] = [];
    let failed = 0;
    for (const { path, plan } of tasks) {
      const change = await this.enqueue(path, () =>
        this.write(path, (frontmatter) => {
          const patch = typeof plan === 'function' ? plan(readNoteFacts({ path, frontmatter }, this.settings())) : plan;
          if (patch === null) throw new NothingToChange();
          if ('refuse' in patch) throw new Refused(patch.refuse);
          return applyPatch(frontmatter, patch, this.settings());
        }),
      );
      if (change === 'failed') failed += 1;
      else if (change !== 'unchanged') written.push(change);
    }
    return { written, failed };
  }

  /** Runs a change to one note after the changes already queued for it. */
  enqueue<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  /** Changes one note's frontmatter with `edit`, or says why it could not. */
  async write(
    path: string,
    edit: (frontmatter: Record<string, unknown>) => PreviousValues,
  ): Promise<WrittenChange | 'unchanged' | 'failed'> {
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile)) {
      new Notice(`“${path}” was renamed or deleted since the list was drawn, so it was not changed.`);
      return 'failed';
    }
    const cache = this.app.metadataCache.getFileCache(file);
    if (hasFrontmatterBlock(cache) && !cache?.frontmatter) {
      new Notice(`“${file.basename}” was not changed: its frontmatter is not valid YAML. Fix it in the note's properties first.`);
      return 'failed';
    }
    let previous: PreviousValues = {};
    try {
      await saveOpenEditors(this.app, file);
      // A block never closed is no frontmatter to Obsidian, which would put a second one above it.
      if (unclosedBlockRecord(file.path, await this.app.vault.read(file), this.settings()) !== null) {
        throw new Refused('its frontmatter starts with "---" but has no closing "---" line. Close it first');
      }
      await this.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        previous = edit(frontmatter);
      });
    } catch (error) {
      if (error instanceof NothingToChange) return 'unchanged';
      const reason =
        error instanceof Refused
          ? error.message
          : `its frontmatter could not be read (${error instanceof Error ? error.message : String(error)})`;
      new Notice(`“${file.basename}” was not changed: ${reason}.`);
      return 'failed';
    }
    return { path: file.path, previous, textAfter: await this.app.vault.read(file) };
  }
}
