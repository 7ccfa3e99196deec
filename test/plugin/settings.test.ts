// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { notices, openSettingTab } from '../fakes/obsidian';
import { cleanUpPlugin, startPlugin } from '../helpers/plugin-harness';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

afterEach(cleanUpPlugin);

function input(tab: { containerEl: HTMLElement }, name: string): HTMLInputElement {
  const setting = [...tab.containerEl.querySelectorAll('.setting-item')].find(
    (item) => item.querySelector('.setting-item-name')?.textContent === name,
  );
  const element = setting?.querySelector('input');
  if (!element) throw new Error(`no setting "${name}"`);
  return element;
}

/** The settings as last saved by the plugin. */
function lastSaved(harness: { app: { savedData: { pluginId: string; json: string }[] } }): Record<string, unknown> | undefined {
  const last = harness.app.savedData.filter((entry) => entry.pluginId === 'follow-up-tracker').at(-1);
  return last === undefined ? undefined : (JSON.parse(last.json) as Record<string, unknown>);
}

function type(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

describe('the settings tab', () => {
  it('has every setting, saves valid values and rebuilds the index', async () => {
    const harness = await startPlugin({ 'a.md': '---\nfollow_up: 2024-06-15\n---\n', 'Archive/b.md': '---\nfollow_up: 2024-06-15\n---\n' });
    const tab = harness.app.settingTabs[0]!;
    openSettingTab(tab);
    const names = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((element) => element.textContent);
    for (const name of [
      'Upcoming window',
      'Reminders before letting go',
      'Days to wait after each reminder',
      'Weekdays only',
      'Minimum days between follow-ups',
      'People folder',
      'Excluded folders',
      'Week starts on',
      'Review folder',
      'Review note name',
      'Follow-up date',
      'Last contact',
      'People fields',
      'Other names for the date',
      'Update last contact on done',
      'Notice at startup',
      'Message template note',
      'Calendar reminder',
    ]) {
      expect(names).toContain(name);
    }
    type(input(tab, 'Upcoming window'), '2');
    type(input(tab, 'Excluded folders'), 'Templates, Archive');
    type(input(tab, 'Days to wait after each reminder'), '2, 5, 10, 0');
    expect(input(tab, 'Days to wait after each reminder').classList.contains('follow-up-invalid')).toBe(true);
    type(input(tab, 'Days to wait after each reminder'), '2, 5, 10');
    await new Promise((resolve) => window.setTimeout(resolve, 700));
    await harness.settle();
    expect(lastSaved(harness)).toMatchObject({ upcomingDays: 2, excludedFolders: ['Templates', 'Archive'], nudgeWaits: [2, 5, 10] });
    const items = harness.plugin['indexer'].index.snapshot('2024-06-12').items;
    expect(items.map((item) => [item.path, item.bucket])).toEqual([['a.md', 'later']]);
  });

  it('refuses paths outside the vault and numbers out of range, keeping the last good value', async () => {
    const harness = await startPlugin({});
    const tab = harness.app.settingTabs[0]!;
    openSettingTab(tab);
    type(input(tab, 'Review folder'), '../elsewhere');
    expect(input(tab, 'Review folder').classList.contains('follow-up-invalid')).toBe(true);
    type(input(tab, 'People folder'), '.obsidian');
    type(input(tab, 'Upcoming window'), '-3');
    await harness.settle();
    const saved = lastSaved(harness);
    expect(saved?.reviewFolder ?? 'Reviews').toBe('Reviews');
    expect(saved?.peopleFolder ?? 'People').toBe('People');
    expect(saved?.upcomingDays ?? 7).toBe(7);
  });

  it('restores the defaults', async () => {
    const harness = await startPlugin({}, { data: { upcomingDays: 30, fields: { followUp: 'next' } } });
    const tab = harness.app.settingTabs[0]!;
    openSettingTab(tab);
    const restore = [...tab.containerEl.querySelectorAll('button')].find((button) => button.textContent === 'Restore defaults')!;
    restore.click();
    await harness.settle();
    // The data file also keeps what was notified (SPEC §12), next to the settings.
    const { notificationState: _state, ...settings } = lastSaved(harness) ?? {};
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('around the sidebar', () => {
  it('counts follow-ups due today and overdue in the status bar, and says so at startup', async () => {
    const harness = await startPlugin({
      'a.md': '---\nfollow_up: 2024-06-12\n---\n',
      'b.md': '---\nfollow_up: 2024-06-01\n---\n',
      'c.md': '---\nfollow_up: 2024-07-01\n---\n',
    });
    expect(harness.app.statusBarEl?.textContent).toBe('2 follow-ups due');
    expect(notices).toContain('Follow-ups: 1 due today, 1 overdue.');
  });

  it('stays quiet at startup when the startup notice and notifications are off', async () => {
    await startPlugin({ 'a.md': '---\nfollow_up: 2024-06-12\n---\n' }, { data: { startupNotice: false, notifications: false } });
    expect(notices).toEqual([]);
  });

  it('registers its commands without default hotkeys, its view and its ribbon icon', async () => {
    const harness = await startPlugin({});
    const commands = harness.app.commands.listCommands();
    expect(commands.map((command) => command.id.replace('follow-up-tracker:', ''))).toEqual([
      'open-sidebar',
      'set-follow-up',
      'mark-done',
      'mark-nudged',
      'snooze',
      'drop',
      'follow-up-with-everyone',
      'draft-message',
      'write-weekly-review',
      'export-calendar',
      'create-base',
      'undo-last-action',
    ]);
    expect(commands.every((command) => command.hotkeys === undefined)).toBe(true);
    expect(document.querySelector('[aria-label="Open follow-ups"]')).not.toBeNull();
  });
});
