import { isInFolder } from '../vault-path';
import type { Settings } from '../settings';
import { normaliseKey, PERSON_CATEGORY_FIELDS, PERSON_TAG_FIELDS } from './fields';

/**
 * Whether a note is a person note by what it says itself (SPEC §10): it lies in the people folder,
 * is tagged with a person tag (`tags: [person]`, `#person`, `person/colleague`), or its
 * `categories` or `type` holds a person category (`People`, `"[[People]]"`). The fourth way,
 * being linked from a people field, takes the other notes: people-directory.ts adds it.
 */
export function isPersonByItself(path: string, frontmatter: Readonly<Record<string, unknown>> | null, settings: Settings): boolean {
  if (isInPeopleFolder(path, settings)) return true;
  if (frontmatter === null) return false;
  // A blank entry in a settings list names nothing: else a blank value in a note would match it.
  const tags = new Set(settings.personTags.map(cleanTag).filter((tag) => tag !== ''));
  const categories = new Set(settings.personCategories.map(cleanCategory).filter((category) => category !== ''));
  for (const key of Object.keys(frontmatter)) {
    const name = normaliseKey(key);
    const value = frontmatter[key];
    if (
      PERSON_TAG_FIELDS.includes(name) &&
      anyText(value, (text) => text.split(TAG_SEPARATOR).some((tag) => isPersonTag(cleanTag(tag), tags)))
    )
      return true;
    if (PERSON_CATEGORY_FIELDS.includes(name) && anyText(value, (category) => categories.has(cleanCategory(category)))) return true;
  }
  return false;
}

export function isInPeopleFolder(path: string, settings: Settings): boolean {
  return settings.peopleFolder.trim() !== '' && isInFolder(path, settings.peopleFolder);
}

/** How a note can be marked as a person note, for a problem that asks the user to. */
export function howToMarkAPerson(settings: Settings): string {
  const ways: string[] = [];
  if (settings.peopleFolder.trim() !== '') ways.push(`move it to the "${settings.peopleFolder}" folder`);
  if (settings.personTags[0] !== undefined) ways.push(`add "tags: [${cleanTag(settings.personTags[0])}]"`);
  if (settings.personCategories[0] !== undefined) ways.push(`add 'categories: ["[[${settings.personCategories[0]}]]"]'`);
  ways.push('or link it from a meeting\'s "people" field');
  return ways.join(', ');
}

/** Tags in one text are separated by commas or spaces (`tags: person, friend`). */
const TAG_SEPARATOR = /[,\s]+/;

/**
 * Whether a text of a tags or categories field passes: one text, or a list. An unquoted `[[People]]`
 * is a list in a list to YAML: nested lists are read through, so that it still names People.
 */
function anyText(value: unknown, passes: (text: string) => boolean, depth = 0): boolean {
  if (typeof value === 'string') return passes(value);
  return Array.isArray(value) && depth < 2 && value.some((entry) => anyText(entry, passes, depth + 1));
}

function cleanTag(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase();
}

/** A nested tag counts by its root: `person/colleague` is a person tag. */
function isPersonTag(tag: string, tags: ReadonlySet<string>): boolean {
  const slash = tag.indexOf('/');
  return tags.has(tag) || (slash > 0 && tags.has(tag.slice(0, slash)));
}

/** `"[[People]]"`, `[[People|people]]`, `People` all name the category People. */
function cleanCategory(category: string): string {
  const text = category.trim();
  const name = /^\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]$/.exec(text)?.[1] ?? text;
  return name
    .slice(name.lastIndexOf('/') + 1)
    .trim()
    .toLowerCase();
}
