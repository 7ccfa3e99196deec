import { Modal, Setting, type App } from 'obsidian';
import { addWithinCalendar, type LocalDate } from '../../core/local-date';
import { snoozeChoices } from '../../core/actions/plan-actions';
import { addDateWordsField } from './date-words-field';
import { addSaveDateButton } from './save-date-button';

export interface FollowUpChoice {
  date: LocalDate;
  about: string;
  channel: string;
}

const CHANNELS = ['', 'email', 'phone', 'text', 'linkedin', 'in-person', 'video'];

/** Set a follow-up on a note: quick picks or a date, and what it is about and how. */
export class SetFollowUpModal extends Modal {
  private readonly choice: FollowUpChoice;

  constructor(
    app: App,
    private readonly today: LocalDate,
    private readonly weekStart: number,
    initial: Partial<FollowUpChoice>,
    private readonly onSet: (choice: FollowUpChoice) => void,
  ) {
    super(app);
    // In two days unless the note has a date; none where that would pass the calendar's last day.
    const date = initial.date ?? addWithinCalendar(today, 2, 'days') ?? '';
    this.choice = { date, about: initial.about ?? '', channel: initial.channel ?? '' };
  }

  override onOpen(): void {
    this.setTitle('Set follow-up');
    const error = this.contentEl.createDiv({ cls: 'follow-up-modal-error' });
    let dateInput: HTMLInputElement | null = null;
    const quick = new Setting(this.contentEl).setName('When');
    const inDays = (label: string, days: number) => {
      const date = addWithinCalendar(this.today, days, 'days');
      // A pick past the calendar's last day is left out, never clamped to it.
      return date === null ? [] : [{ label, date }];
    };
    for (const { label, date } of [...inDays('In 2 days', 2), ...snoozeChoices(this.today, this.weekStart), ...inDays('In 2 weeks', 14)]) {
      quick.addButton((button) =>
        button.setButtonText(label).onClick(() => {
          this.choice.date = date;
          if (dateInput) dateInput.value = date;
        }),
      );
    }
    addDateWordsField(this.contentEl, this.today, this.weekStart, (date) => {
      if (date === null) return;
      this.choice.date = date;
      if (dateInput) dateInput.value = date;
    });
    new Setting(this.contentEl).setName('Date').addText((text) => {
      dateInput = text.inputEl;
      text.inputEl.type = 'date';
      text.inputEl.setAttr('aria-label', 'Date');
      text.setValue(this.choice.date).onChange((value) => (this.choice.date = value));
    });
    new Setting(this.contentEl)
      .setName('About')
      .setDesc('The purpose or the outcome you want.')
      .addText((text) => {
        text.inputEl.setAttr('aria-label', 'About');
        text.setValue(this.choice.about).onChange((value) => (this.choice.about = value));
      });
    new Setting(this.contentEl).setName('Channel').addDropdown((dropdown) => {
      dropdown.selectEl.setAttr('aria-label', 'Channel');
      for (const channel of CHANNELS) dropdown.addOption(channel, channel === '' ? 'Their preferred channel' : channel);
      if (!CHANNELS.includes(this.choice.channel)) dropdown.addOption(this.choice.channel, this.choice.channel);
      dropdown.setValue(this.choice.channel).onChange((value) => (this.choice.channel = value));
    });
    addSaveDateButton(
      this.contentEl,
      error,
      () => this.choice.date,
      (date) => {
        this.close();
        this.onSet({ ...this.choice, date });
      },
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
