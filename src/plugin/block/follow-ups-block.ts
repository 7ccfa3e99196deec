import { MarkdownRenderChild, type MarkdownPostProcessorContext, type Plugin } from 'obsidian';
import { noteTitle } from '../../core/note-record';
import { describeQueryError, parseQuery, type QueryParse } from '../../core/query/parse-query';
import { runQuery, type QueryNote } from '../../core/query/run-query';
import type { PluginContext } from '../context';
import { renderItemRow } from '../view/item-row';

/** The language of the code block: ```` ```follow-ups ````. */
export const BLOCK_LANGUAGE = 'follow-ups';

/** Registers the `follow-ups` code block (SPEC §11), in reading view and live preview alike. */
export function registerFollowUpsBlock(plugin: Plugin, ctx: PluginContext): void {
  plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source: string, el: HTMLElement, info: MarkdownPostProcessorContext) => {
    info.addChild(new FollowUpsBlock(el, source, info.sourcePath, ctx));
  });
}

/**
 * One rendered block. Obsidian unloads it when the section is rendered again or leaves the screen;
 * while loaded it redraws when the index or the day changed, and only then.
 */
export class FollowUpsBlock extends MarkdownRenderChild {
  private readonly parsed: QueryParse;
  private readonly note: QueryNote;
  private drawnKey = '';

  constructor(
    containerEl: HTMLElement,
    source: string,
    sourcePath: string,
    private readonly ctx: PluginContext,
  ) {
    super(containerEl);
    this.parsed = parseQuery(source);
    this.note = { path: sourcePath, title: noteTitle(sourcePath) };
  }

  override onload(): void {
    this.containerEl.addClass('follow-up-block');
    this.register(this.ctx.indexer.onChange(() => this.draw()));
    // The day turns over at midnight: buckets move without any note changing.
    this.registerInterval(window.setInterval(() => this.draw(), 60_000));
    this.draw();
  }

  override onunload(): void {
    this.containerEl.empty();
  }

  /** Draws when what it shows may differ from what is on screen: a new index revision or a new day. */
  draw(): void {
    const root = this.containerEl;
    if (!this.parsed.ok) {
      if (this.drawnKey === 'error') return;
      this.drawnKey = 'error';
      root.empty();
      this.showErrors(this.parsed.errors.map(describeQueryError));
      return;
    }
    if (!this.ctx.indexer.isReady) {
      if (this.drawnKey === 'reading') return;
      this.drawnKey = 'reading';
      root.empty();
      root.createDiv({ cls: 'follow-up-empty', text: 'Reading your notes…' });
      return;
    }
    const snapshot = this.ctx.snapshot();
    const key = `${this.ctx.indexer.index.revision}|${snapshot.today}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    root.empty();
    const run = runQuery(snapshot, this.parsed.query, this.note, this.ctx.settings().upcomingDays);
    if (!run.ok) {
      this.showErrors(run.errors.map(describeQueryError));
      return;
    }
    const { groups, items, more } = run.result;
    if (items.length === 0) root.createDiv({ cls: 'follow-up-empty', text: 'No follow-ups match.' });
    for (const group of groups) {
      const section = root.createDiv({ cls: 'follow-up-block-group', attr: { 'data-group': group.label } });
      if (group.label !== '') {
        const heading = section.createDiv({ cls: 'follow-up-block-group-title' });
        heading.createSpan({ text: group.label });
        heading.createSpan({ cls: 'follow-up-count', text: String(group.items.length) });
      }
      const list = section.createDiv({ cls: 'follow-up-block-list', attr: { role: 'list' } });
      // The sidebar moves focus between its rows with the arrow keys; in a note, Tab reaches each row.
      for (const item of group.items) renderItemRow(list, item, snapshot, this.ctx).setAttr('tabindex', '0');
    }
    if (more > 0) root.createDiv({ cls: 'follow-up-block-more', text: more === 1 ? '1 more not shown' : `${more} more not shown` });
  }

  private showErrors(lines: readonly string[]): void {
    const box = this.containerEl.createDiv({ cls: 'follow-up-block-error', attr: { role: 'alert' } });
    box.createDiv({ cls: 'follow-up-block-error-title', text: 'This follow-ups query cannot be read' });
    for (const line of lines) box.createDiv({ text: line });
  }
}
