import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { settingsExclusions } from '../../src/core/note-head/vault-settings';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { generateVault } from '../../scripts/bench/generate-vault';
import { HeadReader } from '../../src/cli/read-head';
import { listVaultNotes } from '../../src/cli/read-vault';
import { parseSimpleYaml } from '../../src/cli/simple-yaml';
import { EXAMPLE_VAULT, FIXTURE_VAULT } from '../helpers/cli';

/** What the `yaml` package makes of a block, as the command line calls it; 'error' when it refuses. */
function byYaml(body: string): unknown {
  try {
    return YAML.parse(body, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: true, logLevel: 'silent' }) as unknown;
  } catch {
    return 'error';
  }
}

/** The fast reader must answer exactly as `yaml` does whenever it answers at all (null means {}). */
function expectAgreement(body: string): boolean {
  const fast = parseSimpleYaml(body);
  if (fast === undefined) return false;
  const slow = byYaml(body);
  expect(slow, body).not.toBe('error');
  expect(fast, body).toStrictEqual(slow ?? {});
  // toStrictEqual does not tell -0 from 0; JSON of the values' Object.is view does.
  expect(signs(fast), body).toEqual(signs(slow ?? {}));
  return true;
}

function signs(value: unknown): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
  if (Array.isArray(value)) return value.map(signs);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, signs(entry)]));
  return value;
}

describe('the fast frontmatter reader', () => {
  it.each([
    ['plain fields', 'follow_up: 2024-06-10\ntitle: Coffee with Sam\ncount: 3'],
    [
      'numbers of every kind',
      'a: 0o17\nb: 0x1F\nc: -0\nd: +12\ne: 1.10\nf: .5\ng: 1e3\nh: -.inf\ni: .NaN\nj: 01234\nk: 12345678901234567890',
    ],
    ['words the core schema reads', 'a: true\nb: False\nc: NULL\nd: ~\ne:\nf: no\ng: yes\nh: on'],
    ['quotes', 'a: "2024-06-10"\nb: \'[[Sam Lee]]\'\nc: "it\'s # not a comment"\nd: "x" # a comment'],
    ['flow lists', 'a: [x, "[[A B]]", \'y\', 3, true, ~]\nb: []\nc: [ ]\nd: [-1, -x]'],
    ['block lists', 'tags:\n  - a\n  - "[[B]]"\n  -\n  - 4\nnext: 1\naliases:\n- x\n- y'],
    ['comments and blank lines', '# top\n\na: 1 # one\n   # indented comment\nb:   spaced   \n'],
    ['CRLF', 'a: 1\r\nb: [x, y]\r\nc:\r\n  - z'],
    ['dates and times', 'd: 2024-06-10\nt: 2024-06-10 14:30\niso: 2024-06-10T09:00:00Z'],
    ['colons inside values', 'url: https://example.com/a?b=c\ntime: 14:30\nratio: a:b'],
    ['non-ASCII text', 'name: Zoë Ångström 😀\nwho: "[[Ana Ruiz|Ana]]"'],
    ['a Templater placeholder (plain text to YAML)', 'a: <% tp.date.now() %>'],
    ['an empty block', ''],
    ['only comments', '# nothing\n# here'],
  ])('reads %s as yaml does', (_name, body) => {
    expect(expectAgreement(body)).toBe(true);
  });

  it.each([
    ['unquoted links', 'people: [[A]], [[B]]'],
    ['a nested map', 'a:\n  b: 1'],
    ['a multi-line value', 'a: one\n  two'],
    ['a block scalar', 'a: |\n  text'],
    ['anchors and aliases', 'a: &x 1\nb: *x'],
    ['tags', 'a: !!str 1'],
    ['escapes', 'a: "tab\\there"'],
    ['tabs', 'a:\t1'],
    ['duplicate keys', 'a: 1\na: 2'],
    ['a colon and space in a value', 'title: Ver: 4.4'],
    ['quoted keys', '"a": 1'],
    ['a space before the colon', 'a : 1'],
    ['a key the core schema reads as null', 'null: 1'],
    ['__proto__', '__proto__: 1'],
    ['a trailing comma', 'a: [x, y, ]'],
    ['a flow map', 'a: {b: 1}'],
    ['an item that is a map', 'a:\n  - b: 1'],
    ['a doubled single quote', "a: 'it''s'"],
    ['text after a closing quote', 'a: "x" y'],
    ['a lone carriage return', 'a: 1\rb: 2'],
    ['a byte-order mark', '\uFEFFa: 1'],
  ])('leaves %s to yaml', (_name, body) => {
    expect(parseSimpleYaml(body)).toBeUndefined();
  });

  it('agrees with yaml on random blocks built from the awkward parts of YAML', () => {
    const key = fc.constantFrom('a', 'b', 'follow_up', 'Follow-Up', '_x', 'null', 'True', 'k1', '__proto__', 'date');
    const scalar = fc.constantFrom(
      '',
      '1',
      '-1',
      '+1',
      '-0',
      '0o7',
      '0o8',
      '0x1f',
      '0xg',
      '1.5',
      '.5',
      '5.',
      '1e3',
      '1E-3',
      '.inf',
      '-.Inf',
      '.nan',
      '.NAN',
      'nan',
      '01234',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'null',
      'Null',
      '~',
      'yes',
      'no',
      'x',
      'two words',
      'a:b',
      'a: b',
      'a:',
      'a #c',
      'a#c',
      '#c',
      '-',
      '- x',
      '-x',
      '?x',
      ':x',
      '[x]',
      '[x, y]',
      '[ ]',
      '[]',
      '["a, b"]',
      '[a, , b]',
      '[x,]',
      "['q']",
      '"q"',
      "'q'",
      '"a\'b"',
      "'a\"b'",
      '"a" #c',
      '"a"x',
      '[[A]]',
      '"[[A|B]]"',
      '&a x',
      '*a',
      '!t x',
      '|',
      '>',
      '%x',
      '@x',
      '`x`',
      'x   ',
      'é',
      '😀',
      '2024-06-10',
      '2024-06-10 14:30',
      '{a: 1}',
    );
    const line = fc.oneof(
      fc.tuple(key, scalar).map(([name, value]) => `${name}: ${value}`),
      fc.tuple(key, scalar).map(([name, value]) => `${name}:${value}`),
      key.map((name) => `${name}:`),
      fc.tuple(fc.constantFrom('', ' ', '  ', '   '), scalar).map(([indent, value]) => `${indent}- ${value}`),
      fc.constantFrom('', '# c', '  # c', '   ', '-', '  -', '---x', '...', 'x', '  x: 1', '? a', ': b'),
    );
    const block = fc.tuple(fc.array(line, { maxLength: 8 }), fc.boolean()).map(([lines, crlf]) => lines.join(crlf ? '\r\n' : '\n'));
    let answered = 0;
    fc.assert(
      fc.property(block, (body) => {
        if (expectAgreement(body)) answered += 1;
      }),
      { numRuns: 3000 },
    );
    // The generator must also reach the answered cases, or the property says little.
    expect(answered).toBeGreaterThan(300);
  });

  const temp = mkdtempSync(join(tmpdir(), 'follow-up-simple-yaml-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('agrees with yaml on every block of the fixture, example and a generated vault', () => {
    generateVault(join(temp, 'generated'), 1500, 3);
    const reader = new HeadReader();
    let answered = 0;
    for (const root of [FIXTURE_VAULT, EXAMPLE_VAULT, join(temp, 'generated')]) {
      for (const file of listVaultNotes(root, settingsExclusions({ ...DEFAULT_SETTINGS, excludedFolders: [] }))) {
        const head = reader.read(file.absolute);
        if (head.kind === 'block' && head.block.language === '' && expectAgreement(head.block.body)) answered += 1;
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });
});
