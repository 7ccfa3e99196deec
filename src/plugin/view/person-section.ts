import { describeEvery } from '../../core/duration';
import type { IndexSnapshot } from '../../core/index-snapshot';
import type { PersonView } from '../../core/people-view';
import { describeDayDistance } from '../../core/relative-time';
import type { PluginContext } from '../context';
import { openNote, renderItemRow } from './item-row';

/** Interactions listed per person before the rest is left out. */
const HISTORY_SHOWN = 10;

/** One person in the people view: last contact, cadence, open follow-ups, and the history. */
export function renderPerson(
  parent: HTMLElement,
  person: PersonView,
  snapshot: IndexSnapshot,
  ctx: PluginContext,
  open: boolean,
  onToggle: (open: boolean) => void,
): void {
  const details = parent.createEl('details', { cls: 'follow-up-person-card', attr: { 'data-person': person.name } });
  details.open = open;
  details.addEventListener('toggle', () => onToggle(details.open));
  const summary = details.createEl('summary', { cls: 'follow-up-person-summary' });
  summary.createSpan({ cls: 'follow-up-person-name', text: person.name });
  const facts = [
    person.lastContact === null ? 'never contacted' : `last contact ${describeDayDistance(person.lastContact, snapshot.today)}`,
    person.every === null ? null : describeEvery(person.every),
    person.open.length === 0 ? null : `${person.open.length} open`,
  ].filter((part): part is string => part !== null);
  summary.createSpan({ cls: 'follow-up-person-facts', text: facts.join(' · ') });
  if (person.slipping) summary.createSpan({ cls: 'follow-up-flag', text: 'slipping: time to get in touch' });
  if (!details.open) return;

  const body = details.createDiv({ cls: 'follow-up-person-body' });
  if (person.contactPath !== null) {
    const contactPath = person.contactPath;
    const link = body.createEl('a', { cls: 'follow-up-person-note', text: 'Open their note', href: '#' });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openNote(ctx.app, contactPath, event);
    });
  }
  if (person.open.length > 0) {
    const open = body.createDiv({
      cls: 'follow-up-person-open',
      attr: { role: 'list', 'aria-label': `Open follow-ups with ${person.name}` },
    });
    for (const item of person.open) renderItemRow(open, item, snapshot, ctx);
  }
  if (person.history.length === 0) return;
  body.createDiv({ cls: 'follow-up-history-title', text: 'History' });
  const list = body.createEl('ul', { cls: 'follow-up-history' });
  for (const entry of person.history.slice(0, HISTORY_SHOWN)) {
    const row = list.createEl('li', { attr: { 'data-path': entry.path } });
    row.createSpan({ cls: 'follow-up-history-date', text: entry.date });
    const link = row.createEl('a', { text: entry.title, href: '#' });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openNote(ctx.app, entry.path, event);
    });
    const what = entry.kind === 'meeting' ? 'meeting' : `follow-up: ${entry.outcome ?? 'done'}`;
    row.createSpan({ cls: 'follow-up-history-kind', text: what });
    if (entry.feedback !== null) row.createDiv({ cls: 'follow-up-history-feedback', text: `“${entry.feedback}”` });
  }
  if (person.history.length > HISTORY_SHOWN)
    list.createEl('li', { cls: 'follow-up-history-more', text: `and ${person.history.length - HISTORY_SHOWN} earlier` });
}
