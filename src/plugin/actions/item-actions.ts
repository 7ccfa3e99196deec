import { Notice } from 'obsidian';
import type { FrontmatterPatch } from '../../core/actions/frontmatter-patch';
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
import type { NoteWriter } from './note-writer';
import type { UndoHistory } from './undo-history';

/** The one-click actions of SPEC §5: plan in the core, write through the queue, remember for undo. */
export class ItemActions {
  constructor(
    private readonly writer: NoteWriter,
    private readonly history: UndoHistory,
    private readonly settings: () => Settings,
    private readonly snapshot: () => IndexSnapshot,
  ) {}

  async done(item: Item, outcome: Outcome = 'replied'): Promise<boolean> {
    const snapshot = this.snapshot();
    const patches = planDone(item, snapshot, this.settings(), outcome);
    const next = nextDate(patches[0]?.patch, this.settings());
    return this.run(`done: ${item.title}`, patches, snapshot, next === null ? `Done: ${item.title}.` : `Done: ${item.title}. Next follow-up on ${next}.`);
  }

  async nudge(item: Item): Promise<boolean> {
    const snapshot = this.snapshot();
    const patches = planNudge(item, snapshot, this.settings());
    return this.run(`nudged: ${item.title}`, patches, snapshot, `Nudged: ${item.title}. Waiting for a reply until ${nextDate(patches[0]?.patch, this.settings()) ?? 'later'}.`);
  }

  async snooze(item: Item, until: LocalDate): Promise<boolean> {
    return this.run(`snoozed: ${item.title}`, planSnooze(item, until, this.settings()), this.snapshot(), `Snoozed: ${item.title}, until ${until}.`);
  }

  async drop(item: Item, outcome: DropOutcome, feedback: string): Promise<boolean> {
    const snapshot = this.snapshot();
    return this.run(`dropped: ${item.title}`, planDrop(item, snapshot, this.settings(), outcome, feedback), snapshot, `Dropped: ${item.title} (${outcome}).`);
  }

  async setFollowUp(path: string, date: LocalDate, details: { about?: string; channel?: string }): Promise<boolean> {
    return this.run(`follow-up set on ${path}`, planSetFollowUp(path, date, this.settings(), details), null, `Follow-up set for ${date}.`);
  }

  /** Follow up with everyone linked in a meeting note; returns who had no note to write to. */
  async everyone(meeting: NoteFacts): Promise<string[]> {
    const plan = planEveryone(meeting, this.snapshot(), this.settings());
    if (plan.patches.length > 0) await this.run(`follow up with everyone in ${meeting.title}`, plan.patches, null, null);
    const parts = [
      plan.patches.length > 0 ? `Follow-ups set for ${plan.patches.length} ${plan.patches.length === 1 ? 'person' : 'people'}.` : 'No new follow-ups.',
      plan.skipped.length > 0 ? `Already open: ${plan.skipped.join(', ')}.` : '',
      plan.withoutNote.length > 0 ? `No note yet for: ${plan.withoutNote.join(', ')}.` : '',
    ];
    new Notice(parts.filter((part) => part !== '').join(' '));
    return plan.withoutNote;
  }

  private async run(label: string, patches: NotePatch[], snapshot: IndexSnapshot | null, message: string | null): Promise<boolean> {
    const expected = new Map<string, NoteFacts>();
    if (snapshot !== null) for (const facts of snapshot.facts) if (patches.some((patch) => patch.path === facts.path)) expected.set(facts.path, facts);
    const written = await this.writer.apply(patches, expected);
    this.history.record(label, written);
    const complete = written.length === patches.length;
    if (complete && message !== null) new Notice(message);
    return complete;
  }
}

function nextDate(patch: FrontmatterPatch | undefined, settings: Settings): string | null {
  const value = patch?.set[settings.fields.followUp];
  return typeof value === 'string' ? value : null;
}
