/** The result of reading a people field: names found, and values that were not names. */
export interface PeopleReading {
  readonly names: string[];
  /** The names written as links (`[[Jane Doe]]`, quoted or not), not as plain text. */
  readonly linked: string[];
  readonly rejected: unknown[];
}

const WIKILINK = /^\[\[([^\]]*)\]\]$/;

/**
 * Reads `"[[People/Jane Doe|Jane]]"`, plain `Jane Doe`, or a list of either, as person names.
 * An unquoted `[[Jane Doe]]` reaches us from YAML as a nested list; its meaning is plain, so it is
 * read as the link it was meant to be.
 */
export function readPeople(raw: unknown): PeopleReading {
  // A set keeps the first spelling in order and finds a repeat at once: a list may be very long.
  const names = new Set<string>();
  const linked = new Set<string>();
  const rejected: unknown[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      const name = personName(value);
      if (name === null) return;
      names.add(name);
      // A string two lists deep is what YAML makes of an unquoted `[[Jane Doe]]`.
      if (WIKILINK.test(value.trim()) || depth === 2) linked.add(name);
    } else if (Array.isArray(value) && depth < 2) {
      for (const entry of value) visit(entry, depth + 1);
    } else if (value !== null && value !== undefined) {
      rejected.push(value);
    }
  };
  visit(raw, 0);
  return { names: [...names], linked: [...linked], rejected };
}

/** `[[People/Jane Doe|Jane]]` → `Jane Doe`; `Jane Doe` → `Jane Doe`; blank → null. */
export function personName(text: string): string | null {
  const trimmed = text.trim();
  const link = WIKILINK.exec(trimmed);
  if (!link) return trimmed === '' ? null : trimmed;
  const target = (link[1] ?? '').split('|')[0]?.split('#')[0]?.trim() ?? '';
  const name = target
    .slice(target.lastIndexOf('/') + 1)
    .replace(/\.md$/i, '')
    .trim();
  return name === '' ? null : name;
}
