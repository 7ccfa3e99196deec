/**
 * A value for a template: text, a yes/no for sections only, or null when it is not known.
 * Empty text counts as not known.
 */
export type TemplateValue = string | boolean | null;

export interface TemplateInput {
  readonly values: Readonly<Record<string, TemplateValue>>;
  /** What a placeholder becomes when its value is not known; without one, nothing. */
  readonly fallbacks?: Readonly<Record<string, string>>;
}

const NAME = '[A-Za-z][A-Za-z0-9_]*';
/** A section tag alone on its line takes the line with it, so sections leave no blank lines behind. */
const STANDALONE_TAG = new RegExp(`^[ \\t]*(\\{\\{\\s*[#^/]\\s*${NAME}\\s*\\}\\})[ \\t]*\\r?\\n`, 'gm');
const SECTION = new RegExp(`(\\{\\{\\s*([#^])\\s*(${NAME})\\s*\\}\\})([\\s\\S]*?)(\\{\\{\\s*\\/\\s*\\3\\s*\\}\\})`, 'g');
const PLACEHOLDER = new RegExp(`\\{\\{\\s*(${NAME})\\s*\\}\\}`, 'g');

/**
 * Fills a message template, Mustache-style but small:
 *
 * - `{{name}}` becomes the value of `name` (names are matched without regard to case);
 *   a value that is not known becomes its fallback, or nothing;
 * - `{{#name}}…{{/name}}` keeps what is inside only when `name` is known (text or `true`),
 *   `{{^name}}…{{/name}}` only when it is not; a tag alone on its line takes the line with it;
 * - a placeholder or section whose name is not among the values is left exactly as written.
 *
 * Values are inserted as they are, never read as template syntax themselves.
 */
export function fillTemplate(template: string, input: TemplateInput): string {
  const values = new Map(Object.entries(input.values).map(([key, value]) => [key.toLowerCase(), value]));
  const fallbacks = new Map(Object.entries(input.fallbacks ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const known = (name: string): boolean => values.has(name.toLowerCase());

  const compact = template.replace(STANDALONE_TAG, (line: string, tag: string) => (known(tagName(tag)) ? tag : line));
  return render(compact, values, fallbacks, known);
}

function render(
  template: string,
  values: Map<string, TemplateValue>,
  fallbacks: Map<string, string>,
  known: (name: string) => boolean,
): string {
  // Sections first (inner ones through the recursion), then placeholders in the text between them,
  // so that an inserted value is never scanned for tags.
  let output = '';
  let cursor = 0;
  for (const match of template.matchAll(SECTION)) {
    // Every group of SECTION takes part in each of its matches.
    const [whole, open, kind, name, inner, close] = match as unknown as [string, string, string, string, string, string];
    const start = match.index;
    output += placeholders(template.slice(cursor, start), values, fallbacks);
    cursor = start + whole.length;
    if (!known(name)) {
      output += `${open}${render(inner, values, fallbacks, known)}${close}`;
      continue;
    }
    const present = isPresent(values.get(name.toLowerCase()) ?? null);
    if (present === (kind === '#')) output += render(inner, values, fallbacks, known);
  }
  return output + placeholders(template.slice(cursor), values, fallbacks);
}

function placeholders(text: string, values: Map<string, TemplateValue>, fallbacks: Map<string, string>): string {
  return text.replace(PLACEHOLDER, (whole: string, name: string) => {
    const key = name.toLowerCase();
    if (!values.has(key)) return whole;
    const value = values.get(key) ?? null;
    if (typeof value === 'string' && value.trim() !== '') return value;
    return fallbacks.get(key) ?? '';
  });
}

function isPresent(value: TemplateValue): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value === true;
}

function tagName(tag: string): string {
  return tag.replace(/[{}#^/\s]/g, '');
}
