// @vitest-environment happy-dom
// Tests of the fake `obsidian` module's DOM side: Obsidian's element helpers, views and leaves,
// settings, notices, modals, menus.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Component,
  FuzzySuggestModal,
  ItemView,
  MarkdownView,
  Menu,
  Modal,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  TFile,
  WorkspaceLeaf,
  createFakeApp,
  fakeManifest,
  isLoaded,
  loadPlugin,
  notices,
  openModals,
  openSettingTab,
  resetFakeUi,
  setIcon,
  setTooltip,
  shownMenus,
  type App,
} from './obsidian';

beforeEach(() => {
  resetFakeUi();
  document.body.empty();
});

afterEach(() => {
  vi.useRealTimers();
});

function input(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, type = 'input') {
  el.value = value;
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

describe('DOM helpers', () => {
  it('createEl with every option, and the div/span/fragment shortcuts', () => {
    const host = document.body.createDiv({ cls: 'host' });
    const seen: HTMLElement[] = [];
    const link = host.createEl(
      'a',
      { cls: ['one', 'two'], text: 'Open', attr: { 'data-x': 1, hidden: null }, title: 'T', href: '#x' },
      (el) => seen.push(el),
    );
    const inputEl = host.createEl('input', { type: 'text', value: 'v', placeholder: 'p' });
    const first = host.createDiv({ cls: 'first', prepend: true });
    const span = host.createSpan('a b');
    const detached = createDiv({ text: 'alone' });
    const parented = createSpan({ parent: host, text: 'in host' });
    const frag = createFragment((f) => f.createEl('b', { text: 'bold' }));

    expect(seen).toEqual([link]);
    expect(link.outerHTML).toBe('<a class="one two" data-x="1" title="T" href="#x">Open</a>');
    expect([inputEl.type, inputEl.value, inputEl.placeholder]).toEqual(['text', 'v', 'p']);
    expect(host.firstElementChild).toBe(first);
    expect(span.className).toBe('a b');
    expect(detached.parentElement).toBeNull();
    expect(parented.parentElement).toBe(host);
    expect(frag.find('b')?.textContent).toBe('bold');
    expect(host.findAll('a, span').length).toBe(3);
  });

  it('text, classes and attributes', () => {
    const el = createDiv();
    el.setText('plain');
    expect(el.getText()).toBe('plain');
    el.setText(createFragment((f) => f.createEl('i', { text: 'frag' })));
    expect(el.innerHTML).toBe('<i>frag</i>');
    el.empty();
    expect(el.childNodes.length).toBe(0);
    el.appendText('t');
    expect(el.textContent).toBe('t');

    el.addClass('a', 'b');
    el.addClasses(['c']);
    el.removeClass('a');
    el.toggleClass('d', true);
    el.toggleClass(['b', 'c'], false);
    expect(el.className).toBe('d');
    expect(el.hasClass('d')).toBe(true);

    el.setAttr('aria-label', 'x');
    el.setAttrs({ 'data-n': 2, 'data-b': true });
    expect(el.getAttr('data-n')).toBe('2');
    el.setAttr('aria-label', null);
    expect(el.hasAttribute('aria-label')).toBe(false);

    el.setCssProps({ '--gap': '4px' });
    el.setCssStyles({ color: 'red' });
    expect(el.style.getPropertyValue('--gap')).toBe('4px');
    expect(el.style.color).toBe('red');
    expect(el.instanceOf(HTMLDivElement)).toBe(true);
    expect(el.instanceOf(HTMLSpanElement)).toBe(false);
  });

  it('isShown: attached and no ancestor hidden', () => {
    const outer = document.body.createDiv();
    const inner = outer.createDiv();
    expect(inner.isShown()).toBe(true);
    outer.hide();
    expect(inner.isShown()).toBe(false);
    outer.show();
    inner.detach();
    expect(inner.isShown()).toBe(false);
  });

  it('onClickEvent, delegated on/off, setIcon, setTooltip', () => {
    const list = document.body.createDiv();
    const item = list.createDiv({ cls: 'item', text: 'x' });
    const clicks: string[] = [];
    item.onClickEvent(() => clicks.push('direct'));
    const delegated = (_: MouseEvent, target: HTMLElement) => clicks.push(`delegated ${target.className}`);
    list.on('click', '.item', delegated);
    item.click();
    list.off('click', '.item', delegated);
    item.click();
    expect(clicks).toEqual(['direct', 'delegated item', 'direct']);

    const btn = document.body.createEl('button', { text: 'label' });
    setIcon(btn, 'calendar');
    expect(btn.getAttr('data-icon')).toBe('calendar');
    expect(btn.querySelector('svg.svg-icon.lucide-calendar')).not.toBeNull();
    expect(btn.textContent).toBe('');
    setTooltip(btn, 'Snooze');
    expect(btn.getAttr('aria-label')).toBe('Snooze');
  });

  it('Component.registerDomEvent listeners go away on unload', () => {
    const el = document.body.createDiv();
    const c = new Component();
    c.load();
    let n = 0;
    c.registerDomEvent(el, 'click', () => n++);
    c.registerDomEvent(window, 'resize', () => n++);
    el.click();
    window.dispatchEvent(new Event('resize'));
    c.unload();
    el.click();
    window.dispatchEvent(new Event('resize'));
    expect(n).toBe(2);
  });
});

const VIEW_TYPE = 'follow-up-test-view';

class TestView extends ItemView {
  opened = 0;
  closed = 0;
  override async onOpen() {
    this.opened++;
    this.contentEl.createDiv({ cls: 'list', text: `${this.app.vault.getMarkdownFiles().length} notes` });
    this.addAction('refresh-cw', 'Refresh', () => this.contentEl.addClass('refreshed'));
  }
  override async onClose() {
    this.closed++;
  }
  getViewType() {
    return VIEW_TYPE;
  }
  getDisplayText() {
    return 'Follow-ups';
  }
  override getIcon() {
    return 'list-checks';
  }
}

class TestPlugin extends Plugin {
  views: TestView[] = [];
  override async onload() {
    this.registerView(VIEW_TYPE, (leaf) => {
      const view = new TestView(leaf);
      this.views.push(view);
      return view;
    });
    this.addRibbonIcon('list-checks', 'Open follow-ups', () => void this.activate());
    this.addStatusBarItem().setText('3 due');
    this.addSettingTab(new TestSettingTab(this.app, this));
    this.app.workspace.onLayoutReady(() => void this.activate());
  }
  async activate() {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | undefined = workspace.getLeavesOfType(VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      await leaf.setViewState({ type: VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }
}

class TestSettingTab extends PluginSettingTab {
  values: Record<string, unknown> = {};
  display() {
    const { containerEl } = this;
    containerEl.empty();
    new Setting(containerEl).setName('Review').setHeading();
    new Setting(containerEl)
      .setName('Folder')
      .setDesc('Where notes live')
      .addText((t) =>
        t
          .setPlaceholder('People')
          .setValue('People')
          .onChange((v) => (this.values.folder = v)),
      );
    new Setting(containerEl).setName('Weekly').addToggle((t) => t.setValue(true).onChange((v) => (this.values.weekly = v)));
    new Setting(containerEl).setName('Day').addDropdown((d) =>
      d
        .addOptions({ mon: 'Monday', fri: 'Friday' })
        .setValue('fri')
        .onChange((v) => (this.values.day = v)),
    );
    new Setting(containerEl).setName('Notes').addTextArea((t) => t.onChange((v) => (this.values.notes = v)));
    new Setting(containerEl).setName('Days').addSlider((s) =>
      s
        .setLimits(1, 30, 1)
        .setValue(7)
        .onChange((v) => (this.values.days = v)),
    );
    new Setting(containerEl).addButton((b) =>
      b
        .setButtonText('Reset')
        .setCta()
        .onClick(() => (this.values.reset = true)),
    );
    new Setting(containerEl).addExtraButton((b) => b.setIcon('trash').onClick(() => (this.values.extra = true)));
  }
}

describe('plugin, leaves and views', () => {
  let app: App;
  beforeEach(() => {
    app = createFakeApp({ files: { 'a.md': '# A', 'b.md': '# B' } });
  });

  it('loads a plugin whose view opens in the right sidebar on layout ready, and undoes it all on unload', async () => {
    const plugin = await loadPlugin(new TestPlugin(app, fakeManifest({ id: 'follow-up' })));
    const ribbon = app.workspace.leftRibbon.containerEl.querySelector<HTMLElement>('.side-dock-ribbon-action')!;
    expect(ribbon.getAttr('aria-label')).toBe('Open follow-ups');
    expect(app.statusBarEl!.querySelector('.status-bar-item.plugin-follow-up')!.textContent).toBe('3 due');
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);

    await app.workspace.triggerLayoutReady();
    const leaves = app.workspace.getLeavesOfType(VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    const view = leaves[0]!.view as TestView;
    expect(view).toBeInstanceOf(TestView);
    expect(view.leaf).toBe(leaves[0]);
    expect(view.app).toBe(app);
    expect(view.opened).toBe(1);
    expect(view.containerEl.children).toHaveLength(2);
    expect(view.contentEl).toBe(view.containerEl.children[1]);
    expect(view.contentEl.querySelector('.list')!.textContent).toBe('2 notes');
    expect(view.containerEl.isShown()).toBe(true);
    expect(leaves[0]!.getRoot()).toBe(app.workspace.rightSplit);
    expect(app.workspace.activeLeaf).toBe(leaves[0]);
    expect(leaves[0]!.getViewState().type).toBe(VIEW_TYPE);

    view.containerEl.querySelector<HTMLElement>('.view-action[aria-label="Refresh"]')!.click();
    expect(view.contentEl.hasClass('refreshed')).toBe(true);
    ribbon.click(); // activate again: reveals the existing leaf
    await Promise.resolve();
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);

    app.workspace.rightSplit.collapse();
    expect(view.containerEl.isShown()).toBe(false);
    await app.workspace.revealLeaf(leaves[0]!);
    expect(view.containerEl.isShown()).toBe(true);

    plugin.unload();
    expect(isLoaded(view)).toBe(false);
    expect(view.closed).toBe(1);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
    expect(app.workspace.leftRibbon.containerEl.children).toHaveLength(0);
    expect(app.statusBarEl!.children).toHaveLength(0);
    expect(app.settingTabs).toHaveLength(0);
    expect(app.viewRegistry.has(VIEW_TYPE)).toBe(false);
  });

  it('detach closes the view and removes the leaf', async () => {
    await loadPlugin(new TestPlugin(app, fakeManifest()));
    await app.workspace.triggerLayoutReady();
    const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0]!;
    const view = leaf.view as TestView;
    const changes: (WorkspaceLeaf | null)[] = [];
    app.workspace.on('active-leaf-change', (l) => changes.push(l));
    leaf.detach();
    expect(view.closed).toBe(1);
    expect(isLoaded(view)).toBe(false);
    expect(view.containerEl.isConnected).toBe(false);
    expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
    expect(changes).toEqual([null]);
  });

  it('opens files in the main area: file-open, getActiveFile, openLinkText (creating a missing note)', async () => {
    const opened: (string | undefined)[] = [];
    app.workspace.on('file-open', (f) => opened.push(f?.path));
    const a = app.vault.getFileByPath('a.md')!;
    const leaf = await app.workspace.setActiveFile(a);
    expect(leaf.view).toBeInstanceOf(MarkdownView);
    expect((leaf.view as MarkdownView).file).toBe(a);
    expect((leaf.view as MarkdownView).editor.getValue()).toBe('# A');
    expect(app.workspace.getActiveFile()).toBe(a);
    expect(app.workspace.getActiveViewOfType(MarkdownView)).toBe(leaf.view);

    await app.workspace.openLinkText('b', 'a.md');
    await app.workspace.openLinkText('New note', 'a.md', true);
    expect(app.workspace.getActiveFile()?.path).toBe('New note.md');
    expect(app.vault.writes).toEqual([{ op: 'create', path: 'New note.md' }]);
    expect(opened).toEqual(['a.md', 'b.md', 'New note.md']);
    expect(app.workspace.openedLinks.map((l) => l.linktext)).toEqual(['b', 'New note']);
  });

  it('settings: real inputs whose events fire onChange (setValue does not, except toggle and slider changes)', async () => {
    const plugin = await loadPlugin(new TestPlugin(app, fakeManifest()));
    const tab = app.settingTabs[0] as TestSettingTab;
    expect(tab.plugin).toBe(plugin);
    const el = openSettingTab(tab);
    expect(el.isShown()).toBe(true);
    expect(el.querySelector('.setting-item-heading .setting-item-name')!.textContent).toBe('Review');
    expect(el.querySelectorAll('.setting-item-description')[1]!.textContent).toBe('Where notes live');
    expect(tab.values).toEqual({});

    input(el.querySelector('input[type="text"]')!, 'Contacts');
    el.querySelector<HTMLElement>('.checkbox-container')!.click();
    input(el.querySelector('select')!, 'mon', 'change');
    input(el.querySelector('textarea')!, 'hello');
    input(el.querySelector('input[type="range"]')!, '12', 'change');
    el.querySelector('button')!.click();
    el.querySelector<HTMLElement>('.extra-setting-button')!.click();
    await Promise.resolve();
    expect(tab.values).toEqual({ folder: 'Contacts', weekly: false, day: 'mon', notes: 'hello', days: 12, reset: true, extra: true });
    expect(el.querySelector('.checkbox-container')!.hasClass('is-enabled')).toBe(false);
    expect(el.querySelector('button')!.hasClass('mod-cta')).toBe(true);

    tab.hide();
    expect(tab.containerEl.children).toHaveLength(0);
  });
});

describe('notices, modals, menus, suggest modals', () => {
  it('records every notice message', () => {
    vi.useFakeTimers();
    const n = new Notice('Snoozed until Monday');
    n.setMessage('Snoozed until Tuesday');
    new Notice(
      createFragment((f) => f.createEl('b', { text: 'Done' })),
      0,
    );
    expect(notices).toEqual(['Snoozed until Monday', 'Snoozed until Tuesday', 'Done']);
    expect(n.noticeEl.isShown()).toBe(true);
    expect(n.noticeEl.textContent).toBe('Snoozed until Tuesday');
    vi.advanceTimersByTime(5000);
    expect(n.noticeEl.isConnected).toBe(false);
  });

  it('opens and closes modals, calling onOpen/onClose', () => {
    const app = createFakeApp();
    const log: string[] = [];
    class Confirm extends Modal {
      override onOpen() {
        this.setTitle('Mark as done?');
        this.contentEl.createEl('p', { text: 'Sure?' });
        log.push('open');
      }
      override onClose() {
        this.contentEl.empty();
        log.push('close');
      }
    }
    const m = new Confirm(app);
    m.open();
    expect(openModals).toEqual([m]);
    expect(m.titleEl.textContent).toBe('Mark as done?');
    expect(m.modalEl.isShown()).toBe(true);
    m.containerEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(openModals).toEqual([]);
    expect(m.containerEl.isConnected).toBe(false);
    expect(log).toEqual(['open', 'close']);
  });

  it('menus record items and click them by title', () => {
    const picked: string[] = [];
    const menu = new Menu();
    menu.addItem((i) =>
      i
        .setTitle('Snooze')
        .setIcon('clock')
        .onClick(() => picked.push('snooze')),
    );
    menu.addSeparator();
    menu.addItem((i) =>
      i
        .setTitle('Disabled')
        .setDisabled(true)
        .onClick(() => picked.push('disabled')),
    );
    menu.showAtMouseEvent(new MouseEvent('contextmenu', { clientX: 10, clientY: 20 }));
    expect(shownMenus.at(-1)).toBe(menu);
    expect(menu.titles()).toEqual(['Snooze', 'Disabled']);
    expect(document.body.querySelectorAll('.menu .menu-item')).toHaveLength(2);
    menu.clickItem('Disabled');
    expect(menu.dom).not.toBeNull();
    menu.clickItem('Snooze');
    expect(picked).toEqual(['snooze']);
    expect(menu.dom).toBeNull();
    expect(() => menu.clickItem('Nope')).toThrow(/No menu item/);
  });

  it('a fuzzy suggest modal lists, filters and chooses', async () => {
    const app = createFakeApp({ files: { 'People/Ana Lima.md': '', 'People/Ben.md': '' } });
    const chosen: TFile[] = [];
    class PickNote extends FuzzySuggestModal<TFile> {
      getItems() {
        return this.app instanceof Object ? app.vault.getMarkdownFiles() : [];
      }
      getItemText(f: TFile) {
        return f.basename;
      }
      onChooseItem(f: TFile) {
        chosen.push(f);
      }
    }
    const modal = new PickNote(app);
    modal.open();
    await Promise.resolve();
    expect(Array.from(modal.resultContainerEl.children).map((e) => e.textContent)).toEqual(['Ana Lima', 'Ben']);
    input(modal.inputEl, 'lma');
    await Promise.resolve();
    expect(Array.from(modal.resultContainerEl.children).map((e) => e.textContent)).toEqual(['Ana Lima']);
    modal.inputEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(chosen.map((f) => f.path)).toEqual(['People/Ana Lima.md']);
    expect(openModals).toEqual([]);
  });
});
