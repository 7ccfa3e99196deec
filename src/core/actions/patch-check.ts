import type { Settings } from '../settings';
import { applyPatch, type FrontmatterPatch } from './frontmatter-patch';

/**
 * Whether a patched block's fields read as intended (SPEC §5): every other key as it was, in its
 * order, with the same value; ours exactly as the patch applied to `before` gives them. The line
 * edits of patch-note-text.ts are checked against this; a block that fails it is not written.
 */
export function readsAsIntended(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  patch: FrontmatterPatch,
  settings: Settings,
): boolean {
  const intended = { ...before };
  applyPatch(intended, patch, settings);
  const owned = ownedFields(settings, patch);
  const entries = (data: Readonly<Record<string, unknown>>, own: boolean) =>
    Object.entries(data).filter(([key]) => owned.has(key.trim().toLowerCase()) === own);
  // Ours in their order too: a new key is written after our last one, as applyPatch appends it.
  return deepEqual(entries(after, false), entries(intended, false)) && deepEqual(entries(after, true), entries(intended, true));
}

/** Our field names (as written in settings) by the lower-case key that means them; aliases mean the date. */
export function ownedFields(settings: Settings, patch: FrontmatterPatch): Map<string, string> {
  const owned = new Map<string, string>();
  for (const field of [...Object.keys(patch.set), ...patch.remove]) owned.set(field.trim().toLowerCase(), field);
  for (const field of Object.values(settings.fields) as string[]) owned.set(field.trim().toLowerCase(), field);
  for (const alias of settings.followUpAliases) owned.set(alias.trim().toLowerCase(), settings.fields.followUp);
  return owned;
}

/** The same data as YAML reads it: the same keys in the same order, lists and maps apart, NaN equal to NaN. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length || aKeys.some((key, index) => key !== bKeys[index])) return false;
  return aKeys.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
