// UI pieces with real DOM: Notice, Modal, Menu, suggest modals (settings are in ./settings.ts).
import { Component, timers } from './events';
import { Scope, setIcon } from './util';

type AppLike = object;

function body(): HTMLElement {
  if (typeof document === 'undefined')
    throw new Error('This part of the fake obsidian module needs a DOM: use `// @vitest-environment happy-dom`');
  return document.body;
}
function child(parent: HTMLElement, cls: string): HTMLElement {
  return (Array.from(parent.children).find((el) => el.classList.contains(cls)) as HTMLElement | undefined) ?? parent.createDiv(cls);
}
const textOf = (value: string | DocumentFragment) => (typeof value === 'string' ? value : (value.textContent ?? ''));

// Notices ---------------------------------------------------------------------------------------

/** Every message shown by a Notice (constructor and setMessage), oldest first. */
export const notices: string[] = [];

export class Notice {
  noticeEl!: HTMLElement;
  containerEl!: HTMLElement;
  messageEl!: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Records the message; with a DOM, also shows it. `duration` 0 keeps it until hide(). */
  constructor(message: string | DocumentFragment, duration = 5000) {
    if (typeof document !== 'undefined') {
      this.containerEl = child(body(), 'notice-container');
      this.noticeEl = this.containerEl.createDiv('notice');
      this.messageEl = this.noticeEl.createDiv('notice-message');
    }
    this.setMessage(message);
    if (duration > 0 && this.noticeEl) this.timer = timers().setTimeout(() => this.hide(), duration);
  }

  setMessage(message: string | DocumentFragment): this {
    notices.push(textOf(message));
    this.messageEl?.setText(message);
    return this;
  }

  hide(): void {
    if (this.timer !== null) timers().clearTimeout(this.timer);
    this.timer = null;
    this.noticeEl?.remove();
  }
}

// Modals ----------------------------------------------------------------------------------------

/** The modals open now, in opening order. */
export const openModals: Modal[] = [];

export class Modal {
  app: AppLike;
  scope = new Scope();
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  private isOpen = false;

  constructor(app: AppLike) {
    this.app = app;
    this.containerEl = body().ownerDocument.createElement('div');
    this.containerEl.className = 'modal-container mod-dim';
    this.containerEl.createDiv('modal-bg').addEventListener('click', () => this.close());
    this.modalEl = this.containerEl.createDiv('modal');
    this.modalEl.createDiv('modal-close-button').addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv('modal-title');
    this.contentEl = this.modalEl.createDiv('modal-content');
    this.containerEl.addEventListener('keydown', (evt) => {
      if (evt.key === 'Escape') this.close();
    });
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    body().appendChild(this.containerEl);
    openModals.push(this);
    this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.remove();
    openModals.splice(openModals.indexOf(this), 1);
    this.onClose();
  }

  onOpen(): void {}
  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

// Menus -------------------------------------------------------------------------------------------

/** Every menu shown (showAtMouseEvent / showAtPosition), oldest first. */
export const shownMenus: Menu[] = [];

export class MenuItem {
  title = '';
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  isLabel = false;
  section = '';
  warning = false;
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(private readonly menu: Menu) {}

  setTitle(title: string | DocumentFragment): this {
    this.title = textOf(title);
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }
  setWarning(warning: boolean): this {
    this.warning = warning;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
  /** Runs the item as a click does (nothing if disabled or a label), then closes the menu. */
  click(evt?: MouseEvent): void {
    if (this.disabled || this.isLabel) return;
    this.callback?.(evt ?? new MouseEvent('click'));
    this.menu.hide();
  }
}

export class Menu extends Component {
  readonly items: (MenuItem | 'separator')[] = [];
  dom: HTMLElement | null = null;
  private hideCallbacks: (() => unknown)[] = [];

  setNoIcon(): this {
    return this;
  }
  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem(this);
    this.items.push(item);
    cb(item);
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }
  /** Renders the items (div.menu > div.menu-item, clickable) and records the menu in `shownMenus`. */
  showAtPosition(position: { x: number; y: number }, doc?: Document): this {
    const host = doc?.body ?? body();
    this.dom?.remove();
    const dom = (this.dom = host.createDiv('menu'));
    dom.style.left = `${position.x}px`;
    dom.style.top = `${position.y}px`;
    for (const item of this.items) {
      if (item === 'separator') {
        dom.createDiv('menu-separator');
        continue;
      }
      const el = dom.createDiv({
        cls: 'menu-item' + (item.disabled ? ' is-disabled' : '') + (item.isLabel ? ' is-label' : '') + (item.warning ? ' is-warning' : ''),
      });
      if (item.icon) setIcon(el.createDiv('menu-item-icon'), item.icon);
      el.createDiv({ cls: 'menu-item-title', text: item.title });
      if (item.checked) el.addClass('mod-checked');
      el.addEventListener('click', (evt) => item.click(evt));
    }
    // As Obsidian does, a menu that would run off the bottom of the window opens above the point.
    const view = host.ownerDocument.defaultView;
    const height = dom.getBoundingClientRect().height;
    if (view !== null && height > 0 && position.y + height > view.innerHeight) dom.style.top = `${Math.max(0, position.y - height)}px`;
    shownMenus.push(this);
    this.load();
    return this;
  }
  hide(): this {
    if (!this.dom) return this;
    this.dom.remove();
    this.dom = null;
    this.unload();
    for (const cb of this.hideCallbacks.splice(0)) cb();
    return this;
  }
  close(): void {
    this.hide();
  }
  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }
  /** Test helper: the titles of the items, in order (separators left out). */
  titles(): string[] {
    return this.items.filter((i): i is MenuItem => i !== 'separator').map((i) => i.title);
  }
  /** Test helper: clicks the item with this title; throws if there is none. */
  clickItem(title: string): void {
    const item = this.items.find((i): i is MenuItem => i !== 'separator' && i.title === title);
    if (!item) throw new Error(`No menu item "${title}" (have: ${this.titles().join(', ')})`);
    item.click();
  }
}

// Suggest modals -----------------------------------------------------------------------------------

export interface SearchResult {
  score: number;
  matches: [number, number][];
}
export interface FuzzyMatch<T> {
  item: T;
  match: SearchResult;
}

/** Characters of the query in order, case-insensitive; a higher score for tighter matches. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (text) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let from = 0;
    for (const ch of q) {
      const i = t.indexOf(ch, from);
      if (i === -1) return null;
      const last = matches[matches.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else matches.push([i, i + 1]);
      from = i + 1;
    }
    return { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches };
  };
}

/** Every space-separated word of the query appears in the text, case-insensitive. */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    for (const w of words) {
      const i = t.indexOf(w);
      if (i === -1) return null;
      matches.push([i, i + w.length]);
    }
    return { score: 0, matches };
  };
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private readonly instructionsEl: HTMLElement;
  private values: T[] = [];
  private selected = 0;

  constructor(app: AppLike) {
    super(app);
    this.modalEl.addClass('prompt');
    this.inputEl = this.modalEl.createDiv('prompt-input-container').createEl('input', { cls: 'prompt-input', type: 'text' });
    this.resultContainerEl = this.modalEl.createDiv('prompt-results');
    this.instructionsEl = this.modalEl.createDiv('prompt-instructions');
    this.inputEl.addEventListener('input', () => void this.updateSuggestions());
    this.inputEl.addEventListener('keydown', (evt) => {
      if (evt.key === 'Enter') this.selectActiveSuggestion(evt);
      else if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
        const n = this.values.length;
        if (n) this.select((this.selected + (evt.key === 'ArrowDown' ? 1 : n - 1)) % n);
      }
    });
  }

  override open(): void {
    super.open();
    void this.updateSuggestions();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.setAttribute('placeholder', placeholder);
  }
  setInstructions(instructions: { command: string; purpose: string }[]): void {
    this.instructionsEl.empty();
    for (const i of instructions) {
      const el = this.instructionsEl.createDiv('prompt-instruction');
      el.createSpan({ cls: 'prompt-instruction-command', text: i.command });
      el.createSpan({ text: i.purpose });
    }
  }
  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
  }
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const value = this.values[this.selected];
    if (value !== undefined) this.selectSuggestion(value, evt);
  }
  /** Re-runs getSuggestions for the input's text and renders the result (also on each input). */
  async updateSuggestions(): Promise<void> {
    const values = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.values = values;
    this.selected = 0;
    if (!values.length) return this.onNoSuggestion();
    this.resultContainerEl.empty();
    values.forEach((value, i) => {
      const el = this.resultContainerEl.createDiv('suggestion-item');
      this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
      el.addEventListener('mousemove', () => this.select(i));
    });
    this.select(0);
  }
  private select(i: number): void {
    this.selected = i;
    Array.from(this.resultContainerEl.children).forEach((el, j) => el.toggleClass('is-selected', j === i));
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return query ? out.sort((a, b) => b.match.score - a.match.score) : out;
  }
  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }
  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Test helper: forgets recorded notices and menus and closes open modals. */
export function resetFakeUi(): void {
  notices.length = 0;
  for (const menu of shownMenus.splice(0)) menu.hide();
  for (const modal of openModals.slice().reverse()) modal.close();
}
