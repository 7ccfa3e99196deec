import { compareText } from './compare-text';

/** A note whose follow-up fields could not be read: shown, never silently dropped. */
export interface Problem {
  readonly path: string;
  readonly field: string;
  /** The value as written, or null when there is none to show (a frontmatter that does not parse). */
  readonly value: string | null;
  readonly message: string;
}

/** Shows a frontmatter value the way the user wrote it, as near as the parsed value allows. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value === undefined) return '';
  // JSON would write NaN and Infinity as null, and cannot write a bigint; a truth value it writes as is.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

export function compareProblems(a: Problem, b: Problem): number {
  return compareText(a.path, b.path) || compareText(a.field, b.field);
}
