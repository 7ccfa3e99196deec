// The rest of the module's exports: small helpers implemented simply, classes that exist for
// `instanceof` and subclassing, and stand-ins for what the fake cannot do, which throw a clear
// error when used (rather than `undefined is not a function`).
import { Component } from './events';
import type { CachedMetadata, ReferenceCache, Reference } from './markdown';
import { setTooltip } from './util';

function notInFake(name: string): never {
  throw new Error(`${name} is not available in the fake obsidian module`);
}
const missing =
  (name: string) =>
  (..._args: unknown[]): never =>
    notInFake(name);

// Helpers ------------------------------------------------------------------------------------------

export function iterateRefs(refs: Reference[], cb: (ref: Reference) => boolean | void): boolean {
  for (const ref of refs) if (cb(ref)) return true;
  return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
  return iterateRefs([...(cache.links ?? []), ...(cache.embeds ?? [])], cb as (ref: Reference) => boolean | void);
}

export function parseFrontMatterEntry(frontmatter: any, key: string | RegExp): any {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  if (typeof key === 'string') return key in frontmatter ? frontmatter[key] : null;
  for (const k of Object.keys(frontmatter)) if (key.test(k)) return frontmatter[k];
  return null;
}

export function parseFrontMatterStringArray(frontmatter: any, key: string | RegExp, nospaces = false): string[] | null {
  const value = parseFrontMatterEntry(frontmatter, key);
  const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(nospaces ? /[,\s]+/ : /,/) : [];
  const out = items
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
  return out.length ? out : null;
}

/** Approximation: special characters become spaces, runs of spaces shrink to one. */
export function stripHeading(heading: string): string {
  return heading
    .replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
export function stripHeadingForLink(heading: string): string {
  return heading
    .replace(/[#|^\\%[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s);
}
export function base64ToArrayBuffer(base64: string): ArrayBuffer {
  const s = atob(base64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes.buffer;
}
export function arrayBufferToHex(data: ArrayBuffer): string {
  return [...new Uint8Array(data)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
export function hexToArrayBuffer(hex: string): ArrayBuffer {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes.buffer;
}
export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

export function getLanguage(): string {
  return 'en';
}

/** Sets the tooltip text (aria-label); no popup is drawn. */
export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment): void {
  setTooltip(newTargetEl, typeof content === 'string' ? content : (content.textContent ?? ''));
}

/** Parses HTML into a fragment without scripts, event-handler attributes or javascript: URLs (Obsidian uses DOMPurify). */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('script, style, iframe, object, embed'))) el.remove();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  const frag = document.createDocumentFragment();
  for (const node of Array.from(doc.body.childNodes)) frag.appendChild(document.importNode(node, true));
  return frag;
}

// Classes -------------------------------------------------------------------------------------------

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

/**
 * Not Obsidian's renderer: each paragraph of the source becomes a `<p>` with its plain text, in a
 * `div.markdown-rendered`. Enough to see that something was rendered, not how.
 */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
  static async render(_app: unknown, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    const root = el.createDiv('markdown-rendered');
    for (const para of markdown.split(/\n\s*\n/)) if (para.trim()) root.createEl('p', { text: para.trim() });
  }
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    return MarkdownRenderer.render(null, markdown, el, sourcePath, component);
  }
}

export class MenuSeparator {}

export class Tasks {
  readonly promises: Promise<unknown>[] = [];
  add(callback: () => Promise<unknown>): void {
    this.promises.push(callback());
  }
  addPromise(promise: Promise<unknown>): void {
    this.promises.push(promise);
  }
}

/** Exists for `instanceof` checks: the fake vault's adapter is not one (as on mobile). */
export class FileSystemAdapter {
  constructor() {
    notInFake('FileSystemAdapter');
  }
}
export class CapacitorAdapter {
  constructor() {
    notInFake('CapacitorAdapter');
  }
}

/** Type-ahead under a text input: suggestions rendered in a `div.suggestion-container` under body; a click selects. */
export abstract class PopoverSuggest<T> {
  app: unknown;
  scope: unknown = null;
  suggestEl: HTMLElement;
  constructor(app: unknown) {
    this.app = app;
    this.suggestEl = document.createElement('div');
    this.suggestEl.className = 'suggestion-container';
  }
  open(): void {
    document.body.appendChild(this.suggestEl);
  }
  close(): void {
    this.suggestEl.remove();
  }
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  private selectCallback?: (value: T, evt: MouseEvent | KeyboardEvent) => unknown;
  constructor(
    app: unknown,
    private readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
    textInputEl.addEventListener('input', () => void this.update());
    textInputEl.addEventListener('focus', () => void this.update());
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.textContent = value;
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? '');
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectCallback?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCallback = callback;
    return this;
  }
  /** Re-runs getSuggestions for the input's text and shows them (done on input and focus). */
  async update(): Promise<void> {
    const values = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
    this.suggestEl.empty();
    if (!values.length) return this.close();
    for (const value of values) {
      const el = this.suggestEl.createDiv('suggestion-item');
      this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => {
        this.selectSuggestion(value, evt);
        this.close();
      });
    }
    this.open();
  }
}

/** Exists for `instanceof` and subclassing; the fake has no CodeMirror editor. */
export abstract class Editor {}
export abstract class EditorSuggest<T> extends PopoverSuggest<T> {}
export class HoverPopover extends Component {
  constructor() {
    super();
    notInFake('HoverPopover');
  }
}
export class MomentFormatComponent {
  constructor() {
    notInFake('MomentFormatComponent (no moment in the fake)');
  }
}
export class ColorComponent {
  constructor() {
    notInFake('ColorComponent');
  }
}
export class MarkdownPreviewRenderer {
  constructor() {
    notInFake('MarkdownPreviewRenderer');
  }
}
export class MarkdownEditView {
  constructor() {
    notInFake('MarkdownEditView');
  }
}
export class MarkdownPreviewView {
  constructor() {
    notInFake('MarkdownPreviewView');
  }
}

export const htmlToMarkdown = missing('htmlToMarkdown');
export const loadMathJax = missing('loadMathJax');
export const loadMermaid = missing('loadMermaid');
export const loadPdfJs = missing('loadPdfJs');
export const loadPrism = missing('loadPrism');
export const finishRenderMath = missing('finishRenderMath');
export const renderMath = missing('renderMath');
export const renderMatches = missing('renderMatches');
export const renderResults = missing('renderResults');
export const resolveSubpath = missing('resolveSubpath');
export const sortSearchResults = missing('sortSearchResults');
export const PopoverState = {};
// CodeMirror state fields: the fake has no editor; these are placeholders so imports resolve.
export const editorEditorField = null;
export const editorInfoField = null;
export const editorLivePreviewField = null;
export const editorViewField = null;
export const livePreviewState = null;
