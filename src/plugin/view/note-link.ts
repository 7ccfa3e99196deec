import type { HoverParent, HoverPopover } from 'obsidian';
import type { PluginContext } from '../context';

/** The source the plugin registers for `hover-link`: the user can require a modifier key for it in Page preview's settings. */
export const HOVER_SOURCE = 'follow-up-tracker';

/**
 * Makes a row act like a link to its note: the title shows Obsidian's page preview on hover
 * (through the core Page preview plugin, honouring its settings), and a middle-click on the row
 * opens the note in a new tab, as links do everywhere in Obsidian.
 */
export function linkToNote(row: HTMLElement, title: HTMLElement, path: string, ctx: PluginContext): void {
  const parent: HoverParent = { hoverPopover: null as HoverPopover | null };
  title.addEventListener('mouseover', (event) => {
    ctx.app.workspace.trigger('hover-link', {
      event,
      source: HOVER_SOURCE,
      hoverParent: parent,
      targetEl: title,
      linktext: path,
      sourcePath: '',
    });
  });
  row.addEventListener('auxclick', (event) => {
    if (event.button !== 1) return;
    event.preventDefault();
    void ctx.app.workspace.openLinkText(path, '', 'tab');
  });
}
