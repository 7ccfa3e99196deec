import type { Settings } from '../settings';

/** A change to a note's frontmatter, in terms of the plugin's own fields (canonical names). */
export interface FrontmatterPatch {
  readonly set: Readonly<Record<string, string | number>>;
  readonly remove: readonly string[];
}

/** What a key held before a patch touched it, so that the change can be undone. */
export type PreviousValues = Readonly<Record<string, { readonly existed: boolean; readonly value?: unknown }>>;

export const EMPTY_PATCH: FrontmatterPatch = { set: {}, remove: [] };

/**
 * Applies a patch to a frontmatter object in place, the way `processFrontMatter` hands it over.
 * A field is written under the name the note already uses for it (any case, or an alias such as
 * `follow-up`), so no duplicate key appears; other keys are never touched. Returns the previous
 * values of every key it changed.
 */
export function applyPatch(frontmatter: Record<string, unknown>, patch: FrontmatterPatch, settings: Settings): PreviousValues {
  const previous: Record<string, { existed: boolean; value?: unknown }> = {};
  const remember = (key: string): void => {
    if (key in previous) return;
    previous[key] = Object.prototype.hasOwnProperty.call(frontmatter, key) ? { existed: true, value: frontmatter[key] } : { existed: false };
  };
  for (const [field, value] of Object.entries(patch.set)) {
    const [first, ...others] = existingKeys(frontmatter, field, settings);
    const key = first ?? field;
    remember(key);
    frontmatter[key] = value;
    for (const other of others) {
      remember(other);
      delete frontmatter[other];
    }
  }
  for (const field of patch.remove) {
    for (const key of existingKeys(frontmatter, field, settings)) {
      remember(key);
      delete frontmatter[key];
    }
  }
  return previous;
}

/** Restores what `applyPatch` recorded. */
export function restorePrevious(frontmatter: Record<string, unknown>, previous: PreviousValues): void {
  for (const [key, before] of Object.entries(previous)) {
    if (before.existed) frontmatter[key] = before.value;
    else delete frontmatter[key];
  }
}

/** The keys of a frontmatter that mean `field`: its name in any case, and for the date its aliases. */
function existingKeys(frontmatter: Record<string, unknown>, field: string, settings: Settings): string[] {
  const names = field === settings.fields.followUp ? [field, ...settings.followUpAliases] : [field];
  const wanted = new Set(names.map((name) => name.trim().toLowerCase()));
  return Object.keys(frontmatter).filter((key) => wanted.has(key.trim().toLowerCase()));
}
