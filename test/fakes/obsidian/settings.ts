// Setting and its components, and setting tabs, with real DOM inputs: a user's input fires
// onChange; setValue does not, except on a toggle and a slider whose value changes (Obsidian's do
// that too).
import { setIcon, setTooltip } from './util';

type AppLike = object;

function body(): HTMLElement {
  if (typeof document === 'undefined')
    throw new Error('This part of the fake obsidian module needs a DOM: use `// @vitest-environment happy-dom`');
  return document.body;
}
function child(parent: HTMLElement, cls: string): HTMLElement {
  return (Array.from(parent.children).find((el) => el.classList.contains(cls)) as HTMLElement | undefined) ?? parent.createDiv(cls);
}

// Setting components ------------------------------------------------------------------------------

export abstract class BaseComponent {
  disabled = false;
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  inputEl: T;
  private changeCallback?: (value: string) => unknown;

  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    inputEl.addEventListener('input', () => this.onChanged());
    inputEl.setAttribute('spellcheck', 'false');
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    if (typeof value === 'string') this.inputEl.value = value;
    return this;
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.setAttribute('placeholder', placeholder);
    return this;
  }
  onChanged(): void {
    this.changeCallback?.(this.inputEl.value);
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl('input', { type: 'text' }));
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl('textarea'));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
  containerEl: HTMLElement;
  clearButtonEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    const wrapper = containerEl.createDiv('search-input-container');
    super(wrapper.createEl('input', { type: 'search' }));
    this.containerEl = wrapper;
    this.clearButtonEl = wrapper.createDiv('search-input-clear-button');
    this.clearButtonEl.addEventListener('click', () => {
      if (this.disabled) return;
      this.inputEl.value = '';
      this.onChanged();
    });
  }
  setClass(cls: string): this {
    this.containerEl.addClass(cls);
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback?: (value: boolean) => unknown;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv('checkbox-container');
    this.toggleEl.createEl('input', { type: 'checkbox', attr: { tabindex: 0 } });
    this.toggleEl.addEventListener('click', () => this.onClick());
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.toggleClass('is-disabled', disabled);
    return this;
  }
  getValue(): boolean {
    return this.on;
  }
  /** Like Obsidian's: calls the onChange callback when the value changes. */
  setValue(on: boolean): this {
    if (this.on !== on) {
      this.on = on;
      this.toggleEl.toggleClass('is-enabled', on);
      const input = this.toggleEl.querySelector('input');
      if (input) input.checked = on;
      this.changeCallback?.(on);
    }
    return this;
  }
  setTooltip(tooltip: string, options?: { placement?: string }): this {
    setTooltip(this.toggleEl, tooltip, options);
    return this;
  }
  onClick(): void {
    if (!this.disabled) this.setValue(!this.getValue());
  }
  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  private changeCallback?: (value: string) => unknown;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl('select', 'dropdown');
    this.selectEl.addEventListener('change', () => this.changeCallback?.(this.getValue()));
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }
  addOption(value: string, display: string): this {
    this.selectEl.createEl('option', { value, text: display });
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;
  private instant = false;
  private changeCallback?: (value: number) => unknown;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl('input', { type: 'range', cls: 'slider' });
    this.sliderEl.addEventListener('input', () => {
      if (this.instant) this.changeCallback?.(this.getValue());
    });
    this.sliderEl.addEventListener('change', () => {
      if (!this.instant) this.changeCallback?.(this.getValue());
    });
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }
  setInstant(instant: boolean): this {
    this.instant = instant;
    return this;
  }
  setLimits(min: number, max: number, step: number | 'any'): this {
    this.sliderEl.setAttrs({ min, max, step });
    return this;
  }
  getValue(): number {
    return Number(this.sliderEl.value);
  }
  /** Like Obsidian's: calls the onChange callback when the value changes. */
  setValue(value: number): this {
    if (this.getValue() !== value) {
      this.sliderEl.value = String(value);
      this.changeCallback?.(value);
    }
    return this;
  }
  getValuePretty(): string {
    const step = this.sliderEl.getAttribute('step');
    return step === 'any' || parseFloat(step ?? '1') < 1 ? this.getValue().toFixed(2) : String(this.getValue());
  }
  setDynamicTooltip(): this {
    return this;
  }
  showTooltip(): void {}
  onChange(callback: (value: number) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> {
  private value = 0;
  private readonly lineEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.lineEl = containerEl.createDiv('setting-progress-bar').createDiv('setting-progress-bar-inner');
  }
  getValue(): number {
    return this.value;
  }
  setValue(value: number): this {
    this.value = Math.min(100, Math.max(0, value));
    this.lineEl.style.width = `${this.value}%`;
    return this;
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;
  private clickCallback?: (evt: MouseEvent) => unknown;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl('button');
    this.buttonEl.addEventListener('click', (evt) => {
      const cb = this.clickCallback;
      if (this.disabled || !cb) return;
      // As Obsidian's: the callback runs at once; the button shows "loading" until its promise settles.
      this.buttonEl.addClass('mod-loading');
      let result: unknown;
      try {
        result = cb(evt);
      } catch (e) {
        this.buttonEl.removeClass('mod-loading');
        throw e;
      }
      void Promise.resolve(result).finally(() => this.buttonEl.removeClass('mod-loading'));
    });
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }
  removeCta(): this {
    this.buttonEl.removeClass('mod-cta');
    return this;
  }
  setWarning(): this {
    this.buttonEl.addClass('mod-warning');
    return this;
  }
  // Obsidian 1.13's replacement for setWarning. The class name is a guess at the real app's.
  setDestructive(): this {
    this.buttonEl.addClass('mod-destructive');
    return this;
  }
  removeDestructive(): this {
    this.buttonEl.removeClass('mod-destructive');
    return this;
  }
  setTooltip(tooltip: string, options?: { placement?: string }): this {
    setTooltip(this.buttonEl, tooltip, options);
    return this;
  }
  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.clickCallback = callback;
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent {
  extraSettingsEl: HTMLElement;
  private clickCallback?: () => unknown;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv('clickable-icon extra-setting-button');
    setIcon(this.extraSettingsEl, 'lucide-settings');
    this.extraSettingsEl.addEventListener('click', () => {
      if (!this.disabled) this.clickCallback?.();
    });
  }
  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.toggleClass('is-disabled', disabled);
    return this;
  }
  setTooltip(tooltip: string, options?: { placement?: string }): this {
    setTooltip(this.extraSettingsEl, tooltip, options);
    return this;
  }
  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }
  onClick(callback: () => unknown): this {
    this.clickCallback = callback;
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv('setting-item');
    this.infoEl = this.settingEl.createDiv('setting-item-info');
    this.nameEl = this.infoEl.createDiv('setting-item-name');
    this.descEl = this.infoEl.createDiv('setting-item-description');
    this.controlEl = this.settingEl.createDiv('setting-item-control');
  }
  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  setTooltip(tooltip: string, options?: { placement?: string }): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass('is-disabled', disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: ToggleComponent) => unknown): this {
    this.add(new ToggleComponent(this.controlEl), cb);
    this.settingEl.addClass('mod-toggle');
    return this;
  }
  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb);
  }
  addMomentFormat(): this {
    throw new Error('addMomentFormat: the fake obsidian module has no moment');
  }
  addColorPicker(): this {
    throw new Error('addColorPicker is not in the fake obsidian module');
  }
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }
}

// Setting tabs -------------------------------------------------------------------------------------

export abstract class SettingTab {
  app!: AppLike;
  containerEl: HTMLElement = body().ownerDocument.createElement('div');
  constructor() {
    this.containerEl.className = 'vertical-tab-content';
  }
  abstract display(): void;
  /** Obsidian empties the tab when it is closed; display() rebuilds it next time. */
  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: object;
  constructor(app: AppLike, plugin: object) {
    super();
    this.app = app;
    this.plugin = plugin;
  }
}

/** Test helper: shows a setting tab as Obsidian's settings window does (attached, then display()). */
export function openSettingTab(tab: SettingTab): HTMLElement {
  const host = child(body(), 'fake-settings');
  host.appendChild(tab.containerEl);
  tab.display();
  return tab.containerEl;
}

/** Test helper: closes a setting tab (hide(), then detached). */
export function closeSettingTab(tab: SettingTab): void {
  tab.hide();
  tab.containerEl.remove();
}
