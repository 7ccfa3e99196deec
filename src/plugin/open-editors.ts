import { MarkdownView, type App, type TFile } from 'obsidian';

/**
 * Saves the editors a note is open in, before the plugin rewrites its file: Obsidian saves typing
 * a moment later, and what was typed in that moment must be in the text the rewrite reads, or the
 * editor would take the rewritten file and drop it.
 */
export async function saveOpenEditors(app: App, file: TFile): Promise<void> {
  const views: MarkdownView[] = [];
  app.workspace.iterateAllLeaves((leaf) => {
    if (leaf.view instanceof MarkdownView && leaf.view.file === file) views.push(leaf.view);
  });
  for (const view of views) await view.save();
}
