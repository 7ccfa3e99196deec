import { Notice, TFile, type App } from 'obsidian';
import { applyPatch, type PreviousValues } from '../../core/actions/frontmatter-patch';
import type { NotePatch } from '../../core/actions/plan-actions';
import { readNoteFacts, type NoteFacts } from '../../core/note-facts';
import type { Settings } from '../../core/settings';
import { hasFrontmatterBlock } from '../to-note-record';

/** One note as an action left it: enough to undo it, and to know whether it changed since. */
export interface WrittenChange {
  readonly path: string;
  readonly previous: PreviousValues;
  readonly textAfter: string;
}

/** Raised inside processFrontMatter to stop a write; nothing is written. */
class StaleNoteError extends Error {}

/**
 * Writes the plugin's fields into notes, and only those, through `processFrontMatter`. Writes to
 * one file are queued, so two quick clicks apply in order. A note is re-read at the moment of
 * writing: if its follow-up changed since the list was drawn, or it was renamed or deleted, or its
 * frontmatter does not parse, nothing is written and the user is told why.
 */
export class NoteWriter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {}

  /** Applies patches in order; returns what was written (possibly less than asked, with notices). */
  async apply(patches: readonly NotePatch[], expected: ReadonlyMap<string, NoteFacts> = new Map()): Promise<WrittenChange[]> {
    const written: WrittenChange[] = [];
    for (const { path, patch } of patches) {
      const change = await this.enqueue(path, () => this.write(path, (frontmatter) => {
        this.checkUnchanged(path, frontmatter, expected.get(path));
        return applyPatch(frontmatter, patch, this.settings());
      }));
      if (change !== null) written.push(change);
    }
    return written;
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

  /** Changes one note's frontmatter with `edit`; null (and a notice) when it cannot be done safely. */
  async write(path: string, edit: (frontmatter: Record<string, unknown>) => PreviousValues): Promise<WrittenChange | null> {
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile)) {
      new Notice(`“${path}” was renamed or deleted since the list was drawn, so it was not changed.`);
      return null;
    }
    const cache = this.app.metadataCache.getFileCache(file);
    if (hasFrontmatterBlock(cache) && !cache?.frontmatter) {
      new Notice(`“${file.basename}” was not changed: its frontmatter is not valid YAML. Fix it in the note's properties first.`);
      return null;
    }
    let previous: PreviousValues = {};
    try {
      await this.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
        previous = edit(frontmatter);
      });
    } catch (error) {
      const reason = error instanceof StaleNoteError ? error.message : `its frontmatter could not be read (${error instanceof Error ? error.message : String(error)})`;
      new Notice(`“${file.basename}” was not changed: ${reason}.`);
      return null;
    }
    return { path: file.path, previous, textAfter: await this.app.vault.read(file) };
  }

  private checkUnchanged(path: string, live: Record<string, unknown>, expected: NoteFacts | undefined): void {
    if (expected === undefined) return;
    const now = readNoteFacts({ path, frontmatter: live }, this.settings());
    const same =
      now.followUp?.date === expected.followUp?.date &&
      now.followUp?.time === expected.followUp?.time &&
      now.attempts === expected.attempts &&
      now.every?.amount === expected.every?.amount &&
      now.every?.unit === expected.every?.unit;
    if (!same) throw new StaleNoteError('its follow-up changed since the list was drawn; have a look and try again');
  }
}
