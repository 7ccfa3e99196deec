import { ROW_ACTED } from './item-row';

const ROW = '.follow-up-item, .follow-up-problem';

/**
 * Keyboard focus over the rows of a list: the rows are one tab stop (the last row focused keeps
 * it), the arrow keys, Home and End move between them, and when an action removes the focused row
 * the row that takes its place gets the focus instead of the page.
 */
export class RowFocus {
  private current: string | null = null;
  private pending: { key: string | null; index: number } | null = null;
  private focused: string | null = null;

  constructor(
    private readonly list: HTMLElement,
    listen: (type: 'keydown' | 'focusin' | typeof ROW_ACTED, handler: (event: Event) => void) => void,
    /** For a list that draws only part of its rows: draws and returns its first or last row. */
    private readonly edge: (which: 'first' | 'last') => HTMLElement | null = () => null,
  ) {
    listen('keydown', (event) => this.onKey(event as KeyboardEvent));
    listen('focusin', (event) => {
      const row = rowOf(event.target);
      if (row !== null) this.take(row);
    });
    listen(ROW_ACTED, (event) => {
      const row = rowOf(event.target);
      if (row !== null) this.pending = { key: row.dataset.key ?? null, index: this.rows().indexOf(row) };
    });
  }

  /** Call before the rows are redrawn. */
  beforeDraw(): void {
    const active = this.list.ownerDocument.activeElement;
    this.focused = active !== null && this.list.contains(active) ? (rowOf(active)?.dataset.key ?? null) : null;
  }

  /** Call after the rows were redrawn. */
  afterDraw(): void {
    const rows = this.rows();
    if (rows.length === 0) return;
    const lost = focusLost(this.list);
    const pending = this.pending;
    // While the acted-on row is still where it was, the action has not landed yet.
    if (pending !== null && rows[pending.index]?.dataset.key !== pending.key) {
      this.pending = null;
      if (lost) return this.focusRow(rows[Math.min(pending.index, rows.length - 1)]!);
    }
    const again = lost && this.focused !== null ? rows.find((row) => row.dataset.key === this.focused) : undefined;
    if (again !== undefined) return this.focusRow(again);
    this.take(rows.find((row) => row.dataset.key === this.current) ?? rows[0]!);
  }

  private focusRow(row: HTMLElement): void {
    this.take(row);
    row.focus();
  }

  private rows(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>(ROW)];
  }

  private take(row: HTMLElement): void {
    this.current = row.dataset.key ?? null;
    for (const other of this.list.querySelectorAll<HTMLElement>('[tabindex="0"]'))
      if (other !== row && other.matches(ROW)) other.tabIndex = -1;
    row.tabIndex = 0;
  }

  private onKey(event: KeyboardEvent): void {
    const row = rowOf(event.target);
    if (row === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const rows = this.rows();
      const which = event.key === 'Home' ? 'first' : 'last';
      const target = this.edge(which) ?? (which === 'first' ? rows[0] : rows[rows.length - 1]);
      if (target !== undefined) this.focusRow(target);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const rows = this.rows();
    const next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next !== undefined) this.focusRow(next);
  }
}

function rowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(ROW) : null;
}

/** The focus went nowhere (the focused row was removed by the redraw), or is still in the list. */
function focusLost(list: HTMLElement): boolean {
  const active = list.ownerDocument.activeElement;
  return active === null || active === list.ownerDocument.body || list.contains(active);
}
