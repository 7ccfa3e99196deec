import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { survivesJson } from '../../src/cli/vault-cache';
import { indexRecords } from '../../src/core/follow-up-index';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { propertyOptions } from '../helpers/property';

// A YAML alias may name the node it sits in: the value is then a cycle, as deep as the note likes.
// Nothing the cache does with a note's values may recurse on them.

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'follow-up-recursive-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const KEYS = ['follow_up', 'FOLLOW_UP', 'people', 'follow_up_with', 'every', 'channel', 'about', 'email', 'last_contact'];

/** A flow value holding `*a` somewhere inside `levels` sequences and maps, anchored at the top. */
const recursiveValue: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom('seq', 'map', 'merge'), { minLength: 0, maxLength: 6 }), fc.constantFrom('seq', 'map'))
  .map(([levels, top]) => {
    let inner = '*a';
    for (const level of levels.reverse())
      inner = level === 'seq' ? `[1, ${inner}]` : level === 'map' ? `{k: ${inner}, n: 2}` : `{<<: ${inner}, m: 3}`;
    return top === 'seq' ? `&a [${inner}]` : `&a {k: ${inner}}`;
  });

describe('a frontmatter value that holds itself', () => {
  it.each(['follow_up: &a [*a]', 'people: &c {k: *c}', 'follow_up_with: &m {<<: *m, k: 1}'])(
    'is read with the cache on, and the other notes with it: %s',
    (line) => {
      const vault = join(temp, `fixed-${line.length}-${line.charCodeAt(0)}`);
      writeVaultNotes(vault, line);
      expectSameWithAndWithoutCache(vault);
    },
  );

  it('never stops the run, whatever key holds it and however deep the alias sits', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), recursiveValue, (key, value) => {
        const vault = join(temp, `generated-${run++}`);
        writeVaultNotes(vault, `${key}: ${value}`);
        expectSameWithAndWithoutCache(vault);
      }),
      propertyOptions({ numRuns: 60 }),
    );
  });
});

describe('survivesJson', () => {
  it('refuses a cycle and a value deeper than JSON should carry, and keeps a value two aliases share', () => {
    const cycle: unknown[] = [];
    cycle.push([cycle]);
    expect(survivesJson(cycle)).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(survivesJson(deep)).toBe(false);
    const shared = { a: 1 };
    expect(survivesJson({ x: shared, y: [shared, shared] })).toBe(true);
    expect(survivesJson({ x: [1, 'b', null, true, { c: [2] }] })).toBe(true);
    expect(survivesJson({ x: [Number.NaN] })).toBe(false);
    expect(survivesJson({ x: { y: -0 } })).toBe(false);
    expect(survivesJson({ x: new Date(0) })).toBe(false);
  });
});

function writeVaultNotes(vault: string, line: string): void {
  rmSync(vault, { recursive: true, force: true });
  mkdirSync(vault, { recursive: true });
  writeFileSync(join(vault, 'Bad.md'), `---\n${line}\n---\n`);
  writeFileSync(join(vault, 'Good.md'), '---\nfollow_up: 2024-06-10\n---\n');
}

function expectSameWithAndWithoutCache(vault: string): void {
  const cacheFile = join(vault, '..', `${vault.split('/').pop() ?? ''}.cache`);
  const outcome = (cache: string | null) => {
    const snapshot = indexRecords(readVault(vault, DEFAULT_SETTINGS, { cacheFile: cache }), DEFAULT_SETTINGS).snapshot('2024-06-12');
    return { items: snapshot.items.map((item) => item.path), problems: snapshot.problems.map((problem) => problem.path) };
  };
  const cold = outcome(null);
  expect(cold.items).toContain('Good.md');
  expect(outcome(cacheFile)).toEqual(cold);
  expect(outcome(cacheFile)).toEqual(cold);
}
