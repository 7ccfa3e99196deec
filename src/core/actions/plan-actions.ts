import type { IndexSnapshot } from '../index-snapshot';
import type { Item } from '../item';
import { dayOfWeek, maxDate, type LocalDate } from '../local-date';
import type { NoteFacts } from '../note-facts';
import type { Settings } from '../settings';
import type { FrontmatterPatch } from './frontmatter-patch';
import { personKey } from '../people';
import { daysLater, durationLater, PastLastDate } from './past-last-date';
import { nudgeWait, placeFor } from './schedule';

/** One note to change and how. */
export interface NotePatch {
  readonly path: string;
  readonly patch: FrontmatterPatch;
}

export type Outcome = 'replied' | 'declined' | 'no-response' | (string & {});
export type DropOutcome = 'declined' | 'no-response';

/**
 * Done (SPEC §5): records the day and the outcome; a repeating follow-up moves to today + every,
 * another is closed; the people's notes get `last_contact: today` unless it is already later.
 * A stay-in-touch (cadence) or birthday item's Done writes only `last_contact` on the contact note.
 * A repeat's next date keeps clear of the people's away periods and, when set, of weekends.
 * `doneOn` is the day it was done, when not today: the day of the contact a `contacted` item
 * shows (its one-click Done); the repeat then counts from it, but never comes due before today.
 * A next date past the calendar's last day throws PastLastDate (as Nudged and everyone's do).
 */
export function planDone(
  item: Item,
  snapshot: IndexSnapshot,
  settings: Settings,
  outcome: Outcome = 'replied',
  note: NoteFacts | undefined = factsOf(item, snapshot),
  doneOn: LocalDate = snapshot.today,
): NotePatch[] {
  const fields = settings.fields;
  if (item.source !== 'note') return [{ path: item.path, patch: { set: { [fields.lastContact]: doneOn }, remove: [] } }];
  const every = note?.every ?? null;
  const set: Record<string, string | number> = { [fields.done]: doneOn, [fields.outcome]: outcome };
  const remove = [fields.attempts];
  if (every !== null)
    set[fields.followUp] = placeFor(item.people, snapshot, settings)(maxDate([durationLater(doneOn, every), snapshot.today])!);
  else remove.push(fields.followUp);
  const others: NotePatch[] = [];
  if (settings.updateLastContactOnDone) {
    for (const patch of lastContactPatches(item.people, doneOn, snapshot, settings)) {
      // The follow-up on a contact note itself: one write, not two.
      if (patch.path === item.path) Object.assign(set, patch.patch.set);
      else others.push(patch);
    }
  }
  return [{ path: item.path, patch: { set, remove } }, ...others];
}

/**
 * Nudged, waiting for a reply: one more attempt (counted from the note as it is now, when given),
 * the day of this reminder, and the follow-up moves to today + the wait after the n-th reminder
 * (SPEC §5 nudge waits), kept clear of away periods and, when set, of weekends.
 */
export function planNudge(
  item: Item,
  snapshot: IndexSnapshot,
  settings: Settings,
  note: NoteFacts | undefined = factsOf(item, snapshot),
): NotePatch[] {
  const fields = settings.fields;
  if (item.source !== 'note') return [{ path: item.path, patch: { set: { [fields.lastContact]: snapshot.today }, remove: [] } }];
  const reminder = (note?.attempts ?? item.attempts) + 1;
  const next = placeFor(item.people, snapshot, settings)(daysLater(snapshot.today, nudgeWait(reminder, settings)));
  return [
    {
      path: item.path,
      patch: { set: { [fields.attempts]: reminder, [fields.nudged]: snapshot.today, [fields.followUp]: next }, remove: [] },
    },
  ];
}

/** Snooze: the follow-up moves to `until`. A cadence item gets a dated follow-up of its own. */
export function planSnooze(item: Pick<Item, 'path'>, until: LocalDate, settings: Settings): NotePatch[] {
  return [{ path: item.path, patch: { set: { [settings.fields.followUp]: until }, remove: [] } }];
}

/** Drop: closed without a reply, with the outcome and what they said, if anything. */
export function planDrop(
  item: Item,
  snapshot: IndexSnapshot,
  settings: Settings,
  outcome: DropOutcome | Outcome,
  feedback = '',
): NotePatch[] {
  const fields = settings.fields;
  const set: Record<string, string | number> = { [fields.outcome]: outcome, [fields.done]: snapshot.today };
  if (feedback.trim() !== '') set[fields.feedback] = feedback.trim();
  const remove = item.source === 'cadence' ? [fields.every] : [fields.followUp];
  return [{ path: item.path, patch: { set, remove } }];
}

/**
 * Set follow-up on a note: the date, and what it is about and how, when given. A detail the note
 * already says (`live`, as read: trimmed, the channel in lower case) is left as the user wrote it.
 */
export function planSetFollowUp(
  path: string,
  date: LocalDate,
  settings: Settings,
  details: { about?: string; channel?: string } = {},
  live?: NoteFacts,
): NotePatch[] {
  const set: Record<string, string | number> = { [settings.fields.followUp]: date };
  const about = details.about?.trim() ?? '';
  const channel = details.channel?.trim() ?? '';
  if (about !== '' && about !== live?.about) set[settings.fields.about] = about;
  if (channel !== '' && channel.toLowerCase() !== live?.channel) set[settings.fields.channel] = channel;
  return [{ path, patch: { set, remove: [] } }];
}

export interface EveryonePlan {
  readonly patches: NotePatch[];
  /** People with an open follow-up already. */
  readonly skipped: string[];
  /** People without a contact note: nowhere to write their follow-up. */
  readonly withoutNote: string[];
}

/**
 * Follow up with everyone in a meeting or event note: each person linked in its people fields who
 * has no open follow-up gets one on their contact note, some days out.
 */
export function planEveryone(meeting: NoteFacts, snapshot: IndexSnapshot, settings: Settings): EveryonePlan {
  const open = new Set(snapshot.items.filter((item) => item.source === 'note').flatMap((item) => item.people.map(personKey)));
  const out = daysLater(snapshot.today, settings.everyoneDays);
  const plan: EveryonePlan = { patches: [], skipped: [], withoutNote: [] };
  for (const name of meeting.people) {
    if (open.has(personKey(name))) plan.skipped.push(name);
    else {
      const contact = snapshot.people.contactOf(name);
      if (contact === null) plan.withoutNote.push(name);
      else
        plan.patches.push({
          path: contact.path,
          patch: {
            set: {
              [settings.fields.followUp]: placeFor([name], snapshot, settings)(out),
              [settings.fields.about]: `Follow up on ${meeting.title}`,
            },
            remove: [],
          },
        });
    }
  }
  return plan;
}

/**
 * The snooze choices: tomorrow, in three days, next Monday (the next week start). `place` moves
 * each out of the people's away periods and weekends ({@link placeFor}), and a moved choice says so.
 */
export function snoozeChoices(
  today: LocalDate,
  weekStart: number,
  place: (date: LocalDate) => LocalDate = (date) => date,
): { label: string; date: LocalDate }[] {
  const toWeekStart = (weekStart - dayOfWeek(today) + 7) % 7 || 7;
  const choices: { label: string; date: LocalDate }[] = [];
  for (const [label, days] of [
    ['Tomorrow', 1],
    ['In 3 days', 3],
    [weekStart === 1 ? 'Next Monday' : 'Next week', toWeekStart],
  ] as const) {
    try {
      const date = daysLater(today, days);
      const placed = place(date);
      choices.push({ label: placed === date ? label : 'Next free day', date: placed });
    } catch (error) {
      // A choice past the calendar's last day is no choice: it is left out, never clamped.
      if (!(error instanceof PastLastDate)) throw error;
    }
  }
  return choices;
}

/** The snooze choices for an item: clear of its people's away periods and, when set, of weekends. */
export function snoozeChoicesFor(
  item: Pick<Item, 'people'>,
  snapshot: IndexSnapshot,
  settings: Settings,
): { label: string; date: LocalDate }[] {
  return snoozeChoices(snapshot.today, settings.weekStart, placeFor(item.people, snapshot, settings));
}

function lastContactPatches(people: readonly string[], day: LocalDate, snapshot: IndexSnapshot, settings: Settings): NotePatch[] {
  const patches: NotePatch[] = [];
  for (const name of people) {
    const contact = snapshot.people.contactOf(name);
    if (contact === null) continue;
    // last_contact never moves back.
    if (contact.lastContact !== null && contact.lastContact >= day) continue;
    patches.push({ path: contact.path, patch: { set: { [settings.fields.lastContact]: day }, remove: [] } });
  }
  return patches;
}

export function factsOf(item: Pick<Item, 'path'>, snapshot: IndexSnapshot): NoteFacts | undefined {
  return snapshot.facts.find((facts) => facts.path === item.path);
}
