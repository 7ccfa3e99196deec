import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { vi } from 'vitest';
import { createFakeApp, fakeManifest, loadPlugin, resetFakeUi, type App } from '../fakes/obsidian';
import FollowUpTrackerPlugin from '../../src/plugin/main';
import manifest from '../../manifest.json';

export interface Harness {
  readonly app: App;
  readonly plugin: FollowUpTrackerPlugin;
  /** Lets queued timers and microtasks run: debounced notifications, metadata events. */
  settle(): Promise<void>;
  text(path: string): string;
  command(id: string): boolean;
}

/** Reads the vault's config folder (`.obsidian`) as path → text, for the fake adapter. */
export function readConfigFolder(root: string, configDir = '.obsidian'): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  try {
    walk(join(root, configDir));
  } catch {
    // No config folder: a vault never opened in Obsidian.
  }
  return files;
}

/** Reads a folder of Markdown notes (dot-folders included, as a vault holds them) as path → text. */
export function readFolder(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('.')) walk(path);
      } else if (name.endsWith('.md')) files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

/**
 * Starts the real plugin on the fake app at a fixed moment (only Date is faked: timers run), then
 * lets the layout become ready, as Obsidian does after start-up.
 */
export async function startPlugin(
  files: Record<string, string>,
  options: {
    now?: string;
    data?: unknown;
    metadataTiming?: 'microtask' | 'manual';
    config?: Record<string, string>;
    /** No note parsed when the layout is ready (see the fake's lateParse): the test parses them. */
    lateParse?: boolean;
  } = {},
): Promise<Harness> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(options.now ?? '2024-06-12T10:00:00'));
  const app = createFakeApp({
    files,
    metadataTiming: options.metadataTiming,
    lateParse: options.lateParse,
    pluginData: options.data === undefined ? {} : { [manifest.id]: options.data },
  });
  // The config folder's files, where the adapter keeps them (outside the vault's notes).
  for (const [path, text] of Object.entries(options.config ?? {})) await app.vault.adapter.write(path, text);
  const plugin = await loadPlugin(new FollowUpTrackerPlugin(app as never, fakeManifest(manifest)));
  const settle = async (): Promise<void> => {
    for (let round = 0; round < 3; round += 1) await new Promise((resolve) => window.setTimeout(resolve, 1));
  };
  await app.workspace.triggerLayoutReady();
  if (options.metadataTiming === 'manual') app.metadataCache.flush();
  await settle();
  // A large vault is indexed in slices that yield to the frame: as many as the machine's speed makes.
  for (let round = 0; round < 500 && !plugin['indexer'].isReady; round += 1) await settle();
  return {
    app,
    plugin,
    settle,
    text: (path) => app.vault.readText(path),
    command: (id) => app.commands.executeCommandById(`${manifest.id}:${id}`),
  };
}

/** After each test: real time again, no notices or menus, and no app left in the document. */
export function cleanUpPlugin(): void {
  vi.useRealTimers();
  resetFakeUi();
  if (typeof document !== 'undefined') document.body.replaceChildren();
}
