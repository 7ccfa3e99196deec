// Workspace, leaves and views. One tab group per split (left, main, right): a split shows only its
// selected leaf, a collapsed sidebar shows nothing, so `containerEl.isShown()` answers as in
// Obsidian. Views are created at once (never deferred) from the app's view registry.
import { Component, Events, type Callback, type EventRef } from './events';
import { Editor } from './extras';
import type { MetadataCache } from './metadata';
import { debounce, parseLinktext, setIcon, setTooltip, normalizePath } from './util';
import { TFile, type Vault } from './vault';

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** What the workspace needs from the app (see app.ts). */
export interface WorkspaceApp {
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  viewRegistry: Map<string, ViewCreator>;
}

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
  group?: WorkspaceLeaf;
}
export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
  group?: WorkspaceLeaf;
}
type PaneType = 'tab' | 'split' | 'window';

function hasDom(): boolean {
  return typeof document !== 'undefined';
}
function div(cls: string, parent?: HTMLElement): HTMLElement {
  if (!hasDom()) throw new Error('This part of the fake obsidian module needs a DOM: use `// @vitest-environment happy-dom`');
  const el = document.createElement('div');
  el.className = cls;
  parent?.appendChild(el);
  return el;
}

// Views ---------------------------------------------------------------------------------------

export abstract class View extends Component {
  app: WorkspaceApp;
  icon = '';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: unknown = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = div('workspace-leaf-content');
    const header = div('view-header', this.containerEl);
    div('view-header-title-container', header).appendChild(div('view-header-title'));
    div('view-actions', header);
    div('view-content', this.containerEl);
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(_state: unknown): void {}
  getIcon(): string {
    return this.icon;
  }
  onResize(): void {}
  onPaneMenu(_menu: unknown, _source: string): void {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.contentEl = this.containerEl.children[1] as HTMLElement;
  }

  /** An icon button in the view's header (left of the existing ones, as in Obsidian). */
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const actions = this.containerEl.querySelector('.view-actions') as HTMLElement;
    const el = document.createElement('a');
    el.className = 'clickable-icon view-action';
    setTooltip(el, title);
    setIcon(el, icon);
    el.addEventListener('click', callback as EventListener);
    actions.insertBefore(el, actions.firstChild);
    return el;
  }
}

class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return 'New tab';
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : 'No file';
  }
  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }
  override async setState(state: any, _result: { history: boolean }): Promise<void> {
    const path = typeof state?.file === 'string' ? state.file : null;
    const file = path ? this.app.vault.getFileByPath(path) : null;
    if (file && file !== this.file) {
      if (this.file) await this.onUnloadFile(this.file);
      this.file = file;
      await this.onLoadFile(file);
    }
  }
  async onLoadFile(_file: TFile): Promise<void> {}
  async onUnloadFile(_file: TFile): Promise<void> {}
  async onRename(_file: TFile): Promise<void> {}
  canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
  data = '';
  requestSave: () => void = () => void this.save();

  override async onLoadFile(file: TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
    this.setViewData(this.data, true);
  }
  override async onUnloadFile(_file: TFile): Promise<void> {
    this.clear();
  }
  async save(_clear?: boolean): Promise<void> {
    const data = this.getViewData();
    if (this.file && this.app.vault.readText(this.file) !== data) await this.app.vault.modify(this.file, data);
  }
  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;
}

/** A minimal editor over the view's text: enough for commands with editorCallback. */
export class FakeEditor extends Editor {
  constructor(private readonly view: MarkdownView) {
    super();
  }
  getValue(): string {
    return this.view.data;
  }
  setValue(content: string): void {
    this.view.data = content;
    this.view.requestSave();
  }
  lineCount(): number {
    return this.view.data.split('\n').length;
  }
  getLine(line: number): string {
    return this.view.data.split('\n')[line] ?? '';
  }
  cursor = { line: 0, ch: 0 };
  getCursor(): { line: number; ch: number } {
    return { ...this.cursor };
  }
  setCursor(pos: { line: number; ch: number } | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }
  getSelection(): string {
    return '';
  }
  replaceSelection(text: string): void {
    const lines = this.view.data.split('\n');
    const line = lines[this.cursor.line] ?? '';
    lines[this.cursor.line] = line.slice(0, this.cursor.ch) + text + line.slice(this.cursor.ch);
    this.setValue(lines.join('\n'));
  }
  refresh(): void {}
  focus(): void {}
}

export class MarkdownView extends TextFileView {
  editor: FakeEditor = new FakeEditor(this);

  override onload(): void {
    // Obsidian reloads an open note that changed on disk.
    this.registerEvent(
      this.app.vault.on('modify', (f) => {
        if (f === this.file) this.data = this.app.vault.readText(f as TFile);
      }),
    );
  }
  getViewType(): string {
    return 'markdown';
  }
  override getIcon(): string {
    return 'lucide-file';
  }
  getMode(): 'source' | 'preview' {
    return 'source';
  }
  getViewData(): string {
    return this.data;
  }
  setViewData(data: string, _clear: boolean): void {
    this.data = data;
  }
  clear(): void {
    this.data = '';
  }
  override getState(): Record<string, unknown> {
    return { ...super.getState(), mode: 'source' };
  }
}

// Leaves and splits ------------------------------------------------------------------------------

let leafIds = 0;

export abstract class WorkspaceItem extends Events {
  abstract parent: WorkspaceItem | null;
  getRoot(): WorkspaceItem {
    let item: WorkspaceItem = this;
    while (item.parent) item = item.parent;
    return item;
  }
  getContainer(): WorkspaceItem {
    return this.getRoot();
  }
}

export abstract class WorkspaceParent extends WorkspaceItem {}

export class WorkspaceSplit extends WorkspaceParent {
  parent: WorkspaceItem | null = null;
  readonly children: WorkspaceLeaf[] = [];
  selected: WorkspaceLeaf | null = null;
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
  /** Shows the selected leaf only (one tab group per split). */
  updateVisibility(): void {
    for (const leaf of this.children) leaf.containerEl.style.display = leaf === this.selected ? '' : 'none';
  }
}

export class WorkspaceSidedock extends WorkspaceSplit {
  collapsed = false;
  expand(): void {
    this.collapsed = false;
    this.containerEl.style.display = '';
  }
  collapse(): void {
    this.collapsed = true;
    this.containerEl.style.display = 'none';
  }
  toggle(): void {
    if (this.collapsed) this.expand();
    else this.collapse();
  }
}

export abstract class WorkspaceContainer extends WorkspaceSplit {}

export class WorkspaceRoot extends WorkspaceContainer {
  get win(): Window {
    return window;
  }
  get doc(): Document {
    return document;
  }
}

/** Exist for `instanceof`; the fake's layout has none of them. */
export class WorkspaceTabs extends WorkspaceParent {
  parent = null;
}
export class WorkspaceMobileDrawer extends WorkspaceParent {
  parent = null;
}
export class WorkspaceFloating extends WorkspaceParent {
  parent = null;
}
export class WorkspaceWindow extends WorkspaceContainer {}

export class WorkspaceRibbon {
  constructor(readonly containerEl: HTMLElement) {}
}

export class WorkspaceLeaf extends WorkspaceItem {
  readonly id = `leaf-${++leafIds}`;
  readonly app: WorkspaceApp;
  parent: WorkspaceSplit;
  view: View;
  containerEl: HTMLElement;
  pinned = false;

  constructor(app: WorkspaceApp, parent: WorkspaceSplit) {
    super();
    this.app = app;
    this.parent = parent;
    this.containerEl = div('workspace-leaf', parent.containerEl);
    this.view = new EmptyView(this);
    this.containerEl.appendChild(this.view.containerEl);
    this.view.load();
  }

  get isDeferred(): boolean {
    return false;
  }
  async loadIfDeferred(): Promise<void> {}

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  /** Builds the view from the registry (or an empty view for an unknown type), loads and opens it. */
  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    const creator = this.app.viewRegistry.get(viewState.type) ?? builtinViews[viewState.type];
    const view = creator ? creator(this) : new EmptyView(this);
    await this.open(view);
    if (viewState.state) await view.setState(viewState.state, { history: false });
    if (eState !== undefined) view.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
    this.app.workspace.trigger('layout-change');
  }

  async open(view: View): Promise<View> {
    this.closeView();
    this.view = view;
    view.containerEl.setAttribute('data-type', view.getViewType());
    this.containerEl.appendChild(view.containerEl);
    view.load();
    await (view as unknown as { onOpen(): Promise<void> }).onOpen();
    const title = view.containerEl.querySelector('.view-header-title');
    if (title) title.textContent = view.getDisplayText();
    return view;
  }

  async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
    if (this.view instanceof MarkdownView && file.extension === 'md') await this.view.setState({ file: file.path }, { history: true });
    else await this.setViewState({ type: file.extension === 'md' ? 'markdown' : 'empty', state: { file: file.path, ...openState.state } });
    const workspace = this.app.workspace;
    workspace.recordOpen(file);
    if (workspace.activeLeaf === this) workspace.fileOpened(this, file);
    else if (openState.active !== false) workspace.setActiveLeaf(this, { focus: true });
  }

  /** Closes the view (onClose, then unload) and removes the leaf. */
  detach(): void {
    this.closeView();
    this.containerEl.remove();
    this.app.workspace.removeLeaf(this);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  getIcon(): string {
    return this.view.getIcon();
  }
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.trigger('pinned-change', pinned);
  }
  togglePinned(): void {
    this.setPinned(!this.pinned);
  }
  setGroupMember(_other: WorkspaceLeaf): void {}
  setGroup(_group: string): void {}
  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }
  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }
  onResize(): void {
    this.view.onResize();
  }

  private closeView(): void {
    const view = this.view;
    if (!view) return;
    void (view as unknown as { onClose(): Promise<void> }).onClose();
    view.unload();
    view.containerEl.remove();
  }
}

const builtinViews: Record<string, ViewCreator> = {
  empty: (leaf) => new EmptyView(leaf),
  markdown: (leaf) => new MarkdownView(leaf),
};

// Workspace --------------------------------------------------------------------------------------

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  activeEditor: MarkdownView | null = null;
  readonly leftSplit: WorkspaceSidedock;
  readonly rightSplit: WorkspaceSidedock;
  readonly rootSplit: WorkspaceRoot;
  readonly leftRibbon: WorkspaceRibbon;
  readonly rightRibbon: WorkspaceRibbon;
  readonly containerEl: HTMLElement;
  requestSaveLayout = debounce(async () => undefined, 0);
  /** Every openLinkText call (test helper). */
  readonly openedLinks: { linktext: string; sourcePath: string; newLeaf?: PaneType | boolean; openViewState?: OpenViewState }[] = [];

  private readonly leaves: WorkspaceLeaf[] = [];
  private readonly readyCallbacks: (() => unknown)[] = [];
  private lastOpenFiles: string[] = [];
  private lastFile: TFile | null = null;

  constructor(private readonly app: WorkspaceApp) {
    super();
    // Without a DOM (plain Node tests) the workspace has no elements; leaves and views need one.
    const stub = hasDom() ? null : ({ style: {}, appendChild: () => undefined } as unknown as HTMLElement);
    const el = (cls: string, parent?: HTMLElement) => stub ?? div(cls, parent);
    this.containerEl = el('workspace');
    this.containerEl.style.display = 'flex';
    this.leftRibbon = new WorkspaceRibbon(el('side-dock-actions', el('workspace-ribbon side-dock-ribbon mod-left', this.containerEl)));
    this.leftSplit = new WorkspaceSidedock(el('workspace-split mod-horizontal mod-sidedock mod-left-split', this.containerEl));
    this.rootSplit = new WorkspaceRoot(el('workspace-split mod-vertical mod-root', this.containerEl));
    this.rightSplit = new WorkspaceSidedock(el('workspace-split mod-horizontal mod-sidedock mod-right-split', this.containerEl));
    this.rightRibbon = new WorkspaceRibbon(el('side-dock-actions'));
    this.rootSplit.containerEl.style.flex = '1';
    this.rightSplit.containerEl.style.width = '360px';
  }

  // Layout ready ---------------------------------------------------------------------------------

  /** Queued until the test calls triggerLayoutReady(); run at once afterwards. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /**
   * Test helper: finishes "startup". Like Obsidian, the vault first fires 'create' for every
   * existing file and folder (unless `replayCreateEvents` is false), then the layout becomes ready
   * and the queued callbacks run in order. Resolves when async callbacks have settled.
   */
  async triggerLayoutReady(replayCreateEvents = true): Promise<void> {
    if (this.layoutReady) return;
    if (replayCreateEvents) {
      for (const f of this.app.vault.getAllLoadedFiles()) if (f.path !== '/') this.app.vault.trigger('create', f);
    }
    this.layoutReady = true;
    const results = this.readyCallbacks.splice(0).map((cb) => cb());
    this.trigger('layout-change');
    await Promise.all(results);
  }

  // Leaves ---------------------------------------------------------------------------------------

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
  }
  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves.slice()) callback(leaf);
  }
  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.rootSplit.children.slice()) callback(leaf);
  }
  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((leaf) => leaf.id === id) ?? null;
  }
  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf(this.rightSplit);
  }
  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf(this.leftSplit);
  }
  /** false/undefined: reuse the main area's current (unpinned) leaf; otherwise a new tab there. */
  getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
    if (!newLeaf) {
      const current = this.getMostRecentLeaf();
      if (current && !current.pinned) return current;
    }
    const leaf = this.createLeaf(this.rootSplit);
    this.select(leaf);
    return leaf;
  }
  /** A new leaf next to `leaf`, in the same tab group (the fake has no split layout). */
  createLeafBySplit(leaf: WorkspaceLeaf, _direction?: string, _before?: boolean): WorkspaceLeaf {
    return this.createLeaf(leaf.parent);
  }
  splitActiveLeaf(direction?: string): WorkspaceLeaf {
    return this.createLeafBySplit(this.getLeaf(false), direction);
  }
  getGroupLeaves(_group: string): WorkspaceLeaf[] {
    return [];
  }
  updateOptions(): void {}
  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }
  getMostRecentLeaf(): WorkspaceLeaf | null {
    if (this.activeLeaf && this.activeLeaf.parent === this.rootSplit) return this.activeLeaf;
    return this.rootSplit.selected ?? this.rootSplit.children[this.rootSplit.children.length - 1] ?? null;
  }
  async ensureSideLeaf(
    type: string,
    side: 'left' | 'right',
    options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {},
  ): Promise<WorkspaceLeaf> {
    let leaf = this.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = side === 'left' ? this.getLeftLeaf(!!options.split) : this.getRightLeaf(!!options.split);
      await leaf.setViewState({ type, active: options.active, state: options.state });
    }
    if (options.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }
  /** Selects the leaf in its tab group and expands its sidebar. */
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    if (leaf.parent instanceof WorkspaceSidedock) leaf.parent.expand();
    this.select(leaf);
    this.trigger('layout-change');
  }
  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }
  setActiveLeaf(leaf: WorkspaceLeaf, _params?: unknown, _focus?: boolean): void {
    this.select(leaf);
    if (this.activeLeaf === leaf) return;
    this.activeLeaf = leaf;
    this.activeEditor = leaf.view instanceof MarkdownView ? leaf.view : null;
    this.trigger('active-leaf-change', leaf);
    if (leaf.view instanceof FileView && leaf.view.file) {
      this.lastFile = leaf.view.file;
      this.trigger('file-open', leaf.view.file);
    }
  }
  getActiveViewOfType<T extends View>(type: abstract new (...args: any[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  /** The active view's file, else the most recently active file. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView && view.file) return view.file;
    return this.lastFile && this.app.vault.getFileByPath(this.lastFile.path) === this.lastFile ? this.lastFile : null;
  }
  getLastOpenFiles(): string[] {
    return this.lastOpenFiles.slice(0, 10);
  }

  /** Test helper: opens the file in the main area and makes it active ('file-open', 'active-leaf-change'). */
  async setActiveFile(file: TFile): Promise<WorkspaceLeaf> {
    const leaf = this.getLeaf(false);
    await leaf.openFile(file, { active: true });
    return leaf;
  }

  /**
   * Opens the note a link points to — creating it at the vault root when it does not exist, as
   * Obsidian does — and records the call in `openedLinks`.
   */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    this.openedLinks.push({ linktext, sourcePath, newLeaf, openViewState });
    const { path } = parseLinktext(linktext);
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) file = await this.app.vault.create(normalizePath(/\.[^/]+$/.test(path) ? path : `${path}.md`), '');
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  override on(name: 'file-open', callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'active-leaf-change', callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  override on(name: 'layout-change' | 'resize' | 'css-change', callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef;
  override on(name: string, callback: Callback, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  // Internals (used by leaves) ------------------------------------------------------------------

  fileOpened(leaf: WorkspaceLeaf, file: TFile): void {
    if (this.activeLeaf !== leaf) return;
    this.lastFile = file;
    this.trigger('file-open', file);
  }

  recordOpen(file: TFile): void {
    this.lastOpenFiles = [file.path, ...this.lastOpenFiles.filter((p) => p !== file.path)];
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    const i = this.leaves.indexOf(leaf);
    if (i === -1) return;
    this.leaves.splice(i, 1);
    const split = leaf.parent;
    split.children.splice(split.children.indexOf(leaf), 1);
    if (split.selected === leaf) this.select(split.children[split.children.length - 1] ?? null, split);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      this.activeEditor = null;
      this.trigger('active-leaf-change', null);
    }
    this.trigger('layout-change');
  }

  private createLeaf(split: WorkspaceSplit): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, split);
    this.leaves.push(leaf);
    split.children.push(leaf);
    if (!split.selected) split.selected = leaf;
    split.updateVisibility();
    return leaf;
  }

  private select(leaf: WorkspaceLeaf | null, split = leaf?.parent): void {
    if (!split) return;
    const changed = split.selected !== leaf;
    split.selected = leaf;
    split.updateVisibility();
    if (changed && leaf) leaf.onResize();
  }
}
