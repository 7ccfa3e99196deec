import { compareText } from './compare-text';
import type { ContactEvidence } from './contact-evidence';
import type { IndexSnapshot } from './index-snapshot';
import { compareItems, itemKey, type Item } from './item';
import { countsAsDueSoon, itemOf, noteOutput, type FlagContext, type NoteOutput } from './item-rules';
import { addDays, type LocalDate } from './local-date';
import type { NoteFacts } from './note-facts';
import { personKey } from './people';
import { namesTouched, PeopleDirectory, personEntry, sameEntry, type PersonEntry } from './people-directory';
import type { Problem } from './problem';
import type { Settings } from './settings';
import { insertSorted, lowerBound, removeSorted } from './sorted-list';

const byPath = (a: { readonly path: string }, b: { readonly path: string }): number => compareText(a.path, b.path);
const EMPTY: NoteOutput = { drafts: [], problems: [] };

/**
 * The snapshot of one day, kept current one note at a time. Every person's entry depends only on
 * the notes that touch the name (people-directory.ts), a note's items and problems only on the
 * note and the entries and due-soon counts of the names it touches (item-rules.ts). So when a note
 * changes, only the entries of the names it touches are read again, and only the notes touching a
 * name whose entry or count moved get their items again: the rest keep their very objects.
 * The full build runs the same rules over every note; a property test holds the two equal.
 */
/** What the snapshot holds for one note: one map entry per note, as map operations are most of a full build. */
interface NoteState {
  readonly facts: NoteFacts;
  output: NoteOutput;
  items: readonly Item[];
}

export class LiveSnapshot {
  private readonly notes = new Map<string, NoteState>();
  /** Per person (by `personKey`), the notes that touch them ({@link namesTouched}); arrays, as most have one note. */
  private readonly touching = new Map<string, NoteFacts[]>();
  private readonly dueSoon = new Map<string, number>();
  private readonly windowEnd: LocalDate;
  // What a published snapshot holds: copied before the first change after it is handed out.
  private entries = new Map<string, PersonEntry>();
  private evidence = new Map<string, ContactEvidence>();
  private sortedFacts: NoteFacts[] = [];
  private items: Item[] = [];
  private problems: Problem[] = [];
  private directory = new PeopleDirectory(this.entries);
  private published: IndexSnapshot | null = null;

  /** Called once per item recomputed; tests count with it. */
  onItem: ((item: Item) => void) | null = null;

  private constructor(
    readonly settings: Settings,
    readonly today: LocalDate,
  ) {
    this.windowEnd = addDays(today, settings.upcomingDays);
  }

  /** The full build: every note, every person, every item. */
  static build(allFacts: Iterable<NoteFacts>, settings: Settings, today: LocalDate): LiveSnapshot {
    const live = new LiveSnapshot(settings, today);
    live.sortedFacts = [...allFacts].sort(byPath);
    const states = live.sortedFacts.map((note): NoteState => {
      const state = { facts: note, output: EMPTY, items: [] };
      live.notes.set(note.path, state);
      live.touch(note, 1);
      return state;
    });
    for (const [name, notes] of live.touching) {
      const entry = personEntry(name, notes, today);
      if (entry !== null) live.entries.set(name, entry);
    }
    for (const state of states) {
      state.output = noteOutput(state.facts, live.directory, settings, today);
      live.count(state.output, 1);
      for (const problem of state.output.problems) live.problems.push(problem);
    }
    const context = live.context();
    for (const state of states) {
      if (state.output.drafts.length > 0) for (const item of live.deriveItems(state, context)) live.items.push(item);
    }
    live.items.sort(compareItems);
    return live;
  }

  /** One note changed (`next`), appeared, or went (`next` undefined). */
  apply(path: string, next: NoteFacts | undefined): void {
    const gone = this.notes.get(path);
    const old = gone?.facts;
    if (old === next) return;
    this.ownPublished();
    const names = new Set([...(old ? namesTouched(old) : []), ...(next ? namesTouched(next) : [])]);
    if (old) {
      this.touch(old, -1);
      removeSorted(this.sortedFacts, old, byPath);
      this.notes.delete(path);
    }
    if (next) {
      this.touch(next, 1);
      insertSorted(this.sortedFacts, next, byPath);
      // Starts with what the note gave before, so that the steps below take that away.
      this.notes.set(path, { facts: next, output: gone?.output ?? EMPTY, items: gone?.items ?? [] });
    }
    // The old note's state while it is taken away; the new one's once it is there.
    const stateOf = (notePath: string): NoteState | undefined => this.notes.get(notePath) ?? (notePath === path ? gone : undefined);

    // The entries of the names this note touches, and the notes that read a changed one.
    const redo = new Set<string>([path]);
    for (const name of names) {
      const notes = this.touching.get(name);
      const entry = notes === undefined ? null : personEntry(name, notes, this.today);
      if (sameEntry(this.entries.get(name) ?? null, entry)) continue;
      if (entry === null) this.entries.delete(name);
      else this.entries.set(name, entry);
      for (const note of notes ?? []) redo.add(note.path);
    }

    // Their drafts and problems; a moved due-soon count reaches every note touching that name.
    const counts = new Map<string, number>();
    const itemsRedo = new Set(redo);
    for (const notePath of redo) {
      const state = stateOf(notePath);
      if (state === undefined) continue;
      const present = this.notes.has(notePath);
      const before = state.output;
      const after = present ? noteOutput(state.facts, this.directory, this.settings, this.today) : EMPTY;
      this.count(before, -1, counts);
      this.count(after, 1, counts);
      state.output = after;
      this.replaceProblems(notePath, before.problems, after.problems);
    }
    for (const [name, delta] of counts) if (delta !== 0) for (const note of this.touching.get(name) ?? []) itemsRedo.add(note.path);

    const context = this.context();
    for (const notePath of itemsRedo) {
      const state = stateOf(notePath);
      if (state === undefined) continue;
      for (const item of state.items) {
        removeSorted(this.items, item, compareItems);
        this.evidence.delete(itemKey(item));
      }
      for (const item of this.deriveItems(state, context)) insertSorted(this.items, item, compareItems);
    }
  }

  snapshot(): IndexSnapshot {
    this.published ??= {
      today: this.today,
      items: this.items,
      problems: this.problems,
      people: this.directory,
      facts: this.sortedFacts,
      evidence: this.evidence,
    };
    return this.published;
  }

  /** A handed-out snapshot never changes: the first change after it works on copies. */
  private ownPublished(): void {
    if (this.published === null) return;
    this.published = null;
    this.entries = new Map(this.entries);
    this.directory = new PeopleDirectory(this.entries);
    this.evidence = new Map(this.evidence);
    this.sortedFacts = [...this.sortedFacts];
    this.items = [...this.items];
    this.problems = [...this.problems];
  }

  private context(): FlagContext {
    return {
      people: this.directory,
      settings: this.settings,
      today: this.today,
      windowEnd: this.windowEnd,
      dueSoonPerPerson: this.dueSoon,
    };
  }

  /** Derives the note's items from its drafts, and records them and their evidence. */
  private deriveItems(state: NoteState, context: FlagContext): readonly Item[] {
    state.items = state.output.drafts.map((draft) => {
      const { item, evidence } = itemOf(draft, context);
      if (evidence !== null) this.evidence.set(itemKey(item), evidence);
      this.onItem?.(item);
      return item;
    });
    return state.items;
  }

  private touch(note: NoteFacts, sign: 1 | -1): void {
    for (const name of namesTouched(note)) {
      const notes = this.touching.get(name);
      if (sign > 0) {
        if (notes === undefined) this.touching.set(name, [note]);
        else notes.push(note);
      } else if (notes !== undefined) {
        const at = notes.indexOf(note);
        if (at >= 0) notes.splice(at, 1);
        if (notes.length === 0) this.touching.delete(name);
      }
    }
  }

  /** Adds (or takes away) a note's drafts from the due-soon counts, noting each name's net change in `moved`. */
  private count(output: NoteOutput, sign: 1 | -1, moved?: Map<string, number>): void {
    for (const draft of output.drafts) {
      if (!countsAsDueSoon(draft, this.windowEnd)) continue;
      for (const key of new Set(draft.people.map(personKey))) {
        const next = (this.dueSoon.get(key) ?? 0) + sign;
        if (next === 0) this.dueSoon.delete(key);
        else this.dueSoon.set(key, next);
        moved?.set(key, (moved.get(key) ?? 0) + sign);
      }
    }
  }

  /** A note's problems sit together, in path order: its old run is swapped for the new one. */
  private replaceProblems(path: string, before: readonly Problem[], after: readonly Problem[]): void {
    // The first problem not before the note's path: its own, or where its own go.
    const at = lowerBound(this.problems, path, (problem, target) => (problem.path < target ? -1 : 0));
    this.problems.splice(at, before.length, ...after);
  }
}
