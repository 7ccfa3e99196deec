import { Modal, Setting, type App } from 'obsidian';

/** Offers to create notes for people who have none yet, so their follow-ups have a home. */
export class CreatePeopleModal extends Modal {
  constructor(
    app: App,
    private readonly names: readonly string[],
    private readonly folder: string,
    private readonly onCreate: (names: readonly string[]) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('People without a note');
    this.contentEl.createEl('p', {
      text: `These people have no note yet, so no follow-up could be set for them: ${this.names.join(', ')}.`,
    });
    new Setting(this.contentEl)
      .setDesc(
        this.folder === ''
          ? 'Create their notes at the top of the vault, each with a follow-up.'
          : `Create their notes in ${this.folder}, each with a follow-up.`,
      )
      .addButton((button) =>
        button.setButtonText('Create notes').onClick(() => {
          this.close();
          this.onCreate(this.names);
        }),
      )
      .addButton((button) => button.setButtonText('Not now').onClick(() => this.close()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
