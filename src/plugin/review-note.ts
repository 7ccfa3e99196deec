import { Notice, TFile } from 'obsidian';
import { renderReviewMarkdown } from '../core/markdown/render-review';
import { placeReviewBlock } from '../core/review-block';
import { buildReview } from '../core/review-model';
import { reviewNoteName } from '../core/review-week';
import type { PluginContext } from './context';
import { saveOpenEditors } from './open-editors';
import { checkVaultFolder, notePath } from './vault-paths';

/**
 * Writes the weekly review into its note, named by the ISO week. Regenerating replaces only the
 * generated block; what the user wrote around it stays. Then opens the note.
 */
export async function writeReviewNote(ctx: PluginContext): Promise<TFile | null> {
  const settings = ctx.settings();
  const { app } = ctx;
  const folder = checkVaultFolder(settings.reviewFolder, app.vault.configDir);
  if (!folder.ok) {
    new Notice(`The review folder setting is not usable: ${folder.reason}`);
    return null;
  }
  const model = buildReview(ctx.snapshot(), settings);
  const markdown = renderReviewMarkdown(model);
  const path = notePath(folder.folder, reviewNoteName(settings.reviewName, model.week));
  if (folder.folder !== '' && app.vault.getFolderByPath(folder.folder) === null) await app.vault.createFolder(folder.folder);
  let file = app.vault.getFileByPath(path);
  if (file === null) file = await app.vault.create(path, placeReviewBlock(null, markdown));
  else {
    await saveOpenEditors(app, file);
    await app.vault.process(file, (text) => placeReviewBlock(text, markdown));
  }
  await app.workspace.getLeaf(false).openFile(file);
  return file;
}
