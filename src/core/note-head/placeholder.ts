/**
 * Template placeholders left in a note: the core Templates plugin's `{{date}}`, `{{title}}`,
 * `{{time}}` (also `{{date:YYYY-MM-DD}}`) and Templater's `<% tp.date.now() %>`. Outside the
 * template folders such a value is a template never applied, and is reported in those words, not
 * as whatever YAML made of it (an unquoted `{{date}}` is a map with a map for a key).
 */
const IN_TEXT = /\{\{[^{}\n]*\}\}|<%[\s\S]*?%>/;
/** What the `yaml` package makes of an unquoted `{{date}}`: a map whose one key is the inner map, written out. */
const AS_MAP_KEY = /^\{ ?[^{}]* ?\}$|^\[object Object\]$/;

export function isTemplatePlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return IN_TEXT.test(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && AS_MAP_KEY.test(keys[0] as string) && (value as Record<string, unknown>)[keys[0] as string] === null;
}

/** The placeholder as it was written, near enough: `{{date}}` for the map YAML made of it. */
export function placeholderText(value: unknown): string {
  if (typeof value === 'string') return IN_TEXT.exec(value)?.[0] ?? value;
  const key = Object.keys(value as object)[0];
  return key?.startsWith('{') ? `{{${key.slice(1, -1).trim()}}}` : '{{…}}';
}

export function placeholderMessage(value: unknown): string {
  return `"${placeholderText(value)}" is a template placeholder: this note was made from a template that was not applied. Fill in the value, or keep templates in the templates folder.`;
}
