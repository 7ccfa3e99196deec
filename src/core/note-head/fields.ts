import type { Settings } from '../settings';

/**
 * The one table of the frontmatter keys the index reads. Everything else derives from it: which
 * keys the command line's prefilter looks for, which keys its cache keeps, which settings its cache
 * key holds, and which notes are relevant at all. A new field is one row here (or one name in
 * `settings.fields`, which the first row takes whole), plus reading it in note-facts.ts.
 *
 * `standalone`: a value under one of these keys makes a note relevant by itself. The others count
 * only next to one that does (a `date` makes a meeting only with people; `tags` and `categories`
 * make a person note, which matters only with a contact field or a follow-up).
 */
export interface FieldRow {
  readonly setting: keyof Settings | null;
  readonly standalone: boolean;
  readonly names: (settings: Settings) => readonly string[];
}

/** The fields a person note is recognised by, besides its folder (SPEC §10). */
export const PERSON_TAG_FIELDS: readonly string[] = ['tags', 'tag'];
export const PERSON_CATEGORY_FIELDS: readonly string[] = ['categories', 'category', 'type'];

/** YAML 1.1's merge key: the core schema keeps it as a plain key holding the maps it would merge. */
export const MERGE_KEY = '<<';

export const FIELD_TABLE: readonly FieldRow[] = [
  { setting: 'fields', standalone: true, names: (settings) => Object.values(settings.fields) as string[] },
  { setting: 'followUpAliases', standalone: true, names: (settings) => settings.followUpAliases },
  // A Dataview-style `follow_up:: value` reads as the key `follow_up:`: reported, so read.
  { setting: null, standalone: true, names: (settings) => ownFieldNames(settings).map((name) => `${name}:`) },
  { setting: null, standalone: true, names: () => [MERGE_KEY] },
  { setting: 'peopleFields', standalone: true, names: (settings) => settings.peopleFields },
  { setting: 'emailField', standalone: true, names: (settings) => [settings.emailField] },
  { setting: 'phoneField', standalone: true, names: (settings) => [settings.phoneField] },
  { setting: 'preferredChannelFields', standalone: true, names: (settings) => settings.preferredChannelFields },
  { setting: 'meetingDateField', standalone: false, names: (settings) => [settings.meetingDateField] },
  { setting: 'personTags', standalone: false, names: () => PERSON_TAG_FIELDS },
  { setting: 'personCategories', standalone: false, names: () => PERSON_CATEGORY_FIELDS },
];

/**
 * The settings that change what a note reads as: the table's, and the people folder. The command
 * line's cache key holds their values, so that changing one starts the cache afresh.
 */
export const SETTINGS_THAT_CHANGE_A_READING: readonly (keyof Settings)[] = [
  ...new Set([...FIELD_TABLE.flatMap((row) => (row.setting === null ? [] : [row.setting])), 'peopleFolder' as const]),
];

/** The product's own fields (and the follow-up aliases): the names also checked for a Dataview-style `key::`. */
export function ownFieldNames(settings: Settings): string[] {
  return [...(Object.values(settings.fields) as string[]), ...settings.followUpAliases];
}

/** A frontmatter key as the index matches it: trimmed, without regard to case. */
export function normaliseKey(key: string): string {
  return key.trim().toLowerCase();
}

export interface KeysRead {
  /** Every key the index looks at: a reader may drop every other key of a note. */
  readonly all: ReadonlySet<string>;
  /** The keys that make a note relevant by themselves. */
  readonly standalone: ReadonlySet<string>;
  /** The own fields as YAML reads them written Dataview-style (`follow_up:: value` is the key `follow_up:`). */
  readonly dataviewStyle: ReadonlySet<string>;
}

const memo = new WeakMap<Settings, KeysRead>();

/** The keys of the table for these settings, normalised (computed once per settings value). */
export function keysRead(settings: Settings): KeysRead {
  const known = memo.get(settings);
  if (known !== undefined) return known;
  const standalone = new Set<string>();
  const all = new Set<string>();
  for (const row of FIELD_TABLE) {
    for (const name of row.names(settings)) {
      const key = normaliseKey(name);
      all.add(key);
      if (row.standalone) standalone.add(key);
    }
  }
  const dataviewStyle = new Set(ownFieldNames(settings).map((name) => `${normaliseKey(name)}:`));
  const keys = { all, standalone, dataviewStyle };
  memo.set(settings, keys);
  return keys;
}

/** The values of the settings that change a reading, for a cache key. */
export function readingSettings(settings: Settings): Record<string, unknown> {
  return Object.fromEntries(SETTINGS_THAT_CHANGE_A_READING.map((name) => [name, settings[name]]));
}
