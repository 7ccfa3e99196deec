import { Modal, Setting, type App } from 'obsidian';
import { markDestructive } from '../ui/destructive';
import type { DropOutcome } from '../../core/actions/plan-actions';

/** Drop: how it ended, and optionally what they said (recorded outcomes are the point). */
export class DropModal extends Modal {
  private outcome: DropOutcome = 'no-response';
  private feedback = '';

  constructor(
    app: App,
    private readonly title: string,
    private readonly onDrop: (outcome: DropOutcome, feedback: string) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Drop the follow-up: ${this.title}`);
    new Setting(this.contentEl).setName('Outcome').addDropdown((dropdown) => {
      dropdown.selectEl.setAttr('aria-label', 'Outcome');
      return dropdown
        .addOption('no-response', 'No response')
        .addOption('declined', 'Declined')
        .setValue(this.outcome)
        .onChange((value) => {
          this.outcome = value === 'declined' ? 'declined' : 'no-response';
        });
    });
    new Setting(this.contentEl)
      .setName('Feedback')
      .setDesc('What they said, or why it ended (optional).')
      .addTextArea((area) => {
        area.inputEl.setAttr('aria-label', 'Feedback');
        area.onChange((value) => (this.feedback = value));
      });
    new Setting(this.contentEl).addButton((button) =>
      markDestructive(button.setButtonText('Drop')).onClick(() => {
        this.close();
        this.onDrop(this.outcome, this.feedback);
      }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
