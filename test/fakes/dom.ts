// Obsidian's DOM helpers (createEl, empty, setText, addClass, …), installed on a window's
// prototypes so that plugin code runs in happy-dom and in a plain Chromium page as it does in
// Obsidian. Only what the obsidian.d.ts augmentations promise and plugins commonly use; each helper
// does what Obsidian's does, with plain DOM calls. No node:* imports: this file is bundled for the
// browser too.
import type {} from 'obsidian'; // brings the global DomElementInfo / Node augmentations into scope

type AttrValue = string | number | boolean | null;
type Info = DomElementInfo | SvgElementInfo | string | undefined;
type Fn = (...args: never[]) => unknown;

const INSTALLED = Symbol.for('fake-obsidian.dom-installed');
const SVG_NS = 'http://www.w3.org/2000/svg';

function define(proto: object, methods: Record<string, Fn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

function setAttr(el: Element, name: string, value: AttrValue): void {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function docOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? document);
}

/** Applies createEl's options the way Obsidian does, then attaches the element and calls back. */
function applyInfo<E extends Element>(el: E, o: Info, parent: Node | null, callback?: (el: E) => void): E {
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  if (info.cls !== undefined) {
    const classes = Array.isArray(info.cls) ? info.cls : [info.cls];
    for (const cls of classes) for (const c of cls.split(/\s+/)) if (c) el.classList.add(c);
  }
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttr(el, k, v);
  if (info.text !== undefined) setText(el, info.text);
  if (info.title !== undefined) el.setAttribute('title', info.title);
  if (info.type !== undefined) el.setAttribute('type', info.type);
  if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
  if (info.href !== undefined) el.setAttribute('href', info.href);
  if (info.value !== undefined) {
    if ('value' in el) (el as unknown as { value: string }).value = info.value;
    else el.setAttribute('value', info.value);
  }
  const target = info.parent ?? parent;
  if (target) {
    if (info.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  callback?.(el);
  return el;
}

function setText(el: Element, val: string | DocumentFragment): void {
  if (typeof val === 'string') el.textContent = val;
  else {
    el.textContent = '';
    el.appendChild(val);
  }
}

function isShown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur instanceof (view?.HTMLElement ?? HTMLElement) && cur.hidden) return false;
    const display = view ? view.getComputedStyle(cur).display : (cur as HTMLElement).style?.display;
    if (display === 'none') return false;
  }
  return true;
}

/**
 * Adds Obsidian's DOM augmentations to `win` (idempotent). Called by the fake `obsidian` module
 * at import when a window exists; call it yourself for another window.
 */
export function installObsidianDom(win: Window & typeof globalThis): void {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  define(win.Node.prototype, {
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
      this.insertBefore(node, child ? child.nextSibling : this.firstChild);
      return node;
    },
    indexOf(this: Node, other: Node) {
      return Array.prototype.indexOf.call(this.childNodes, other);
    },
    setChildrenInPlace(this: Node, children: Node[]) {
      const keep = new Set(children);
      for (const child of Array.from(this.childNodes)) if (!keep.has(child)) this.removeChild(child);
      children.forEach((child, i) => {
        if (this.childNodes[i] !== child) this.insertBefore(child, this.childNodes[i] ?? null);
      });
    },
    appendText(this: Node, val: string) {
      this.appendChild(docOf(this).createTextNode(val));
    },
    instanceOf(this: Node, type: new () => unknown) {
      if (this instanceof type) return true;
      // Cross-window check, as Obsidian's: compare by constructor name along the prototype chain.
      for (let p = Object.getPrototypeOf(this); p; p = Object.getPrototypeOf(p)) {
        if (p.constructor?.name === type.name) return true;
      }
      return false;
    },
    createEl(this: Node, tag: string, o?: Info, cb?: (el: HTMLElement) => void) {
      return applyInfo(docOf(this).createElement(tag), o, this, cb);
    },
    createDiv(this: Node, o?: Info, cb?: (el: HTMLElement) => void) {
      return applyInfo(docOf(this).createElement('div'), o, this, cb);
    },
    createSpan(this: Node, o?: Info, cb?: (el: HTMLElement) => void) {
      return applyInfo(docOf(this).createElement('span'), o, this, cb);
    },
    createSvg(this: Node, tag: string, o?: Info, cb?: (el: SVGElement) => void) {
      return applyInfo<SVGElement>(docOf(this).createElementNS(SVG_NS, tag), o, this, cb);
    },
  });
  for (const name of ['doc', 'win'] as const) {
    Object.defineProperty(win.Node.prototype, name, {
      configurable: true,
      get(this: Node) {
        const doc = docOf(this);
        return name === 'doc' ? doc : (doc.defaultView ?? win);
      },
    });
  }

  define(win.Element.prototype, {
    getText(this: Element) {
      return this.textContent ?? '';
    },
    setText(this: Element, val: string | DocumentFragment) {
      setText(this, val);
    },
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classes);
    },
    addClasses(this: Element, classes: string[]) {
      this.classList.add(...classes);
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classes);
    },
    removeClasses(this: Element, classes: string[]) {
      this.classList.remove(...classes);
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: AttrValue) {
      setAttr(this, name, value);
    },
    setAttrs(this: Element, obj: Record<string, AttrValue>) {
      for (const [k, v] of Object.entries(obj)) setAttr(this, k, v);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      for (let el: Element | null = this; el && el !== lastParent; el = el.parentElement) {
        if (el.matches(selector)) return el;
      }
      return null;
    },
    isActiveElement(this: Element) {
      return this.ownerDocument.activeElement === this;
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
    findAllSelf(this: Element, selector: string) {
      const found = Array.from(this.querySelectorAll(selector));
      return this.matches(selector) ? [this, ...found] : found;
    },
    setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    },
    getCssPropertyValue(this: Element, property: string, pseudo?: string) {
      return (this.ownerDocument.defaultView ?? win).getComputedStyle(this, pseudo).getPropertyValue(property);
    },
  });

  define(win.DocumentFragment.prototype, {
    find(this: DocumentFragment, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: DocumentFragment, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
  });

  define(win.HTMLElement.prototype, {
    show(this: HTMLElement) {
      this.style.display = '';
    },
    hide(this: HTMLElement) {
      this.style.display = 'none';
    },
    toggle(this: HTMLElement, show: boolean) {
      this.style.display = show ? '' : 'none';
    },
    toggleVisibility(this: HTMLElement, visible: boolean) {
      this.style.visibility = visible ? '' : 'hidden';
    },
    isShown(this: HTMLElement) {
      return isShown(this);
    },
    onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
      this.addEventListener('click', listener as EventListener, options);
      this.addEventListener('auxclick', listener as EventListener, options);
    },
    trigger(this: HTMLElement, eventType: string) {
      this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
    },
  });

  // Delegated listeners: el.on('click', '.item', (ev, target) => …), removable with el.off.
  const delegated = new WeakMap<object, Map<Fn, EventListener>>();
  const onOff = {
    on(this: HTMLElement | Document, type: string, selector: string, listener: Fn, options?: boolean | AddEventListenerOptions) {
      const wrapped: EventListener = (ev) => {
        const target = (ev.target as Element | null)?.closest?.(selector);
        if (target && (this === target || this.contains(target))) {
          (listener as (this: unknown, ev: Event, t: Element) => unknown).call(this, ev, target);
        }
      };
      let map = delegated.get(this);
      if (!map) delegated.set(this, (map = new Map()));
      map.set(listener, wrapped);
      this.addEventListener(type, wrapped, options);
    },
    off(this: HTMLElement | Document, type: string, _selector: string, listener: Fn, options?: boolean | AddEventListenerOptions) {
      const wrapped = delegated.get(this)?.get(listener);
      if (wrapped) this.removeEventListener(type, wrapped, options);
    },
  };
  define(win.HTMLElement.prototype, onOff);
  define(win.Document.prototype, onOff);
  if (win.SVGElement) {
    define(win.SVGElement.prototype, {
      setCssStyles(this: SVGElement, styles: Partial<CSSStyleDeclaration>) {
        Object.assign(this.style, styles);
      },
      setCssProps(this: SVGElement, props: Record<string, string>) {
        for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
      },
    });
  }

  // Globals: createEl & co. (detached elements unless `parent` is given), createFragment, and the
  // popout-window aware activeWindow / activeDocument, sleep, nextFrame.
  const doc = win.document;
  const globals: Record<string, unknown> = {
    createEl: (tag: string, o?: Info, cb?: (el: HTMLElement) => void) => applyInfo(doc.createElement(tag), o, null, cb),
    createDiv: (o?: Info, cb?: (el: HTMLElement) => void) => applyInfo(doc.createElement('div'), o, null, cb),
    createSpan: (o?: Info, cb?: (el: HTMLElement) => void) => applyInfo(doc.createElement('span'), o, null, cb),
    createSvg: (tag: string, o?: Info, cb?: (el: SVGElement) => void) =>
      applyInfo<SVGElement>(doc.createElementNS(SVG_NS, tag), o, null, cb),
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const frag = doc.createDocumentFragment();
      cb?.(frag);
      return frag;
    },
    activeWindow: win,
    activeDocument: doc,
    sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())),
  };
  const targets = new Set<object>([win, globalThis]);
  for (const target of targets) {
    for (const [name, value] of Object.entries(globals)) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true });
    }
  }
}
