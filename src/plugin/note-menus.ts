import { TFile, type Menu, type Plugin } from 'obsidian';
import { itemOfNote } from '../core/actions/item-of-note';
import { followUpWithEveryone } from './actions/everyone';
import { showDraft } from './actions/draft-for';
import { openSetFollowUp } from './commands';
import type { PluginContext } from './context';
import { HOVER_SOURCE } from './view/note-link';

/**
 * The note's file menu and editor menu offer Set follow-up, Follow up with everyone (a note with
 * people in it) and Draft a message (a note with an open follow-up), as the commands do for the
 * active note; and the rows' titles are registered as a source of page previews.
 */
export function registerNoteMenus(plugin: Plugin, ctx: PluginContext): void {
  plugin.registerHoverLinkSource(HOVER_SOURCE, { display: 'Follow-ups', defaultMod: false });
  plugin.registerEvent(
    ctx.app.workspace.on('file-menu', (menu, file) => {
      if (file instanceof TFile && file.extension === 'md') addNoteItems(menu, file, ctx);
    }),
  );
  plugin.registerEvent(
    ctx.app.workspace.on('editor-menu', (menu, _editor, info) => {
      if (info.file !== null && info.file.extension === 'md') addNoteItems(menu, info.file, ctx);
    }),
  );
}

function addNoteItems(menu: Menu, file: TFile, ctx: PluginContext): void {
  menu.addItem((entry) =>
    entry
      .setTitle('Set follow-up')
      .setIcon('calendar-clock')
      .onClick(() => openSetFollowUp(ctx, file)),
  );
  if (!ctx.indexer.isReady) return;
  const facts = ctx.indexer.index.factsOf(file.path);
  if (facts !== undefined && facts.people.length > 0)
    menu.addItem((entry) =>
      entry
        .setTitle('Follow up with everyone')
        .setIcon('users')
        .onClick(() => void followUpWithEveryone(ctx, facts)),
    );
  if (itemOfNote(ctx.snapshot().items, file.path) !== null)
    menu.addItem((entry) =>
      entry
        .setTitle('Draft a message')
        .setIcon('mail')
        .onClick(() => void showDraft(ctx, file.path)),
    );
}
