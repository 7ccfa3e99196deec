import { ItemView, setIcon, type WorkspaceLeaf } from 'obsidian';
import type { IndexSnapshot } from '../../core/index-snapshot';
import { itemKey, type Bucket, type Item } from '../../core/item';
import type { Problem } from '../../core/problem';
import { noteTitle } from '../../core/note-record';
import { buildPeopleView } from '../../core/people-view';
import type { PluginContext } from '../context';
import { itemRowHeights, itemRowSignature, openNote, renderItemRow } from './item-row';
import { renderPerson } from './person-section';
import { RowFocus } from './row-focus';
import { VirtualGroup, type GroupRows } from './virtual-group';

export const VIEW_TYPE_FOLLOW_UPS = 'follow-up-tracker-sidebar';

/** People drawn before "Show more" in the people view. */
const PAGE = 50;
/** Rows drawn above and below the visible part, in px, so that a short scroll shows drawn rows. */
const MARGIN = 160;
/** The height assumed when the list has none yet (not laid out). */
const FALLBACK_HEIGHT = 1000;
/** A problem's row: its note, the field, and two lines of the message. */
const PROBLEM_HEIGHT = 87;
const GROUPS: readonly { bucket: Bucket; title: string; open: boolean }[] = [
  { bucket: 'overdue', title: 'Overdue', open: true },
  { bucket: 'today', title: 'Today', open: true },
  { bucket: 'upcoming', title: 'Upcoming', open: true },
  { bucket: 'later', title: 'Later', open: false },
];

/**
 * The due follow-ups sidebar. It draws only when the index or the day changed and the view is
 * visible; a hidden view only notes that it is stale. The groups draw only the rows near what is
 * on screen (VirtualGroup), and a redraw keeps every row whose follow-up did not change.
 */
export class FollowUpsView extends ItemView {
  private filter = '';
  private person = '';
  private byPerson = false;
  private readonly openPeople = new Set<string>();
  private drawnKey = '';
  private stale = true;
  private readonly shown = new Map<string, number>();
  private readonly openGroups = new Map<string, boolean>();
  private readonly groups = new Map<string, VirtualGroup>();
  /**
   * Each group's body top in the list, measured once after the groups' heights changed: reading
   * one between drawing the rows of two groups would make the browser lay the list out each time.
   */
  private bodyTops: Map<VirtualGroup, number> | null = null;
  private listEl!: HTMLElement;
  private focus!: RowFocus;
  private personSelect!: HTMLSelectElement;
  /** The people the person menu was filled with, for this snapshot; null until it is opened. */
  private peopleFor: IndexSnapshot | null = null;
  private snapshotShown: IndexSnapshot | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly ctx: PluginContext,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE_FOLLOW_UPS;
  }

  override getDisplayText(): string {
    return 'Follow-ups';
  }

  override getIcon(): string {
    return 'list-checks';
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass('follow-up-view');
    const toolbar = root.createDiv({ cls: 'follow-up-toolbar' });
    const search = toolbar.createEl('input', {
      cls: 'follow-up-filter',
      type: 'search',
      attr: { placeholder: 'Filter', title: 'Filter by person, note or topic', 'aria-label': 'Filter follow-ups' },
    });
    this.registerDomEvent(search, 'input', () => {
      this.filter = search.value.trim().toLowerCase();
      this.requestDraw();
    });
    this.personSelect = toolbar.createEl('select', { cls: ['dropdown', 'follow-up-person'], attr: { 'aria-label': 'Show one person' } });
    this.registerDomEvent(this.personSelect, 'change', () => {
      this.person = this.personSelect.value;
      this.requestDraw();
    });
    // Everyone's names, sorted, only when the menu is about to be used (a sort in the reader's
    // language and an option per person are not worth their time on every draw).
    for (const type of ['focus', 'pointerdown', 'mousedown'] as const)
      this.registerDomEvent(this.personSelect, type, () => this.fillPeople());
    const mode = toolbar.createEl('button', { cls: ['clickable-icon', 'follow-up-mode'], attr: { 'aria-label': 'Group by person' } });
    setIcon(mode, 'users');
    this.registerDomEvent(mode, 'click', () => {
      this.byPerson = !this.byPerson;
      mode.setAttr('aria-label', this.byPerson ? 'Group by date' : 'Group by person');
      setIcon(mode, this.byPerson ? 'calendar-days' : 'users');
      this.requestDraw();
    });
    const undo = toolbar.createEl('button', { cls: ['clickable-icon', 'follow-up-undo'], attr: { 'aria-label': 'Undo the last action' } });
    setIcon(undo, 'undo-2');
    this.registerDomEvent(undo, 'click', () => void this.ctx.undo.undo());
    this.listEl = root.createDiv({ cls: 'follow-up-list' });
    this.focus = new RowFocus(
      this.listEl,
      (type, handler) => this.registerDomEvent(this.listEl, type as keyof HTMLElementEventMap, handler),
      (edge) => this.jumpTo(edge),
    );
    this.registerDomEvent(this.listEl, 'scroll', () => this.drawVisible());

    this.register(this.ctx.indexer.onChange(() => this.requestDraw()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.drawIfStale()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.drawIfStale()));
    // The day turns over at midnight: buckets change without any note changing.
    this.registerInterval(window.setInterval(() => this.requestDraw(), 60_000));
    this.requestDraw();
  }

  override async onClose(): Promise<void> {
    this.groups.clear();
    this.contentEl.empty();
  }

  override onResize(): void {
    this.bodyTops = null;
    this.drawVisible();
  }

  /** Draws now if visible; otherwise remembers to draw when shown. */
  requestDraw(): void {
    this.stale = true;
    this.drawIfStale();
  }

  private drawIfStale(): void {
    if (!this.stale || !this.contentEl.isShown()) return;
    this.stale = false;
    if (!this.ctx.indexer.isReady) {
      this.clearList();
      this.listEl.createDiv({ cls: 'follow-up-empty', text: readingWords(this.ctx.indexer.buildProgress) });
      return;
    }
    const snapshot = this.ctx.snapshot();
    const key = [
      this.ctx.indexer.index.revision,
      snapshot.today,
      this.filter,
      this.person,
      this.byPerson,
      [...this.shown].join(),
      [...this.openPeople].join(),
    ].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.focus.beforeDraw();
    this.draw(snapshot);
    this.focus.afterDraw();
  }

  private draw(snapshot: IndexSnapshot): void {
    this.showPerson(snapshot);
    this.bodyTops = null;
    const list = this.listEl;
    if (snapshot.items.length === 0 && snapshot.problems.length === 0) {
      this.clearList();
      const empty = list.createDiv({ cls: 'follow-up-empty' });
      empty.createEl('p', { text: 'No follow-ups yet.' });
      empty.createEl('p', {
        text: 'Add a follow_up date to a note’s properties (for example follow_up: 2024-06-10), or use the command to set a follow-up on the open note.',
      });
      return;
    }
    if (this.byPerson) {
      this.clearList();
      this.drawPeople(list, snapshot);
      return;
    }
    for (const child of [...list.children]) if (!child.hasClass('follow-up-group')) child.remove();
    const items = snapshot.items.filter((item) => this.matches(item));
    const wanted: VirtualGroup[] = [];
    for (const group of GROUPS) {
      const members = items.filter((item) => item.bucket === group.bucket);
      if (members.length > 0) wanted.push(this.group(group.bucket, group.title, group.open, this.itemRows(members, snapshot)));
    }
    const problems = snapshot.problems.filter((problem) => this.filter === '' || problem.path.toLowerCase().includes(this.filter));
    if (problems.length > 0) wanted.push(this.group('problems', 'Problems', true, this.problemRows(problems)));
    for (const [id, group] of this.groups) {
      if (wanted.includes(group)) continue;
      group.el.remove();
      this.groups.delete(id);
    }
    wanted.forEach((group, index) => {
      if (list.children[index] !== group.el) list.insertBefore(group.el, list.children[index] ?? null);
    });
    if (items.length === 0 && snapshot.items.length > 0)
      list.prepend(createDiv({ cls: 'follow-up-empty', text: 'Nothing matches this filter.' }));
    this.drawVisible();
  }

  private group(id: string, title: string, openByDefault: boolean, rows: GroupRows): VirtualGroup {
    let group = this.groups.get(id);
    if (group === undefined) {
      group = new VirtualGroup(id, title, this.openGroups.get(id) ?? openByDefault, (open) => {
        this.openGroups.set(id, open);
        this.bodyTops = null;
        this.drawVisible();
        this.focus.afterDraw();
      });
      this.groups.set(id, group);
    }
    group.setRows(rows);
    return group;
  }

  private itemRows(items: readonly Item[], snapshot: IndexSnapshot): GroupRows {
    const settings = this.ctx.settings();
    const height = itemRowHeights();
    return {
      count: items.length,
      key: (index) => itemKey(items[index]!),
      signature: (index) => itemRowSignature(items[index]!, snapshot, settings),
      height: (index) => height(items[index]!),
      render: (parent, index) => renderItemRow(parent, items[index]!, snapshot, this.ctx),
    };
  }

  private problemRows(problems: readonly Problem[]): GroupRows {
    return {
      count: problems.length,
      key: (index) => problemKey(problems[index]!),
      signature: (index) => JSON.stringify(problems[index]),
      height: () => PROBLEM_HEIGHT,
      render: (parent, index) => this.drawProblem(parent, problems[index]!),
    };
  }

  /** Draws the rows near the visible part of the list, in every open group. */
  private drawVisible(): void {
    if (this.groups.size === 0) return;
    // Every measurement first, then the drawing: one layout at most.
    const top = this.listEl.scrollTop;
    const height = this.listEl.clientHeight > 0 ? this.listEl.clientHeight : FALLBACK_HEIGHT;
    const bodyTops = (this.bodyTops ??= new Map([...this.groups.values()].map((group) => [group, group.bodyTop()])));
    for (const group of this.groups.values()) {
      const bodyTop = bodyTops.get(group) ?? group.bodyTop();
      group.drawRange(top - MARGIN - bodyTop, top + height + MARGIN - bodyTop);
    }
  }

  /** Home and End: the first or last row of the whole list, drawn first if it was not. */
  private jumpTo(edge: 'first' | 'last'): HTMLElement | null {
    const open = [...this.groups.values()].filter((group) => group.isOpen && group.count() > 0);
    const group = edge === 'first' ? open[0] : open[open.length - 1];
    if (group === undefined) return null;
    const index = edge === 'first' ? 0 : group.count() - 1;
    this.listEl.scrollTop = edge === 'first' ? 0 : group.bodyTop() + group.rowTop(index);
    this.drawVisible();
    const rows = group.el.querySelectorAll<HTMLElement>('.follow-up-item, .follow-up-problem');
    return (edge === 'first' ? rows[0] : rows[rows.length - 1]) ?? null;
  }

  private clearList(): void {
    for (const group of this.groups.values()) group.clear();
    this.groups.clear();
    this.bodyTops = null;
    this.listEl.empty();
  }

  /** The people view: one card per person, their open follow-ups and their history. */
  private drawPeople(list: HTMLElement, snapshot: IndexSnapshot): void {
    const people = buildPeopleView(snapshot).filter(
      (person) =>
        (this.person === '' || person.name === this.person) && (this.filter === '' || person.name.toLowerCase().includes(this.filter)),
    );
    if (people.length === 0) list.createDiv({ cls: 'follow-up-empty', text: 'Nobody matches this filter.' });
    const limit = this.shown.get('people') ?? PAGE;
    for (const person of people.slice(0, limit)) {
      renderPerson(list, person, snapshot, this.ctx, this.openPeople.has(person.name), (open) => {
        if (open) this.openPeople.add(person.name);
        else this.openPeople.delete(person.name);
        this.requestDraw();
      });
    }
    if (people.length > limit) {
      const more = list.createEl('button', {
        cls: 'follow-up-more',
        text: `Show ${Math.min(PAGE, people.length - limit)} more of ${people.length - limit}`,
      });
      more.addEventListener('click', () => {
        this.shown.set('people', limit + PAGE);
        this.requestDraw();
      });
    }
  }

  /** A problem as a row of the list: Enter or a click opens the note. */
  private drawProblem(parent: HTMLElement, problem: Problem): HTMLElement {
    const row = parent.createDiv({
      cls: 'follow-up-problem',
      attr: { role: 'listitem', tabindex: '-1', 'data-path': problem.path, 'data-key': problemKey(problem) },
    });
    row.createDiv({ cls: 'follow-up-item-title', text: noteTitle(problem.path), attr: { title: problem.path } });
    row.createDiv({ cls: 'follow-up-problem-field', text: problem.value === null ? problem.field : `${problem.field}: ${problem.value}` });
    row.createDiv({ cls: 'follow-up-problem-message', text: problem.message, attr: { title: problem.message } });
    row.addEventListener('click', (event) => openNote(this.app, problem.path, event));
    row.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.target !== row) return;
      event.preventDefault();
      openNote(this.app, problem.path, event);
    });
    return row;
  }

  /**
   * The person menu between draws: "Everyone" and the person shown, until it is opened. A person
   * who has no follow-up any more is no longer shown.
   */
  private showPerson(snapshot: IndexSnapshot): void {
    this.snapshotShown = snapshot;
    if (this.person !== '' && !snapshot.items.some((item) => item.people.includes(this.person))) this.person = '';
    if (this.peopleFor !== null && this.peopleFor !== snapshot) {
      this.peopleFor = null;
      if (this.personSelect.matches(':focus')) this.fillPeople();
    }
    if (this.peopleFor === null) {
      this.personSelect.empty();
      this.personSelect.createEl('option', { text: 'Everyone', value: '' });
      if (this.person !== '') this.personSelect.createEl('option', { text: this.person, value: this.person });
    }
    this.personSelect.value = this.person;
  }

  /** Everyone with a follow-up in the menu, in the order of the reader's language. */
  private fillPeople(): void {
    const snapshot = this.snapshotShown;
    if (snapshot === null || this.peopleFor === snapshot) return;
    this.peopleFor = snapshot;
    const names = [...new Set(snapshot.items.flatMap((item) => item.people))].sort((a, b) => a.localeCompare(b));
    this.personSelect.empty();
    this.personSelect.createEl('option', { text: 'Everyone', value: '' });
    for (const name of names) this.personSelect.createEl('option', { text: name, value: name });
    this.personSelect.value = this.person;
  }

  private matches(item: Item): boolean {
    if (this.person !== '' && !item.people.includes(this.person)) return false;
    if (this.filter === '') return true;
    const haystack = [item.title, item.path, item.about ?? '', ...item.people].join('\n').toLowerCase();
    return haystack.includes(this.filter);
  }
}

function problemKey(problem: Problem): string {
  return `problem:${problem.path}:${problem.field}:${problem.message}`;
}

/** While the index is first built: how far it has got, so that a large vault is seen to be read. */
function readingWords(progress: { readonly done: number; readonly total: number } | null): string {
  if (progress === null) return 'Reading your notes…';
  return `Reading your notes… ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`;
}
