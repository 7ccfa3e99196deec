import { Notice, TFile, type App } from 'obsidian';
import type { FrontmatterPatch } from '../../core/actions/frontmatter-patch';
import { patchNoteText, readNoteFrontmatter } from '../../core/actions/patch-note-text';
import { readNoteFacts, type NoteFacts } from '../../core/note-facts';
import type { Settings } from '../../core/settings';
import { saveOpenEditors } from '../open-editors';
import { hasFrontmatterBlock } from '../to-note-record';

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

/** One note as an action left it: its text before and after, to undo it byte for byte, and to know whether it changed since. */
export interface WrittenChange {
  readonly path: string;
  readonly textBefore: string;
  readonly textAfter: string;
}

/** Thrown inside `vault.process` to stop a write: nothing is written. */
class Refused extends Error {}
class NothingToChange extends Error {}

/**
 * Writes the plugin's fields into notes, and only the lines of those, through `vault.process` and
 * the core's byte-exact patch: comments, quoting, key order, line endings and the body stay as the
 * user wrote them (Obsidian's `processFrontMatter` would re-serialise the whole block). Writes to
 * one file are queued, so two quick clicks apply in order. A note renamed or deleted since the
 * list was drawn, or one the patch cannot change on its own lines, is not written, and the user is
 * told why.
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
      const change = await this.enqueue(path, () => this.write(path, (text) => this.patched(path, text, plan)));
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

  /**
   * Changes one note's text with `edit`, atomically, or says why it could not. `edit` may throw
   * `refuse(reason)` or `unchanged()` to write nothing.
   */
  async write(path: string, edit: (text: string) => string): Promise<WrittenChange | 'unchanged' | 'failed'> {
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
    let change: WrittenChange | null = null;
    try {
      await saveOpenEditors(this.app, file);
      await this.app.vault.process(file, (text) => {
        const after = edit(text);
        if (after === text) throw new NothingToChange();
        change = { path: file.path, textBefore: text, textAfter: after };
        return after;
      });
    } catch (error) {
      if (error instanceof NothingToChange) return 'unchanged';
      const reason =
        error instanceof Refused ? error.message : `it could not be written (${error instanceof Error ? error.message : String(error)})`;
      new Notice(`“${file.basename}” was not changed: ${reason}.`);
      return 'failed';
    }
    return change ?? 'unchanged';
  }

  /** The note's text with the plan's patch, planned against the note as it is now. */
  private patched(path: string, text: string, plan: PatchPlan): string {
    const settings = this.settings();
    const read = readNoteFrontmatter(text, path, settings);
    if (!read.ok) throw new Refused(read.reason);
    const patch = typeof plan === 'function' ? plan(readNoteFacts({ path, frontmatter: read.frontmatter }, settings)) : plan;
    if (patch === null) throw new NothingToChange();
    if ('refuse' in patch) throw new Refused(patch.refuse);
    const result = patchNoteText(text, patch, settings, path);
    if (!result.ok) throw new Refused(result.reason);
    return result.text;
  }
}

/** For an `edit` passed to `write`: stop, with this reason told to the user. */
export function refuse(reason: string): never {
  throw new Refused(reason);
}

/** For an `edit` passed to `write`: stop quietly, there is nothing to write. */
export function unchanged(): never {
  throw new NothingToChange();
}
