import { bucketOf, type IndexSnapshot } from '../index-snapshot';
import type { Bucket, Item } from '../item';
import { addDays } from '../local-date';
import { personKey } from '../people';
import type { FollowUpQuery, QueryCondition, QueryError } from './parse-query';

/** The note a query sits in, for `this`: its vault path and its title (file name without `.md`). */
export interface QueryNote {
  readonly path: string;
  readonly title: string;
}

export interface QueryGroupOfItems {
  /** The group's heading: a bucket's name for `group: date`, a person for `group: person`; '' for `none`. */
  readonly label: string;
  readonly items: readonly Item[];
}

export interface QueryResult {
  /** The matching items in the index's order, at most `limit` of them. */
  readonly items: readonly Item[];
  readonly groups: readonly QueryGroupOfItems[];
  /** Matching items left out by `limit`. */
  readonly more: number;
}

export type QueryRun = { readonly ok: true; readonly result: QueryResult } | { readonly ok: false; readonly errors: readonly QueryError[] };

const DEFAULT_BUCKETS: readonly Bucket[] = ['overdue', 'today', 'upcoming'];
const BUCKET_LABELS: Record<Bucket, string> = { overdue: 'Overdue', today: 'Today', upcoming: 'Upcoming', later: 'Later' };
const NO_ONE = 'No one named';

/**
 * Runs a query over a snapshot. Without a `due` line it shows what is due (overdue, today, upcoming),
 * as the sidebar does. `within` moves the end of "upcoming" for this query only. `this` needs the
 * note the query is in; without one (the command line without `--note`) its line is an error.
 */
export function runQuery(snapshot: IndexSnapshot, query: FollowUpQuery, note: QueryNote | null, upcomingDays: number): QueryRun {
  const errors: QueryError[] = [];
  if (note === null) {
    for (const condition of query.conditions) {
      if ((condition.key === 'with' && condition.person.kind === 'this') || (condition.key === 'path' && condition.path.kind === 'this'))
        errors.push({
          line: condition.line,
          message: `"${condition.key}: this" means the note the query is in, and there is none here (on the command line, give --note NOTE).`,
        });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const windowEnd = addDays(snapshot.today, query.within ?? upcomingDays);
  const hasDue = query.conditions.some((condition) => condition.key === 'due');
  const matching = snapshot.items.filter((item) => {
    const bucket = bucketOf(item.due, snapshot.today, windowEnd);
    if (!hasDue && !DEFAULT_BUCKETS.includes(bucket)) return false;
    return query.conditions.every((condition) => holds(condition, item, bucket, note));
  });
  const items = query.limit === null ? matching : matching.slice(0, query.limit);
  return {
    ok: true,
    result: { items, groups: groupItems(items, query, snapshot.today, windowEnd), more: matching.length - items.length },
  };
}

function holds(condition: QueryCondition, item: Item, bucket: Bucket, note: QueryNote | null): boolean {
  switch (condition.key) {
    case 'due':
      return condition.buckets === 'all' || condition.buckets.includes(bucket);
    case 'with': {
      // Stryker disable next-line OptionalChaining,StringLiteral: a `this` line without a note is refused before any item is tested
      const wanted = sameName(condition.person.kind === 'this' ? (note?.title ?? '') : condition.person.name);
      return item.people.some((person) => sameName(person) === wanted);
    }
    case 'about': {
      const wanted = condition.text.toLocaleLowerCase();
      return (item.about ?? '').toLocaleLowerCase().includes(wanted) || item.title.toLocaleLowerCase().includes(wanted);
    }
    case 'path':
      // Stryker disable next-line OptionalChaining: a `this` line without a note is refused before any item is tested
      return condition.path.kind === 'this' ? item.path === note?.path : item.path.startsWith(condition.path.prefix);
    case 'source':
      return condition.sources.includes(item.source);
    case 'flag':
      return condition.flags.some((flag) => (item.flags as readonly string[]).includes(flag));
  }
}

/** Names match whatever their case and Unicode form (`jane doe` is `Jane Doe`), as links do: `personKey`. */
function sameName(name: string): string {
  return personKey(name.trim());
}

function groupItems(items: readonly Item[], query: FollowUpQuery, today: string, windowEnd: string): QueryGroupOfItems[] {
  if (query.group === 'none') return items.length === 0 ? [] : [{ label: '', items }];
  const groups = new Map<string, Item[]>();
  const add = (label: string, item: Item) => {
    const group = groups.get(label);
    if (group) group.push(item);
    else groups.set(label, [item]);
  };
  if (query.group === 'date') {
    for (const item of items) add(BUCKET_LABELS[bucketOf(item.due, today, windowEnd)], item);
    return [...groups].map(([label, grouped]) => ({ label, items: grouped }));
  }
  // By person: an item goes under its first person, so that each item shows once and `limit` counts rows.
  for (const item of items) add(item.people[0] ?? NO_ONE, item);
  return [...groups]
    .sort(([a], [b]) => (a === NO_ONE ? 1 : b === NO_ONE ? -1 : a.localeCompare(b)))
    .map(([label, grouped]) => ({ label, items: grouped }));
}
