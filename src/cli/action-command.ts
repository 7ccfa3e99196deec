import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { refusalPastLastDate } from '../core/actions/past-last-date';
import { patchNoteText } from '../core/actions/patch-note-text';
import { planRequest, type ActionRequest } from '../core/actions/plan-request';
import { snoozeTarget } from '../core/actions/snooze-target';
import type { FollowUpIndex } from '../core/follow-up-index';
import type { IndexSnapshot } from '../core/index-snapshot';
import { unifiedDiff } from '../core/line-diff';
import { parseLocalDate } from '../core/local-date';
import { readNoteFacts } from '../core/note-facts';
import type { Settings } from '../core/settings';
import { UsageError, type ActionCommand, type ActionOptions } from './args';
import { isInside, readVaultNote, recordOf } from './note-in-vault';
import { NoteChangedError, writeNoteAtomic } from './write-note';

export interface ActionRun {
  readonly command: ActionCommand;
  /** The vault folder. */
  readonly vault: string;
  /** The current folder, which NOTE may be relative to. */
  readonly cwd: string;
  /** The note, as given: vault-relative, or relative to the current folder. */
  readonly note: string;
  readonly options: ActionOptions;
  readonly settings: Settings;
  readonly index: FollowUpIndex;
  readonly snapshot: IndexSnapshot;
}

/** A note that cannot be changed as asked: one line on stderr, exit 2, nothing written. */
export class ActionRefused extends UsageError {}

/**
 * `follow-up done|nudge|snooze|drop|set NOTE …` (SPEC §5): plans the action in the core as the
 * plugin does, patches every note it touches byte for byte, and writes them all, or, with
 * --dry-run, prints the change as a unified diff and writes nothing. When any note cannot be
 * patched, none is written.
 */
export function actionCommand(run: ActionRun, stdout: (text: string) => void): number {
  const request = refusalPastLastDate(() => requestOf(run.command, run.options, run.snapshot.today), run.settings);
  const note = readVaultNote(run.vault, notePathIn(run.vault, run.note, run.cwd));
  if (!request.ok) throw new ActionRefused(`"${note.path}" was not changed: ${request.reason}.`);
  const live = readNoteFacts(recordOf(note), run.settings);
  const plan = planRequest(request.value, note.path, run.snapshot, run.settings, live);
  if (!plan.ok) throw new ActionRefused(`"${note.path}" was not changed: ${plan.reason}.`);
  const changes: { path: string; before: string; after: string }[] = [];
  for (const { path, patch } of plan.patches) {
    const before = path === note.path ? note.text : readVaultNote(run.vault, path).text;
    // Text that is not UTF-8 was read with replacement characters: writing it back would change its other bytes.
    if (!isUtf8(readFileSync(join(run.vault, ...path.split('/')))))
      throw new ActionRefused(`"${path}" was not changed: it is not UTF-8 text, and writing it would change its other bytes.`);
    const result = patchNoteText(before, patch, run.settings, path);
    if (!result.ok) throw new ActionRefused(`"${path}" was not changed: ${result.reason}.`);
    if (result.text !== before) changes.push({ path, before, after: result.text });
  }
  if (run.options.dryRun) {
    for (const change of changes) stdout(unifiedDiff(change.before, change.after, `a/${change.path}`, `b/${change.path}`));
    return 0;
  }
  for (const change of changes) {
    try {
      writeNoteAtomic(join(resolve(run.vault), ...change.path.split('/')), change.before, change.after);
    } catch (error) {
      const reason = error instanceof NoteChangedError ? error.message : `it could not be written (${codeOf(error)})`;
      throw new ActionRefused(`"${change.path}" was not changed: ${reason}.`);
    }
  }
  stdout(changes.length === 0 ? `Nothing to change in ${note.path}.\n` : changes.map((change) => `Changed ${change.path}\n`).join(''));
  return 0;
}

/** The action asked for, its options checked: a mistake is a usage error naming the option. */
function requestOf(command: ActionCommand, options: ActionOptions, today: string): ActionRequest {
  const text = (value: string | null) => (value === null || value.trim() === '' ? undefined : value.trim());
  switch (command) {
    case 'done':
      return { kind: 'done', outcome: text(options.outcome), feedback: text(options.feedback) };
    case 'nudge':
      return { kind: 'nudge' };
    case 'snooze': {
      if (options.to === null) throw new UsageError('snooze needs --to: a date YYYY-MM-DD, tomorrow, +3d or a weekday such as monday.');
      const until = snoozeTarget(options.to, today);
      if (until === null)
        throw new UsageError(`--to must be a date YYYY-MM-DD, tomorrow, +3d or a weekday such as monday, not "${options.to}".`);
      return { kind: 'snooze', until, preset: parseLocalDate(options.to.trim()) === null };
    }
    case 'drop': {
      const outcome = text(options.outcome);
      if (outcome === undefined) throw new UsageError('drop needs --outcome: declined, no-response, or a few words.');
      return { kind: 'drop', outcome, feedback: text(options.feedback) };
    }
    case 'set': {
      if (options.date === null) throw new UsageError('set needs --date YYYY-MM-DD.');
      const date = parseLocalDate(options.date.trim());
      if (date === null) throw new UsageError(`--date must be a date written YYYY-MM-DD, not "${options.date}".`);
      return { kind: 'set', date, about: text(options.about), with: options.with, channel: text(options.channel) };
    }
  }
}

/** NOTE as a vault-relative path: as given when it names a note in the vault, else taken relative to the current folder. */
function notePathIn(vault: string, note: string, cwd: string): string {
  const root = resolve(vault);
  const written = note.replace(/\\/g, '/');
  const names = (base: string) => [written, `${written}.md`].some((candidate) => existsSync(resolve(base, candidate)));
  if (names(root) || !names(cwd)) return written;
  const absolute = resolve(cwd, written);
  if (!isInside(root, absolute)) throw new UsageError(`The note "${note}" is outside the vault ${vault}: give a path inside it.`);
  return relative(root, absolute).split(sep).join('/');
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : 'the system refused it';
}
