import type { NoteRecord } from '../../src/core/note-record';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Item } from '../../src/core/item';

/** A note record with the given frontmatter (null for none). */
export function note(path: string, frontmatter: Record<string, unknown> | null = {}): NoteRecord {
  return { path, frontmatter };
}

/** The default settings with some values replaced; the defaults themselves are never touched. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, fields: { ...DEFAULT_SETTINGS.fields }, ...overrides };
}

/** The item of the note `title`.md, due on 2024-06-12 with nothing else set; `fields` replace any part. */
export function anItem(title: string, fields: Partial<Item> = {}): Item {
  return {
    path: `${title}.md`,
    title,
    due: '2024-06-12',
    time: null,
    bucket: 'today',
    people: [],
    channel: null,
    about: null,
    attempts: 0,
    every: null,
    source: 'note',
    flags: [],
    contact: null,
    away_until: null,
    ...fields,
  };
}
