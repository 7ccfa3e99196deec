import { Component, TFile, type App, type CachedMetadata, type TAbstractFile } from 'obsidian';
import { FollowUpIndex } from '../core/follow-up-index';
import { forEachInSlices, type SliceClock } from '../core/in-slices';
import type { NoteRecord } from '../core/note-record';
import type { Settings } from '../core/settings';
import { frameSlices } from './frame-slices';
import { mayOpenUnclosedBlock, toNoteRecord, unclosedBlockRecord } from './to-note-record';
import { readVaultExclusions } from './vault-exclusions';

/**
 * Keeps the core index in step with the vault: built once the layout is ready, from Obsidian's
 * metadata cache (no file reads, but for the rare note whose first line opens a frontmatter block
 * that nothing closes), then updated one note at a time from `changed`, `rename` and `delete`.
 * Listeners hear about changes, coalesced, after each burst.
 */
export class Indexer extends Component {
  private current: FollowUpIndex;
  private readonly listeners = new Set<() => void>();
  private notifyScheduled = false;
  /** The index being built, which also takes the changes that arrive during the build. */
  private next: FollowUpIndex | null = null;
  private generation = 0;
  private ready = false;
  private alive = false;
  /** Notes Obsidian had not parsed yet when the index was built. */
  private pending = new Set<string>();
  private progress: { readonly done: number; readonly total: number } | null = null;

  /** `slices`: how the build measures its slices and yields between them (frame-slices.ts; tests inject their own). */
  constructor(
    private readonly app: App,
    settings: Settings,
    private readonly slices: SliceClock = frameSlices,
  ) {
    super();
    this.current = new FollowUpIndex(settings);
  }

  get index(): FollowUpIndex {
    return this.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Built, and every note in it read from parsed metadata (none still waiting for Obsidian to parse it). */
  get isComplete(): boolean {
    return this.ready && this.pending.size === 0;
  }

  /** How far the build that is under way has got, in notes; null when none is. */
  get buildProgress(): { readonly done: number; readonly total: number } | null {
    return this.progress;
  }

  override onload(): void {
    this.alive = true;
    this.app.workspace.onLayoutReady(() => {
      if (!this.alive) return;
      this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => this.update(file, cache, data)));
      this.registerEvent(this.app.metadataCache.on('resolved', () => this.catchUp()));
      this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.rename(file, oldPath)));
      this.registerEvent(this.app.vault.on('delete', (file) => this.remove(file)));
      void this.rebuild();
    });
  }

  /** Rebuilds the whole index, e.g. after the settings changed; the vault's config files are read again. */
  async rebuild(settings: Settings = this.current.settings): Promise<void> {
    const generation = ++this.generation;
    const exclusions = await readVaultExclusions(this.app, settings);
    if (!this.alive || generation !== this.generation) return;
    const next = new FollowUpIndex(settings, exclusions);
    this.next = next;
    const pending = new Set<string>();
    const unclosed: TFile[] = [];
    const files = this.app.vault.getMarkdownFiles();
    const wanted = (): boolean => this.alive && generation === this.generation;
    // In slices that yield to the frame: a large vault must not freeze Obsidian while it opens.
    const built = await forEachInSlices(
      files,
      (file) => {
        const cache = this.app.metadataCache.getFileCache(file);
        if (cache === null) pending.add(file.path);
        if (mayOpenUnclosedBlock(cache)) unclosed.push(file);
        next.upsert(toNoteRecord(file, cache));
      },
      this.slices,
      {
        stillWanted: wanted,
        afterSlice: (done) => {
          this.progress = { done, total: files.length };
          this.notify();
        },
      },
    );
    if (!built) return;
    // The few notes that may open a frontmatter block they never close: their text tells.
    for (const file of unclosed) {
      const record = await this.unclosedRecord(file, settings);
      if (!this.alive || generation !== this.generation) return;
      if (record !== null) next.upsert(record);
    }
    this.current = next;
    this.pending = pending;
    this.next = null;
    this.progress = null;
    this.ready = true;
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override onunload(): void {
    this.alive = false;
    this.listeners.clear();
  }

  private update(file: TFile, cache: CachedMetadata, text: string): void {
    if (file.extension !== 'md') return;
    this.pending.delete(file.path);
    const unclosed = mayOpenUnclosedBlock(cache) ? unclosedBlockRecord(file.path, text, this.current.settings) : null;
    const record = unclosed ?? toNoteRecord(file, cache);
    this.next?.upsert(record);
    if (this.current.upsert(record)) this.notify();
  }

  private rename(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile) || (file.extension !== 'md' && !oldPath.endsWith('.md'))) return;
    this.pending.delete(oldPath);
    if (file.extension !== 'md') {
      this.next?.remove(oldPath);
      if (this.current.remove(oldPath)) this.notify();
      return;
    }
    const cache = this.app.metadataCache.getFileCache(file);
    const record = toNoteRecord(file, cache);
    this.next?.rename(oldPath, record);
    this.current.rename(oldPath, record);
    this.notify();
    if (mayOpenUnclosedBlock(cache)) void this.recheckUnclosed(file);
  }

  private remove(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    this.pending.delete(file.path);
    this.next?.remove(file.path);
    if (this.current.remove(file.path)) this.notify();
  }

  /** Notes whose metadata was not parsed yet during the first build come in once Obsidian has them. */
  private catchUp(): void {
    if (!this.ready || this.pending.size === 0) return;
    let changed = false;
    for (const path of [...this.pending]) {
      const file = this.app.vault.getFileByPath(path);
      const cache = file === null ? null : this.app.metadataCache.getFileCache(file);
      if (file === null || cache === null) continue;
      this.pending.delete(path);
      if (this.current.upsert(toNoteRecord(file, cache))) changed = true;
      if (mayOpenUnclosedBlock(cache)) void this.recheckUnclosed(file);
    }
    if (changed) this.notify();
  }

  /** The record of a note that opens a frontmatter block it never closes, read from its text; null if it does not. */
  private async unclosedRecord(file: TFile, settings: Settings): Promise<NoteRecord | null> {
    try {
      const text = await this.app.vault.cachedRead(file);
      // Fixed (or gone) while its text was read: the change event has the news.
      if (!mayOpenUnclosedBlock(this.app.metadataCache.getFileCache(file))) return null;
      return unclosedBlockRecord(file.path, text, settings);
    } catch {
      return null;
    }
  }

  private async recheckUnclosed(file: TFile): Promise<void> {
    const record = await this.unclosedRecord(file, this.current.settings);
    if (record === null || !this.alive) return;
    this.next?.upsert(record);
    if (this.current.upsert(record)) this.notify();
  }

  /** One notification per burst of changes, after the current task. */
  private notify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    window.setTimeout(() => {
      this.notifyScheduled = false;
      if (this.alive) for (const listener of this.listeners) listener();
    }, 0);
  }
}
