import type { App } from 'obsidian';
import type { IndexSnapshot } from '../core/index-snapshot';
import type { Settings } from '../core/settings';
import type { ItemActions } from './actions/item-actions';
import type { UndoHistory } from './actions/undo-history';
import type { Clock } from './clock';
import type { Indexer } from './indexer';

/** What the plugin's parts share, built once in main.ts and passed down: no singletons. */
export interface PluginContext {
  readonly app: App;
  readonly clock: Clock;
  readonly indexer: Indexer;
  readonly actions: ItemActions;
  readonly undo: UndoHistory;
  /** The current settings: a value replaced on save, never mutated. */
  settings(): Settings;
  saveSettings(next: Settings): Promise<void>;
  /** The index as of today. */
  snapshot(): IndexSnapshot;
  /** Opens (or reveals) the follow-ups sidebar. */
  openSidebar(): Promise<void>;
}
