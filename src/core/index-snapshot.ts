import type { ContactEvidence } from './contact-evidence';
import type { Item } from './item';
import type { LocalDate } from './local-date';
import { LiveSnapshot } from './live-snapshot';
import type { NoteFacts } from './note-facts';
import type { PeopleDirectory } from './people-directory';
import type { Problem } from './problem';
import type { Settings } from './settings';

export { bucketOf } from './item-rules';

/** Everything the views need, derived for one day from the facts of every note. Never changes once built. */
export interface IndexSnapshot {
  readonly today: LocalDate;
  /** All open items, in order. */
  readonly items: readonly Item[];
  readonly problems: readonly Problem[];
  readonly people: PeopleDirectory;
  /** Every relevant note's facts, by path. */
  readonly facts: readonly NoteFacts[];
  /** The `contact` of each item that has one, with who and how, by `itemKey` (item.ts). */
  readonly evidence: ReadonlyMap<string, ContactEvidence>;
}

/** The snapshot of a whole vault at once (the rules: item-rules.ts; kept current one note at a time: live-snapshot.ts). */
export function buildSnapshot(allFacts: Iterable<NoteFacts>, settings: Settings, today: LocalDate): IndexSnapshot {
  return LiveSnapshot.build(allFacts, settings, today).snapshot();
}
