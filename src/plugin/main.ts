import { Plugin } from 'obsidian';
import type { Settings } from '../core/settings';
import { migrateSettings } from '../core/settings-migration';

export default class FollowUpTrackerPlugin extends Plugin {
  settings!: Settings;

  override async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData()).settings;
  }
}
