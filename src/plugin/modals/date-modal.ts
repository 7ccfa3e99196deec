import { Modal, Setting, type App } from 'obsidian';
import type { LocalDate } from '../../core/local-date';
import { addDateWordsField } from './date-words-field';
import { addSaveDateButton } from './save-date-button';

/** Asks for one date; calls back only with a real calendar day. */
export class DateModal extends Modal {
  private value: string;

  constructor(
    app: App,
    private readonly heading: string,
    initial: LocalDate,
    private readonly onPick: (date: LocalDate) => void,
    private readonly quickPicks: readonly { label: string; date: LocalDate }[] = [],
    private readonly weekStart = 1,
    /** What words such as "tomorrow" count from; the initial date unless given. */
    today?: LocalDate,
  ) {
    super(app);
    this.value = initial;
    this.today = today ?? initial;
  }

  private readonly today: LocalDate;

  override onOpen(): void {
    this.setTitle(this.heading);
    const error = this.contentEl.createDiv({ cls: 'follow-up-modal-error' });
    if (this.quickPicks.length > 0) {
      const quick = new Setting(this.contentEl).setName('Quick picks');
      for (const pick of this.quickPicks) {
        quick.addButton((button) =>
          button.setButtonText(pick.label).onClick(() => {
            this.close();
            this.onPick(pick.date);
          }),
        );
      }
    }
    let dateInput: HTMLInputElement | null = null;
    addDateWordsField(this.contentEl, this.today, this.weekStart, (date) => {
      if (date === null) return;
      this.value = date;
      if (dateInput) dateInput.value = date;
    });
    new Setting(this.contentEl).setName('Date').addText((text) => {
      dateInput = text.inputEl;
      text.inputEl.type = 'date';
      text.inputEl.setAttr('aria-label', 'Date');
      text.setValue(this.value).onChange((value) => {
        this.value = value;
      });
    });
    addSaveDateButton(
      this.contentEl,
      error,
      () => this.value,
      (date) => {
        this.close();
        this.onPick(date);
      },
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
