import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { dueReport } from '../core/due-report';
import { indexRecords } from '../core/follow-up-index';
import { localDateOf, parseLocalDate, type LocalDate } from '../core/local-date';
import { actionCommand } from './action-command';
import { parseCliArgs, REVIEW_FORMATS, UsageError, type CliOptions, type DigestFormat } from './args';
import { formatDueText } from './due-text';
import { loadSettings } from './load-settings';
import { progressFor } from './progress';
import { readVault } from './read-vault';
import { terminalFormat, terminalText } from './terminal-text';
import { USAGE } from './usage';
import { chooseCacheFile } from './vault-cache';
import { exclusionsOf, findVaultRoot } from './vault-config';
import { formatOfExtension, holdsSomething, writeOut } from './write-out';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly version: string;
  /** Where the user's cache folder is found ($XDG_CACHE_HOME, $HOME); the process's environment if absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: progress is drawn only there. */
  readonly stderrIsTerminal?: boolean;
  /** Whether stdout is a terminal: a format for programs (.ics, .eml) printed there is shown safely, else exactly. */
  readonly stdoutIsTerminal?: boolean;
  /** Tells this build of the program from any other (a hash of its code): part of the cache key. */
  readonly build?: () => string;
  /** The current folder, where the vault is looked for without --vault; the process's if absent. */
  readonly cwd?: () => string;
}

/**
 * Runs one command line; returns the exit code (a promise of it for a command that waits, such as
 * sending mail). Every failure the user can fix is one line on stderr.
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const usage = (error: unknown): number => {
    if (error instanceof UsageError) {
      io.stderr(terminalText(`follow-up: ${error.message}\n`));
      return 2;
    }
    throw error;
  };
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'run') {
      const code = runCommand(parsed.options, io);
      return typeof code === 'number' ? code : code.catch(usage);
    }
    io.stdout(parsed.kind === 'help' ? USAGE : `${io.version}\n`);
    return 0;
  } catch (error) {
    return usage(error);
  }
}

function runCommand(options: CliOptions, io: CliIo): number | Promise<number> {
  const vault = options.vault === null ? findVaultRoot((io.cwd ?? process.cwd)()) : resolve(options.vault);
  if (!existsSync(vault) || !statSync(vault).isDirectory())
    throw new UsageError(`The vault folder ${options.vault ?? vault} does not exist or is not a folder.`);
  const today = readToday(options.today, io.now);
  const settings = loadSettings(vault, options.config, (line) => io.stderr(`follow-up: ${line}\n`));
  const exclusions = exclusionsOf(vault, settings);
  let scanned = 0;
  const lost: string[] = [];
  const records = readVault(vault, settings, {
    exclusions,
    lost: (path) => lost.push(path),
    cacheFile: chooseCacheFile(vault, options, io.env ?? process.env),
    version: `${io.version} ${io.build?.() ?? ''}`,
    progress: (total) => {
      scanned = total;
      return progressFor(total, io.stderrIsTerminal ?? false, io.stderr);
    },
  });
  const index = indexRecords(records, settings, exclusions);
  const snapshot = index.snapshot(today);
  // Text for the terminal: what a note holds never reaches it as control sequences.
  const shown = (text: string): void => io.stdout(terminalText(text));
  const shownErr = (text: string): void => io.stderr(terminalText(text));
  // A format for other programs: exact to a file or a pipe, and on a terminal unable to act on it.
  const formatted = (text: string): void => io.stdout(io.stdoutIsTerminal === true ? terminalFormat(text) : text);

  // Each command but `due`, `check` and the actions loads its code when it runs (dist/chunks/):
  // `due`, the one run most often, starts without the review, HTML, draft, calendar and mail code.
  switch (options.command) {
    case 'due': {
      const within = options.within ?? settings.upcomingDays;
      const query = options.query;
      if (query !== null)
        return import('./query-command').then(({ queryCommand }) =>
          queryCommand({ vault, query, note: options.queryNote, json: options.json, upcomingDays: within, snapshot, settings }, shown),
        );
      const report = dueReport(snapshot, within);
      shown(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatDueText(report, within, { snapshot, settings }));
      return 0;
    }
    case 'review': {
      const format = options.format ?? formatOfExtension(options.out, REVIEW_FORMATS) ?? 'md';
      return Promise.all([
        import('../core/review-model'),
        format === 'html' ? import('../core/html/render-review-html') : null,
        format === 'html' ? null : import('../core/markdown/render-review'),
      ]).then(([{ buildReview }, html, markdown]) => {
        const model = buildReview(snapshot, settings);
        const output =
          html !== null
            ? html.renderReviewHtml(model, { vaultName: basename(vault) })
            : format === 'json'
              ? markdown!.renderReviewJson(model)
              : markdown!.renderReviewMarkdown(model);
        // HTML too: a control character is not valid HTML text, and on a terminal it acts.
        if (options.out === null) shown(output);
        else writeOut(options.out, output, shown);
        return 0;
      });
    }
    case 'check': {
      for (const problem of snapshot.problems) {
        const value = problem.value === null ? '' : ` ${JSON.stringify(problem.value)}`;
        shown(`${problem.path}: ${problem.field}${value}: ${problem.message}\n`);
      }
      // How many notes were read, so that a wrong folder does not look like success.
      const count = snapshot.problems.length;
      const { followUps, personNotes } = index.counts();
      const read = `${plural(scanned, 'note')} read in ${vault}: ${followUps.toLocaleString('en-US')} with a follow-up, ${plural(personNotes, 'person note')}`;
      shown(count === 0 ? `No problems: ${read}.\n` : `${plural(count, 'problem')} found: ${read}.\n`);
      return count === 0 ? 0 : 1;
    }
    case 'done':
    case 'nudge':
    case 'snooze':
    case 'drop':
    case 'set':
      return actionCommand(
        {
          command: options.command,
          vault,
          cwd: (io.cwd ?? process.cwd)(),
          note: options.note ?? '',
          options: options.action,
          settings,
          index,
          snapshot,
        },
        shown,
      );
    case 'draft':
      return import('./draft-command').then(({ draftCommand }) =>
        draftCommand({ vault, note: options.note ?? '', json: options.json, settings, index, snapshot }, shown, shownErr),
      );
    case 'digest': {
      const env = io.env ?? process.env;
      const command = {
        vaultName: basename(vault),
        format: options.format as DigestFormat,
        to: options.to,
        from: options.from,
        smtp: options.smtp ?? (env.FOLLOW_UP_SMTP_URL || null),
        state: options.state,
        upcomingDays: settings.upcomingDays,
        snapshot,
        user: env.USER || env.LOGNAME || 'root',
      };
      // Loaded on demand: the mail library stays out of every other command's start-up.
      return import('./digest-command').then(({ digestCommand }) =>
        digestCommand(command, command.format === 'eml' ? formatted : shown, shownErr),
      );
    }
    case 'ics':
      return import('../core/ics/follow-up-calendar').then(({ followUpCalendar, stampOfDay }) => {
        // DTSTAMP: the real time, or the given day at 00:00Z so that a fixed day gives a fixed file.
        const stamp = options.today === null ? io.now() : stampOfDay(today);
        const output = followUpCalendar(snapshot, {
          stamp,
          alarmMinutesBefore: settings.icsAlarmMinutesBefore,
          vaultName: basename(vault),
        });
        if (options.out === null) formatted(output);
        else {
          // A calendar app subscribes to this file: one written without the notes that could not be
          // read would silently take their follow-ups off the user's calendar.
          if (lost.length > 0 && holdsSomething(options.out)) throw new UsageError(notReplaced(options.out, lost));
          writeOut(options.out, output, formatted);
        }
        return 0;
      });
  }
}

/** Why a file was left as it is: part of the vault could not be read, named (the first few). */
function notReplaced(target: string, lost: readonly string[]): string {
  const named = lost
    .slice(0, 3)
    .map((path) => `"${path}"`)
    .join(', ');
  const more = lost.length > 3 ? ` and ${lost.length - 3} more` : '';
  return `Cannot write ${target}: ${named}${more} could not be read (see "follow-up check"), so the calendar would lack their follow-ups; the one there was left as it is.`;
}

function readToday(text: string | null, now: () => Date): LocalDate {
  if (text === null) return localDateOf(now());
  const date = parseLocalDate(text.trim());
  if (!date) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${text}".`);
  return date;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : `${word}s`}`;
}
