import { parseArgs } from 'node:util';

export type Command = 'due' | 'review' | 'check' | 'draft' | 'ics' | 'digest' | ActionCommand;
/** The actions of SPEC §5 on one note. */
export type ActionCommand = 'done' | 'nudge' | 'snooze' | 'drop' | 'set';
export const ACTION_COMMANDS: readonly ActionCommand[] = ['done', 'nudge', 'snooze', 'drop', 'set'];
export type ReviewFormat = 'md' | 'html' | 'json';
export type DigestFormat = 'text' | 'html' | 'eml';

export interface CliOptions {
  readonly command: Command;
  /** The vault folder given with --vault; null to find it from the current folder. */
  readonly vault: string | null;
  readonly today: string | null;
  readonly within: number | null;
  readonly json: boolean;
  readonly out: string | null;
  /** review: md, html or json; digest: text, html or eml. */
  /** null: none given; review then takes the extension of --out, else Markdown. */
  readonly format: ReviewFormat | DigestFormat | null;
  readonly config: string | null;
  /** draft: the note to draft a message for, vault-relative. */
  readonly note: string | null;
  /** The cache file to use instead of the one in the user's cache folder. */
  readonly cache: string | null;
  /** Neither read nor write a cache. */
  readonly noCache: boolean;
  /** due --query: the follow-ups query (SPEC §11). */
  readonly query: string | null;
  /** due --note: the note the query is in, for `this`. */
  readonly queryNote: string | null;
  /** digest: the message's addresses, the SMTP server to send it through, the file of what was sent. */
  readonly to: string | null;
  readonly from: string | null;
  readonly smtp: string | null;
  readonly state: string | null;
  /** The actions' options, as given (checked by the action command). */
  readonly action: ActionOptions;
}

export interface ActionOptions {
  readonly outcome: string | null;
  readonly feedback: string | null;
  /** snooze --to (the same option as digest's --to). */
  readonly to: string | null;
  readonly date: string | null;
  readonly about: string | null;
  readonly with: readonly string[];
  readonly channel: string | null;
  readonly dryRun: boolean;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

/** A mistake in how the command was called: one clear line, exit code 2. */
export class UsageError extends Error {}

const COMMANDS: readonly Command[] = ['due', 'review', 'check', 'draft', 'ics', 'digest', ...ACTION_COMMANDS];
export const REVIEW_FORMATS: readonly ReviewFormat[] = ['md', 'html', 'json'];
const DIGEST_FORMATS: readonly DigestFormat[] = ['text', 'html', 'eml'];
const ONLY_FOR: Record<string, readonly Command[]> = {
  within: ['due'],
  json: ['due', 'draft'],
  out: ['review', 'ics'],
  format: ['review', 'digest'],
  query: ['due'],
  note: ['due'],
  to: ['digest', 'snooze'],
  from: ['digest'],
  smtp: ['digest'],
  state: ['digest'],
  outcome: ['done', 'drop'],
  feedback: ['done', 'drop'],
  date: ['set'],
  about: ['set'],
  with: ['set'],
  channel: ['set'],
  'dry-run': ACTION_COMMANDS,
};

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  refuseShortVersionAfterCommand(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        today: { type: 'string' },
        within: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        format: { type: 'string' },
        config: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        query: { type: 'string' },
        note: { type: 'string' },
        to: { type: 'string' },
        from: { type: 'string' },
        smtp: { type: 'string' },
        state: { type: 'string' },
        outcome: { type: 'string' },
        feedback: { type: 'string' },
        date: { type: 'string' },
        about: { type: 'string' },
        with: { type: 'string', multiple: true },
        channel: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(parserErrorInWords(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0)
    throw new UsageError(
      'Name a command: due, review, check, draft, ics, digest, or an action: done, nudge, snooze, drop, set (see --help).',
    );
  const [name, ...extra] = positionals;
  const command = COMMANDS.find((candidate) => candidate === name);
  if (!command)
    throw new UsageError(
      `Unknown command "${name}": use due, review, check, draft, ics, digest, done, nudge, snooze, drop or set (see --help).`,
    );
  const takesNote = command === 'draft' || (ACTION_COMMANDS as readonly string[]).includes(command);
  const note = takesNote ? (extra.shift() ?? null) : null;
  if (command === 'draft' && note === null)
    throw new UsageError('Name the note to draft for: follow-up draft NOTE, a path inside the vault.');
  if (takesNote && note === null) throw new UsageError(`Name the note: follow-up ${command} NOTE, a path inside the vault.`);
  if (extra.length > 0) throw new UsageError(strayArgument(extra[0] as string));
  for (const [option, commands] of Object.entries(ONLY_FOR)) {
    if (values[option as keyof typeof values] !== undefined && !commands.includes(command)) {
      throw new UsageError(`--${option} goes with ${commands.join(' or ')}, not ${command}.`);
    }
  }
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache contradict each other; give one.');
  if (values.cache !== undefined && values.cache.trim() === '') throw new UsageError('--cache needs a file name.');
  if (values.note !== undefined && values.query === undefined)
    throw new UsageError('--note goes with --query: it is the note a query\'s "this" means.');
  const format = readFormat(command, values.format);
  return {
    kind: 'run',
    options: {
      command,
      vault: values.vault ?? null,
      today: values.today ?? null,
      within: values.within === undefined ? null : readWithin(values.within),
      json: values.json ?? false,
      out: values.out ?? null,
      format,
      config: values.config ?? null,
      note,
      cache: values.cache ?? null,
      noCache: values['no-cache'] ?? false,
      query: values.query ?? null,
      queryNote: values.note ?? null,
      to: values.to ?? null,
      from: values.from ?? null,
      smtp: values.smtp ?? null,
      state: values.state ?? null,
      action: {
        outcome: values.outcome ?? null,
        feedback: values.feedback ?? null,
        to: values.to ?? null,
        date: values.date ?? null,
        about: values.about ?? null,
        with: values.with ?? [],
        channel: values.channel ?? null,
        dryRun: values['dry-run'] ?? false,
      },
    },
  };
}

/** The most days --within takes: 9999, about 27 years. */
const MAX_WITHIN = 9999;

function readWithin(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text.trim()) > MAX_WITHIN)
    throw new UsageError(`--within must be a whole number of days from 0 to ${MAX_WITHIN}, not "${text}".`);
  return Number(text.trim());
}

function readFormat(command: Command, text: string | undefined): ReviewFormat | DigestFormat | null {
  if (command === 'digest') {
    const format = text ?? 'text';
    if (!DIGEST_FORMATS.includes(format as DigestFormat)) throw new UsageError(`--format must be text, html or eml, not "${format}".`);
    return format as DigestFormat;
  }
  if (text === undefined) return null;
  const format = text;
  if (!REVIEW_FORMATS.includes(format as ReviewFormat)) throw new UsageError(`--format must be md, html or json, not "${format}".`);
  return format as ReviewFormat;
}

/**
 * `-v` is short for --version only before a command: after one (`due -v`), it is more likely a
 * --vault cut short, and printing the version would hide the mistake.
 */
function refuseShortVersionAfterCommand(argv: readonly string[]): void {
  const command = argv.findIndex((arg) => !arg.startsWith('-'));
  if (command === -1) return;
  const short = argv.slice(command + 1).find((arg) => arg === '-v' || arg === '-h');
  if (short === '-v')
    throw new UsageError(
      '"-v" after a command is not an option: to name the vault, write --vault DIR; for the version, "follow-up --version".',
    );
}

/** Node's argument parser speaks to programmers; these are its messages in words. */
function parserErrorInWords(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' <]*)/.exec(message)?.[1] ?? 'that option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option}: see "follow-up --help" for the options.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/ambiguous/.test(message)) return `${option} needs a value, and the next word starts with "-": write it as ${option}=VALUE.`;
    if (/does not take an argument/.test(message)) return `${option} takes no value: write ${option} alone.`;
    return `${option} needs a value after it.`;
  }
  return 'The options could not be read: see "follow-up --help".';
}

/** A word after the command that nothing takes: most often a vault folder without --vault. */
function strayArgument(word: string): string {
  const hint = /[/\\]/.test(word) || word === '.' || word === '..' ? ` To name the vault, write --vault ${word}.` : '';
  return `Unexpected argument "${word}".${hint}`;
}
