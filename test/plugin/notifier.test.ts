// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notices } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';

const FILES = {
  'Deals/Acme.md': '---\nfollow_up: 2024-06-12\nfollow_up_about: Send the deck\n---\n',
  'Deals/Globex.md': '---\nfollow_up: 2024-06-12T10:30\n---\n',
  'Deals/Old.md': '---\nfollow_up: 2024-05-01\n---\n',
};
/** The startup notice is its own setting; with it off, the notifier's summary is the notice at start. */
const QUIET_START = { startupNotice: false };

/** Notifications sent through the system, when the platform has them and they are allowed. */
class SystemNotification {
  static permission: 'granted' | 'denied' | 'default' = 'granted';
  static sent: SystemNotification[] = [];
  static requestPermission = vi.fn(async () => SystemNotification.permission);
  onclick: (() => void) | null = null;
  constructor(
    readonly title: string,
    readonly options: { body: string },
  ) {
    SystemNotification.sent.push(this);
  }
}

let intervals: { callback: () => void; delay: number; id: number }[] = [];
beforeEach(() => {
  intervals = [];
  const real = window.setInterval.bind(window);
  vi.spyOn(window, 'setInterval').mockImplementation(((callback: () => void, delay?: number) => {
    const id = real(() => undefined, 1_000_000);
    intervals.push({ callback, delay: delay ?? 0, id: id });
    return id;
  }) as typeof window.setInterval);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { Notification?: unknown }).Notification;
  SystemNotification.sent = [];
  SystemNotification.permission = 'granted';
  cleanUpPlugin();
});

/** Runs the notifier's 30-second check, as the timer would, at the given local time. */
function tick(time: string): void {
  vi.setSystemTime(new Date(`2024-06-12T${time}`));
  const check = intervals.filter((interval) => interval.delay === 30_000);
  expect(check).toHaveLength(1);
  check[0]!.callback();
}
const savedState = (harness: Awaited<ReturnType<typeof startPlugin>>) =>
  (JSON.parse(harness.app.savedData.at(-1)!.json) as { notificationState: { notified: string[] } }).notificationState;

describe('notifications in the plugin', () => {
  it('sums up at start what is due today, then notifies a timed follow-up at its time, once', async () => {
    const harness = await startPlugin(FILES, { data: QUIET_START });
    expect(notices).toEqual(['Follow-ups: 1 follow-up came due: Acme']);
    expect(savedState(harness).notified).toEqual(['note:Deals/Acme.md@2024-06-12']);
    tick('10:29:30');
    expect(notices).toHaveLength(1);
    tick('10:30:00');
    expect(notices.at(-1)).toBe('Globex: Due at 10:30');
    tick('10:30:30');
    tick('11:00:00');
    expect(notices).toHaveLength(2);
    expect(savedState(harness).notified).toEqual(['note:Deals/Acme.md@2024-06-12', 'note:Deals/Globex.md@2024-06-12']);
  });

  it('gives no second notice after a restart', async () => {
    const first = await startPlugin(FILES, { data: QUIET_START });
    first.plugin.unload();
    const saved = JSON.parse(first.app.savedData.at(-1)!.json) as unknown;
    cleanUpPlugin();
    notices.length = 0;
    await startPlugin(FILES, { data: saved, now: '2024-06-12T10:15:00' });
    expect(notices).toEqual([]);
  });

  it('checks again when the index changes: a follow-up set for now is notified', async () => {
    const harness = await startPlugin(FILES, { data: QUIET_START });
    await harness.app.vault.create('Deals/New.md', '---\nfollow_up: 2024-06-12\n---\n');
    await harness.settle();
    expect(notices.at(-1)).toBe('New: Due today');
  });

  it('does not notify again a follow-up whose note was renamed', async () => {
    const harness = await startPlugin(FILES, { data: QUIET_START });
    await harness.app.fileManager.renameFile(harness.app.vault.getFileByPath('Deals/Acme.md')!, 'Deals/Acme Corp.md');
    await harness.settle();
    tick('10:00:30');
    expect(notices).toEqual(['Follow-ups: 1 follow-up came due: Acme']);
  });

  it('never notifies a follow-up snoozed before its time', async () => {
    const harness = await startPlugin(FILES, { data: QUIET_START, now: '2024-06-12T10:00:00' });
    await harness.app.vault.modify(harness.app.vault.getFileByPath('Deals/Globex.md')!, '---\nfollow_up: 2024-06-13T10:30\n---\n');
    await harness.settle();
    tick('10:30:00');
    tick('23:59:30');
    expect(notices).toEqual(['Follow-ups: 1 follow-up came due: Acme']);
  });

  it('uses a system notification where allowed, and a click opens the note', async () => {
    (window as { Notification?: unknown }).Notification = SystemNotification;
    const harness = await startPlugin(FILES, { data: QUIET_START });
    tick('10:30:00');
    expect(SystemNotification.sent.map((sent) => [sent.title, sent.options.body])).toEqual([
      ['Follow-ups', '1 follow-up came due: Acme'],
      ['Globex', 'Due at 10:30'],
    ]);
    expect(notices).toEqual([]);
    SystemNotification.sent[1]!.onclick!();
    expect(harness.app.workspace.openedLinks.at(-1)?.linktext).toBe('Deals/Globex.md');
  });

  it('asks for permission once undecided, and uses a notice meanwhile', async () => {
    (window as { Notification?: unknown }).Notification = SystemNotification;
    SystemNotification.permission = 'default';
    await startPlugin(FILES, { data: QUIET_START });
    expect(SystemNotification.requestPermission).toHaveBeenCalled();
    expect(SystemNotification.sent).toEqual([]);
    expect(notices).toEqual(['Follow-ups: 1 follow-up came due: Acme']);
  });

  it('opens the note when its notice is clicked', async () => {
    const harness = await startPlugin(FILES, { data: QUIET_START });
    tick('10:30:00');
    const messages = [...document.querySelectorAll<HTMLElement>('.notice-message')];
    messages.at(-1)!.click();
    expect(harness.app.workspace.openedLinks.at(-1)?.linktext).toBe('Deals/Globex.md');
  });

  it('stays silent with notifications off, and starts from then when they are turned on', async () => {
    const harness = await startPlugin(FILES, { data: { ...QUIET_START, notifications: false } });
    tick('10:30:00');
    expect(notices).toEqual([]);
    const settings = harness.plugin['settings'] as unknown as Record<string, unknown>;
    harness.plugin['settings'] = { ...settings, notifications: true } as never;
    tick('10:31:00');
    expect(notices).toEqual(['Acme: Due today — Send the deck', 'Globex: Due at 10:30']);
  });

  it('with the startup notice on, says what is due once at start', async () => {
    await startPlugin(FILES);
    expect(notices).toEqual(['Follow-ups: 2 due today, 1 overdue.']);
  });

  it('stops its timer and listener when unloaded', async () => {
    const clear = vi.spyOn(window, 'clearInterval');
    const harness = await startPlugin(FILES, { data: QUIET_START });
    const id = intervals.find((interval) => interval.delay === 30_000)!.id;
    harness.plugin.unload();
    expect(clear).toHaveBeenCalledWith(id);
    await harness.app.vault.create('Deals/New.md', '---\nfollow_up: 2024-06-12\n---\n');
    await harness.settle();
    expect(notices).toEqual(['Follow-ups: 1 follow-up came due: Acme']);
  });
});
