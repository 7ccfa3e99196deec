import { compareText } from './compare-text';
import { formatDuration } from './duration';
import type { IndexSnapshot } from './index-snapshot';
import type { Item } from './item';
import { compareDates, type LocalDate } from './local-date';
import { personKey } from './people';
import { followUpPeople, meetingPeople } from './people-directory';

/** One interaction with a person: a meeting, or a follow-up done with its outcome. */
export interface HistoryEntry {
  readonly date: LocalDate;
  readonly kind: 'meeting' | 'follow-up';
  readonly path: string;
  readonly title: string;
  readonly outcome: string | null;
  readonly feedback: string | null;
}

/** The CRM record of one person, from plain notes. */
export interface PersonView {
  readonly name: string;
  readonly contactPath: string | null;
  readonly lastContact: LocalDate | null;
  /** Their stay-in-touch cadence (ISO 8601), if any. */
  readonly every: string | null;
  /** The cadence is overdue: time to get in touch. */
  readonly slipping: boolean;
  readonly open: readonly Item[];
  /** Newest first. */
  readonly history: readonly HistoryEntry[];
}

/**
 * Everyone the vault mentions, by name: contacts, people in meetings and in follow-ups. Spellings
 * of one person (`[[jane]]`, `Jane`: `personKey`) are one entry, under the name of their contact
 * note, else the first spelling met.
 */
export function buildPeopleView(snapshot: IndexSnapshot): PersonView[] {
  const histories = new Map<string, HistoryEntry[]>();
  const spellings = new Map<string, string>();
  const meet = (name: string): string => {
    const key = personKey(name);
    if (!spellings.has(key)) spellings.set(key, snapshot.people.contactOf(name)?.title ?? name);
    return key;
  };
  const add = (name: string, entry: HistoryEntry): void => {
    const key = meet(name);
    const list = histories.get(key) ?? [];
    list.push(entry);
    histories.set(key, list);
  };
  for (const facts of snapshot.facts) {
    const date = facts.noteDate;
    if (date !== null) {
      for (const name of meetingPeople(facts, snapshot.people))
        add(name, { date, kind: 'meeting', path: facts.path, title: facts.title, outcome: null, feedback: null });
    }
    if (facts.done !== null) {
      for (const name of followUpPeople(facts, snapshot.people.isContactNote(facts))) {
        add(name, {
          date: facts.done,
          kind: 'follow-up',
          path: facts.path,
          title: facts.title,
          outcome: facts.outcome,
          feedback: facts.feedback,
        });
      }
    }
  }
  const openItems = new Map<string, Item[]>();
  for (const item of snapshot.items)
    for (const key of new Set(item.people.map(meet))) openItems.set(key, [...(openItems.get(key) ?? []), item]);
  for (const contact of snapshot.people.contactNotes()) meet(contact.title);

  return [...spellings]
    .sort(([, a], [, b]) => a.localeCompare(b, 'en'))
    .map(([key, name]) => {
      const person = snapshot.people.person(name);
      const open = openItems.get(key) ?? [];
      const every = person.contact?.every ?? null;
      return {
        name,
        contactPath: person.contact?.path ?? null,
        lastContact: person.lastContact,
        every: every === null ? null : formatDuration(every),
        slipping: open.some((item) => item.source === 'cadence' && item.bucket === 'overdue'),
        open,
        history: (histories.get(key) ?? []).sort(
          (a, b) => compareDates(b.date, a.date) || compareText(a.kind, b.kind) || compareText(a.path, b.path),
        ),
      };
    });
}
