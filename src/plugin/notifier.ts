import { Component, Notice, Platform } from 'obsidian';
import type { Item } from '../core/item';
import { localDateOf } from '../core/local-date';
import { EMPTY_NOTIFY_STATE, renameInNotifyState, summaryText, whatToNotify, type NotifyState } from '../core/notify/notifications';
import type { PluginContext } from './context';

/** How often to look: a notice is at most this late. Checks are cheap: the snapshot is cached. */
const CHECK_EVERY_MS = 30_000;

/** Where the notifier keeps its state: the plugin's data, next to the settings. */
export interface NotifyStore {
  load(): NotifyState;
  save(state: NotifyState): Promise<void>;
}

/**
 * Schedules the notices of SPEC §12. It asks the core what to notify now on a timer and whenever
 * the index changes, from the wall clock each time: after sleep, a clock or time-zone change the
 * next check catches up (the core compares instants with the last check, never counts ticks).
 */
export class Notifier extends Component {
  private state: NotifyState = EMPTY_NOTIFY_STATE;
  private startup = true;

  constructor(
    private readonly ctx: PluginContext,
    private readonly store: NotifyStore,
  ) {
    super();
  }

  override onload(): void {
    this.state = this.store.load();
    this.register(this.ctx.indexer.onChange(() => this.check()));
    // Before the index tells of the rename (it does so on the next turn), so the keys already follow.
    this.registerEvent(
      this.ctx.app.vault.on('rename', (file, oldPath) => (this.state = renameInNotifyState(this.state, oldPath, file.path))),
    );
    this.registerInterval(window.setInterval(() => this.check(), CHECK_EVERY_MS));
  }

  override onunload(): void {
    // Remember the last check, so that what comes due while closed is summed up at the next start.
    if (!this.startup) void this.store.save(this.state);
  }

  check(): void {
    if (!this.ctx.indexer.isReady) return;
    const settings = this.ctx.settings();
    const now = this.ctx.clock.now();
    if (!settings.notifications) {
      // Turned off: nothing is owed later for this time, so turning them on again starts from now.
      this.state = { lastCheck: now.getTime(), notified: this.state.notified };
      this.startup = false;
      return;
    }
    const snapshot = this.ctx.indexer.index.snapshot(localDateOf(now));
    const decision = whatToNotify(snapshot.items, now, settings.notificationTime, this.state, this.startup);
    const changed = decision.state.notified.join('\n') !== this.state.notified.join('\n');
    // At start, the startup notice (when on) already says what is due: one notice, not two.
    const quietSummary = this.startup && settings.startupNotice;
    this.startup = false;
    this.state = decision.state;
    for (const item of decision.each) this.deliver(item.title, dueWords(item), item.path);
    if (decision.summary.length > 0 && !quietSummary)
      this.deliver('Follow-ups', summaryText(decision.summary), decision.summary.length === 1 ? decision.summary[0]!.path : null);
    if (changed) void this.store.save(this.state);
  }

  /** A system notification on desktop where allowed, else an Obsidian notice; a click opens the note (or the sidebar). */
  private deliver(title: string, body: string, path: string | null): void {
    const open = () => {
      if (path !== null) void this.ctx.app.workspace.openLinkText(path, '', false);
      else void this.ctx.openSidebar();
    };
    if (Platform.isDesktopApp && typeof window.Notification === 'function') {
      if (window.Notification.permission === 'granted') {
        const notification = new window.Notification(title, { body });
        notification.onclick = () => {
          window.focus();
          open();
        };
        return;
      }
      if (window.Notification.permission === 'default') void window.Notification.requestPermission();
    }
    const notice = new Notice(`${title}: ${body}`, 10_000);
    notice.messageEl?.addEventListener('click', open);
  }
}

function dueWords(item: Item): string {
  const who = item.people.length > 0 ? ` with ${item.people.join(', ')}` : '';
  const about = item.about === null ? '' : ` — ${item.about}`;
  return `${item.time === null ? 'Due today' : `Due at ${item.time}`}${who}${about}`;
}
