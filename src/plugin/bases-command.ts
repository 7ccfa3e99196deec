import { Notice, normalizePath } from 'obsidian';
import { BASE_FILE_NAME, followUpsBase } from '../core/bases-file';
import type { PluginContext } from './context';

/** Creates the follow-ups base for Obsidian's Bases, or opens it when it is already there. */
export async function createBasesFile(ctx: PluginContext): Promise<void> {
  const { app } = ctx;
  const path = normalizePath(BASE_FILE_NAME);
  let file = app.vault.getFileByPath(path);
  if (file === null) file = await app.vault.create(path, followUpsBase(ctx.settings()));
  else new Notice(`${path} already exists; it was left as it is.`);
  await app.workspace.getLeaf(false).openFile(file);
}
