import { Modal, Notice, Setting, type App } from 'obsidian';
import type { Draft } from '../../core/drafts/draft-message';

/** Shows a drafted message, with copy, e-mail and call buttons where the person has them. */
export class DraftModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly draft: Draft,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Draft: ${this.title}`);
    const { contentEl, draft } = this;
    contentEl.addClass('follow-up-draft');
    // For the user alone, above the message: the note's purpose and what the draft left out.
    if (draft.about !== null) contentEl.createDiv({ cls: 'follow-up-draft-about', text: `About: ${draft.about}` });
    for (const remark of draft.remarks) contentEl.createDiv({ cls: 'follow-up-draft-remark', text: remark });
    const to = draft.recipients
      .map((recipient) => (recipient.email === null ? recipient.name : `${recipient.name} <${recipient.email}>`))
      .join(', ');
    if (to !== '') contentEl.createDiv({ cls: 'follow-up-draft-to', text: `To: ${to}` });
    contentEl.createDiv({ cls: 'follow-up-draft-subject', text: `Subject: ${draft.subject}` });
    contentEl.createEl('pre', { cls: 'follow-up-draft-body', text: draft.body });
    const buttons = new Setting(contentEl);
    buttons.addButton((button) =>
      button.setButtonText('Copy').onClick(() => {
        void navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`).then(
          () => new Notice('Draft copied.'),
          () => new Notice('Could not copy: the clipboard is not available.'),
        );
      }),
    );
    if (draft.mailto !== null)
      buttons.addButton((button) => button.setButtonText('Open in e-mail').onClick(() => openLink(draft.mailto ?? '')));
    if (draft.tel !== null) buttons.addButton((button) => button.setButtonText('Call').onClick(() => openLink(draft.tel ?? '')));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Hands a mailto: or tel: link to the system, as a click on a link would. */
function openLink(href: string): void {
  const link = activeDocument.createEl('a', { href });
  link.click();
  link.remove();
}
