import type { IndexSnapshot } from '../index-snapshot';
import type { LocalDate } from '../local-date';
import type { NoteFacts } from '../note-facts';
import type { Settings } from '../settings';
import { itemOfNote } from './item-of-note';
import { refusalPastLastDate } from './past-last-date';
import { placeFor } from './schedule';
import { planDone, planDrop, planNudge, planSetFollowUp, planSnooze, type NotePatch } from './plan-actions';

/** An action on one note, as the command line asks for it (SPEC §5). */
export type ActionRequest =
  | { readonly kind: 'done'; readonly outcome?: string; readonly feedback?: string }
  | { readonly kind: 'nudge' }
  /** `preset`: a date in words (tomorrow, +3d, monday), kept clear of away periods and weekends as the plugin's presets are. */
  | { readonly kind: 'snooze'; readonly until: LocalDate; readonly preset: boolean }
  | { readonly kind: 'drop'; readonly outcome: string; readonly feedback?: string }
  | {
      readonly kind: 'set';
      readonly date: LocalDate;
      readonly about?: string;
      readonly with?: readonly string[];
      readonly channel?: string;
    };

export type RequestPlan = { readonly ok: true; readonly patches: NotePatch[] } | { readonly ok: false; readonly reason: string };

/**
 * The notes an action on the note at `path` changes, and how: the same planning as the plugin's
 * buttons (the note's own follow-up, else its stay-in-touch item), with `live` the note as it is now.
 * A date it would write past the calendar's last day refuses it, in words.
 */
export function planRequest(
  request: ActionRequest,
  path: string,
  snapshot: IndexSnapshot,
  settings: Settings,
  live: NoteFacts | undefined,
): RequestPlan {
  const planned = refusalPastLastDate(() => planOf(request, path, snapshot, settings, live), settings);
  return planned.ok ? planned.value : planned;
}

function planOf(
  request: ActionRequest,
  path: string,
  snapshot: IndexSnapshot,
  settings: Settings,
  live: NoteFacts | undefined,
): RequestPlan {
  const fields = settings.fields;
  if (request.kind === 'set') {
    const patches = planSetFollowUp(path, request.date, settings, { about: request.about, channel: request.channel }, live);
    const names = (request.with ?? []).map((name) => name.trim()).filter((name) => name !== '');
    if (names.length === 0) return { ok: true, patches };
    return { ok: true, patches: patches.map((patch) => withField(patch, fields.with, names.length === 1 ? names[0]! : names)) };
  }
  const item = itemOfNote(snapshot.items, path);
  if (item === null) {
    const broken = live?.problems.find((problem) => problem.field === 'frontmatter');
    if (broken !== undefined) return { ok: false, reason: lowerFirst(broken.message) };
    // A field that cannot be read, not a problem without a value to show (a merge key).
    const unread = live?.problems.find((problem) => problem.value !== null);
    if (unread !== undefined)
      return { ok: false, reason: `it has no open follow-up: "${unread.field}" cannot be read (${unread.message.replace(/\.$/, '')})` };
    return { ok: false, reason: 'it has no open follow-up' };
  }
  switch (request.kind) {
    case 'done': {
      const patches = planDone(item, snapshot, settings, request.outcome ?? 'replied', live);
      const feedback = request.feedback?.trim() ?? '';
      if (feedback === '') return { ok: true, patches };
      // The first patch is the item's own note; the others move the people's last contact.
      return { ok: true, patches: patches.map((patch, index) => (index === 0 ? withField(patch, fields.feedback, feedback) : patch)) };
    }
    case 'nudge':
      return { ok: true, patches: planNudge(item, snapshot, settings, live) };
    case 'snooze':
      return {
        ok: true,
        patches: planSnooze(item, request.preset ? placeFor(item.people, snapshot, settings)(request.until) : request.until, settings),
      };
    case 'drop':
      return { ok: true, patches: planDrop(item, snapshot, settings, request.outcome, request.feedback) };
  }
}

function withField(patch: NotePatch, field: string, value: string | readonly string[]): NotePatch {
  return { path: patch.path, patch: { set: { ...patch.patch.set, [field]: value }, remove: patch.patch.remove } };
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1).replace(/\.$/, '')}`;
}
