/** The result of reading a people field: names found, and values that were not names. */
export interface PeopleReading {
  readonly names: string[];
  /** The names written as links (`[[Jane Doe]]`, quoted or not), not as plain text. */
  readonly linked: string[];
  readonly rejected: unknown[];
}

/** `[[target]]`, or `![[target]]` (an embed links the note all the same). */
const WIKILINK = /^!?\[\[([^\]]*)\]\]$/s;
/** `[label](target)` or `![label](target)`: a Markdown link, to a note when its target has no scheme. */
const MARKDOWN_LINK = /^!?\[([^\]]*)\]\((.*)\)$/s;
/** A Markdown link's title after its destination: `"…"`, `'…'` or `(…)`. */
const TITLE = /^(?:"[^"]*"|'[^']*'|\([^)]*\))$/s;
/** `https:`, `mailto:`, `obsidian:`: a target that is no path in the vault. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The one rule by which two spellings name the same person, as Obsidian resolves a link: without
 * regard to case (`[[jane]]` finds `Jane.md`) or Unicode form (macOS saves `José` decomposed, a
 * keyboard types it composed). `toLowerCase`, not the locale's: every machine must agree.
 */
export function personKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * Reads `"[[People/Jane Doe|Jane]]"`, `![[Jane Doe]]`, `[Jane](People/Jane%20Doe.md)`, plain
 * `Jane Doe`, or a list of any of them, as person names. An unquoted `[[Jane Doe]]` reaches us from
 * YAML as a nested list; its meaning is plain, so it is read as the link it was meant to be.
 * Two spellings of one person (`[[Jane]]`, `[[jane]]`) are one name: the first one written.
 */
export function readPeople(raw: unknown): PeopleReading {
  // A map keeps the first spelling in order and finds a repeat at once: a list may be very long.
  const names = new Map<string, string>();
  const linked = new Map<string, string>();
  const rejected: unknown[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      const person = readPerson(value);
      if (person === null) return;
      const key = personKey(person.name);
      const name = names.get(key) ?? person.name;
      names.set(key, name);
      // A string two lists deep is what YAML makes of an unquoted `[[Jane Doe]]`. Set again, a key
      // keeps its place and its name, the first spelling.
      if (person.linked || depth === 2) linked.set(key, name);
    } else if (Array.isArray(value) && depth < 2) {
      for (const entry of value) visit(entry, depth + 1);
    } else if (value !== null && value !== undefined) {
      rejected.push(value);
    }
  };
  visit(raw, 0);
  return { names: [...names.values()], linked: [...linked.values()], rejected };
}

/** `[[People/Jane Doe|Jane]]` → `Jane Doe`; `[Jane](People/Jane%20Doe.md)` → `Jane Doe`; `Jane Doe` → `Jane Doe`; blank → null. */
export function personName(text: string): string | null {
  return readPerson(text)?.name ?? null;
}

/** The person a value names, and whether it names them by a link to their note. */
function readPerson(text: string): { name: string; linked: boolean } | null {
  const trimmed = text.trim();
  const wikilink = WIKILINK.exec(trimmed);
  // A group that takes part in every match, and the first piece of a split, are always there.
  if (wikilink) return linkedName(((wikilink[1] as string).split('|')[0] as string).split('#')[0] as string);
  const markdown = MARKDOWN_LINK.exec(trimmed);
  if (markdown) {
    const target = markdownTarget(markdown[2] as string);
    if (target !== '' && !SCHEME.test(target)) return linkedName(decodeTarget(target.split('#')[0] as string));
    // A web or mail link, or none: the person is the link's text.
    const label = (markdown[1] as string).trim();
    return label === '' ? null : { name: label, linked: false };
  }
  return trimmed === '' ? null : { name: trimmed, linked: false };
}

/** The note a link target names: its file name without the folders and `.md`. */
function linkedName(target: string): { name: string; linked: boolean } | null {
  const trimmed = target.trim();
  const name = trimmed
    .slice(trimmed.lastIndexOf('/') + 1)
    .replace(/\.md$/i, '')
    .trim();
  return name === '' ? null : { name, linked: true };
}

/**
 * The destination of `(<a b.md>)` or `(a%20b.md "title")`: what is in angle brackets, else up to a
 * space before a title. A space not followed by a title is part of the path (`(People/Jane Doe.md)`,
 * as people type it in frontmatter by hand), rather than cutting the name short.
 */
function markdownTarget(inside: string): string {
  const trimmed = inside.trim();
  if (trimmed.startsWith('<')) {
    const end = trimmed.indexOf('>');
    return end === -1 ? trimmed.slice(1) : trimmed.slice(1, end);
  }
  const space = trimmed.search(/\s/);
  if (space === -1) return trimmed;
  return TITLE.test(trimmed.slice(space).trim()) ? trimmed.slice(0, space) : trimmed;
}

/** `Jane%20Doe` → `Jane Doe`; text that is not valid percent-encoding is read as written. */
function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
