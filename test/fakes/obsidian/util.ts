// Obsidian's free functions and small objects: paths, debounce, YAML, icons, platform, keymap.
import { parse, stringify } from 'yaml';
import { timers } from './events';

/** The Obsidian version the fake claims to be: the oldest the plugin supports (manifest.json). */
export const DEFAULT_API_VERSION = '1.8.7';
// A plain export, as in Obsidian; tests change it with setApiVersion.
export let apiVersion = DEFAULT_API_VERSION;

/** Test helper: the app version `apiVersion` and `requireApiVersion` answer with, until set back. */
export function setApiVersion(version: string): void {
  apiVersion = version;
}

export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split('.').map(Number);
  const b = version.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Obsidian's normalizePath: one forward slash between parts, none at the ends, NFC, plain spaces. */
export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
  if (p === '') p = '/';
  return p.replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/**
 * Obsidian's debounce: the callback runs once, `timeout` ms after the first call of a burst (or
 * after the last call when `resetTimer` is true), with the arguments of the last call.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { args: [...T]; self: unknown } | null = null;
  const fire = (): V | void => {
    if (timer !== null) timers().clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { args, self } = pending;
    pending = null;
    return cb.apply(self, args);
  };
  const debounced = function (this: unknown, ...args: [...T]) {
    pending = { args, self: this };
    if (timer !== null && resetTimer) {
      timers().clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = timers().setTimeout(fire, timeout);
    return debounced;
  } as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) timers().clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = () => (pending ? fire() : undefined);
  return debounced;
}

const YAML_OPTIONS = { schema: 'core', logLevel: 'error' } as const;

/** YAML with the core schema: dates and times stay strings, as Obsidian gives them. Throws YAMLParseError. */
export function parseYaml(yaml: string): any {
  return parse(yaml, YAML_OPTIONS);
}

/** Block style, keys in insertion order, no line folding, empty values written as `key:`. */
export function stringifyYaml(obj: any): string {
  return stringify(obj, { ...YAML_OPTIONS, nullStr: '', lineWidth: 0 });
}

// Links ---------------------------------------------------------------------------------------

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf('#');
  return i === -1 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

// Platform and keys ------------------------------------------------------------------------------

/** A Linux desktop app, so `Mod` is Ctrl. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://fake/',
};

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;
type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';

export class Scope {
  readonly handlers: { modifiers: Modifier[] | null; key: string | null; func: (evt: KeyboardEvent, ctx: unknown) => unknown }[] = [];
  constructor(readonly parent?: Scope) {}
  register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => unknown) {
    const handler = { modifiers, key, func, scope: this };
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: unknown): void {
    const i = this.handlers.indexOf(handler as Scope['handlers'][number]);
    if (i !== -1) this.handlers.splice(i, 1);
  }
}

export class Keymap {
  readonly scopes: Scope[] = [];
  pushScope(scope: Scope): void {
    this.scopes.push(scope);
  }
  popScope(scope: Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i !== -1) this.scopes.splice(i, 1);
  }
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    const e = evt as KeyboardEvent;
    switch (modifier) {
      case 'Mod':
        return Platform.isMacOS ? e.metaKey : e.ctrlKey;
      case 'Ctrl':
        return e.ctrlKey;
      case 'Meta':
        return e.metaKey;
      case 'Shift':
        return e.shiftKey;
      case 'Alt':
        return e.altKey;
    }
  }
  /** 'tab' for Mod (Ctrl here) or a middle click, 'split' for Mod+Alt, 'window' for Mod+Alt+Shift. */
  static isModEvent(evt?: UserEvent | null): 'tab' | 'split' | 'window' | boolean {
    if (!evt) return false;
    const mouse = evt as MouseEvent;
    if (mouse.type === 'auxclick' || (typeof mouse.button === 'number' && mouse.button === 1 && /click|mouse/.test(mouse.type)))
      return 'tab';
    if (!Keymap.isModifier(evt, 'Mod')) return false;
    if (evt.altKey) return evt.shiftKey ? 'window' : 'split';
    return 'tab';
  }
}

// Icons and tooltips ------------------------------------------------------------------------------

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
  customIcons.set(iconId, svgContent);
}
export function removeIcon(iconId: string): void {
  customIcons.delete(iconId);
}
export function getIconIds(): string[] {
  return [...customIcons.keys()];
}

/** The fake knows no icon shapes: every id gives an empty `svg.svg-icon.lucide-<id>` placeholder. */
export function getIcon(iconId: string): SVGSVGElement | null {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', `svg-icon lucide-${iconId}`);
  svg.setAttribute('data-icon', iconId);
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  return svg;
}

/** Replaces the element's content by the icon's placeholder svg; marks the element with `data-icon`. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  const svg = getIcon(iconId);
  if (!svg) return;
  parent.empty();
  parent.appendChild(svg);
  parent.setAttribute('data-icon', iconId);
}

/** Obsidian's tooltips are driven by `aria-label` (and `data-tooltip-position`). */
export function setTooltip(el: HTMLElement, tooltip: string, options?: { placement?: string }): void {
  if (tooltip) el.setAttribute('aria-label', tooltip);
  else el.removeAttribute('aria-label');
  if (options?.placement) el.setAttribute('data-tooltip-position', options.placement);
}

// Network ---------------------------------------------------------------------------------------

function noNetwork(what: string, request: unknown): Error {
  const url = typeof request === 'string' ? request : (request as { url?: string } | null)?.url;
  return new Error(`${what}(${String(url)}): the fake obsidian module has no network`);
}

/** Always rejects: tests have no network. */
export function requestUrl(request: unknown): Promise<never> & { json: Promise<never>; text: Promise<never>; arrayBuffer: Promise<never> } {
  const error = noNetwork('requestUrl', request);
  const rejected = () => {
    const p = Promise.reject(error);
    p.catch(() => undefined); // reading only one of the fields must not leave the others unhandled
    return p;
  };
  return Object.assign(rejected(), { json: rejected(), text: rejected(), arrayBuffer: rejected() });
}

export async function request(req: unknown): Promise<string> {
  throw noNetwork('request', req);
}
