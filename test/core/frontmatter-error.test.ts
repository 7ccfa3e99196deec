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
