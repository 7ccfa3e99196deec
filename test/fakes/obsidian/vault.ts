// An in-memory vault: files and folders as TFile/TFolder objects that keep their identity across
// edits and renames (as Obsidian's do), the vault's events fired synchronously after each change,
// and every change recorded in `writes` so that tests can assert what was (not) written.
import { Events, type Callback, type EventRef } from './events';
import { normalizePath } from './util';

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}
export interface DataWriteOptions {
  ctime?: number;
  mtime?: number;
}

export abstract class TAbstractFile {
  vault!: Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.parent === null;
  }
}

export type WriteOp = 'create' | 'createFolder' | 'modify' | 'append' | 'process' | 'rename' | 'delete' | 'trash' | 'copy';

/** One change made through the vault, in order. */
export interface VaultWrite {
  op: WriteOp;
  path: string;
  oldPath?: string;
}

export interface VaultOptions {
  /** Milliseconds for ctime/mtime. Default: a clock that starts at 2024-01-01T00:00:00Z and ticks 1 s per call. */
  clock?: () => number;
  name?: string;
}

function setPath(file: TAbstractFile, path: string): void {
  file.path = path;
  file.name = path === '/' ? '' : path.slice(path.lastIndexOf('/') + 1);
  if (file instanceof TFile) {
    const dot = file.name.lastIndexOf('.');
    file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
    file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
  }
}

function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '/' : path.slice(0, i);
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export class Vault extends Events {
  configDir = '.obsidian';
  /** Every change made through the vault, in order (test helper). */
  readonly writes: VaultWrite[] = [];
  /** Stands in for the file system adapter: only `getName`, `exists`, `read`, `write`, `stat` and `list`, over the same files. */
  readonly adapter = this.makeAdapter();

  private readonly files = new Map<string, TAbstractFile>();
  private readonly contents = new Map<string, string>();
  private readonly root: TFolder;
  private readonly clock: () => number;
  private readonly name: string;

  constructor(options: VaultOptions = {}) {
    super();
    let t = Date.UTC(2024, 0, 1);
    this.clock = options.clock ?? (() => (t += 1000));
    this.name = options.name ?? 'Fake vault';
    this.root = new TFolder();
    this.root.vault = this;
    setPath(this.root, '/');
    this.files.set('/', this.root);
  }

  /** A vault holding these files (path → text); folders are created as needed, no events, no writes recorded. */
  static fromFiles(files: Record<string, string>, options: VaultOptions = {}): Vault {
    const vault = new Vault(options);
    for (const [path, text] of Object.entries(files)) vault.addFile(normalizePath(path), text);
    return vault;
  }

  /** Number of changes made through the vault (test helper). */
  get writeCount(): number {
    return this.writes.length;
  }

  getName(): string {
    return this.name;
  }

  // Lookup ---------------------------------------------------------------------------------------

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path === '' ? '/' : path) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }
  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }
  getRoot(): TFolder {
    return this.root;
  }
  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.files.values()];
  }
  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || f !== this.root));
  }
  /** In creation order; like Obsidian's, the order is not meaningful — sort if it matters. */
  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }
  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }
  getResourcePath(file: TFile): string {
    return `app://fake/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  // Reading ---------------------------------------------------------------------------------------

  async read(file: TFile): Promise<string> {
    return this.textOf(file);
  }
  async cachedRead(file: TFile): Promise<string> {
    return this.textOf(file);
  }
  /** Synchronous read (test helper). */
  readText(pathOrFile: string | TFile): string {
    const file = typeof pathOrFile === 'string' ? this.getFileByPath(pathOrFile) : pathOrFile;
    if (!file) throw new Error(`No file at ${typeof pathOrFile === 'string' ? pathOrFile : pathOrFile.path}`);
    return this.textOf(file);
  }
  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const bytes = new TextEncoder().encode(this.textOf(file));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  // Writing ---------------------------------------------------------------------------------------

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    path = normalizePath(path);
    if (this.files.has(path)) throw new Error('File already exists.');
    if (!this.getFolderByPath(parentPath(path))) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    const file = this.addFile(path, data, options);
    this.record('create', path);
    this.trigger('create', file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    path = normalizePath(path);
    if (this.files.has(path)) throw new Error('Folder already exists.');
    const created: TFolder[] = [];
    const folder = this.ensureFolder(path, created);
    this.record('createFolder', path);
    for (const f of created) this.trigger('create', f);
    return folder;
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.write(file, data, 'modify', options);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.write(file, this.textOf(file) + data, 'append', options);
  }

  /** Reads, transforms and writes in one step: `fn` must be synchronous; if it throws, nothing is written. */
  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    const data = fn(this.textOf(file));
    if (typeof data !== 'string') throw new Error('vault.process: the callback must return a string');
    this.write(file, data, 'process', options);
    return data;
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    newPath = normalizePath(newPath);
    if (!(file instanceof TFile)) throw new Error('The fake vault copies files only');
    if (this.files.has(newPath)) throw new Error('Destination file already exists!');
    const copy = this.addFile(newPath, this.textOf(file));
    this.record('copy', newPath, file.path);
    this.trigger('create', copy);
    return copy as unknown as T;
  }

  /**
   * Moves a file or folder (with everything in it); the objects keep their identity. Fires 'rename'
   * with the old path for the item, then for each item inside a folder.
   */
  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    newPath = normalizePath(newPath);
    this.assertLive(file);
    if (newPath === file.path) return;
    if (this.files.has(newPath)) throw new Error('Destination file already exists!');
    const created: TFolder[] = [];
    const newParent = this.ensureFolder(parentPath(newPath), created);
    for (const f of created) this.trigger('create', f);
    const moved: [TAbstractFile, string][] = [];
    const move = (f: TAbstractFile, path: string) => {
      moved.push([f, f.path]);
      this.files.delete(f.path);
      const text = this.contents.get(f.path);
      this.contents.delete(f.path);
      setPath(f, path);
      this.files.set(path, f);
      if (text !== undefined) this.contents.set(path, text);
      if (f instanceof TFolder) for (const child of f.children) move(child, `${path}/${child.name}`);
    };
    const oldParent = file.parent!;
    oldParent.children.splice(oldParent.children.indexOf(file), 1);
    move(file, newPath);
    file.parent = newParent;
    newParent.children.push(file);
    this.record('rename', newPath, moved[0]![1]);
    for (const [f, oldPath] of moved) this.trigger('rename', f, oldPath);
  }

  /** Removes a file or a folder with its content; fires 'delete' for the content first. */
  async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
    this.remove(file, 'delete');
  }

  /** Like delete for the vault (Obsidian moves the file to the system or .trash folder). */
  async trash(file: TAbstractFile, _system: boolean): Promise<void> {
    this.remove(file, 'trash');
  }

  async createBinary(): Promise<TFile> {
    throw new Error('The fake vault holds text files only');
  }
  async modifyBinary(): Promise<void> {
    throw new Error('The fake vault holds text files only');
  }

  override on(name: 'create' | 'modify' | 'delete', callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  override on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  // Internals -------------------------------------------------------------------------------------

  private record(op: WriteOp, path: string, oldPath?: string): void {
    this.writes.push(oldPath === undefined ? { op, path } : { op, path, oldPath });
  }

  private assertLive(file: TAbstractFile): void {
    if (file.vault !== this || this.files.get(file.path) !== file) {
      throw new Error(`ENOENT: no such file or directory, '${file.path}' (deleted, or not from this vault)`);
    }
  }

  private textOf(file: TFile): string {
    this.assertLive(file);
    return this.contents.get(file.path)!;
  }

  private write(file: TFile, data: string, op: WriteOp, options?: DataWriteOptions): void {
    this.assertLive(file);
    this.contents.set(file.path, data);
    file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.clock(), size: byteLength(data) };
    this.record(op, file.path);
    this.trigger('modify', file);
  }

  private ensureFolder(path: string, created: TFolder[]): TFolder {
    const existing = this.files.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`${path} is a file, not a folder`);
    const parent = this.ensureFolder(parentPath(path), created);
    const folder = new TFolder();
    folder.vault = this;
    setPath(folder, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.files.set(path, folder);
    created.push(folder);
    return folder;
  }

  private addFile(path: string, text: string, options?: DataWriteOptions): TFile {
    if (path.split('/').some((part) => part.startsWith('.'))) {
      throw new Error(`${path}: Obsidian's vault does not index hidden files or folders`);
    }
    if (this.files.has(path)) throw new Error(`${path} already exists`);
    const parent = this.ensureFolder(parentPath(path), []);
    const file = new TFile();
    file.vault = this;
    setPath(file, path);
    const now = this.clock();
    file.stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: byteLength(text) };
    file.parent = parent;
    parent.children.push(file);
    this.files.set(path, file);
    this.contents.set(path, text);
    return file;
  }

  private remove(file: TAbstractFile, op: WriteOp): void {
    this.assertLive(file);
    if (file === this.root) throw new Error('Cannot delete the vault root');
    const removed: TAbstractFile[] = [];
    const collect = (f: TAbstractFile) => {
      if (f instanceof TFolder) for (const child of f.children) collect(child);
      removed.push(f);
    };
    collect(file);
    file.parent!.children.splice(file.parent!.children.indexOf(file), 1);
    for (const f of removed) {
      this.files.delete(f.path);
      this.contents.delete(f.path);
    }
    this.record(op, file.path);
    for (const f of removed) this.trigger('delete', f);
  }

  private makeAdapter() {
    const hidden = new Map<string, string>(); // files under dot-folders (config dir), outside the vault's index
    const vault = this;
    return {
      getName: () => vault.name,
      async exists(path: string): Promise<boolean> {
        return vault.files.has(path) || hidden.has(path) || [...hidden.keys()].some((p) => p.startsWith(path + '/'));
      },
      async read(path: string): Promise<string> {
        const file = vault.getFileByPath(path);
        if (file) return vault.textOf(file);
        const text = hidden.get(path);
        if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        return text;
      },
      /** Writes hidden files (config dir) only: vault files must go through the Vault API here. */
      async write(path: string, data: string): Promise<void> {
        if (!path.split('/').some((part) => part.startsWith('.'))) {
          throw new Error(`The fake adapter writes only hidden paths; use the Vault API for ${path}`);
        }
        hidden.set(path, data);
      },
      async stat(path: string) {
        const f = vault.getAbstractFileByPath(path);
        if (f instanceof TFile) return { type: 'file' as const, ...f.stat };
        if (f instanceof TFolder) return { type: 'folder' as const, ctime: 0, mtime: 0, size: 0 };
        return null;
      },
      async list(path: string) {
        const folder = vault.getFolderByPath(path);
        if (!folder) return { files: [], folders: [] };
        return {
          files: folder.children.filter((c) => c instanceof TFile).map((c) => c.path),
          folders: folder.children.filter((c) => c instanceof TFolder).map((c) => c.path),
        };
      },
    };
  }
}
