import type { Bucket, ItemSource } from '../item';
import { personName } from '../people';

/** The flags a query may ask for (SPEC §4): the index's own flags, by the names the JSON uses. */
export const QUERY_FLAGS = ['contacted', 'unresponsive', 'batch', 'too_soon', 'away'] as const;
export type QueryFlag = (typeof QUERY_FLAGS)[number];
export type QueryGroup = 'date' | 'person' | 'none';

/** `this` in a query: the note the query sits in. */
export interface ThisNote {
  readonly kind: 'this';
}
export type PersonTarget = ThisNote | { readonly kind: 'name'; readonly name: string };
export type PathTarget = ThisNote | { readonly kind: 'prefix'; readonly prefix: string };

/** One line of a query, all of which must hold. A list within a line holds when any of it does. */
export type QueryCondition =
  | { readonly key: 'due'; readonly line: number; readonly buckets: readonly Bucket[] | 'all' }
  | { readonly key: 'with'; readonly line: number; readonly person: PersonTarget }
  | { readonly key: 'about'; readonly line: number; readonly text: string }
  | { readonly key: 'path'; readonly line: number; readonly path: PathTarget }
  | { readonly key: 'source'; readonly line: number; readonly sources: readonly ItemSource[] }
  | { readonly key: 'flag'; readonly line: number; readonly flags: readonly QueryFlag[] };

/** The follow-ups query of SPEC §11, as parsed from a block's text or `--query`. */
export interface FollowUpQuery {
  readonly conditions: readonly QueryCondition[];
  /** Days ahead that count as upcoming; null: the upcoming window setting. */
  readonly within: number | null;
  readonly limit: number | null;
  readonly group: QueryGroup;
}

/** A line the query cannot use, in words, with its line number (1-based). */
export interface QueryError {
  readonly line: number;
  readonly message: string;
}

export type QueryParse =
  { readonly ok: true; readonly query: FollowUpQuery } | { readonly ok: false; readonly errors: readonly QueryError[] };

const KEYS = ['due', 'within', 'with', 'about', 'path', 'source', 'flag', 'limit', 'group'] as const;
type Key = (typeof KEYS)[number];
const BUCKETS: readonly Bucket[] = ['overdue', 'today', 'upcoming', 'later'];
const SOURCES: readonly string[] = ['note', 'cadence', 'birthday'];
const GROUPS: readonly QueryGroup[] = ['date', 'person', 'none'];
/** Keys that set how the list is shown rather than which items are in it: once each. */
const ONCE: readonly Key[] = ['within', 'limit', 'group'];
const MAX_DAYS = 3660;

/** The one line to show for a query that cannot be used. */
export function describeQueryError(error: QueryError): string {
  return `Line ${error.line}: ${error.message}`;
}

/**
 * Reads a query: one condition a line (lines also split at `;`), `#` after a space or at the start
 * of a line begins a comment (so `C#` stays text). Every line that cannot be used is reported,
 * none is skipped: a query that silently ignores a condition would show the wrong items.
 */
export function parseQuery(text: string): QueryParse {
  const conditions: QueryCondition[] = [];
  const errors: QueryError[] = [];
  const seen = new Map<Key, number>();
  let within: number | null = null;
  let limit: number | null = null;
  let group: QueryGroup = 'date';

  text.split(/\r\n|\r|\n/).forEach((rawLine, index) => {
    const line = index + 1;
    for (const segment of stripComment(rawLine).split(';')) {
      const statement = segment.trim();
      if (statement === '') continue;
      const colon = statement.indexOf(':');
      if (colon < 0) {
        errors.push({ line, message: `"${statement}" is not a condition: write a key, a colon and a value, e.g. "due: today".` });
        continue;
      }
      const keyText = statement.slice(0, colon).trim().toLowerCase();
      const value = statement.slice(colon + 1).trim();
      const key = KEYS.find((candidate) => candidate === keyText);
      if (key === undefined) {
        errors.push({ line, message: `unknown key "${statement.slice(0, colon).trim()}": use ${KEYS.join(', ')}.` });
        continue;
      }
      if (value === '') {
        errors.push({ line, message: `"${key}" needs a value${hint(key)}.` });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined && ONCE.includes(key)) {
        errors.push({ line, message: `"${key}" is already given on line ${first}; give it once.` });
        continue;
      }
      seen.set(key, line);
      const fail = (message: string) => errors.push({ line, message });
      switch (key) {
        case 'within': {
          const days = wholeNumber(value, 0, MAX_DAYS);
          if (days === null) fail(`"within: ${value}" must be a whole number of days from 0 to ${MAX_DAYS}.`);
          else within = days;
          break;
        }
        case 'limit': {
          const count = wholeNumber(value, 1, 100_000);
          if (count === null) fail(`"limit: ${value}" must be a whole number, 1 or more.`);
          else limit = count;
          break;
        }
        case 'group': {
          const chosen = GROUPS.find((candidate) => candidate === value.toLowerCase());
          if (chosen === undefined) fail(`"group: ${value}" must be one of ${GROUPS.join(', ')}.`);
          else group = chosen;
          break;
        }
        case 'due': {
          const words = list(value);
          if (words.length === 1 && words[0] === 'all') {
            conditions.push({ key, line, buckets: 'all' });
            break;
          }
          const wrong = words.filter((word) => !(BUCKETS as readonly string[]).includes(word));
          if (wrong.length > 0) fail(`"due: ${wrong[0]}" is not a due word: use ${BUCKETS.join(', ')} or all.`);
          else conditions.push({ key, line, buckets: words as Bucket[] });
          break;
        }
        case 'source': {
          const words = list(value);
          const wrong = words.filter((word) => !SOURCES.includes(word));
          if (wrong.length > 0) fail(`"source: ${wrong[0]}" is not a source: use ${SOURCES.join(', ')}.`);
          else conditions.push({ key, line, sources: words as ItemSource[] });
          break;
        }
        case 'flag': {
          const words = list(value).map((word) => word.replace(/[\s-]+/g, '_'));
          const wrong = words.filter((word) => !(QUERY_FLAGS as readonly string[]).includes(word));
          if (wrong.length > 0) fail(`"flag: ${wrong[0]}" is not a flag: use ${QUERY_FLAGS.join(', ')}.`);
          else conditions.push({ key, line, flags: words as QueryFlag[] });
          break;
        }
        case 'with': {
          if (value.toLowerCase() === 'this') conditions.push({ key, line, person: { kind: 'this' } });
          else {
            const name = personName(unquote(value));
            if (name === null) fail(`"with: ${value}" names nobody: write a name or a link such as [[Jane Doe]].`);
            else conditions.push({ key, line, person: { kind: 'name', name } });
          }
          break;
        }
        case 'path': {
          if (value.toLowerCase() === 'this') conditions.push({ key, line, path: { kind: 'this' } });
          else conditions.push({ key, line, path: { kind: 'prefix', prefix: unquote(value).replace(/^\/+/, '') } });
          break;
        }
        case 'about':
          conditions.push({ key, line, text: unquote(value) });
          break;
      }
    }
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, query: { conditions, within, limit, group } };
}

function hint(key: Key): string {
  switch (key) {
    case 'due':
      return `: ${BUCKETS.join(', ')} or all`;
    case 'source':
      return `: ${SOURCES.join(', ')}`;
    case 'flag':
      return `: ${QUERY_FLAGS.join(', ')}`;
    case 'group':
      return `: ${GROUPS.join(', ')}`;
    case 'with':
      return ': a name, a link or this';
    case 'path':
      return ': a folder such as Meetings/ or this';
    default:
      return '';
  }
}

/** Drops a comment: `#` at the start or after white space (a `#` inside a word, as in `C#`, is text). */
function stripComment(line: string): string {
  for (let at = line.indexOf('#'); at >= 0; at = line.indexOf('#', at + 1)) {
    if (at === 0 || /\s/.test(line.charAt(at - 1))) return line.slice(0, at);
  }
  return line;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== '');
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const number = Number(text);
  return number >= min && number <= max ? number : null;
}
