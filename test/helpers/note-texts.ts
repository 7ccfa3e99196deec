import fc from 'fast-check';
import { stringify } from 'yaml';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { localDate, otherKey, ownKey, yamlValue } from './arbitraries';

// Random notes as people write them, for the write-back properties: frontmatter of many types and
// styles (plain and quoted scalars, flow and block lists, empty values, comments, blank lines, odd
// key order, the product's keys absent or present in any spelling), CRLF or LF, a byte-order mark,
// and bodies that hold `---`, code fences and look-alike keys; some notes without frontmatter,
// some whose frontmatter cannot be read.

const F = DEFAULT_SETTINGS.fields;

/** Values for the product's own fields, realistic and not, so that most notes have an item to act on. */
export const ownValue = (key: string): fc.Arbitrary<unknown> => {
  const field = key.trim().toLowerCase();
  if (field === F.followUp || DEFAULT_SETTINGS.followUpAliases.includes(field))
    return fc.oneof(localDate, fc.constantFrom('2024-06-10 14:30', '[[2024-06-11]]', '2024-02-30', 'soon', null, ''));
  if (field === F.attempts) return fc.oneof(fc.nat({ max: 5 }), fc.constantFrom('2', -1, 2.5, 'three', null));
  if (field === F.every) return fc.constantFrom('2w', 'monthly', '3d', 'now and then', null);
  if (field === F.with) return fc.constantFrom('[[Jane]]', ['[[Jane]]', 'Sam'], 'Sam', 'Jane');
  if (field === F.channel) return fc.constantFrom('Email', 'phone', ' Text ', ['email', 'phone'], 42);
  if (field === F.about) return fc.constantFrom('Send the deck', '  Padded  ', 42, true, 'a: b', '', 'two\nlines');
  return fc.oneof(localDate, yamlValue);
};

const entry = fc.oneof(
  ownKey.chain((key) => ownValue(key).map((value) => [key, value] as const)),
  fc.tuple(otherKey, yamlValue),
);

/** One YAML line set per key, in one of several styles, with comments and blank lines between. */
export const yamlLines: fc.Arbitrary<string[]> = fc
  .array(
    fc.record({
      entry,
      style: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      flow: fc.boolean(),
      empty: fc.boolean(),
      before: fc.constantFrom('', '# a comment', '', '   # indented comment', '', '#---', '<blank>'),
      trailing: fc.constantFrom('', '', ' # why'),
    }),
    { maxLength: 8 },
  )
  .map((lines) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const {
      entry: [key, value],
      style,
      flow,
      empty,
      before,
      trailing,
    } of lines) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (before === '<blank>') out.push('');
      else if (before !== '') out.push(before);
      const written = stringify(
        { [key]: value },
        { defaultStringType: style as 'PLAIN', defaultKeyType: 'PLAIN', collectionStyle: flow ? 'flow' : 'block', lineWidth: 0 },
      ).trim();
      // In flow style the whole map is `{ key: value }`: the line is what is inside the braces.
      let text = flow ? written.slice(1, -1).trim() : written;
      // An empty value as people leave one: `key:` and nothing after it.
      if (value === null && empty) text = text.replace(/: null$/, ':');
      out.push(text.includes('\n') || trailing === '' ? text : `${text}${trailing}`);
    }
    return out;
  });

/** Lines YAML refuses, or blocks Obsidian does not take as frontmatter, of the kinds people write. */
export const BROKEN_LINES = [
  'people: [[A]], [[B]]',
  'title: Ver: 4.4',
  'a:\n\tb: 1',
  'follow_up:: 2024-06-10\nx: [',
  'follow_up: 2024-06-10\nfollow_up: 2024-06-11',
];

const bodyLine = fc.oneof(
  fc.constantFrom(
    '# Heading',
    '',
    '---',
    '```',
    '```yaml',
    'follow_up: 2024-01-01',
    '...',
    '- [ ] Send the deck',
    'trailing spaces   ',
    '\tindented',
    'é 😀 日本',
    '<% tp.date.now() %>',
    'a\rb',
    '<!-- comment -->',
  ),
  fc.string({ maxLength: 16 }),
);

export type NoteKind = 'block' | 'empty' | 'none' | 'broken' | 'unclosed';

export interface NoteCase {
  readonly text: string;
  readonly kind: NoteKind;
  /** Whether its frontmatter parses (or it has none): a note the actions may write to. */
  readonly parses: boolean;
  readonly eol: '\n' | '\r\n';
}

export const noteText: fc.Arbitrary<NoteCase> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    kind: fc.constantFrom<NoteKind>('block', 'block', 'block', 'block', 'empty', 'none', 'broken', 'unclosed'),
    yaml: yamlLines,
    broken: fc.constantFrom(...BROKEN_LINES),
    body: fc.array(bodyLine, { maxLength: 6 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, eol, kind, yaml, broken, body, finalNewline }) => {
    // An unclosed block's body must not close it: no `---` line in it.
    const bodyLines = kind === 'unclosed' ? body.filter((line) => line.replace(/[ \t\r]+$/, '') !== '---') : body;
    const bodyText = bodyLines.join(eol) + (bodyLines.length > 0 && finalNewline ? eol : '');
    const close = kind === 'unclosed' ? '' : bodyText === '' && !finalNewline ? '---' : `---${eol}`;
    // An unclosed block names a follow-up (else it is a horizontal rule opening the note, not frontmatter).
    const lines = kind === 'broken' ? [...yaml, ...broken.split('\n')] : kind === 'unclosed' ? ['follow_up: 2024-06-10', ...yaml] : yaml;
    const head =
      kind === 'none'
        ? `Plain first line${eol}`
        : kind === 'empty'
          ? `---${eol}${close}`
          : `---${eol}${lines.map((line) => `${line.split('\n').join(eol)}${eol}`).join('')}${close}`;
    return { text: `${bom ? '\uFEFF' : ''}${head}${bodyText}`, kind, parses: kind !== 'broken' && kind !== 'unclosed', eol };
  });
