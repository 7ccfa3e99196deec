import type { NoteRecord } from '../../src/core/note-record';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

/** A note record with the given frontmatter (null for none). */
export function note(path: string, frontmatter: Record<string, unknown> | null = {}): NoteRecord {
  return { path, frontmatter };
}

/** The default settings with some values replaced; the defaults themselves are never touched. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, fields: { ...DEFAULT_SETTINGS.fields }, ...overrides };
}
