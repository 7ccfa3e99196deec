import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRegexes, problemOf } from '../helpers/regex-audit';
import { REPO_ROOT } from '../helpers/paths';

// Built into a folder of its own, so that main.js, which other tests load, is never half-written.
const outfile = join(mkdtempSync(join(tmpdir(), 'follow-up-regexes-')), 'main.js');
execFileSync(process.execPath, ['esbuild.config.mjs', 'plugin', '--outfile', outfile], { cwd: REPO_ROOT });
const audit = auditRegexes(readFileSync(outfile, 'utf8'));

describe('the regular expressions of main.js', () => {
  it('are all found, literals and constant RegExp calls alike', () => {
    expect(audit.regexes.filter((regex) => regex.kind === 'literal').length).toBeGreaterThan(100);
    expect(audit.regexes.some((regex) => regex.kind === 'constructor')).toBe(true);
  });

  it('compile on the oldest engine we support (no lookbehind, nothing newer than ES2018), even behind a try', () => {
    const refused = audit.regexes.filter((regex) => regex.problem !== null);
    expect(refused.map(({ pattern, flags, problem }) => `/${pattern}/${flags}: ${problem}`)).toEqual([]);
  });

  it('hold no lookbehind even as text: the build keeps only the yaml package’s fallback for engines without it', () => {
    expect(readFileSync(outfile, 'utf8').match(/\(\?<[=!]/g)).toBeNull();
  });
});

describe('the regex audit', () => {
  it.each([
    ['(?<=a)b', '', 'lookbehind'],
    ['(?<!a)b', '', 'lookbehind'],
    ['a', 'd', 'not ES2018'],
    ['[a&&b]', 'v', 'not ES2018'],
    ['(?<x>a)|(?<x>b)', '', 'not ES2018'],
    ['(?i:a)', '', 'not ES2018'],
  ])('refuses /%s/%s', (pattern, flags, problem) => {
    expect(problemOf(pattern, flags)).toContain(problem);
  });

  it.each([
    ['(?<year>\\d{4})(?=-)', 'su'],
    ['\\p{L}+', 'gu'],
    ['[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDFFF]', 'g'],
  ])('accepts /%s/%s', (pattern, flags) => {
    expect(problemOf(pattern, flags)).toBeNull();
  });

  it('finds literals, constant RegExp calls and their guard, and counts the dynamic ones', () => {
    const code = [
      'var a = /(?<!x)y/g;',
      'var b = new RegExp("(?<=x)y", "g");',
      'var c = RegExp(`z`);',
      'var d = new RegExp(a.source + "q");',
      'try { var e = new RegExp("(?<!\\\\s)$"); } catch (f) { e = /$/; }',
    ].join('\n');
    const { regexes, dynamic } = auditRegexes(code);
    expect(regexes.map(({ kind, pattern, flags, guarded, problem }) => [kind, pattern, flags, guarded, problem !== null])).toEqual([
      ['literal', '(?<!x)y', 'g', false, true],
      ['constructor', '(?<=x)y', 'g', false, true],
      ['constructor', 'z', '', false, false],
      ['constructor', '(?<!\\s)$', '', true, true],
      ['literal', '$', '', false, false],
    ]);
    expect(dynamic).toBe(1);
  });

  it('refuses a script newer than ES2020', () => {
    expect(() => auditRegexes('var a = b ?? c; a ||= 1;')).toThrow();
  });
});
