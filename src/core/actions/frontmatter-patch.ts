import type { Settings } from '../settings';

/** A value the product writes: a date or text, a number, or a list of names (written as a flow list). */
export type PatchValue = string | number | readonly string[];

/** A change to a note's frontmatter, in terms of the plugin's own fields (canonical names). */
export interface FrontmatterPatch {
  readonly set: Readonly<Record<string, PatchValue>>;
  readonly remove: readonly string[];
}

export const EMPTY_PATCH: FrontmatterPatch = { set: {}, remove: [] };

/**
 * What a patch means for the fields a note holds, applied to its parsed frontmatter in place: a
 * field is written under the name the note already uses for it (any case, or an alias such as
 * `follow-up`), so no duplicate key appears; other keys are never touched. The byte-exact patch of
 * the note's text (patch-note-text.ts) is checked against this.
 */
export function applyPatch(frontmatter: Record<string, unknown>, patch: FrontmatterPatch, settings: Settings): void {
  for (const [field, value] of Object.entries(patch.set)) {
    const [first, ...others] = existingKeys(frontmatter, field, settings);
    frontmatter[first ?? field] = value;
    for (const other of others) delete frontmatter[other];
  }
  for (const field of patch.remove) {
    // A field both set and removed is set, as patch-note-text.ts writes it.
    if (Object.hasOwn(patch.set, field)) continue;
    for (const key of existingKeys(frontmatter, field, settings)) delete frontmatter[key];
  }
}

/** The keys of a frontmatter that mean `field`: its name in any case, and for the date its aliases. */
function existingKeys(frontmatter: Record<string, unknown>, field: string, settings: Settings): string[] {
  const names = field === settings.fields.followUp ? [field, ...settings.followUpAliases] : [field];
  const wanted = new Set(names.map((name) => name.trim().toLowerCase()));
  return Object.keys(frontmatter).filter((key) => wanted.has(key.trim().toLowerCase()));
}
