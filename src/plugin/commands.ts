import { Notice, type Command, type TFile } from 'obsidian';
import { itemOfNote } from '../core/actions/item-of-note';
import { snoozeChoicesFor } from '../core/actions/plan-actions';
import { addWithinCalendar } from '../core/local-date';
import type { Item } from '../core/item';
import type { PluginContext } from './context';
import { DateModal } from './modals/date-modal';
import { DropModal } from './modals/drop-modal';
import { SetFollowUpModal } from './modals/set-follow-up-modal';
import { followUpWithEveryone } from './actions/everyone';
import { showDraft } from './actions/draft-for';
import { createBasesFile } from './bases-command';
import { writeCalendarFile } from './calendar-file';
import { writeReviewNote } from './review-note';

/** The plugin's commands, as data (no default hotkeys: the user picks them). */
export function getCommands(ctx: PluginContext): Command[] {
  const onItem = (id: string, name: string, act: (item: Item) => void): Command => ({
    id,
    name,
    checkCallback: (checking) => {
      const item = currentItem(ctx);
      if (item === null) return false;
      if (!checking) act(item);
      return true;
    },
  });
  return [
    { id: 'open-sidebar', name: 'Open follow-ups', callback: () => void ctx.openSidebar() },
    {
      id: 'set-follow-up',
      name: 'Set follow-up on this note',
      checkCallback: (checking) => {
        const file = activeNote(ctx);
        if (file === null) return false;
        if (!checking) openSetFollowUp(ctx, file);
        return true;
      },
    },
    onItem('mark-done', 'Mark this note’s follow-up done', (item) => void ctx.actions.done(item)),
    onItem('mark-nudged', 'Mark this note as nudged, waiting for a reply', (item) => void ctx.actions.nudge(item)),
    onItem('snooze', 'Snooze this note’s follow-up', (item) => {
      const today = ctx.snapshot().today;
      new DateModal(
        ctx.app,
        `Snooze: ${item.title}`,
        // No day is filled in where tomorrow would pass the calendar's last day.
        addWithinCalendar(today, 1, 'days') ?? '',
        (date) => void ctx.actions.snooze(item, date),
        snoozeChoicesFor(item, ctx.snapshot(), ctx.settings()),
        ctx.settings().weekStart,
        today,
      ).open();
    }),
    onItem('drop', 'Drop this note’s follow-up', (item) =>
      new DropModal(ctx.app, item.title, (outcome, feedback) => void ctx.actions.drop(item, outcome, feedback)).open(),
    ),
    {
      id: 'follow-up-with-everyone',
      name: 'Follow up with everyone in this note',
      checkCallback: (checking) => {
        const file = activeNote(ctx);
        const facts = file === null ? undefined : ctx.indexer.index.factsOf(file.path);
        if (facts === undefined || facts.people.length === 0) return false;
        if (!checking) void followUpWithEveryone(ctx, facts);
        return true;
      },
    },
    onItem('draft-message', 'Draft a follow-up message for this note', (item) => void showDraft(ctx, item.path)),
    { id: 'write-weekly-review', name: 'Write the weekly review', callback: () => void writeReviewNote(ctx) },
    { id: 'export-calendar', name: 'Write the follow-ups calendar (.ics)', callback: () => void writeCalendarFile(ctx) },
    { id: 'create-base', name: 'Create a follow-ups base', callback: () => void createBasesFile(ctx) },
    {
      id: 'undo-last-action',
      name: 'Undo the last follow-up action',
      callback: () => {
        if (!ctx.undo.canUndo) new Notice('Nothing to undo.');
        else void ctx.undo.undo();
      },
    },
  ];
}

/** Set follow-up on a note: the modal, filled with what the note already says. */
export function openSetFollowUp(ctx: PluginContext, file: TFile): void {
  const settings = ctx.settings();
  const facts = ctx.indexer.index.factsOf(file.path);
  const snapshot = ctx.snapshot();
  new SetFollowUpModal(
    ctx.app,
    snapshot.today,
    settings.weekStart,
    { date: facts?.followUp?.date, about: facts?.about ?? '', channel: facts?.channel ?? '' },
    (choice) => void ctx.actions.setFollowUp(file.path, choice.date, { about: choice.about, channel: choice.channel }),
  ).open();
}

function activeNote(ctx: PluginContext): TFile | null {
  const file = ctx.app.workspace.getActiveFile();
  return file !== null && file.extension === 'md' ? file : null;
}

/** The open follow-up of the active note: its own, else its stay-in-touch item. */
function currentItem(ctx: PluginContext): Item | null {
  const file = activeNote(ctx);
  if (file === null || !ctx.indexer.isReady) return null;
  return itemOfNote(ctx.snapshot().items, file.path);
}
