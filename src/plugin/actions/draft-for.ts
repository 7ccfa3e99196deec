import { Notice, TFile } from 'obsidian';
import { draftMessage, type Draft } from '../../core/drafts/draft-message';
import { notePoints } from '../../core/drafts/note-points';
import type { PluginContext } from '../context';
import { DraftModal } from '../modals/draft-modal';
import { cachedOutline } from '../note-outline';

/**
 * Drafts a message for the follow-up in a note: the note's text is read now (the user asked for
 * it), the template note too when the settings name one.
 */
export async function showDraft(ctx: PluginContext, path: string, birthday = false): Promise<Draft | null> {
  const { app } = ctx;
  const file = app.vault.getFileByPath(path);
  const facts = ctx.indexer.index.factsOf(path);
  if (!(file instanceof TFile) || facts === undefined) {
    new Notice(`“${path}” has no follow-up to draft a message for.`);
    return null;
  }
  const settings = ctx.settings();
  const template = await readTemplate(ctx, settings.draftTemplateNote);
  const points = notePoints(cachedOutline(await app.vault.cachedRead(file), app.metadataCache.getFileCache(file)));
  const draft = draftMessage({ note: facts, points, snapshot: ctx.snapshot(), settings, template, birthday });
  new DraftModal(app, file.basename, draft).open();
  return draft;
}

async function readTemplate(ctx: PluginContext, name: string): Promise<string | null> {
  if (name.trim() === '') return null;
  const file = ctx.app.metadataCache.getFirstLinkpathDest(name.trim().replace(/\.md$/i, ''), '');
  if (file === null) {
    new Notice(`The template note “${name}” was not found; the built-in template is used.`);
    return null;
  }
  return ctx.app.vault.cachedRead(file);
}
