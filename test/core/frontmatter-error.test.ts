import { describe, expect, it } from 'vitest';
import { explainFrontmatterError } from '../../src/core/frontmatter-error';

describe('explaining a YAML error to the user', () => {
  it.each([
    [
      'several documents',
      'a: 1\n--- !x\nb: 2',
      'Source contains multiple documents; please use YAML.parseAllDocuments()',
      /more than one YAML document: a line in it starts with "---"/,
    ],
    ['deep nesting', `a: ${'['.repeat(2000)}`, 'Maximum call stack size exceeded at line 1, column 821:', /nested too deeply to be read/],
    [
      'an alias bomb',
      'a: &a [1]\nb: [*a, *a]',
      'Excessive alias count indicates a resource exhaustion attack',
      /more aliases \(\*name\) than a note needs/,
    ],
  ])('says in plain words what is wrong: %s', (_name, yaml, parserMessage, expected) => {
    const message = explainFrontmatterError(yaml, parserMessage);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/parseAllDocuments|call stack|resource exhaustion/);
  });

  it('gives the hint about ": " in a value only where a value holds one', () => {
    expect(explainFrontmatterError('title: Ver: 4.4', 'Nested mappings are not allowed in compact mappings at line 1, column 8:')).toMatch(
      /must be quoted/,
    );
    expect(
      explainFrontmatterError('follow_up: 2024-06-10\nmeta:\n\tstatus: open', 'Tabs are not allowed as indentation at line 3, column 1:'),
    ).not.toMatch(/must be quoted/);
    expect(explainFrontmatterError('url: https://example.com\nwhen: 14:30', 'Some error at line 1, column 1:')).not.toMatch(
      /must be quoted/,
    );
  });
});

describe('the sentence a YAML error becomes', () => {
  it('names the place and the reason, without the colon or stop the parser ends with', () => {
    expect(explainFrontmatterError('a: 1', 'Bad indentation of a mapping entry at line 2, column 3:')).toBe(
      'The frontmatter is not valid YAML at line 2, column 3 (Bad indentation of a mapping entry).',
    );
    expect(explainFrontmatterError('a: 1', 'Unexpected end.  ')).toBe('The frontmatter is not valid YAML (Unexpected end).');
    expect(explainFrontmatterError('a: 1', '  Unexpected token:')).toBe('The frontmatter is not valid YAML (Unexpected token).');
    expect(explainFrontmatterError('a: 1', 'at line 12, column 40: ')).toBe('The frontmatter is not valid YAML at line 12, column 40.');
    expect(explainFrontmatterError('a: 1', '')).toBe('The frontmatter is not valid YAML.');
    expect(explainFrontmatterError('a: 1', 'Unexpected token at line 3, column 4')).toBe(
      'The frontmatter is not valid YAML at line 3, column 4 (Unexpected token).',
    );
    expect(explainFrontmatterError('a: 1', 'Map keys: not unique. at line 3, column 4:')).toBe(
      'The frontmatter is not valid YAML at line 3, column 4 (Map keys: not unique).',
    );
  });

  it('keeps a place that is not at the end as part of the reason', () => {
    expect(explainFrontmatterError('a: 1', 'Error at line 1, column 2 near "x"')).toBe(
      'The frontmatter is not valid YAML at line 1, column 2 (Error at line 1, column 2 near "x").',
    );
  });

  it('says a plain reason in one sentence, whatever the case of the parser message', () => {
    expect(explainFrontmatterError('a: [[[', 'MAXIMUM CALL STACK size exceeded')).toBe(
      'The frontmatter is not valid YAML: it is nested too deeply to be read (lists or maps inside each other, thousands of levels down).',
    );
  });

  it.each([
    ['links without quotes', 'people: [[A]], [[B]]', 'Put links in quotes: people: ["[[Ana Ruiz]]", "[[Tom Becker]]"].'],
    ['links without quotes, with spaces', 'people:   [[A]]  , [[B]]', 'Put links in quotes'],
    [
      'a Templater placeholder',
      'date: <% tp.date.now() %>',
      'It holds a Templater placeholder (<% … %>): apply the template, or write the value.',
    ],
    ['a Templater placeholder over lines', 'date: <% tp.date\n.now() %>', 'Templater placeholder'],
    [
      'a Dataview field',
      'a: 1\nfollow_up:: 2024-06-10',
      '"key:: value" is a Dataview field for the note body; in frontmatter write "key: value".',
    ],
    ['an indented Dataview field', '  follow-up:: 2024-06-10', 'Dataview field'],
    ['a tab', 'a:\n\tb: 1', 'YAML does not allow tabs for indentation; use spaces.'],
    ['a ": " in a value', 'a: 1\ntitle: Ver: 4.4', 'A value that contains ": " must be quoted.'],
    ['a ": " after a tab in a value', 'title:\tVer:\t4.4', 'must be quoted'],
  ])('gives the usual cause when the block shows one: %s', (_name, yaml, hint) => {
    const message = explainFrontmatterError(yaml, 'Some error at line 1, column 1:');
    expect(message.startsWith('The frontmatter is not valid YAML at line 1, column 1 (Some error). ')).toBe(true);
    expect(message).toContain(hint);
  });

  it.each([
    ['links in quotes', 'people: ["[[A]]", "[[B]]"]'],
    ['one link without a comma after it', 'people: [[A]]'],
    ['"<%" never closed', 'date: <% tp.date'],
    ['"::" inside a value', 'note: see a::b'],
    ['a tab inside a value', 'a: "x\ty"'],
    ['a quoted value with ": "', 'title: "Ver: 4.4"'],
    ['a URL', 'url: https://example.com'],
    ['a time', 'when: 14:30'],
    ['": " in a comment', 'a: b # c: d'],
    ['": " in a value on its own line', 'a:\n  b: c: d'],
  ])('gives no cause the block does not show: %s', (_name, yaml) => {
    expect(explainFrontmatterError(yaml, 'Some error')).toBe('The frontmatter is not valid YAML (Some error).');
  });

  it('gives every cause the block shows, in one order', () => {
    expect(explainFrontmatterError('a:\n\tb: [[A]], [[B]]\nc:: <% x %>', 'Some error')).toBe(
      'The frontmatter is not valid YAML (Some error). Put links in quotes: people: ["[[Ana Ruiz]]", "[[Tom Becker]]"]. It holds a Templater placeholder (<% … %>): apply the template, or write the value. "key:: value" is a Dataview field for the note body; in frontmatter write "key: value". YAML does not allow tabs for indentation; use spaces.',
    );
  });
});
