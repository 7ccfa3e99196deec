import type { Settings } from '../settings';

/** A change to a note's frontmatter, in terms of the plugin's own fields (canonical names). */
export interface FrontmatterPatch {
  readonly set: Readonly<Record<string, string | number>>;
  readonly remove: readonly string[];
}

/** What a key held before a patch touched it, and where it stood, so that the change can be undone. */
export type PreviousValues = Readonly<Record<string, { readonly existed: boolean; readonly value?: unknown; readonly index?: number }>>;

export const EMPTY_PATCH: FrontmatterPatch = { set: {}, remove: [] };

/**
 * Applies a patch to a frontmatter object in place, the way `processFrontMatter` hands it over.
 * A field is written under the name the note already uses for it (any case, or an alias such as
 * `follow-up`), so no duplicate key appears; other keys are never touched. Returns the previous
 * values of every key it changed.
 */
export function applyPatch(frontmatter: Record<string, unknown>, patch: FrontmatterPatch, settings: Settings): PreviousValues {
  const previous: Record<string, { existed: boolean; value?: unknown; index?: number }> = {};
  const order = Object.keys(frontmatter);
  const remember = (key: string): void => {
    if (key in previous) return;
    previous[key] = Object.prototype.hasOwnProperty.call(frontmatter, key)
      ? { existed: true, value: frontmatter[key], index: order.indexOf(key) }
      : { existed: false };
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

/**
 * Restores what `applyPatch` recorded: the values, and a key the patch removed back in its place,
 * so that the frontmatter is written out as it was.
 */
export function restorePrevious(frontmatter: Record<string, unknown>, previous: PreviousValues): void {
  const removed = new Set<string>();
  for (const [key, before] of Object.entries(previous)) {
    if (!before.existed) delete frontmatter[key];
    else {
      if (!Object.prototype.hasOwnProperty.call(frontmatter, key)) removed.add(key);
      frontmatter[key] = before.value;
    }
  }
  if (removed.size === 0) return;
  const order = Object.keys(frontmatter).filter((key) => !removed.has(key));
  const back = [...removed].map((key) => [key, previous[key]?.index ?? order.length] as const).sort((a, b) => a[1] - b[1]);
  for (const [key, index] of back) order.splice(Math.min(index, order.length), 0, key);
  const values = order.map((key) => [key, frontmatter[key]] as const);
  for (const key of Object.keys(frontmatter)) delete frontmatter[key];
  for (const [key, value] of values)
    Object.defineProperty(frontmatter, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The keys of a frontmatter that mean `field`: its name in any case, and for the date its aliases. */
function existingKeys(frontmatter: Record<string, unknown>, field: string, settings: Settings): string[] {
  const names = field === settings.fields.followUp ? [field, ...settings.followUpAliases] : [field];
  const wanted = new Set(names.map((name) => name.trim().toLowerCase()));
  return Object.keys(frontmatter).filter((key) => wanted.has(key.trim().toLowerCase()));
}
