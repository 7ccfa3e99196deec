import { Modal, Setting, type App } from 'obsidian';
import { parseLocalDate, type LocalDate } from '../../core/local-date';

/** Asks for one date; calls back only with a real calendar day. */
export class DateModal extends Modal {
  private value: string;

  constructor(
    app: App,
    private readonly heading: string,
    initial: LocalDate,
    private readonly onPick: (date: LocalDate) => void,
    private readonly quickPicks: readonly { label: string; date: LocalDate }[] = [],
  ) {
    super(app);
    this.value = initial;
  }

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
    new Setting(this.contentEl).setName('Date').addText((text) => {
      text.inputEl.type = 'date';
      text.inputEl.setAttr('aria-label', 'Date');
      text.setValue(this.value).onChange((value) => {
        this.value = value;
      });
    });
    new Setting(this.contentEl).addButton((button) =>
      button.setButtonText('Save').onClick(() => {
        const date = parseLocalDate(this.value.trim());
        if (date === null) {
          error.setText('Pick a date on the calendar.');
          return;
        }
        this.close();
        this.onPick(date);
      }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
