import { Keymap, Menu, Platform, setIcon, setTooltip, type App } from 'obsidian';
import { snoozeChoicesFor } from '../../core/actions/plan-actions';
import { describeFlags } from '../../core/flag-words';
import { birthdayWords, dayInWords, remindersWords } from '../../core/item-words';
import type { IndexSnapshot } from '../../core/index-snapshot';
import { itemKey, type Item } from '../../core/item';
import { describeDue } from '../../core/relative-time';
import { showDraft } from '../actions/draft-for';
import type { Settings } from '../../core/settings';
import type { PluginContext } from '../context';
import { DateModal } from '../modals/date-modal';
import { DropModal } from '../modals/drop-modal';
import { linkToNote } from './note-link';

/** Fired (bubbling) on a row when one of its actions is chosen, so a list can keep focus nearby. */
export const ROW_ACTED = 'follow-up-row-acted';

/**
 * A row's height in px: padding 6 + title 20 + meta 18 (+ flags 18) + padding 6 + border 1, as
 * in styles.css. Fixed, so that a long list can place rows it has not drawn.
 */
const ROW_HEIGHT = 51;
const FLAGS_HEIGHT = 18;

/** On mobile the buttons are 44 px high (a finger's size), 6 px more than the title and meta lines. */
const MOBILE_EXTRA = 6;

/** The height of a row for an item, in px: the platform is asked once, not once per item of a long list. */
export function itemRowHeights(): (item: Item) => number {
  const height = Platform.isMobile ? ROW_HEIGHT + MOBILE_EXTRA : ROW_HEIGHT;
  return (item) => (item.flags.length > 0 ? height + FLAGS_HEIGHT : height);
}

/** The words of a row, and its signature: everything it shows (equal signatures draw equal rows). */
interface RowWords {
  readonly due: string;
  readonly meta: readonly string[];
  readonly flags: readonly string[];
  readonly signature: string;
}

/** Per snapshot and settings, each item's words: a row drawn, compared or drawn again words its item once. */
const wordsCache = new WeakMap<IndexSnapshot, { readonly settings: Settings; readonly byItem: WeakMap<Item, RowWords> }>();

function rowWords(item: Item, snapshot: IndexSnapshot, settings: Settings): RowWords {
  let cache = wordsCache.get(snapshot);
  if (cache === undefined || cache.settings !== settings) {
    cache = { settings, byItem: new WeakMap() };
    wordsCache.set(snapshot, cache);
  }
  const cached = cache.byItem.get(item);
  if (cached !== undefined) return cached;
  const when = describeDue(item.due, snapshot.today);
  const due = item.time === null ? when : `${when}, ${item.time}`;
  const meta = metaWords(item, snapshot);
  const flags = describeFlags(item, snapshot, settings);
  const words = { due, meta, flags, signature: `${snapshot.today}|${JSON.stringify(item)}|${flags.join('|')}|${meta.join('|')}` };
  cache.byItem.set(item, words);
  return words;
}

/** Everything a row shows: equal signatures draw equal rows. */
export function itemRowSignature(item: Item, snapshot: IndexSnapshot, settings: Settings): string {
  return rowWords(item, snapshot, settings).signature;
}

/** The keys a focused row answers to; shown in the tooltips. */
const KEYS = { done: 'D', snooze: 'S', more: 'M' } as const;

/**
 * One follow-up in the sidebar, in three short lines: the note; when, who, how and why; the flags.
 * The actions are three icon buttons (Done, Snooze, and a menu with the rest), each reachable by
 * tap, and by keys when the row has focus. The row itself opens the note.
 */
export function renderItemRow(parent: HTMLElement, item: Item, snapshot: IndexSnapshot, ctx: PluginContext): HTMLElement {
  const row = parent.createDiv({
    cls: ['follow-up-item', `is-${item.bucket}`],
    attr: { role: 'listitem', tabindex: '-1', 'data-path': item.path, 'data-source': item.source, 'data-key': itemKey(item) },
  });
  const title = row.createSpan({ cls: 'follow-up-item-title', text: item.title, attr: { title: item.path } });
  linkToNote(row, title, item.path, ctx);
  const actions = row.createDiv({ cls: 'follow-up-item-actions' });
  const meta = row.createDiv({ cls: 'follow-up-item-meta' });
  const { due, meta: words, flags } = rowWords(item, snapshot, ctx.settings());
  meta.createSpan({ cls: 'follow-up-item-due', text: due });
  if (words.length > 0) meta.appendText(` · ${words.join(' · ')}`);
  if (item.flags.length > 0) {
    row.addClass('has-flags');
    row.createDiv({ cls: 'follow-up-item-flags', text: flags.join(' · '), attr: { title: flags.join('\n') } });
  }

  const run = (action: () => unknown) => {
    row.dispatchEvent(new CustomEvent(ROW_ACTED, { bubbles: true }));
    void action();
  };
  // "You met Jane on 11 June — done?": one click says yes, done on that day.
  const done = () => run(() => ctx.actions.done(item, 'replied', item.contact?.date ?? snapshot.today));
  const snooze = (at: HTMLElement) => snoozeMenu(item, snapshot, ctx, run).showAtPosition(below(at));
  const more = (at: HTMLElement) => moreMenu(item, ctx, run).showAtPosition(below(at));
  const doneWhen = item.contact === null ? '' : ` on ${dayInWords(item.contact.date, snapshot.today)}`;
  iconButton(actions, 'check', `Done${doneWhen}: ${item.title} (${KEYS.done})`, 'Done', done);
  const snoozeButton = iconButton(actions, 'alarm-clock', `Snooze: ${item.title} (${KEYS.snooze})`, 'Snooze', () => snooze(snoozeButton));
  const moreButton = iconButton(actions, 'more-horizontal', `More actions: ${item.title} (${KEYS.more})`, 'More', () => more(moreButton));

  row.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    openNote(ctx.app, item.path, event);
  });
  row.addEventListener('keydown', (event) => {
    if (event.target !== row || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toUpperCase();
    if (event.key === 'Enter') openNote(ctx.app, item.path, event);
    else if (key === KEYS.done) done();
    else if (key === KEYS.snooze) snooze(snoozeButton);
    else if (key === KEYS.more || event.key === 'ContextMenu') more(moreButton);
    else return;
    event.preventDefault();
  });
  return row;
}

/** Who, how, and why, in the row's second line after when. */
function metaWords(item: Item, snapshot: IndexSnapshot): string[] {
  return [
    item.people.length > 0 ? item.people.join(', ') : null,
    item.channel,
    birthdayWords(item, snapshot) ?? item.about,
    remindersWords(item, snapshot),
    item.source === 'cadence' ? 'stay in touch' : null,
  ].filter((part): part is string => part !== null);
}

function snoozeMenu(item: Item, snapshot: IndexSnapshot, ctx: PluginContext, run: (action: () => unknown) => void): Menu {
  const menu = new Menu();
  for (const choice of snoozeChoicesFor(item, snapshot, ctx.settings())) {
    menu.addItem((entry) =>
      entry.setTitle(`${choice.label} (${choice.date})`).onClick(() => run(() => ctx.actions.snooze(item, choice.date))),
    );
  }
  menu.addItem((entry) =>
    entry
      .setTitle('Pick a date…')
      .setIcon('calendar')
      .onClick(() =>
        new DateModal(ctx.app, `Snooze: ${item.title}`, snapshot.today, (date) => run(() => ctx.actions.snooze(item, date))).open(),
      ),
  );
  return menu;
}

/** Everything but Done and Snooze: the outcomes, nudged, drop and the draft. */
function moreMenu(item: Item, ctx: PluginContext, run: (action: () => unknown) => void): Menu {
  const menu = new Menu();
  if (item.flags.includes('unresponsive')) {
    // The last allowed reminder went out: letting go is one tap.
    menu.addItem((entry) =>
      entry
        .setTitle('Drop: no response')
        .setIcon('x-circle')
        .onClick(() => run(() => ctx.actions.drop(item, 'no-response', ''))),
    );
    menu.addSeparator();
  }
  for (const [outcome, label] of [
    ['replied', 'Done: they replied'],
    ['declined', 'Done: they declined'],
    ['no-response', 'Done: no response'],
  ] as const) {
    menu.addItem((entry) =>
      entry
        .setTitle(label)
        .setIcon('check')
        .onClick(() => run(() => ctx.actions.done(item, outcome))),
    );
  }
  menu.addSeparator();
  menu.addItem((entry) =>
    entry
      .setTitle('Nudged, waiting for a reply')
      .setIcon('send')
      .onClick(() => run(() => ctx.actions.nudge(item))),
  );
  menu.addItem((entry) =>
    entry
      .setTitle('Drop…')
      .setIcon('x-circle')
      .onClick(() =>
        new DropModal(ctx.app, item.title, (outcome, feedback) => run(() => ctx.actions.drop(item, outcome, feedback))).open(),
      ),
  );
  menu.addItem((entry) =>
    entry
      .setTitle('Draft a message')
      .setIcon('mail')
      .onClick(() => void showDraft(ctx, item.path, item.source === 'birthday')),
  );
  return menu;
}

function below(element: HTMLElement): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.bottom };
}

function iconButton(parent: HTMLElement, icon: string, tooltip: string, action: string, onClick: () => void): HTMLElement {
  const element = parent.createEl('button', {
    cls: ['clickable-icon', 'follow-up-action'],
    attr: { tabindex: '-1', 'data-action': action },
  });
  setIcon(element, icon);
  setTooltip(element, tooltip);
  element.addEventListener('click', (event) => {
    // The row opens the note on a click; a button's click is its own.
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return element;
}

export function openNote(app: App, path: string, event: MouseEvent | KeyboardEvent): void {
  void app.workspace.openLinkText(path, '', Keymap.isModEvent(event));
}
