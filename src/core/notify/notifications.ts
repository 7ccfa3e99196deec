import { itemKey, type Item } from '../item';
import { renamedPath } from '../vault-path';
import { addDays, dateParts, localDateOf, type LocalDate } from '../local-date';

/** What the plugin remembers between checks and restarts (in its data). */
export interface NotifyState {
  /** The instant of the last check, in ms since the epoch; null before the first. */
  readonly lastCheck: number | null;
  /** `source:path@due` of every item already notified for that due date. */
  readonly notified: readonly string[];
}

export const EMPTY_NOTIFY_STATE: NotifyState = Object.freeze({ lastCheck: null, notified: Object.freeze([]) });

export interface NotifyDecision {
  /** Notify one by one. */
  readonly each: readonly Item[];
  /** Notify as one summary: what came due while Obsidian was closed (or asleep), or many at once. */
  readonly summary: readonly Item[];
  readonly state: NotifyState;
}

/** More than this at one check become one summary instead of a row of notices. */
const MOST_AT_ONCE = 3;
/** Keys of items gone from the index are forgotten once their day is this far behind. */
const KEEP_DAYS = 7;

/**
 * What to notify now (SPEC §12). An item is due at its time on its day, an all-day one at
 * `notificationTime` (`HH:MM`) of its day, both in the local time zone as of `now`. It is notified
 * once per due date: snoozed to another day it is news again then; snoozed or done before its time
 * it is no longer in `items` at that time, so it never fires.
 *
 * Which items: those due by now and not yet notified, that came due today, or since the last check
 * (so what came due while Obsidian was closed or the computer slept is caught up). Older ones were
 * already overdue at the last check (or before the first one): the list shows them, no notice does.
 * At start-up everything caught is one summary.
 */
export function whatToNotify(
  items: readonly Item[],
  now: Date,
  notificationTime: string,
  state: NotifyState,
  startup: boolean,
): NotifyDecision {
  const today = localDateOf(now);
  const nowMs = now.getTime();
  const notified = new Set(state.notified);
  const caught: Item[] = [];
  for (const item of items) {
    const key = notifyKey(item);
    if (notified.has(key)) continue;
    const at = dueInstant(item.due, item.time ?? notificationTime);
    if (at > nowMs) continue;
    const cameDueSinceLastCheck = state.lastCheck !== null && at > state.lastCheck;
    if (item.due !== today && !cameDueSinceLastCheck) continue;
    caught.push(item);
    notified.add(key);
  }
  const live = new Set(items.map(notifyKey));
  const oldest = addDays(today, -KEEP_DAYS);
  const kept = [...notified].filter((key) => live.has(key) || keyDue(key) >= oldest).sort();
  const state2: NotifyState = { lastCheck: nowMs, notified: kept };
  const together = startup || caught.length > MOST_AT_ONCE;
  return { each: together ? [] : caught, summary: together ? caught : [], state: state2 };
}

/** An item and its due date: the key a notice is remembered by. */
export function notifyKey(item: Pick<Item, 'path' | 'source' | 'due'>): string {
  return `${itemKey(item)}@${item.due}`;
}

function keyDue(key: string): LocalDate {
  return key.slice(key.lastIndexOf('@') + 1);
}

/**
 * The instant a local wall-clock time falls on. A time that a daylight-saving change skips (02:30
 * on the spring-forward night) is taken as the first moment after the gap, as Date does; a time
 * that happens twice, as the first of the two.
 */
export function dueInstant(date: LocalDate, time: string): number {
  const { year, month, day } = dateParts(date);
  const [hours, minutes] = time.split(':').map(Number);
  const instant = new Date(year, month - 1, day, hours ?? 0, minutes ?? 0);
  // Years 0–99 are taken by the Date constructor as 1900–1999: the year is set again, as written.
  instant.setFullYear(year);
  return instant.getTime();
}

/** The text of a summary notice: `3 follow-ups came due: Lunch with Ana, Call Sam and 1 more`. */
export function summaryText(items: readonly Item[]): string {
  const shown = items.slice(0, 3).map((item) => item.title);
  const rest = items.length - shown.length;
  const names =
    rest > 0
      ? `${shown.join(', ')} and ${rest} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
        : shown[0];
  return `${items.length === 1 ? '1 follow-up' : `${items.length} follow-ups`} came due: ${names}`;
}

/** The state as stored in the plugin's data; anything else (none yet, a hand edit) is a fresh start. */
export function readNotifyState(raw: unknown): NotifyState {
  if (typeof raw !== 'object' || raw === null) return EMPTY_NOTIFY_STATE;
  const { lastCheck, notified } = raw as { lastCheck?: unknown; notified?: unknown };
  return {
    // Number.isFinite is true of finite numbers only, never of text.
    lastCheck: Number.isFinite(lastCheck) ? (lastCheck as number) : null,
    notified: Array.isArray(notified) ? notified.filter((key): key is string => typeof key === 'string') : [],
  };
}

/**
 * The state after a note or folder was renamed: its keys follow it, so that a follow-up already
 * notified is not notified again under its new path.
 */
export function renameInNotifyState(state: NotifyState, oldPath: string, newPath: string): NotifyState {
  const notified = state.notified.map((key) => {
    const colon = key.indexOf(':');
    const at = key.lastIndexOf('@');
    const path = key.slice(colon + 1, at);
    const moved = renamedPath(path, oldPath, newPath);
    return moved === null ? key : `${key.slice(0, colon + 1)}${moved}${key.slice(at)}`;
  });
  return { lastCheck: state.lastCheck, notified: notified.sort() };
}
