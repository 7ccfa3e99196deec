// MetadataCache and FileManager. The cache parses notes with ./markdown.ts; after a change in the
// vault it keeps serving the old metadata until it has "re-parsed", which happens asynchronously
// (a microtask by default, as a stand-in for Obsidian's worker) or when a test calls flush().
import { Events, timers, type Callback, type EventRef } from './events';
import { getFrontMatterInfo, parseMarkdown, type CachedMetadata } from './markdown';
import { getLinkpath, parseYaml, stringifyYaml } from './util';
import { TFile, type DataWriteOptions, type TAbstractFile, type Vault } from './vault';

/** When the cache processes vault changes: a microtask after the change, a 0 ms timeout, or only on flush(). */
export type MetadataTiming = 'microtask' | 'timeout' | 'manual';

type Job = { kind: 'changed'; file: TFile } | { kind: 'deleted'; file: TFile; prev: CachedMetadata | null } | { kind: 'resolve' };

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};

  private readonly entries = new Map<string, { text: string; meta: CachedMetadata }>();
  private readonly jobs: Job[] = [];
  private scheduled = false;
  private nameIndex: { paths: Map<string, TFile>; names: Map<string, TFile[]> } | null = null;

  /** Notes not parsed yet in the late-parse mode (getFileCache gives null for them), in vault order. */
  private readonly unparsed: string[] = [];

  /**
   * Indexes the vault's notes at once, without events (as if cached from an earlier session); or,
   * with `lateParse`, parses none of them yet, as Obsidian on a first open or a cache rebuild: the
   * layout can be ready while getFileCache still gives null. They are then parsed in bursts
   * (`parseNext`, `parseInBursts`): 'changed' for each note parsed, and 'resolved' once all are.
   */
  constructor(
    readonly vault: Vault,
    private readonly timing: MetadataTiming = 'microtask',
    lateParse = false,
  ) {
    super();
    if (lateParse) this.unparsed.push(...vault.getMarkdownFiles().map((file) => file.path));
    else for (const file of vault.getMarkdownFiles()) this.parse(file);
    this.resolveAll();
    vault.on('create', (f) => {
      this.nameIndex = null;
      if (isNote(f)) this.enqueue({ kind: 'changed', file: f });
    });
    vault.on('modify', (f) => {
      if (isNote(f)) this.enqueue({ kind: 'changed', file: f });
    });
    vault.on('rename', (f, oldPath) => {
      this.nameIndex = null;
      const waiting = this.unparsed.indexOf(oldPath);
      if (waiting !== -1) this.unparsed.splice(waiting, 1, f.path);
      const entry = this.entries.get(oldPath);
      this.entries.delete(oldPath);
      if (!(f instanceof TFile)) return;
      if (isNote(f) && entry) this.entries.set(f.path, entry);
      else if (isNote(f)) this.enqueue({ kind: 'changed', file: f });
      this.enqueue({ kind: 'resolve' }); // no 'changed' for a rename, as in Obsidian
    });
    vault.on('delete', (f) => {
      this.nameIndex = null;
      const waiting = this.unparsed.indexOf(f.path);
      if (waiting !== -1) this.unparsed.splice(waiting, 1);
      if (!(f instanceof TFile)) return;
      const prev = this.entries.get(f.path)?.meta ?? null;
      this.entries.delete(f.path);
      if (isNote(f)) this.enqueue({ kind: 'deleted', file: f, prev });
    });
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.getCache(file.path);
  }

  getCache(path: string): CachedMetadata | null {
    return this.entries.get(path)?.meta ?? null;
  }

  /** Test helper (late-parse mode): how many notes are not parsed yet. */
  get unparsedCount(): number {
    return this.unparsed.length;
  }

  /**
   * Test helper (late-parse mode): parses the next `count` notes not parsed yet, firing 'changed'
   * (file, data, cache) and 'resolve' for each; once none is left, 'resolved', as Obsidian does
   * when its first indexing ends. Returns how many it parsed.
   */
  parseNext(count: number): number {
    const paths = this.unparsed.splice(0, count);
    const parsed: [TFile, string, CachedMetadata][] = [];
    for (const path of paths) {
      const file = this.vault.getFileByPath(path);
      if (file === null || !isNote(file)) continue;
      parsed.push([file, this.vault.readText(file), this.parse(file)]);
    }
    this.nameIndex = null;
    this.resolveAll();
    for (const [file, text, meta] of parsed) this.trigger('changed', file, text, meta);
    for (const [file] of parsed) this.trigger('resolve', file);
    if (paths.length > 0 && this.unparsed.length === 0) this.trigger('resolved');
    return parsed.length;
  }

  /** Test helper (late-parse mode): parses every note left, `size` at a time, a macrotask apart. */
  async parseInBursts(size: number): Promise<void> {
    while (this.unparsed.length > 0) {
      await new Promise((resolve) => timers().setTimeout(resolve, 0));
      this.parseNext(size);
    }
  }

  /** Test helper: how many vault changes wait to be processed. */
  get pending(): number {
    return this.jobs.length;
  }

  /**
   * Test helper: processes pending changes now: updates the cache and fires 'changed' (file, data,
   * cache) per note whose text changed, 'deleted' (file, prevCache), then 'resolve' per note and
   * 'resolved' once.
   */
  flush(): void {
    this.scheduled = false;
    if (!this.jobs.length) return;
    const jobs = this.jobs.splice(0);
    const changed: [TFile, string, CachedMetadata][] = [];
    const deleted: [TFile, CachedMetadata | null][] = [];
    for (const job of jobs) {
      if (job.kind === 'changed') {
        const { file } = job;
        if (this.vault.getFileByPath(file.path) !== file || changed.some(([f]) => f === file)) continue;
        // Not parsed yet (late-parse mode): its turn in the bursts comes, with the text of then.
        if (this.unparsed.includes(file.path)) continue;
        const text = this.vault.readText(file);
        if (this.entries.get(file.path)?.text === text) continue;
        changed.push([file, text, this.parse(file)]);
      } else if (job.kind === 'deleted') {
        deleted.push([job.file, job.prev]);
      }
    }
    this.resolveAll();
    for (const [file, text, meta] of changed) this.trigger('changed', file, text, meta);
    for (const [file, prev] of deleted) this.trigger('deleted', file, prev);
    for (const [file] of changed) this.trigger('resolve', file);
    // While notes wait to be parsed (late-parse mode) the links are not all resolved yet.
    if (this.unparsed.length === 0) this.trigger('resolved');
  }

  /**
   * The file a link points to, as Obsidian resolves it (case-insensitively): a path from the vault
   * root (with or without `.md`), a path relative to the source note, else a file whose name
   * ends the path — preferring the source's folder, then the shortest path. `linkpath` has no
   * `#subpath` (use getLinkpath). An empty linkpath is the source note itself.
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    if (linkpath === '') return this.vault.getFileByPath(sourcePath);
    const lower = linkpath.toLowerCase();
    const sourceDir = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
    const byPath = (p: string) => {
      const l = p.toLowerCase();
      return this.index().paths.get(l) ?? this.index().paths.get(l + '.md') ?? null;
    };
    if (/^\.\.?\//.test(linkpath)) return byPath(joinPath(sourceDir, linkpath));
    const exact = byPath(linkpath.replace(/^\//, '')) ?? (sourceDir ? byPath(`${sourceDir}/${linkpath}`) : null);
    if (exact) return exact;
    const name = lower.slice(lower.lastIndexOf('/') + 1);
    const candidates = [...(this.index().names.get(name) ?? []), ...(this.index().names.get(name + '.md') ?? [])].filter((f) => {
      const p = f.path.toLowerCase();
      return p === lower || p === lower + '.md' || p.endsWith('/' + lower) || p.endsWith('/' + lower + '.md');
    });
    candidates.sort((a, b) => {
      const sa = a.parent?.path === (sourceDir || '/') ? 0 : 1;
      const sb = b.parent?.path === (sourceDir || '/') ? 0 : 1;
      return sa - sb || a.path.length - b.path.length || (a.path < b.path ? -1 : 1);
    });
    return candidates[0] ?? null;
  }

  /** The shortest link text that resolves to `file` from `sourcePath` (Obsidian's default link format). */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const md = file.extension === 'md' && omitMdExtension;
    const name = md ? file.basename : file.name;
    const full = md ? file.path.slice(0, -3) : file.path;
    return this.getFirstLinkpathDest(name, sourcePath) === file ? name : full;
  }

  override on(name: 'changed', callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  override on(name: 'deleted', callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolve', callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'resolved', callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  private enqueue(job: Job): void {
    this.jobs.push(job);
    if (this.scheduled || this.timing === 'manual') return;
    this.scheduled = true;
    if (this.timing === 'microtask') queueMicrotask(() => this.flush());
    else timers().setTimeout(() => this.flush(), 0);
  }

  private parse(file: TFile): CachedMetadata {
    const text = this.vault.readText(file);
    const meta = parseMarkdown(text);
    this.entries.set(file.path, { text, meta });
    return meta;
  }

  private index(): { paths: Map<string, TFile>; names: Map<string, TFile[]> } {
    if (!this.nameIndex) {
      const paths = new Map<string, TFile>();
      const names = new Map<string, TFile[]>();
      for (const f of this.vault.getFiles()) {
        paths.set(f.path.toLowerCase(), f);
        const key = f.name.toLowerCase();
        names.set(key, [...(names.get(key) ?? []), f]);
      }
      this.nameIndex = { paths, names };
    }
    return this.nameIndex;
  }

  private resolveAll(): void {
    this.resolvedLinks = {};
    this.unresolvedLinks = {};
    for (const [path, { meta }] of this.entries) {
      const resolved: Record<string, number> = {};
      const unresolved: Record<string, number> = {};
      for (const ref of [...(meta.links ?? []), ...(meta.embeds ?? []), ...(meta.frontmatterLinks ?? [])]) {
        const linkpath = getLinkpath(ref.link);
        const dest = this.getFirstLinkpathDest(linkpath, path);
        if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
        else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
      }
      this.resolvedLinks[path] = resolved;
      this.unresolvedLinks[path] = unresolved;
    }
  }
}

function isNote(f: TAbstractFile): f is TFile {
  return f instanceof TFile && f.extension === 'md';
}

function joinPath(dir: string, rel: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const part of rel.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * What processFrontMatter writes: the frontmatter parsed (throws on invalid YAML), `fn` applied to
 * it, and the block rewritten from the object — keys in their order, formatting normalised,
 * comments lost, as in Obsidian. The bytes before and after the YAML text are kept (so the body is
 * untouched, CRLF included); a note without frontmatter gets a block at byte 0; an emptied
 * object removes the block.
 */
export function rewriteFrontMatter(text: string, fn: (frontmatter: any) => void): string {
  const info = getFrontMatterInfo(text);
  let data: Record<string, unknown> = {};
  if (info.exists) {
    const parsed: unknown = parseYaml(info.frontmatter);
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('The frontmatter is not a YAML mapping');
      data = parsed as Record<string, unknown>;
    }
  }
  fn(data);
  if (!Object.keys(data).length) return info.exists ? text.slice(info.contentStart) : text;
  const nl = (info.exists ? text.slice(0, info.from) : (/\r?\n/.exec(text)?.[0] ?? '\n')).endsWith('\r\n') ? '\r\n' : '\n';
  const yaml = stringifyYaml(data).replace(/\n/g, nl);
  return info.exists ? text.slice(0, info.from) + yaml + text.slice(info.to) : `---${nl}${yaml}---${nl}${text}`;
}

export class FileManager {
  constructor(private readonly app: { vault: Vault; metadataCache: MetadataCache }) {}

  /** Rewrites the frontmatter through vault.process (one write, a 'modify' event, then 'changed'). */
  async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
    await this.app.vault.process(file, (text) => rewriteFrontMatter(text, fn), options);
  }

  /** Moves the file; unlike Obsidian with "Automatically update internal links" on, links to it are not rewritten. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.app.vault.rename(file, newPath);
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.app.vault.trash(file, true);
  }

  /** A wikilink (Obsidian's default link style) with the shortest unambiguous link text. */
  generateMarkdownLink(file: TFile, sourcePath: string, subpath = '', alias = ''): string {
    const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath);
    return `[[${linktext}${subpath}${alias ? '|' + alias : ''}]]`;
  }

  /** New notes go to the vault root (Obsidian's default "Default location for new notes"). */
  getNewFileParent(_sourcePath: string, _newFilePath?: string) {
    return this.app.vault.getRoot();
  }

  async getAvailablePathForAttachment(filename: string): Promise<string> {
    const dot = filename.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ''];
    let path = filename;
    for (let i = 1; this.app.vault.getAbstractFileByPath(path); i++) path = `${base} ${i}${ext}`;
    return path;
  }
}
