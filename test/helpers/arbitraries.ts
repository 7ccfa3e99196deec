import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// Random frontmatter for the write-back properties: the plugin's own fields in the spellings people
// use, among keys of every kind, with values of every type YAML gives.

const FIELDS = DEFAULT_SETTINGS.fields;

/** The product's own fields, by the names a patch uses. */
export const OWN_FIELDS: readonly string[] = Object.values(FIELDS);

/** An own field as a note may spell it: any case, padded, or (for the date) an alias. */
export const ownKey: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...OWN_FIELDS, ...DEFAULT_SETTINGS.followUpAliases), fc.constantFrom('as is', 'upper', 'title', 'padded'))
  .map(([name, spelling]) => {
    if (spelling === 'upper') return name.toUpperCase();
    if (spelling === 'title')
      return name.replace(/(^|[_-])([a-z])/g, (_all, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
    return spelling === 'padded' ? ` ${name} ` : name;
  });

/** Keys the plugin never owns: look-alikes, names objects treat specially, and anything at all. */
export const otherKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'title',
    'tags',
    'aliases',
    'date',
    'people',
    'email',
    'zip',
    'status',
    'follow_up:',
    'follow_up_x',
    'followup2',
    'constructor',
    'toString',
    '2024',
    '0',
    'é',
    '日本',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !isOwn(key) && key !== '__proto__'),
);

/** Whether a key names one of the product's fields (as readNoteFacts matches it). */
export function isOwn(key: string): boolean {
  const name = key.trim().toLowerCase();
  return OWN_FIELDS.includes(name) || DEFAULT_SETTINGS.followUpAliases.includes(name);
}

/** Values of every type a YAML parser hands over (JSON-safe, as both parsers give). */
export const yamlValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      '2024-06-10',
      '2024-06-10 14:30',
      '[[2024-06-10]]',
      '[[Jane Doe]]',
      '01234',
      'no',
      'yes',
      '1.10',
      '~',
      'null',
      '',
      ' ',
      '# not a comment',
      'a: b',
      '---',
      '...',
      '"quoted"',
      "it's",
    ),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((number) => !Object.is(number, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }).filter((key) => key !== '__proto__'),
      tie('value'),
      { maxKeys: 3 },
    ),
  ),
})).value;

/** A date as the plugin writes it. */
export const localDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A frontmatter object: some own fields (possibly several spellings of one), some other keys. */
export const frontmatterObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(fc.oneof(ownKey, otherKey, otherKey), yamlValue), { maxLength: 10 })
  .map((entries) => Object.fromEntries(entries));
