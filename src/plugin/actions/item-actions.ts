import { Notice } from 'obsidian';
import type { FrontmatterPatch } from '../../core/actions/frontmatter-patch';
import { refusalPastLastDate } from '../../core/actions/past-last-date';
import {
  planDone,
  planDrop,
  planEveryone,
  planNudge,
  planSetFollowUp,
  planSnooze,
  type DropOutcome,
  type NotePatch,
  type Outcome,
} from '../../core/actions/plan-actions';
import type { IndexSnapshot } from '../../core/index-snapshot';
import type { Item } from '../../core/item';
import type { LocalDate } from '../../core/local-date';
import type { NoteFacts } from '../../core/note-facts';
import type { Settings } from '../../core/settings';
import type { PatchPlan, NoteWriter, WriteTask } from './note-writer';
import type { UndoHistory } from './undo-history';

/**
 * The one-click actions of SPEC §5. Each is planned in the core against the note as it is when
 * its turn comes in the write queue, written, and remembered for undo.
 */
export class ItemActions {
  constructor(
    private readonly writer: NoteWriter,
    private readonly history: UndoHistory,
    private readonly settings: () => Settings,
    private readonly snapshot: () => IndexSnapshot,
  ) {}

  /** Done; `doneOn` is the day it was done when not today (the contact a `contacted` item shows). */
  async done(item: Item, outcome: Outcome = 'replied', doneOn: LocalDate = this.snapshot().today): Promise<boolean> {
    const snapshot = this.snapshot();
    const settings = this.settings();
    const planned = this.planned(item, () => planDone(item, snapshot, settings, outcome, undefined, doneOn));
    if (planned === null) return false;
    const tasks = planned.map((patch, index): WriteTask => ({
      path: patch.path,
      plan:
        index === 0
          ? this.onLiveItem(item, (live) => planDone(item, snapshot, settings, outcome, live, doneOn)[0]?.patch)
          : this.unlessContactIsLater(patch, doneOn),
    }));
    const next = nextDate(planned[0]?.patch, settings);
    return this.run(
      `done: ${item.title}`,
      tasks,
      next === null ? `Done: ${item.title}.` : `Done: ${item.title}. Next follow-up on ${next}.`,
    );
  }

  async nudge(item: Item): Promise<boolean> {
    const snapshot = this.snapshot();
    const settings = this.settings();
    const planned = this.planned(item, () => planNudge(item, snapshot, settings));
    if (planned === null) return false;
    const until = nextDate(planned[0]?.patch, settings);
    const plan = this.onLiveItem(item, (live) => planNudge(item, snapshot, settings, live)[0]?.patch);
    return this.run(
      `nudged: ${item.title}`,
      [{ path: item.path, plan }],
      until === null ? `Nudged: ${item.title}.` : `Nudged: ${item.title}. Waiting for a reply until ${until}.`,
    );
  }

  async snooze(item: Item, until: LocalDate): Promise<boolean> {
    const patch = planSnooze(item, until, this.settings())[0]?.patch;
    return this.run(
      `snoozed: ${item.title}`,
      [{ path: item.path, plan: this.onLiveItem(item, () => patch) }],
      `Snoozed: ${item.title}, until ${until}.`,
    );
  }

  async drop(item: Item, outcome: DropOutcome, feedback: string): Promise<boolean> {
    const patch = planDrop(item, this.snapshot(), this.settings(), outcome, feedback)[0]?.patch;
    return this.run(
      `dropped: ${item.title}`,
      [{ path: item.path, plan: this.onLiveItem(item, () => patch) }],
      `Dropped: ${item.title} (${outcome}).`,
    );
  }

  async setFollowUp(path: string, date: LocalDate, details: { about?: string; channel?: string }): Promise<boolean> {
    const settings = this.settings();
    // Planned against the note as written then, so that details it already says keep their spelling.
    const plan: PatchPlan = (live) => planSetFollowUp(path, date, settings, details, live)[0]?.patch ?? null;
    return this.run(`follow-up set on ${path}`, [{ path, plan }], `Follow-up set for ${date}.`);
  }

  /** Writes plain patches (no live re-planning), remembered for undo as one action. */
  async writePatches(label: string, patches: readonly NotePatch[]): Promise<boolean> {
    return this.run(label, toTasks(patches), null);
  }

  /** Follow up with everyone linked in a meeting note; returns who had no note to write to. */
  async everyone(meeting: NoteFacts): Promise<string[]> {
    const settings = this.settings();
    const planned = refusalPastLastDate(() => planEveryone(meeting, this.snapshot(), settings), settings);
    if (!planned.ok) {
      new Notice(`No follow-ups were set for the people in “${meeting.title}”: ${planned.reason}.`);
      return [];
    }
    const plan = planned.value;
    // Someone may have got a follow-up of their own since: never overwrite it.
    const tasks = plan.patches.map(({ path, patch }): WriteTask => ({ path, plan: (live) => (live.followUp === null ? patch : null) }));
    if (tasks.length > 0) await this.run(`follow up with everyone in ${meeting.title}`, tasks, null);
    const parts = [
      plan.patches.length > 0
        ? `Follow-ups set for ${plan.patches.length} ${plan.patches.length === 1 ? 'person' : 'people'}, due in ${settings.everyoneDays} days.`
        : 'No new follow-ups.',
      plan.skipped.length > 0 ? `Already open: ${plan.skipped.join(', ')}.` : '',
      plan.withoutNote.length > 0 ? `No note yet for: ${plan.withoutNote.join(', ')}.` : '',
    ];
    new Notice(parts.filter((part) => part !== '').join(' '));
    return plan.withoutNote;
  }

  /**
   * Plans against the note as it now is. A follow-up removed meanwhile (by the user or another
   * device) is not brought back.
   */
  private onLiveItem(item: Item, plan: (live: NoteFacts) => FrontmatterPatch | undefined): PatchPlan {
    return (live) => {
      const open =
        item.source === 'cadence' ? live.every !== null : item.source === 'birthday' ? live.birthday !== null : live.followUp !== null;
      if (!open) return { refuse: 'its follow-up was closed or removed since the list was drawn' };
      const planned = refusalPastLastDate(() => plan(live), this.settings());
      return planned.ok ? (planned.value ?? null) : { refuse: planned.reason };
    };
  }

  /** An action's patches, or null when it is refused (a date past the calendar's last day), with a notice saying why. */
  private planned(item: Item, plan: () => NotePatch[]): NotePatch[] | null {
    const planned = refusalPastLastDate(plan, this.settings());
    if (planned.ok) return planned.value;
    new Notice(`“${item.title}” was not changed: ${planned.reason}.`);
    return null;
  }

  /** `last_contact` never moves back, even if the note changed since it was planned. */
  private unlessContactIsLater(patch: NotePatch, today: LocalDate): PatchPlan {
    return (live) => (live.lastContact !== null && live.lastContact >= today ? null : patch.patch);
  }

  private async run(label: string, tasks: WriteTask[], message: string | null): Promise<boolean> {
    const { written, failed } = await this.writer.apply(tasks);
    this.history.record(label, written);
    if (failed === 0 && message !== null) new Notice(message);
    return failed === 0;
  }
}

function toTasks(patches: readonly NotePatch[]): WriteTask[] {
  return patches.map(({ path, patch }) => ({ path, plan: patch }));
}

function nextDate(patch: FrontmatterPatch | undefined, settings: Settings): string | null {
  const value = patch?.set[settings.fields.followUp];
  return typeof value === 'string' ? value : null;
}
