import { draftMessage, oneLine, type Draft } from '../core/drafts/draft-message';
import { notePoints } from '../core/drafts/note-points';
import type { FollowUpIndex } from '../core/follow-up-index';
import type { IndexSnapshot } from '../core/index-snapshot';
import { readNoteFacts } from '../core/note-facts';
import type { Settings } from '../core/settings';
import { readVaultNote, recordOf } from './note-in-vault';
import { readableBody } from './bounded-markdown';
import { markdownOutline } from './note-outline';
import { splitNote } from './split-note';

export interface DraftCommand {
  /** The vault folder, as given. */
  readonly vault: string;
  /** The note, vault-relative. */
  readonly note: string;
  readonly json: boolean;
  readonly settings: Settings;
  readonly index: FollowUpIndex;
  readonly snapshot: IndexSnapshot;
}

/**
 * `follow-up draft NOTE`: the message draft for one note, with the user's template note when the
 * settings name one (`draftTemplateNote`, a vault path). Prints what is for the user alone (the
 * note's `About:`, a `Note:` per remark), then `To:` and `Subject:` lines, a blank line and the
 * body; with --json, the draft with its `mailto:` and `tel:` links, `about` and `remarks`.
 */
export function draftCommand(command: DraftCommand, stdout: (text: string) => void, stderr: (text: string) => void = () => {}): number {
  const note = readVaultNote(command.vault, command.note);
  const templateName = command.settings.draftTemplateNote.trim();
  const template = templateName === '' ? null : readVaultNote(command.vault, templateName, 'The draft template note').text;
  const parts = splitNote(note.text);
  const facts = command.index.factsOf(note.path) ?? readNoteFacts(recordOf(note, parts.frontmatter), command.settings);
  const head = note.text.slice(0, note.text.length - parts.body.length);
  const body = readableBody(parts.body, head.split('\n').length - 1);
  // Said beside the draft, not in it: the text printed is what gets sent.
  if (body.cut !== null) stderr(`follow-up: ${note.path}: ${body.cut}\n`);
  const points = notePoints(markdownOutline(body.text));
  const draft = draftMessage({ note: facts, points, snapshot: command.snapshot, settings: command.settings, template });
  stdout(command.json ? `${JSON.stringify({ path: note.path, ...draft }, null, 2)}\n` : formatDraft(draft));
  return 0;
}

export function formatDraft(draft: Draft): string {
  const to = draft.recipients.map((recipient) => (recipient.email === null ? recipient.name : `${recipient.name} <${recipient.email}>`));
  // Each on one line: a purpose or a remark holding `\nTo: …` must not read as a header of the message.
  const forYou = [
    ...(draft.about === null ? [] : [`About: ${oneLine(draft.about)}`]),
    ...draft.remarks.map((remark) => `Note: ${oneLine(remark)}`),
  ];
  const header = [...forYou, ...(to.length > 0 ? [`To: ${to.join(', ')}`] : []), `Subject: ${draft.subject}`];
  return `${header.join('\n')}\n\n${draft.body}\n`;
}
