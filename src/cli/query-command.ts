import type { Settings } from '../core/settings';
import type { IndexSnapshot } from '../core/index-snapshot';
import { noteTitle } from '../core/note-record';
import { describeQueryError, parseQuery } from '../core/query/parse-query';
import { runQuery, type QueryNote, type QueryResult } from '../core/query/run-query';
import { UsageError } from './args';
import { itemLine, type WordsContext } from './due-text';
import { readVaultNote } from './note-in-vault';

export interface QueryCommand {
  /** The vault folder, as given. */
  readonly vault: string;
  readonly query: string;
  /** The note `this` means, vault-relative; null when not given. */
  readonly note: string | null;
  readonly json: boolean;
  /** Days ahead counted as upcoming when the query has no `within`. */
  readonly upcomingDays: number;
  readonly snapshot: IndexSnapshot;
  /** For the flags in words, as the sidebar says them. */
  readonly settings: Settings;
}

/**
 * `follow-up due --query TEXT [--note NOTE]`: the items a `follow-ups` block with that text shows,
 * through the same core query. A line the query cannot use is a usage error: exit 2, that line.
 */
export function queryCommand(command: QueryCommand, stdout: (text: string) => void): number {
  const parsed = parseQuery(command.query);
  if (!parsed.ok) throw new UsageError(`--query: ${describeQueryError(parsed.errors[0]!)}`);
  let note: QueryNote | null = null;
  if (command.note !== null) {
    const path = readVaultNote(command.vault, command.note).path;
    note = { path, title: noteTitle(path) };
  }
  const run = runQuery(command.snapshot, parsed.query, note, command.upcomingDays);
  if (!run.ok) throw new UsageError(`--query: ${describeQueryError(run.errors[0]!)}`);
  const { today, problems } = command.snapshot;
  stdout(
    command.json
      ? `${JSON.stringify({ today, items: run.result.items, problems }, null, 2)}\n`
      : formatQueryText(run.result, today, { snapshot: command.snapshot, settings: command.settings }),
  );
  return 0;
}

function formatQueryText(result: QueryResult, today: string, words: WordsContext): string {
  const lines = [`Follow-ups as of ${today} matching the query`];
  if (result.items.length === 0) lines.push('', 'No follow-up matches the query.');
  for (const group of result.groups) {
    if (group.label !== '') lines.push('', `${group.label} (${group.items.length})`);
    else lines.push('');
    for (const item of group.items) lines.push(`  ${itemLine(item, today, words)}`);
  }
  if (result.more > 0) lines.push('', `${result.more} more not shown (limit).`);
  return `${lines.join('\n')}\n`;
}
