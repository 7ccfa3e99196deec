import type { IndexSnapshot } from './index-snapshot';
import type { Item } from './item';
import { addDays, type LocalDate } from './local-date';
import type { Problem } from './problem';

/** The `due` listing of SPEC §8: overdue items and those due in the next `withinDays` days. */
export interface DueReport {
  readonly today: LocalDate;
  readonly items: readonly Item[];
  readonly problems: readonly Problem[];
}

export function dueReport(snapshot: IndexSnapshot, withinDays: number): DueReport {
  const last = addDays(snapshot.today, withinDays);
  return {
    today: snapshot.today,
    items: snapshot.items.filter((item) => item.due <= last),
    problems: snapshot.problems,
  };
}
