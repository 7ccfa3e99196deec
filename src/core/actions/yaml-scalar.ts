import { Document, Scalar, stringify } from 'yaml';
import type { PatchValue } from './frontmatter-patch';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value of one of our fields as it is written after `key: `, on one line: a date unquoted
 * (SPEC §5), a number as is, text plain unless YAML needs quotes, a list as a flow list. Quoted also where YAML 1.1
 * would read the plain text as something else (`yes`, `on`, `1_000`), since Obsidian and other
 * tools may read the note that way.
 */
export function yamlScalar(value: PatchValue): string {
  if (typeof value === 'number') return stringify(value).trimEnd();
  if (typeof value !== 'string')
    return stringify([...value], { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
  if (DATE.test(value)) return value;
  if (/[\n\r]/.test(value)) return doubleQuoted(value);
  const core = stringify(value, { lineWidth: 0 }).trimEnd();
  if (isQuoted(core)) return core;
  const older = stringify(value, { lineWidth: 0, version: '1.1' }).trimEnd();
  return isQuoted(older) ? older : core;
}

function isQuoted(written: string): boolean {
  return written.startsWith('"') || written.startsWith("'");
}

/**
 * One line whatever the text holds: line breaks become `\n` inside double quotes. The package
 * would otherwise break a text of 40 characters or more at its line breaks, onto lines of their
 * own, and the note's other lines could no longer be kept as they are.
 */
function doubleQuoted(value: string): string {
  const scalar = new Scalar(value);
  scalar.type = 'QUOTE_DOUBLE';
  const doc = new Document();
  doc.contents = scalar;
  return doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY }).trimEnd();
}
