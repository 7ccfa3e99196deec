/**
 * Turns a YAML parser's message into one a user can act on: where the mistake is, and the usual
 * cause when the block shows one (unquoted links, Templater placeholders, Dataview fields, tabs).
 */
export function explainFrontmatterError(yaml: string, parserMessage: string): string {
  const plain = PLAIN_REASONS.find(([pattern]) => pattern.test(parserMessage));
  if (plain) return `The frontmatter is not valid YAML: ${plain[1]}.`;
  const where = /at line (\d+), column (\d+)/.exec(parserMessage);
  const reason = parserMessage
    .replace(/at line \d+, column \d+:?\s*$/, '')
    .replace(/[.:]\s*$/, '')
    .trim();
  const location = where ? ` at line ${where[1]}, column ${where[2]}` : '';
  const hints = HINTS.filter(([pattern]) => pattern.test(yaml)).map(([, hint]) => ` ${hint}`);
  return `The frontmatter is not valid YAML${location}${reason === '' ? '' : ` (${reason})`}.${hints.join('')}`;
}

/** Parser messages written for programmers, and what they mean to someone writing a note. */
const PLAIN_REASONS: readonly (readonly [RegExp, string])[] = [
  [
    /multiple documents/i,
    'it holds more than one YAML document: a line in it starts with "---". End the frontmatter there, or remove the line',
  ],
  [/call stack/i, 'it is nested too deeply to be read (lists or maps inside each other, thousands of levels down)'],
  [/alias count/i, 'it uses more aliases (*name) than a note needs, so it is not expanded'],
];

const HINTS: readonly (readonly [RegExp, string])[] = [
  [/:\s*\[\[[^\]]*\]\]\s*,/, 'Put links in quotes: people: ["[[Ana Ruiz]]", "[[Tom Becker]]"].'],
  [/<%[\s\S]*?%>/, 'It holds a Templater placeholder (<% … %>): apply the template, or write the value.'],
  [/^\s*[\w-]+::/m, '"key:: value" is a Dataview field for the note body; in frontmatter write "key: value".'],
  [/^\t/m, 'YAML does not allow tabs for indentation; use spaces.'],
  [/^[\w-]+:[ \t]+[^"'\s][^#\n]*:[ \t]/m, 'A value that contains ": " must be quoted.'],
];
