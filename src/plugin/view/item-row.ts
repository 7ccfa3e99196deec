import { Keymap, Menu, setIcon, type App } from 'obsidian';
import { snoozeChoices } from '../../core/actions/plan-actions';
import { describeFlags } from '../../core/flag-words';
import type { IndexSnapshot } from '../../core/index-snapshot';
import type { Item } from '../../core/item';
import { describeDue } from '../../core/relative-time';
import type { Settings } from '../../core/settings';
import { showDraft } from '../actions/draft-for';
import type { PluginContext } from '../context';
import { DateModal } from '../modals/date-modal';
import { DropModal } from '../modals/drop-modal';

/** One follow-up in the sidebar: what, with whom, how, why, how late, and its actions. */
export function renderItemRow(parent: HTMLElement, item: Item, snapshot: IndexSnapshot, ctx: PluginContext): void {
  const settings = ctx.settings();
  const row = parent.createDiv({
    cls: ['follow-up-item', `is-${item.bucket}`],
    attr: { 'data-path': item.path, 'data-source': item.source },
  });

  const head = row.createDiv({ cls: 'follow-up-item-head' });
  const title = head.createEl('a', { cls: 'follow-up-item-title', text: item.title, href: '#', attr: { title: item.path } });
  title.addEventListener('click', (event) => {
    event.preventDefault();
    void ctx.app.workspace.openLinkText(item.path, '', Keymap.isModEvent(event));
  });
  const due = describeDue(item.due, snapshot.today);
  head.createSpan({ cls: 'follow-up-item-due', text: item.time === null ? due : `${due}, ${item.time}` });

  const meta = [
    item.people.length > 0 ? `with ${item.people.join(', ')}` : null,
    item.channel === null ? null : `by ${item.channel}`,
    item.attempts === 0 ? null : item.attempts === 1 ? '1 reminder sent' : `${item.attempts} reminders sent`,
    item.source === 'cadence' ? 'stay in touch' : null,
  ].filter((part): part is string => part !== null);
  if (meta.length > 0) row.createDiv({ cls: 'follow-up-item-meta', text: meta.join(' · ') });
  if (item.about !== null) row.createDiv({ cls: 'follow-up-item-about', text: item.about });
  const flags = describeFlags(item, snapshot, settings);
  if (flags.length > 0) {
    const list = row.createDiv({ cls: 'follow-up-item-flags' });
    for (const words of flags) list.createSpan({ cls: 'follow-up-flag', text: words });
  }
  renderActions(row.createDiv({ cls: 'follow-up-item-actions' }), item, snapshot, ctx, settings);
}

function renderActions(bar: HTMLElement, item: Item, snapshot: IndexSnapshot, ctx: PluginContext, settings: Settings): void {
  button(bar, 'check', 'Done', () => void ctx.actions.done(item)).addEventListener('contextmenu', (event) => {
    event.preventDefault();
    outcomeMenu(item, ctx).showAtMouseEvent(event);
  });
  button(bar, 'send', 'Nudged, waiting for a reply', () => void ctx.actions.nudge(item));
  const snooze = button(bar, 'alarm-clock', 'Snooze', () => {
    const menu = new Menu();
    for (const choice of snoozeChoices(snapshot.today, settings.weekStart)) {
      menu.addItem((entry) => entry.setTitle(`${choice.label} (${choice.date})`).onClick(() => void ctx.actions.snooze(item, choice.date)));
    }
    menu.addItem((entry) =>
      entry
        .setTitle('Pick a date…')
        .onClick(() =>
          new DateModal(ctx.app, `Snooze: ${item.title}`, snapshot.today, (date) => void ctx.actions.snooze(item, date)).open(),
        ),
    );
    const rect = snooze.getBoundingClientRect();
    menu.showAtPosition({ x: rect.left, y: rect.bottom });
  });
  button(bar, 'x-circle', 'Drop', () =>
    new DropModal(ctx.app, item.title, (outcome, feedback) => void ctx.actions.drop(item, outcome, feedback)).open(),
  );
  button(bar, 'mail', 'Draft a message', () => void showDraft(ctx, item.path));
}

function outcomeMenu(item: Item, ctx: PluginContext): Menu {
  const menu = new Menu();
  for (const [outcome, label] of [
    ['replied', 'Done: they replied'],
    ['declined', 'Done: they declined'],
    ['no-response', 'Done: no response'],
  ] as const) {
    menu.addItem((entry) => entry.setTitle(label).onClick(() => void ctx.actions.done(item, outcome)));
  }
  return menu;
}

function button(parent: HTMLElement, icon: string, label: string, onClick: () => void): HTMLElement {
  const element = parent.createEl('button', {
    cls: ['clickable-icon', 'follow-up-action'],
    attr: { 'aria-label': label, 'data-action': label },
  });
  setIcon(element, icon);
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return element;
}

export function openNote(app: App, path: string, event: MouseEvent): void {
  void app.workspace.openLinkText(path, '', Keymap.isModEvent(event));
}
