import { ItemView, setIcon, type WorkspaceLeaf } from 'obsidian';
import type { IndexSnapshot } from '../../core/index-snapshot';
import type { Bucket, Item } from '../../core/item';
import type { Problem } from '../../core/problem';
import { noteTitle } from '../../core/note-record';
import { buildPeopleView } from '../../core/people-view';
import type { PluginContext } from '../context';
import { openNote, renderItemRow } from './item-row';
import { renderPerson } from './person-section';
import { RowFocus } from './row-focus';

export const VIEW_TYPE_FOLLOW_UPS = 'follow-up-tracker-sidebar';

/** Rows drawn per group before "Show more": the DOM stays small however long the list. */
const PAGE = 50;
const GROUPS: readonly { bucket: Bucket; title: string; open: boolean }[] = [
  { bucket: 'overdue', title: 'Overdue', open: true },
  { bucket: 'today', title: 'Today', open: true },
  { bucket: 'upcoming', title: 'Upcoming', open: true },
  { bucket: 'later', title: 'Later', open: false },
];

/**
 * The due follow-ups sidebar. It draws only when the index or the day changed and the view is
 * visible; a hidden view only notes that it is stale.
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
  private listEl!: HTMLElement;
  private focus!: RowFocus;
  private personSelect!: HTMLSelectElement;

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
      attr: { placeholder: 'Filter by person, note or topic', 'aria-label': 'Filter follow-ups' },
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
    this.focus = new RowFocus(this.listEl, (type, handler) =>
      this.registerDomEvent(this.listEl, type as keyof HTMLElementEventMap, handler),
    );

    this.register(this.ctx.indexer.onChange(() => this.requestDraw()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.drawIfStale()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.drawIfStale()));
    // The day turns over at midnight: buckets change without any note changing.
    this.registerInterval(window.setInterval(() => this.requestDraw(), 60_000));
    this.requestDraw();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
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
      this.listEl.empty();
      this.listEl.createDiv({ cls: 'follow-up-empty', text: 'Reading your notes…' });
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
      [...this.openGroups].join(),
      [...this.openPeople].join(),
    ].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.focus.beforeDraw();
    this.draw(snapshot);
    this.focus.afterDraw();
  }

  private draw(snapshot: IndexSnapshot): void {
    this.fillPeople(snapshot);
    const list = this.listEl;
    list.empty();
    const items = snapshot.items.filter((item) => this.matches(item));
    if (snapshot.items.length === 0 && snapshot.problems.length === 0) {
      const empty = list.createDiv({ cls: 'follow-up-empty' });
      empty.createEl('p', { text: 'No follow-ups yet.' });
      empty.createEl('p', {
        text: 'Add a follow_up date to a note’s properties (for example follow_up: 2024-06-10), or use the command to set a follow-up on the open note.',
      });
      return;
    }
    if (this.byPerson) {
      this.drawPeople(list, snapshot);
      return;
    }
    if (items.length === 0 && snapshot.items.length > 0) list.createDiv({ cls: 'follow-up-empty', text: 'Nothing matches this filter.' });
    for (const group of GROUPS) {
      const members = items.filter((item) => item.bucket === group.bucket);
      if (members.length > 0)
        this.drawGroup(list, group.bucket, group.title, group.open, members.length, (body, limit) => {
          for (const item of members.slice(0, limit)) renderItemRow(body, item, snapshot, this.ctx);
        });
    }
    const problems = snapshot.problems.filter((problem) => this.filter === '' || problem.path.toLowerCase().includes(this.filter));
    if (problems.length > 0)
      this.drawGroup(list, 'problems', 'Problems', true, problems.length, (body, limit) => {
        for (const problem of problems.slice(0, limit)) this.drawProblem(body, problem);
      });
  }

  private drawGroup(
    list: HTMLElement,
    id: string,
    title: string,
    openByDefault: boolean,
    count: number,
    fill: (body: HTMLElement, limit: number) => void,
  ): void {
    const details = list.createEl('details', { cls: 'follow-up-group', attr: { 'data-group': id } });
    details.open = this.openGroups.get(id) ?? openByDefault;
    const summary = details.createEl('summary', { cls: 'follow-up-group-title' });
    summary.createSpan({ text: title });
    summary.createSpan({ cls: 'follow-up-count', text: String(count) });
    details.addEventListener('toggle', () => this.openGroups.set(id, details.open));
    const body = details.createDiv({ cls: 'follow-up-group-body', attr: { role: 'list', 'aria-label': title } });
    const limit = this.shown.get(id) ?? PAGE;
    fill(body, limit);
    if (count > limit) {
      const more = body.createEl('button', {
        cls: 'follow-up-more',
        text: `Show ${Math.min(PAGE, count - limit)} more of ${count - limit}`,
      });
      more.addEventListener('click', () => {
        this.shown.set(id, limit + PAGE);
        this.requestDraw();
      });
    }
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

  private drawProblem(parent: HTMLElement, problem: Problem): void {
    const row = parent.createDiv({ cls: 'follow-up-problem', attr: { 'data-path': problem.path } });
    const link = row.createEl('a', {
      cls: 'follow-up-item-title',
      text: noteTitle(problem.path),
      href: '#',
      attr: { title: problem.path },
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openNote(this.app, problem.path, event);
    });
    row.createDiv({ cls: 'follow-up-problem-field', text: problem.value === null ? problem.field : `${problem.field}: ${problem.value}` });
    row.createDiv({ cls: 'follow-up-problem-message', text: problem.message });
  }

  private fillPeople(snapshot: IndexSnapshot): void {
    const names = [...new Set(snapshot.items.flatMap((item) => item.people))].sort((a, b) => a.localeCompare(b));
    if (this.person !== '' && !names.includes(this.person)) this.person = '';
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
