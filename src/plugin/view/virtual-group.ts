import { setIcon } from 'obsidian';

/** The rows of one group, by index, as the virtual group asks for them. */
export interface GroupRows {
  readonly count: number;
  /** Stable across redraws for the same follow-up. */
  key(index: number): string;
  /** Everything the row shows: a drawn row is redrawn only when this changes. */
  signature(index: number): string;
  /** In px; the row is given exactly this height. */
  height(index: number): number;
  render(parent: HTMLElement, index: number): HTMLElement;
}

interface DrawnRow {
  readonly el: HTMLElement;
  readonly signature: string;
  /** The `generation` in which the signature was last compared. */
  checked: number;
  top: number;
}

let nextGroupId = 0;

/**
 * One group of the sidebar (Overdue, Today…): a disclosure header and a body as tall as all its
 * rows, in which only the rows near the visible part are drawn. A row that stays in range is
 * kept as it is, unless what it shows changed; a collapsed group draws no rows at all.
 */
export class VirtualGroup {
  readonly el: HTMLElement;
  private readonly header: HTMLButtonElement;
  private readonly countEl: HTMLElement;
  private readonly body: HTMLElement;
  private rows: GroupRows | null = null;
  private offsets: number[] = [0];
  private generation = 0;
  private readonly drawn = new Map<string, DrawnRow>();

  constructor(
    readonly id: string,
    title: string,
    private open: boolean,
    onToggle: (open: boolean) => void,
  ) {
    const bodyId = `follow-up-group-${nextGroupId++}`;
    this.el = createDiv({ cls: 'follow-up-group', attr: { 'data-group': id } });
    this.header = this.el.createEl('button', {
      cls: 'follow-up-group-title',
      attr: { 'aria-controls': bodyId, 'aria-expanded': String(open) },
    });
    setIcon(this.header.createSpan({ cls: 'follow-up-group-chevron' }), 'chevron-right');
    this.header.createSpan({ text: title });
    this.countEl = this.header.createSpan({ cls: 'follow-up-count' });
    this.header.addEventListener('click', () => {
      this.setOpen(!this.open);
      onToggle(this.open);
    });
    this.body = this.el.createDiv({ cls: 'follow-up-group-body', attr: { id: bodyId, role: 'list', 'aria-label': title } });
    this.el.toggleClass('is-open', open);
  }

  get isOpen(): boolean {
    return this.open;
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.header.setAttr('aria-expanded', String(open));
    this.el.toggleClass('is-open', open);
    if (!open) this.clear();
    this.body.setCssStyles({ height: open ? `${this.total()}px` : '0px' });
  }

  /** New rows (after any change to the index, the filter or the day); draws nothing yet. */
  setRows(rows: GroupRows): void {
    this.rows = rows;
    this.generation += 1;
    const offsets = new Array<number>(rows.count + 1);
    offsets[0] = 0;
    for (let index = 0; index < rows.count; index += 1) offsets[index + 1] = offsets[index]! + rows.height(index);
    this.offsets = offsets;
    this.countEl.setText(String(rows.count));
    this.body.setCssStyles({ height: this.open ? `${this.total()}px` : '0px' });
  }

  /** The body's top, in the scrolling list's coordinates. */
  bodyTop(): number {
    return this.body.offsetTop;
  }

  /**
   * Draws the rows that overlap [from, to) (px, in the body's coordinates), removes the others,
   * except the row that has the focus (removing it would drop the focus to the page).
   */
  drawRange(from: number, to: number): void {
    const rows = this.rows;
    if (rows === null || !this.open) return;
    const first = Math.max(0, upperBound(this.offsets, from) - 1);
    const active = this.body.ownerDocument.activeElement;
    const wanted = new Set<string>();
    let previous: HTMLElement | null = null;
    for (let index = first; index < rows.count && this.offsets[index]! < to; index += 1) {
      const key = rows.key(index);
      wanted.add(key);
      let row = this.drawn.get(key);
      if (row !== undefined && row.checked !== this.generation) {
        if (row.signature === rows.signature(index)) row.checked = this.generation;
        else {
          row.el.remove();
          this.drawn.delete(key);
          row = undefined;
        }
      }
      if (row === undefined) {
        const el = rows.render(this.body, index);
        row = { el, signature: rows.signature(index), checked: this.generation, top: -1 };
        this.drawn.set(key, row);
      }
      const top = this.offsets[index]!;
      if (row.top !== top) {
        row.top = top;
        row.el.setCssStyles({ top: `${top}px`, height: `${rows.height(index)}px` });
      }
      row.el.setAttr('aria-posinset', index + 1);
      row.el.setAttr('aria-setsize', rows.count);
      // Keep the DOM order the visual order, which the arrow keys follow.
      const expected: ChildNode | null = previous === null ? this.body.firstChild : previous.nextSibling;
      if (expected !== row.el) this.body.insertBefore(row.el, expected);
      previous = row.el;
    }
    for (const [key, row] of this.drawn) {
      if (wanted.has(key)) continue;
      if (active !== null && row.el.contains(active) && row.checked === this.generation) continue;
      row.el.remove();
      this.drawn.delete(key);
    }
  }

  /** The row drawn for this key, if any. */
  rowEl(key: string): HTMLElement | null {
    return this.drawn.get(key)?.el ?? null;
  }

  /** The top of the row at this index, in the body's coordinates. */
  rowTop(index: number): number {
    return this.offsets[index] ?? 0;
  }

  count(): number {
    return this.rows?.count ?? 0;
  }

  clear(): void {
    for (const row of this.drawn.values()) row.el.remove();
    this.drawn.clear();
  }

  private total(): number {
    return this.offsets[this.offsets.length - 1]!;
  }
}

/** The first index whose value is greater than `value` (values ascending). */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
