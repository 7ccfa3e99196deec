import { Notice, apiVersion, normalizePath, requireApiVersion } from 'obsidian';
import { BASE_FILE_NAME, followUpsBase } from '../core/bases-file';
import type { PluginContext } from './context';

/** Bases (.base files) came with Obsidian 1.9.10, as a core plugin. */
export const BASES_API_VERSION = '1.9.10';

/**
 * Creates the follow-ups base for Obsidian's Bases, or opens it when it is already there. On an
 * older Obsidian, which cannot open a .base file, it says so and writes nothing: the rest of the
 * plugin runs from 1.8.7 (manifest.json), so the minimum app version stays there.
 */
export async function createBasesFile(ctx: PluginContext): Promise<void> {
  const { app } = ctx;
  if (!requireApiVersion(BASES_API_VERSION)) {
    new Notice(
      `A follow-ups base needs Obsidian ${BASES_API_VERSION} or newer, with the Bases core plugin on; this is Obsidian ${apiVersion}. Update Obsidian to use it.`,
    );
    return;
  }
  const path = normalizePath(BASE_FILE_NAME);
  let file = app.vault.getFileByPath(path);
  if (file === null) file = await app.vault.create(path, followUpsBase(ctx.settings()));
  else new Notice(`${path} already exists; it was left as it is.`);
  await app.workspace.getLeaf(false).openFile(file);
}
