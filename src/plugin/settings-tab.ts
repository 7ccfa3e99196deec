import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { isTimeOfDay, parseNudgeWaits } from '../core/settings-migration';
import { DEFAULT_SETTINGS, type FieldNames, type Settings } from '../core/settings';
import type { PluginContext } from './context';
import { checkVaultFolder } from './vault-paths';
import { markDestructive } from './ui/destructive';

const FIELD_LABELS: Record<keyof FieldNames, string> = {
  followUp: 'Follow-up date',
  about: 'About',
  with: 'With',
  channel: 'Channel',
  attempts: 'Attempts',
  every: 'Repeat every',
  done: 'Done on',
  outcome: 'Outcome',
  feedback: 'Feedback',
  lastContact: 'Last contact',
  nudged: 'Last reminder sent on',
  birthday: 'Birthday',
  awayUntil: 'Away until',
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Every setting the core has; each change is validated, saved, and rebuilds the index. */
export class FollowUpSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly ctx: PluginContext,
  ) {
    super(app, plugin);
  }

  override display(): void {
    this.render();
  }

  // display() is deprecated from Obsidian 1.13 (for declarative settings, which 1.8.7 lacks); the
  // tab redraws itself through this instead of calling it.
  private render(): void {
    const { containerEl } = this;
    containerEl.empty();
    const settings = this.ctx.settings();
    const save = (change: Partial<Settings>): void => void this.ctx.saveSettings({ ...this.ctx.settings(), ...change });

    new Setting(containerEl).setName('Due list').setHeading();
    this.number(
      containerEl,
      'Upcoming window',
      'Days ahead that count as upcoming, and for doing follow-ups with one person together.',
      settings.upcomingDays,
      0,
      365,
      (upcomingDays) => save({ upcomingDays }),
    );
    this.number(
      containerEl,
      'Reminders before letting go',
      'After this many reminders without a reply, a follow-up is marked unresponsive.',
      settings.maxAttempts,
      1,
      100,
      (maxAttempts) => save({ maxAttempts }),
    );
    new Setting(containerEl)
      .setName('Days to wait after each reminder')
      .setDesc('Nudged moves the follow-up this many days out: the first number after the first reminder, and so on; the last repeats.')
      .addText((text) =>
        text.setValue(settings.nudgeWaits.join(', ')).onChange((input) => {
          const waits = parseNudgeWaits(input);
          text.inputEl.toggleClass('follow-up-invalid', waits === null);
          if (waits !== null) save({ nudgeWaits: waits });
        }),
      );
    new Setting(containerEl)
      .setName('Weekdays only')
      .setDesc('Dates the actions compute (nudged, snooze, repeat, everyone) never fall on a weekend: they move to the next weekday.')
      .addToggle((toggle) => toggle.setValue(settings.weekdaysOnly).onChange((weekdaysOnly) => save({ weekdaysOnly })));
    this.number(
      containerEl,
      'Minimum days between follow-ups',
      'A follow-up due sooner than this after the last one with the same person is marked too soon.',
      settings.minGapDays,
      0,
      365,
      (minGapDays) => save({ minGapDays }),
    );
    this.number(
      containerEl,
      'Days out for everyone in a meeting',
      'Used by “Follow up with everyone in this note”.',
      settings.everyoneDays,
      0,
      365,
      (everyoneDays) => save({ everyoneDays }),
    );
    new Setting(containerEl)
      .setName('Update last contact on done')
      .setDesc('Done sets last_contact on the people’s notes to today (it never moves back).')
      .addToggle((toggle) =>
        toggle.setValue(settings.updateLastContactOnDone).onChange((updateLastContactOnDone) => save({ updateLastContactOnDone })),
      );
    new Setting(containerEl)
      .setName('Notice at startup')
      .setDesc('Say how many follow-ups are due when Obsidian starts.')
      .addToggle((toggle) => toggle.setValue(settings.startupNotice).onChange((startupNotice) => save({ startupNotice })));
    new Setting(containerEl)
      .setName('Notifications')
      .setDesc('Notify when a follow-up comes due: at its time, or at the notification time for a whole day.')
      .addToggle((toggle) => toggle.setValue(settings.notifications).onChange((notifications) => save({ notifications })));
    new Setting(containerEl)
      .setName('Notification time')
      .setDesc('When a follow-up without a time is notified on its day, in 24-hour time such as 09:00.')
      .addText((text) =>
        text
          .setPlaceholder('09:00')
          .setValue(settings.notificationTime)
          .onChange((value) => {
            const time = value.trim();
            text.inputEl.toggleClass('follow-up-invalid', !isTimeOfDay(time));
            if (isTimeOfDay(time)) save({ notificationTime: time });
          }),
      );

    new Setting(containerEl).setName('Folders').setHeading();
    this.folder(containerEl, 'People folder', 'Notes here are contact notes.', settings.peopleFolder, (peopleFolder) =>
      save({ peopleFolder }),
    );
    this.list(
      containerEl,
      'Person tags',
      'Comma-separated; a note tagged with one of these is a contact note, wherever it is.',
      settings.personTags,
      (personTags) => save({ personTags }),
    );
    this.list(
      containerEl,
      'Person categories',
      'Comma-separated; a note whose categories or type holds one of these (as text or a link) is a contact note.',
      settings.personCategories,
      (personCategories) => save({ personCategories }),
    );
    this.list(
      containerEl,
      'Excluded folders',
      "Comma-separated; notes in these folders are not read. The vault's excluded files and template folders are left out too.",
      settings.excludedFolders,
      (excludedFolders) => save({ excludedFolders }),
      true,
    );

    new Setting(containerEl).setName('Weekly review').setHeading();
    new Setting(containerEl).setName('Week starts on').addDropdown((dropdown) => {
      for (const [index, day] of WEEKDAYS.entries()) dropdown.addOption(String(index), day);
      dropdown.setValue(String(settings.weekStart)).onChange((value) => save({ weekStart: Number(value) }));
    });
    this.folder(containerEl, 'Review folder', 'Where the weekly review notes go.', settings.reviewFolder, (reviewFolder) =>
      save({ reviewFolder }),
    );
    new Setting(containerEl)
      .setName('Review note name')
      .setDesc('{{week}} becomes the ISO week, e.g. 2024-W24.')
      .addText((text) =>
        text.setValue(settings.reviewName).onChange((value) => {
          if (value.trim() !== '') save({ reviewName: value.trim() });
        }),
      );

    new Setting(containerEl).setName('Drafts and calendar').setHeading();
    new Setting(containerEl)
      .setName('Message template note')
      .setDesc(
        'A note whose text is the template for drafted messages ({{name}}, {{first_name}}, {{about}}, {{meeting}}, {{meeting_date}}, {{points}}, {{last_contact}}). Empty: the built-in templates.',
      )
      .addText((text) =>
        text.setValue(settings.draftTemplateNote).onChange((draftTemplateNote) => save({ draftTemplateNote: draftTemplateNote.trim() })),
      );
    this.number(
      containerEl,
      'Calendar reminder',
      'Minutes before a follow-up for the calendar’s alarm (a whole-day follow-up counts as due at 09:00); -1 for none.',
      settings.icsAlarmMinutesBefore,
      -1,
      10080,
      (icsAlarmMinutesBefore) => save({ icsAlarmMinutesBefore }),
    );

    new Setting(containerEl).setName('Field names').setHeading();
    for (const key of Object.keys(FIELD_LABELS) as (keyof FieldNames)[]) {
      new Setting(containerEl).setName(FIELD_LABELS[key]).addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS.fields[key])
          .setValue(settings.fields[key])
          .onChange((value) => {
            if (value.trim() !== '') save({ fields: { ...this.ctx.settings().fields, [key]: value.trim() } });
          }),
      );
    }
    this.list(
      containerEl,
      'Other names for the date',
      'Comma-separated names also read as the follow-up date.',
      settings.followUpAliases,
      (followUpAliases) => save({ followUpAliases }),
    );
    this.list(
      containerEl,
      'People fields',
      'Comma-separated fields of meeting notes that name the people in them.',
      settings.peopleFields,
      (peopleFields) => save({ peopleFields }),
    );

    new Setting(containerEl).addButton((button) =>
      markDestructive(button.setButtonText('Restore defaults')).onClick(() => {
        void this.ctx.saveSettings({ ...DEFAULT_SETTINGS, fields: { ...DEFAULT_SETTINGS.fields } }).then(() => this.render());
      }),
    );
  }

  private number(
    parent: HTMLElement,
    name: string,
    desc: string,
    value: number,
    min: number,
    max: number,
    onValid: (value: number) => void,
  ): void {
    const setting = new Setting(parent).setName(name).setDesc(desc);
    setting.addText((text) => {
      text.inputEl.type = 'number';
      text.setValue(String(value)).onChange((input) => {
        const parsed = Number(input);
        const valid = input.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
        text.inputEl.toggleClass('follow-up-invalid', !valid);
        if (valid) onValid(parsed);
      });
    });
  }

  private folder(parent: HTMLElement, name: string, desc: string, value: string, onValid: (folder: string) => void): void {
    const setting = new Setting(parent).setName(name).setDesc(desc);
    setting.addText((text) =>
      text.setValue(value).onChange((input) => {
        const checked = checkVaultFolder(input, this.app.vault.configDir);
        text.inputEl.toggleClass('follow-up-invalid', !checked.ok);
        setting.setDesc(checked.ok ? desc : checked.reason);
        if (checked.ok) onValid(checked.folder);
      }),
    );
  }

  private list(
    parent: HTMLElement,
    name: string,
    desc: string,
    value: readonly string[],
    onValid: (values: string[]) => void,
    folders = false,
  ): void {
    const setting = new Setting(parent).setName(name).setDesc(desc);
    setting.addText((text) =>
      text.setValue(value.join(', ')).onChange((input) => {
        const entries = input
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== '');
        const refused = folders
          ? entries.map((entry) => checkVaultFolder(entry, this.app.vault.configDir)).find((checked) => !checked.ok)
          : undefined;
        text.inputEl.toggleClass('follow-up-invalid', refused !== undefined);
        setting.setDesc(refused && !refused.ok ? refused.reason : desc);
        if (refused === undefined) onValid(entries);
      }),
    );
  }
}
