import { Component, Platform } from 'obsidian';
import type { PluginContext } from './context';

/** "3 follow-ups due" in the status bar (desktop only: mobile has no status bar). */
export class StatusBarCount extends Component {
  constructor(
    private readonly element: HTMLElement,
    private readonly ctx: PluginContext,
  ) {
    super();
  }

  override onload(): void {
    if (Platform.isMobile) return;
    this.element.addClass('follow-up-status');
    this.registerDomEvent(this.element, 'click', () => void this.ctx.openSidebar());
    this.register(this.ctx.indexer.onChange(() => this.update()));
    this.registerInterval(window.setInterval(() => this.update(), 60_000));
    this.update();
  }

  update(): void {
    if (!this.ctx.indexer.isReady) return;
    const items = this.ctx.snapshot().items;
    const overdue = items.filter((item) => item.bucket === 'overdue').length;
    const today = items.filter((item) => item.bucket === 'today').length;
    const count = overdue + today;
    this.element.setText(count === 0 ? '' : `${count} follow-up${count === 1 ? '' : 's'} due`);
    this.element.setAttr('aria-label', `${overdue} overdue, ${today} due today`);
  }
}

/** The optional notice at startup: how many follow-ups are due today (and overdue). */
export function startupMessage(ctx: PluginContext): string | null {
  const items = ctx.snapshot().items;
  const overdue = items.filter((item) => item.bucket === 'overdue').length;
  const today = items.filter((item) => item.bucket === 'today').length;
  if (overdue + today === 0) return null;
  const parts = [today > 0 ? `${today} due today` : null, overdue > 0 ? `${overdue} overdue` : null].filter((part) => part !== null);
  return `Follow-ups: ${parts.join(', ')}.`;
}
