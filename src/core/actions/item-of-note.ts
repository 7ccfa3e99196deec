import type { Item } from '../item';

/** The open follow-up of a note that an action on the note means: its own, else its stay-in-touch item. */
export function itemOfNote(items: readonly Item[], path: string): Item | null {
  const ofNote = items.filter((item) => item.path === path);
  return ofNote.find((item) => item.source === 'note') ?? ofNote[0] ?? null;
}
