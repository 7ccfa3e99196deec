// Events and Component with Obsidian's semantics: handlers run in registration order, an exception
// in one handler does not stop the others (it is rethrown asynchronously, as Obsidian does, so the
// test runner still reports it), and Component.unload undoes everything registered, children first.

export type Callback = (...data: any[]) => unknown;

export interface EventRef {
  e: Events;
  name: string;
  fn: Callback;
  ctx: unknown;
}

const timers = (): Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'> =>
  typeof window !== 'undefined' ? window : globalThis;
export { timers };

export class Events {
  private _events: Record<string, EventRef[]> = {};

  on(name: string, callback: Callback, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    (this._events[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: Callback): void {
    const list = this._events[name];
    if (!list) return;
    const kept = list.filter((ref) => ref.fn !== callback);
    if (kept.length) this._events[name] = kept;
    else delete this._events[name];
  }

  offref(ref: EventRef): void {
    const list = this._events[ref.name];
    if (!list) return;
    const i = list.indexOf(ref);
    if (i !== -1) list.splice(i, 1);
    if (!list.length) delete this._events[ref.name];
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._events[name];
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    try {
      evt.fn.apply(evt.ctx, args);
    } catch (e) {
      timers().setTimeout(() => {
        throw e;
      }, 0);
    }
  }

  /** Test helper (not in Obsidian): how many handlers are registered for `name`. */
  listenerCount(name: string): number {
    return this._events[name]?.length ?? 0;
  }
}

const onloadResults = new WeakMap<object, unknown>();

/** Test helper: what the last `onload()` returned (Plugin.onload may be async). */
export function onloadResult(component: object): unknown {
  return onloadResults.get(component);
}

export class Component {
  private _loaded = false;
  private _children: Component[] = [];
  private _cleanups: (() => unknown)[] = [];

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    onloadResults.set(this, this.onload());
    for (const child of this._children.slice()) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length) this._children.pop()!.unload();
    while (this._cleanups.length) this._cleanups.pop()!();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this._children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this._children.indexOf(component);
    if (i !== -1) {
      this._children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => eventRef.e.offref(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: any) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback as EventListener, options);
    this.register(() => el.removeEventListener(type, callback as EventListener, options));
  }

  registerInterval(id: number): number {
    this.register(() => timers().clearInterval(id));
    return id;
  }
}

/** Test helper: whether `component.load()` ran and `unload()` has not since. */
export function isLoaded(component: Component): boolean {
  return (component as unknown as { _loaded: boolean })._loaded;
}
