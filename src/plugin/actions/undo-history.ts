import { Notice, type App } from 'obsidian';
import { refuse, type NoteWriter, type WrittenChange } from './note-writer';

/** The last action, kept so that it can be undone while the notes it touched stay as it left them. */
export class UndoHistory {
  private last: { label: string; changes: readonly WrittenChange[] } | null = null;

  constructor(
    private readonly app: App,
    private readonly writer: NoteWriter,
  ) {}

  get canUndo(): boolean {
    return this.last !== null;
  }

  get lastLabel(): string | null {
    return this.last?.label ?? null;
  }

  record(label: string, changes: readonly WrittenChange[]): void {
    if (changes.length > 0) this.last = { label, changes };
  }

  /** Restores the exact text the last action changed, unless a note changed since; then says so. */
  async undo(): Promise<boolean> {
    const last = this.last;
    if (last === null) {
      new Notice('Nothing to undo.');
      return false;
    }
    for (const change of last.changes) {
      const file = this.app.vault.getFileByPath(change.path);
      if (file === null || (await this.app.vault.read(file)) !== change.textAfter) {
        new Notice(`Cannot undo “${last.label}”: “${change.path}” changed since. Nothing was undone.`);
        return false;
      }
    }
    this.last = null;
    for (const change of last.changes) {
      await this.writer.enqueue(change.path, () =>
        this.writer.write(change.path, (text) => (text === change.textAfter ? change.textBefore : refuse('it changed since the action'))),
      );
    }
    new Notice(`Undone: ${last.label}.`);
    return true;
  }
}
