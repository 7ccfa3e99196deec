// App, Plugin and the command registry, plus createFakeApp: the entry point of a plugin test.
import { Component, onloadResult } from './events';
import { FileManager, MetadataCache, type MetadataTiming } from './metadata';
import type { SettingTab } from './settings';
import { Keymap, Scope, setIcon, setTooltip } from './util';
import { Vault } from './vault';
import { MarkdownView, Workspace, type ViewCreator } from './workspace';

export interface PluginManifest {
  dir?: string;
  id: string;
  name: string;
  author: string;
  version: string;
  minAppVersion: string;
  description: string;
  authorUrl?: string;
  isDesktopOnly?: boolean;
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: any, ctx: any) => unknown;
  editorCheckCallback?: (checking: boolean, editor: any, ctx: any) => boolean | void;
  hotkeys?: unknown[];
}

/** The app's command registry (Obsidian's is internal: `app.commands`); tests run commands through it. */
export class Commands {
  readonly commands: Record<string, Command> = {};
  constructor(private readonly app: App) {}

  listCommands(): Command[] {
    return Object.values(this.commands);
  }
  findCommand(id: string): Command | undefined {
    return this.commands[id];
  }
  /** Whether the command palette would offer the command now (its check callback says so). */
  isAvailable(id: string): boolean {
    const cmd = this.commands[id];
    if (!cmd) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (cmd.editorCheckCallback || cmd.editorCallback) {
      if (!view) return false;
      return cmd.editorCheckCallback ? !!cmd.editorCheckCallback(true, view.editor, view) : true;
    }
    if (cmd.checkCallback) return !!cmd.checkCallback(true);
    return !!cmd.callback;
  }
  /** Runs the command as the palette does: only if available; returns whether it ran. Editor commands get the active Markdown view's editor. */
  executeCommandById(id: string): boolean {
    if (!this.isAvailable(id)) return false;
    const cmd = this.commands[id]!;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (cmd.editorCheckCallback) cmd.editorCheckCallback(false, view!.editor, view);
    else if (cmd.editorCallback) cmd.editorCallback(view!.editor, view);
    else if (cmd.checkCallback) cmd.checkCallback(false);
    else cmd.callback?.();
    return true;
  }
}

export interface FakeAppOptions {
  /** The vault's notes: path → text. */
  files?: Record<string, string>;
  /** Milliseconds for file ctime/mtime (default: a deterministic clock, see Vault). */
  clock?: () => number;
  /** When the metadata cache processes vault changes (default 'microtask'; 'manual' = only on flush()). */
  metadataTiming?: MetadataTiming;
  /**
   * No note parsed at the start (getFileCache null), as on a first open or a cache rebuild; the
   * test parses them with `metadataCache.parseNext(n)` / `parseInBursts(n)` (default false).
   */
  lateParse?: boolean;
  vaultName?: string;
  /** Each plugin's saved data (what loadData returns), by plugin id. */
  pluginData?: Record<string, unknown>;
  /** Attach the app's DOM to document.body (default true when there is a DOM). */
  attach?: boolean;
}

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  keymap = new Keymap();
  scope = new Scope();
  lastEvent: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null = null;

  // Internals of the fake (Obsidian has its own, unexported equivalents), readable by tests.
  readonly viewRegistry = new Map<string, ViewCreator>();
  readonly commands: Commands = new Commands(this);
  readonly settingTabs: SettingTab[] = [];
  /** Saved plugin data as JSON text, by plugin id. */
  readonly pluginData = new Map<string, string>();
  /** Every saveData call, in order. */
  readonly savedData: { pluginId: string; json: string }[] = [];
  /** What plugins registered that the fake does not run (post processors, editor extensions …). */
  readonly registrations: { kind: string; pluginId: string; value: unknown }[] = [];
  /** The app's outer element (with a DOM): the workspace and the status bar. */
  readonly containerEl: HTMLElement | null = null;
  readonly statusBarEl: HTMLElement | null = null;

  private readonly storage = new Map<string, string>();

  constructor(options: FakeAppOptions = {}) {
    this.vault = Vault.fromFiles(options.files ?? {}, { clock: options.clock, name: options.vaultName });
    this.metadataCache = new MetadataCache(this.vault, options.metadataTiming, options.lateParse);
    this.fileManager = new FileManager(this);
    this.workspace = new Workspace(this);
    for (const [id, data] of Object.entries(options.pluginData ?? {})) this.pluginData.set(id, JSON.stringify(data));
    if (typeof document !== 'undefined') {
      const container = document.createElement('div');
      container.className = 'app-container';
      container.setCssStyles({ display: 'flex', flexDirection: 'column', height: '100vh' });
      const main = container.createDiv('horizontal-main-container');
      main.setCssStyles({ display: 'flex', flex: '1', minHeight: '0' });
      main.appendChild(this.workspace.containerEl);
      this.workspace.containerEl.style.flex = '1';
      this.containerEl = container;
      this.statusBarEl = container.createDiv('status-bar');
      if (options.attach !== false) document.body.appendChild(container);
    }
  }

  loadLocalStorage(key: string): unknown {
    const raw = this.storage.get(key);
    return raw === undefined ? null : JSON.parse(raw);
  }
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.storage.delete(key);
    else this.storage.set(key, JSON.stringify(data));
  }

  /** Test helper: detaches every leaf and removes the app's DOM. */
  dispose(): void {
    this.workspace.iterateAllLeaves((leaf) => leaf.detach());
    this.containerEl?.remove();
  }
}

/** A fake Obsidian app over an in-memory vault holding `files` (path → text). */
export function createFakeApp(options: FakeAppOptions = {}): App {
  return new App(options);
}

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  override onload(): void | Promise<void> {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.workspace.leftRibbon.containerEl.createDiv('clickable-icon side-dock-ribbon-action');
    setIcon(el, icon);
    setTooltip(el, title);
    el.addEventListener('click', callback as EventListener);
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    if (!this.app.statusBarEl) throw new Error('addStatusBarItem needs a DOM: use `// @vitest-environment happy-dom`');
    const el = this.app.statusBarEl.createDiv(`status-bar-item plugin-${this.manifest.id.replace(/[^\w-]/g, '-')}`);
    this.register(() => el.remove());
    return el;
  }

  /** As Obsidian: the id gets the plugin id as prefix and the name the plugin name; removed on unload. */
  addCommand(command: Command): Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.commands[command.id] = command;
    this.register(() => delete this.app.commands.commands[command.id]);
    return command;
  }

  removeCommand(commandId: string): void {
    delete this.app.commands.commands[`${this.manifest.id}:${commandId}`];
  }

  addSettingTab(settingTab: SettingTab): void {
    this.app.settingTabs.push(settingTab);
    this.register(() => {
      const i = this.app.settingTabs.indexOf(settingTab);
      if (i !== -1) this.app.settingTabs.splice(i, 1);
    });
  }

  /** On unload the type is unregistered and its open views are closed (their leaves stay, empty). */
  registerView(type: string, viewCreator: ViewCreator): void {
    if (this.app.viewRegistry.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.app.viewRegistry.set(type, viewCreator);
    this.register(() => {
      this.app.viewRegistry.delete(type);
      for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.setViewState({ type: 'empty' });
    });
  }

  registerExtensions(extensions: string[], viewType: string): void {
    this.record('extensions', { extensions, viewType });
  }
  registerHoverLinkSource(id: string, info: unknown): void {
    this.record('hoverLinkSource', { id, info });
  }
  registerMarkdownPostProcessor<P>(postProcessor: P, sortOrder?: number): P {
    this.record('markdownPostProcessor', { postProcessor, sortOrder });
    return postProcessor;
  }
  registerMarkdownCodeBlockProcessor(language: string, handler: unknown, sortOrder?: number): () => void {
    const processor = () => undefined;
    this.record('markdownCodeBlockProcessor', { language, handler, sortOrder });
    return processor;
  }
  registerEditorExtension(extension: unknown): void {
    this.record('editorExtension', extension);
  }
  registerObsidianProtocolHandler(action: string, handler: unknown): void {
    this.record('obsidianProtocolHandler', { action, handler });
  }
  registerEditorSuggest(editorSuggest: unknown): void {
    this.record('editorSuggest', editorSuggest);
  }

  /** The data last saved (a fresh copy), or null when there is none. */
  async loadData(): Promise<any> {
    const raw = this.app.pluginData.get(this.manifest.id);
    return raw === undefined ? null : JSON.parse(raw);
  }

  async saveData(data: any): Promise<void> {
    const json = JSON.stringify(data, null, 2);
    this.app.pluginData.set(this.manifest.id, json);
    this.app.savedData.push({ pluginId: this.manifest.id, json });
  }

  onUserEnable(): void {}

  private record(kind: string, value: unknown): void {
    const entry = { kind, pluginId: this.manifest.id, value };
    this.app.registrations.push(entry);
    this.register(() => {
      const i = this.app.registrations.indexOf(entry);
      if (i !== -1) this.app.registrations.splice(i, 1);
    });
  }
}

/** Test helper: a manifest for tests, with `overrides`. */
export function fakeManifest(overrides: Partial<PluginManifest> = {}): PluginManifest {
  return {
    id: 'test-plugin',
    name: 'Test plugin',
    author: 'Tests',
    version: '0.0.0',
    minAppVersion: '1.8.7',
    description: 'A plugin under test',
    ...overrides,
  };
}

/** Test helper: loads the plugin (or any Component) as Obsidian does and waits for an async onload. */
export async function loadPlugin<T extends { load(): void }>(plugin: T): Promise<T> {
  plugin.load();
  await onloadResult(plugin);
  return plugin;
}
