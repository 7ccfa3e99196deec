import { compareText } from './compare-text';
import type { ItemContact } from './contact-evidence';
import { compareDates, type LocalDate } from './local-date';

export type Bucket = 'overdue' | 'today' | 'upcoming' | 'later';
export type ItemSource = 'note' | 'cadence' | 'birthday';
export type ItemFlag = 'unresponsive' | 'batch' | 'too_soon' | 'contacted' | 'away';

/** One follow-up to make, in the shape of SPEC §8 (field order included). */
export interface Item {
  readonly path: string;
  readonly title: string;
  readonly due: LocalDate;
  readonly time: string | null;
  readonly bucket: Bucket;
  readonly people: readonly string[];
  readonly channel: string | null;
  readonly about: string | null;
  readonly attempts: number;
  /** ISO 8601 duration, e.g. `P2W`. */
  readonly every: string | null;
  readonly source: ItemSource;
  readonly flags: readonly ItemFlag[];
  /** Contact with one of its people since the item's baseline (flag `contacted`), else null. */
  readonly contact: ItemContact | null;
  /** The latest `away_until` of its people on or after the due date (flag `away`), else null. */
  readonly away_until: LocalDate | null;
}

/** Due date, then time (a whole day, as '', before a timed one), then path, then source. */
export function compareItems(a: Item, b: Item): number {
  return (
    compareDates(a.due, b.due) || compareText(a.time ?? '', b.time ?? '') || compareText(a.path, b.path) || compareText(a.source, b.source)
  );
}

/** A stable key for an item: a note can carry one item of each source. */
export function itemKey(item: Pick<Item, 'path' | 'source'>): string {
  return `${item.source}:${item.path}`;
}
