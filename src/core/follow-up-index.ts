import type { IndexSnapshot } from './index-snapshot';
import { LiveSnapshot } from './live-snapshot';
import type { LocalDate } from './local-date';
import { settingsExclusions, type VaultExclusions } from './note-head/vault-settings';
import type { NoteRecord } from './note-record';
import { isRelevant, mayBeRelevant, readNoteFacts, type NoteFacts } from './note-facts';
import type { Settings } from './settings';

/**
 * The follow-up index: the facts of every relevant note, kept current one note at a time.
 * Views ask for a snapshot for a day; it is derived once per revision and day, then reused.
 */
export class FollowUpIndex {
  private readonly facts = new Map<string, NoteFacts>();
  private cached: { revision: number; today: LocalDate; snapshot: IndexSnapshot } | null = null;
  /** The last day's snapshot, kept current from the notes changed since (`changed`), one at a time. */
  private live: LiveSnapshot | null = null;
  private readonly changed = new Set<string>();
  private currentRevision = 0;
  /** Prepared once: upsert runs for every note of the vault, most of which hold nothing for us. */
  private readonly mayMatter: (record: NoteRecord) => boolean;

  /** `exclusions`: the vault's own (note-head/vault-settings.ts); by default the settings' alone. */
  constructor(
    readonly settings: Settings,
    readonly exclusions: VaultExclusions = settingsExclusions(settings),
  ) {
    this.mayMatter = mayBeRelevant(settings);
  }

  /** Bumped by every change that can alter a snapshot; views compare it instead of diffing data. */
  get revision(): number {
    return this.currentRevision;
  }

  get size(): number {
    return this.facts.size;
  }

  /**
   * What `check` tells about a vault: the notes that hold a follow-up (open or done) and the person
   * notes by what they say themselves (a note may be both, or neither: a meeting note, a note with a problem).
   */
  counts(): { readonly followUps: number; readonly personNotes: number } {
    let followUps = 0;
    let personNotes = 0;
    for (const facts of this.facts.values()) {
      if (facts.followUp !== null || facts.done !== null) followUps += 1;
      if (facts.isPersonNote) personNotes += 1;
    }
    return { followUps, personNotes };
  }

  isExcluded(path: string): boolean {
    return this.exclusions.isExcluded(path);
  }

  /** Adds or replaces one note. Returns whether anything the index shows may have changed. */
  upsert(record: NoteRecord): boolean {
    if (this.isExcluded(record.path) || !this.mayMatter(record)) return this.remove(record.path);
    const facts = readNoteFacts(record, this.settings);
    if (!isRelevant(facts)) return this.remove(record.path);
    this.facts.set(record.path, facts);
    this.touch(record.path);
    return true;
  }

  remove(path: string): boolean {
    if (!this.facts.delete(path)) return false;
    this.touch(path);
    return true;
  }

  /** A renamed note: its old entry goes, its record under the new path comes in. */
  rename(oldPath: string, record: NoteRecord): void {
    this.remove(oldPath);
    this.upsert(record);
  }

  factsOf(path: string): NoteFacts | undefined {
    return this.facts.get(path);
  }

  snapshot(today: LocalDate): IndexSnapshot {
    const cached = this.cached;
    if (cached && cached.revision === this.currentRevision && cached.today === today) return cached.snapshot;
    const live = this.live;
    // Past a quarter of the notes, one pass over all of them is cheaper than one update per note.
    if (live !== null && live.today === today && this.changed.size <= Math.max(64, this.facts.size / 4)) {
      for (const path of this.changed) live.apply(path, this.facts.get(path));
    } else this.live = LiveSnapshot.build(this.facts.values(), this.settings, today);
    this.changed.clear();
    const snapshot = (this.live as LiveSnapshot).snapshot();
    this.cached = { revision: this.currentRevision, today, snapshot };
    return snapshot;
  }

  private touch(path: string): void {
    this.currentRevision += 1;
    // Until a snapshot is asked for (e.g. during the first build), there is nothing to keep current.
    if (this.live !== null) this.changed.add(path);
  }
}

/** Builds an index from a whole vault's records at once. */
export function indexRecords(records: Iterable<NoteRecord>, settings: Settings, exclusions?: VaultExclusions): FollowUpIndex {
  const index = new FollowUpIndex(settings, exclusions);
  for (const record of records) index.upsert(record);
  return index;
}
