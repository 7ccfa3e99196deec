import { debounce, Notice, Plugin } from 'obsidian';
import { readNotifyState, type NotifyState } from '../core/notify/notifications';
import type { Settings } from '../core/settings';
import { migrateSettings } from '../core/settings-migration';
import { ItemActions } from './actions/item-actions';
import { NoteWriter } from './actions/note-writer';
import { UndoHistory } from './actions/undo-history';
import { systemClock, todayOf } from './clock';
import { registerFollowUpsBlock } from './block/follow-ups-block';
import { getCommands } from './commands';
import type { PluginContext } from './context';
import { Indexer } from './indexer';
import { registerNoteMenus } from './note-menus';
import { Notifier } from './notifier';
import { FollowUpSettingTab } from './settings-tab';
import { StatusBarCount, startupMessage } from './status-bar';
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from './view/follow-ups-view';

/** Lifecycle only: settings, the context, and registrations. All vault work waits for the layout. */
export default class FollowUpTrackerPlugin extends Plugin {
  // Obsidian 1.13 declares `settings` on Plugin for this purpose; on older versions it is our own field.
  override settings!: Settings;
  private indexer!: Indexer;
  /** What was notified, kept in the plugin's data next to the settings. */
  private notifyState!: NotifyState;

  override async onload(): Promise<void> {
    const data: unknown = await this.loadData();
    this.settings = migrateSettings(data).settings;
    this.notifyState = readNotifyState((data as { notificationState?: unknown } | null)?.notificationState);
    const indexer = this.addChild(new Indexer(this.app, this.settings));
    this.indexer = indexer;
    const writer = new NoteWriter(this.app, () => this.settings);
    const undo = new UndoHistory(this.app, writer);
    const snapshot = () => indexer.index.snapshot(todayOf(systemClock));
    const rebuild = debounce((settings: Settings) => void indexer.rebuild(settings), 500, true);
    const ctx: PluginContext = {
      app: this.app,
      clock: systemClock,
      indexer,
      undo,
      actions: new ItemActions(writer, undo, () => this.settings, snapshot),
      settings: () => this.settings,
      saveSettings: async (next) => {
        this.settings = next;
        await this.persist();
        rebuild(next);
      },
      snapshot,
      openSidebar: () => this.openSidebar(),
    };

    this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpsView(leaf, ctx));
    registerFollowUpsBlock(this, ctx);
    registerNoteMenus(this, ctx);
    this.addRibbonIcon('list-checks', 'Open follow-ups', () => void this.openSidebar());
    for (const command of getCommands(ctx)) this.addCommand(command);
    this.addSettingTab(new FollowUpSettingTab(this.app, this, ctx));
    this.addChild(new StatusBarCount(this.addStatusBarItem(), ctx));
    this.addChild(
      new Notifier(ctx, {
        load: () => this.notifyState,
        save: async (state) => {
          this.notifyState = state;
          await this.persist();
        },
      }),
    );
    if (this.settings.startupNotice) {
      // On a first open or a cache rebuild the index is built before Obsidian has parsed every
      // note: the count waits for the last of them, so that it is not short.
      const stop = indexer.onChange(() => {
        if (!indexer.isComplete) return;
        stop();
        if (!this.settings.startupNotice) return;
        const message = startupMessage(ctx);
        if (message !== null) new Notice(message);
      });
    }
  }

  /** The settings and the notification state, in one data file. */
  private async persist(): Promise<void> {
    await this.saveData({ ...this.settings, notificationState: this.notifyState });
  }

  /** Settings changed on another device (sync): take them and rebuild. */
  override async onExternalSettingsChange(): Promise<void> {
    this.settings = migrateSettings(await this.loadData()).settings;
    await this.indexer.rebuild(this.settings);
  }

  private async openSidebar(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0] ?? null;
    if (leaf === null) {
      leaf = workspace.getRightLeaf(false);
      if (leaf === null) return;
      await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
    }
    await workspace.revealLeaf(leaf);
  }
}
